"""The part of a day a date names, and days a day apart too far apart for one event.

Claims of one incident may be dated a day apart: a shooting at half past midnight
is "late Saturday" in one report and "early Sunday" in the next. That tolerance
also lets two shootings in one city on consecutive days merge, the commonest
wrong merge in local news. The words around the day tell them apart: "Friday
night" and "Saturday evening" are nearly a day apart, while one event a day apart
on the calendar lies across midnight: late in the first day (evening, night,
"late") and early in the second (early, morning). Only parts both dates name can
clash: a bare "Saturday" fits any (a report's day may also be misread by one, which
the day's tolerance absorbs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from warledger.model import Event

EARLY, MIDDAY, LATE = 0, 1, 2
_PARTS = (
    (LATE, re.compile(r"\b(?:late|evening|night|tonight|overnight)\b", re.IGNORECASE)),
    (EARLY, re.compile(r"\b(?:early|morning|dawn|daybreak)\b", re.IGNORECASE)),
    (MIDDAY, re.compile(r"\b(?:afternoon|midday|noon|lunchtime)\b", re.IGNORECASE)),
)


def day_part(event: Event) -> int | None:
    """``EARLY``, ``MIDDAY`` or ``LATE``: the part of the day the event's date words
    name ("Friday night", "early Sunday", "Saturday afternoon"), None when they name
    none or more than one ("late Saturday or early Sunday")."""
    if event.date is None:
        return None
    words = event.date.span.text
    found = {part for part, pattern in _PARTS if pattern.search(words)}
    return found.pop() if len(found) == 1 else None


DayPart = tuple[str, date, int | None]
"""An event type, a stated day and the part of it named (None: not said)."""


def parts_clash(a: Iterable[DayPart], b: Iterable[DayPart]) -> bool:
    """Whether some stated day of ``a`` and one of ``b`` a day apart, of acts of one
    type, each naming a part of its day, cannot be one event's: one event a day apart
    lies late on the first day and early on the next, so a first day's morning or
    afternoon, or a next day's afternoon or evening, is too far. Acts of other types
    are left alone: an arrest the day after an afternoon shooting is a later act of
    the same incident."""
    for type_a, day_a, part_a in a:
        for type_b, day_b, part_b in b:
            gap = (day_b - day_a).days
            if type_a != type_b or abs(gap) != 1:
                continue
            first, second = (part_a, part_b) if gap == 1 else (part_b, part_a)
            if first is not None and second is not None and (first, second) != (LATE, EARLY):
                return True
    return False
