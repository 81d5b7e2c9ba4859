"""An act verb that states a charge criticises; one that gives a time attacks.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.attribution_criticism import criticises


def _verb(parser: Language, text: str, word: str) -> bool:
    doc = parser(text)
    [verb] = [t for t in doc if t.text == word]
    return criticises(verb)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor blasted the council for not fixing the bridge.", "blasted"),
        ("The candidate attacked his opponent for her support of the levy.", "attacked"),
        ("She attacked her rival as a fraud during the debate.", "attacked"),
    ],
)
def test_a_charge_makes_a_criticism(parser: Language, text: str, word: str) -> None:
    assert _verb(parser, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels attacked the convoy for the third time this week.", "attacked"),
        ("Gunmen attacked the village for two hours.", "attacked"),
        ("The jets hit the depot as the trucks left.", "hit"),
        ("Fighters attacked a checkpoint near the river.", "attacked"),
    ],
)
def test_a_time_or_a_place_keeps_the_act(parser: Language, text: str, word: str) -> None:
    assert not _verb(parser, text, word)
