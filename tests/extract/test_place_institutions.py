"""Names that are no town where the text uses them: a body written with "the" and
tagged as an organisation ("the White House" sending or receiving). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_places"])


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {m.span.text: m.place.country if m.place else None for m in doc._.places}


@pytest.mark.parametrize(
    "text",
    [
        "The aide carried the tapes to the White House before dawn, officials said.",
    ],
)
def test_no_town_is_read_into_these(nlp: Language, text: str) -> None:
    assert _places(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen robbed a Staunton pharmacy on Tuesday and fled in a van.", "Staunton", "US"),
        ("A car bomb exploded outside a Kabul hotel, killing four guards.", "Kabul", "AF"),
        ("Thousands marched through The Hague to protest the ruling.", "Hague", "NL"),
        ("Police fired tear gas at protesters in the Bronx on Sunday night.", "Bronx", "US"),
        ("Rebels attacked the Kandahar airport on Monday.", "Kandahar", "AF"),
    ],
)
def test_towns_stay_towns(nlp: Language, text: str, name: str, country: str) -> None:
    assert _places(nlp, text).get(name) == country
