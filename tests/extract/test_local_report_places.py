"""Local reports' own ways of naming places, dates and tolls (issue 11). Invented
sentences, run through the whole pipeline; each asserts what the lead's event gets."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Event


def _events(text: str, published: date = date(2026, 3, 4)) -> list[Event]:
    claims: list[Claim] = worker_extractor(None).extract(TextInput(text, "t", published))
    return [c.proposition for c in claims if isinstance(c.proposition, Event)]


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.place.place.name, e.place.place.admin1, e.place.place.country)
        for e in _events(text)
        if e.place is not None and e.place.place is not None
    ]


@pytest.mark.parametrize(
    ("text", "town", "not_town"),
    [
        # A victim's home town beside the dateline's town.
        (
            "SAGINAW, Mich. — A 34-year-old Midland man was shot and killed early Sunday "
            "outside a bar, police said.",
            "Saginaw",
            "Midland",
        ),
        # "of" after a name and a comma: where the victim lived.
        (
            "AKRON, Ohio — Dale Perkins, of Canton, was shot and killed early Sunday, police said.",
            "Akron",
            "Canton",
        ),
    ],
)
def test_a_home_town_is_no_event_place(text: str, town: str, not_town: str) -> None:
    names = [name for name, _, _ in _places(text)]
    assert town in names
    assert not_town not in names


def test_a_home_town_outside_a_datelined_lead_is_still_a_guess() -> None:
    text = "A Toledo man was arrested Friday in a shooting that killed a neighbor."
    assert [name for name, _, _ in _places(text)][:1] == ["Toledo"]


def test_a_bare_dateline_is_the_big_city_despite_a_state_named_for_a_visitor() -> None:
    text = (
        "BOSTON — A man was shot and killed in Roxbury on Friday night, police said. "
        "A second man, a visitor from New York, was wounded."
    )
    assert ("Boston", "Massachusetts", "US") in _places(text)
    assert all(admin1 != "New York" for name, admin1, _ in _places(text) if name == "Boston")


def test_a_dateline_name_of_two_words_is_one_name() -> None:
    text = "CEDAR RAPIDS, Iowa — A woman was stabbed to death Saturday, police said."
    assert ("Cedar Rapids", "Iowa", "US") in _places(text)


def test_a_province_abbreviation_qualifies_and_bare_repeats_follow() -> None:
    text = (
        "LONDON, Ont. — A man was shot in London's east end on Sunday, London police "
        "said. He died in hospital."
    )
    places = _places(text)
    assert places
    assert all(country == "CA" for _, _, country in places)


def test_the_date_of_the_trigger_noun_phrase_beats_the_hearing_date() -> None:
    text = (
        "A judge on Tuesday ordered Rick Dunn to stand trial for murder in the January "
        "shooting death of a store clerk in Macon, Georgia."
    )
    dated = [e.date for e in _events(text) if e.type == "ASSAULT" and e.date is not None]
    assert dated
    assert all(d.start == date(2026, 1, 1) and d.end == date(2026, 1, 31) for d in dated)


def test_victims_taken_to_a_medical_center_are_hurt_not_killed() -> None:
    text = (
        "Four people were stabbed Friday night at a fair in Springfield, Illinois. The four "
        "victims were taken to Memorial Medical Center."
    )
    killed = [f for e in _events(text) for f in e.casualties if f.kind == "killed"]
    assert killed == []


def test_an_event_word_in_a_street_name_is_no_event() -> None:
    text = "A man was shot Friday at an apartment near East Grant Road in Tucson, Arizona."
    triggers = [e.trigger.text for e in _events(text)]
    assert "Grant" not in triggers
    assert "shot" in triggers
