"""Places an event must not take: the set a superlative compares places within
("the richest country in South America"), and a name the text makes a person's or a
title (issue 11, item 3). Invented sentences, run through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Event


def _event_places(text: str) -> list[str | None]:
    claims: list[Claim] = worker_extractor(None).extract(TextInput(text, "t", date(2026, 3, 4)))
    return [
        c.proposition.place.span.text if c.proposition.place is not None else None
        for c in claims
        if isinstance(c.proposition, Event)
    ]


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        (
            "Once the richest country per capita in South America, Venezuela has seen "
            "protests in which three students were killed.",
            "South America",
        ),
        (
            "Brena, one of the poorest countries in Africa, was hit by floods that killed "
            "40 people on Monday.",
            "Africa",
        ),
        (
            "Prosecutors said 19-year-old Nurlanov and another friend hid the backpack after "
            "the bombing that killed three people.",
            "Nurlanov",
        ),
        (
            "U.S. Secretary of Defense Marla Kentridge condemned the bombing that killed six "
            "soldiers.",
            "Secretary",
        ),
    ],
)
def test_no_event_is_placed_here(text: str, not_place: str) -> None:
    places = _event_places(text)
    assert places
    assert not_place not in places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the compared city is where the event was: its country still places it
        ("Floods killed 12 people in the third-largest city in Nigeria on Friday.", "Nigeria"),
        # a superlative over events places them
        ("It was one of the deadliest bombings in Kabul in recent months, killing 30 people.",
         "Kabul"),
    ],
)  # fmt: skip
def test_a_comparison_of_events_still_places_them(text: str, place: str) -> None:
    assert place in _event_places(text)
