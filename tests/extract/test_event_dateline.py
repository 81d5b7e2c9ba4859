"""The lead's event takes the dateline's town; a state qualifier gives way to its town.
Invented local-news sentences, run through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Event


def _events(text: str) -> list[Event]:
    claims: list[Claim] = worker_extractor(None).extract(TextInput(text, "t", date(2025, 5, 6)))
    return [c.proposition for c in claims if isinstance(c.proposition, Event)]


def _place(event: Event) -> tuple[str, str | None] | None:
    if event.place is None or event.place.place is None:
        return None
    return event.place.place.name, event.place.place.admin1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The splitter cuts "HOLLAND, Mich. —" off as a sentence of its own.
        (
            "HOLLAND, Mich. — Two men were wounded in a shooting Friday night at a gas "
            "station, police said.",
            ("Holland", "Michigan"),
        ),
        # A street the gazetteer does not know is in the dateline's town.
        (
            "FLORENCE, S.C. — A woman was shot and killed on Irby Street late Monday, police said.",
            ("Florence", "South Carolina"),
        ),
        # The state is the nearest place to the trigger, but the town is where it was.
        (
            "COLUMBUS, Ohio — A man was shot and killed on a sidewalk Sunday afternoon, "
            "police said.",
            ("Columbus", "Ohio"),
        ),
    ],
)
def test_the_leads_event_is_in_the_datelines_town(text: str, expected: tuple[str, str]) -> None:
    events = _events(text)
    assert events and _place(events[0]) == expected


def test_only_the_lead_takes_the_dateline() -> None:
    text = (
        "HOLLAND, Mich. — Two men were wounded in a shooting Friday night at a gas "
        "station, police said. A week earlier, a teenager was shot in the arm nearby."
    )
    events = _events(text)
    later = [e for e in events if e.trigger.start > text.index("A week")]
    assert later and all(e.place is None for e in later)
    assert _place(events[0]) == ("Holland", "Michigan")


def test_a_town_and_its_state_in_running_text_place_the_event_in_the_town() -> None:
    events = _events("Two people were shot dead in Jackson, Tennessee, on Saturday night.")
    assert events and _place(events[0]) == ("Jackson", "Tennessee")
