"""Parts of days: a night across midnight is one event, a night and the next
evening are two (``resolve.day_parts``)."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.model import DateMention, Event, PloverType, Span
from warledger.resolve.day_parts import EARLY, LATE, MIDDAY, day_part, parts_clash

FRIDAY, SATURDAY, SUNDAY = date(2026, 2, 6), date(2026, 2, 7), date(2026, 2, 8)


def _event(words: str) -> Event:
    return Event(
        type=PloverType.ASSAULT,
        trigger=Span(start=0, end=4, text="shot"),
        date=DateMention(span=Span(start=10, end=10 + len(words), text=words)),
    )


@pytest.mark.parametrize(
    ("words", "part"),
    [
        ("Friday night", LATE),
        ("late Saturday", LATE),
        ("early Sunday", EARLY),
        ("Sunday morning", EARLY),
        ("Saturday afternoon", MIDDAY),
        ("Saturday", None),
        ("late Saturday or early Sunday", None),
    ],
)
def test_the_part_of_the_day_the_words_name(words: str, part: int | None) -> None:
    assert day_part(_event(words)) == part


def test_a_night_across_midnight_is_one_event() -> None:
    assert not parts_clash({("ASSAULT", SATURDAY, LATE)}, {("ASSAULT", SUNDAY, EARLY)})
    assert not parts_clash({("ASSAULT", SUNDAY, EARLY)}, {("ASSAULT", SATURDAY, LATE)})
    assert not parts_clash({("ASSAULT", SATURDAY, None)}, {("ASSAULT", SUNDAY, None)})
    assert not parts_clash(
        {("ASSAULT", SATURDAY, MIDDAY)}, {("ASSAULT", SATURDAY, LATE)}
    )  # one day


def test_a_later_act_of_another_type_is_left_alone() -> None:
    assert not parts_clash({("ASSAULT", SATURDAY, MIDDAY)}, {("COERCE", SUNDAY, None)})


def test_a_night_and_the_next_evening_are_two_events() -> None:
    assert parts_clash({("ASSAULT", FRIDAY, LATE)}, {("ASSAULT", SATURDAY, LATE)})
    assert parts_clash({("ASSAULT", SATURDAY, LATE)}, {("ASSAULT", SUNDAY, MIDDAY)})
    assert not parts_clash({("ASSAULT", FRIDAY, None)}, {("ASSAULT", SATURDAY, LATE)})
