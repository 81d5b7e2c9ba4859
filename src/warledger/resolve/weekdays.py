"""Weekdays a report names but cannot date: "on Saturday" in a report of unknown date.

Without a publication date, "the navy repelled the attack on Saturday" resolves to
no day, yet it still says something: the event was on a Saturday. An incident
anchored on a stated day that is no Saturday (nor the day either side of one: a
night attack is told by one report on the day it began and by another on the day
it ended) is another event. Most often that stated day is background the report
recalls (a hijacking on a Monday months before): without this
check, the report's own Saturday attack joined the recalled hijacking, took its
date, and no longer met the other reports of the Saturday attack.

Claims of such a report with no date expression of their own are left free: giving
them the weekday of the report's lead was tried, and on the ECB+ train topics it
split more reports of one event than it kept apart reports of two.

Only a weekday set against a stated day is a contradiction. Two weekdays alone
(a Saturday attack, a Monday release) may be one incident told over days.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date

from warledger.model import Event

_NAMES = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# "Saturday", "on Saturday", "last Saturday", "Saturday night", "early on Saturday".
_WEEKDAY = re.compile(
    r"^(?:(?:early|late)\s+)?(?:on\s+)?(?:last\s+|this\s+|early\s+|late\s+)?"
    rf"({'|'.join(_NAMES)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
# A day either side still fits: a night-time event spans two calendar days.
TOLERANCE_DAYS = 1


def unresolved_weekday(event: Event) -> int | None:
    """The weekday (Monday = 0) the event's date names when it could not be resolved
    to a day (no publication date to count back from), else None."""
    mention = event.date
    if mention is None or mention.start is not None:
        return None
    match = _WEEKDAY.match(mention.span.text.strip())
    return _NAMES[match.group(1).lower()] if match else None


def weekday_fits(weekday: int, day: date) -> bool:
    """Whether ``day`` is the named weekday or a day either side of it."""
    gap = (day.weekday() - weekday) % 7
    return min(gap, 7 - gap) <= TOLERANCE_DAYS


def weekdays_clash(weekdays: Iterable[int], days: Iterable[date]) -> bool:
    """Whether named weekdays and stated days cannot be one event's: there are both,
    and no stated day fits any of the weekdays (``weekday_fits``)."""
    named, stated = set(weekdays), set(days)
    if not named or not stated:
        return False
    return not any(weekday_fits(w, d) for w in named for d in stated)
