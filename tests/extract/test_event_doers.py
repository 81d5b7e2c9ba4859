"""A thing in the doer's place is no attack's initiator (``argument_kinds.doers``);
people the lexicons do not list and bands of people are. Sentences are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline
from warledger.model import PloverType


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_places", "warledger_events"])


def _initiators(nlp: Language, text: str) -> list[list[str]]:
    return [
        [a.name for a in e.initiators] for e in nlp(text)._.events if e.type == PloverType.ASSAULT
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A bullet wounded the driver Esteban Corvalo in the square.",
        "a stray shell killed two farmers near oskel on monday.",
        "The truck exploded outside the customs office, killing two guards.",
        "The clocks struck twelve as the guards were shot.",
        "A drone struck a wedding party near Osk.",
    ],
)
def test_a_thing_does_no_attack(nlp: Language, text: str) -> None:
    assert all(not names for names in _initiators(nlp, text)), text


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Saboteurs blew up a power pylon outside Tarvik.", "Saboteurs"),
        ("Arsonists burned down a cinema in Velka on Friday.", "Arsonists"),
        ("A band of about thirty guerrillas attacked the village.", "band"),
        ("An angry mob lynched a suspected thief in Orsk.", "angry mob"),
        ("Vigilantes beat two men to death near Dolo.", "Vigilantes"),
        ("Russian warplanes bombed a market in Tarvik.", "Russian"),
        ("U.S. aircraft struck the hospital in Osk on Monday.", "U.S. aircraft"),
        ("The ministry said its aircraft hit a rebel command post.", "its aircraft"),
    ],
)
def test_people_the_lexicons_do_not_list_still_act(nlp: Language, text: str, doer: str) -> None:
    assert any(doer in names for names in _initiators(nlp, text)), _initiators(nlp, text)
