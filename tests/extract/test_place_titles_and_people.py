"""Names that stand where a person's title or a person's name does are no places,
though a town of that name exists ("Secretary", Maryland; "Marden"; "Lancaster").
Sentences invented for these tests (issue 11, item 3)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_places"])


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {m.span.text: m.place.country if m.place else None for m in doc._.places}


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "U.S. Secretary of Defense Marla Kentridge responded to the bombing in Aleppo "
            "on Tuesday.",
            "Secretary",
            "Aleppo",
        ),
        (
            "The attack was condemned by Secretary Kentridge, who spoke to reporters in Mosul.",
            "Secretary",
            "Mosul",
        ),
        (
            "Senators sent a letter to Secretary of State Dana Vell about the raid in Kharkiv.",
            "Secretary",
            "Kharkiv",
        ),
        (
            "According to Dr. Helena Varga, three patients died at the hospital in Aleppo.",
            "Dr.",
            "Aleppo",
        ),
    ],
)
def test_a_title_is_no_town(nlp: Language, text: str, title: str, place: str) -> None:
    found = _places(nlp, text)
    assert title not in found
    assert found[place] is not None


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # a surname after a title
        (
            "Gen. Lancaster, vice chairman of the joint staff, will visit the brigade in Gori.",
            "Lancaster",
            "Gori",
        ),
        # a name after an age, doing what a person does
        (
            "Prosecutors said 19-year-old Marden and a classmate hid the laptop after the "
            "bombing in Kharkiv.",
            "Marden",
            "Kharkiv",
        ),
        # in apposition to a word for a person
        (
            "The driver tried to hit the trooper and his wife, Amelia, who was being "
            "detained near Kharkiv, officials said.",
            "Amelia",
            "Kharkiv",
        ),
        # what a verb of harm only a person suffers befalls
        ("Gunmen kidnapped Lancaster on his way to work in Kharkiv.", "Lancaster", "Kharkiv"),
        (
            "Investigators say a neighbour stabbed Garland twice before fleeing toward Mosul.",
            "Garland",
            "Mosul",
        ),
        # a given name coordinated with a person's full name
        (
            "Police say two brothers, Tamerlan and Dzhokhar Vessik, planted the bombs near "
            "the square in Mosul.",
            "Tamerlan",
            "Mosul",
        ),
    ],
)
def test_a_persons_name_is_no_town(nlp: Language, text: str, person: str, place: str) -> None:
    found = _places(nlp, text)
    assert person not in found
    assert found[place] is not None


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Floods damaged dozens of homes in Bishop, California, on Friday.", "Bishop", "US"),
        ("Floods hit homes in Bishop on Friday, the sheriff said.", "Bishop", "US"),
        ("A 19-year-old Lancaster man was shot on Friday, police said.", "Lancaster", "US"),
        # towns are shelled, not killed
        ("Troops shelled Garland on Friday, the governor of Texas said.", "Garland", "US"),
    ],
)
def test_towns_named_like_titles_or_people_stay(
    nlp: Language, text: str, town: str, country: str
) -> None:
    assert _places(nlp, text).get(town) == country
