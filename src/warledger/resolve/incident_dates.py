"""Whether an event claim's dates, or two incidents' dates, can be one event's.

An incident's dates overlap its claims' (with a day's tolerance: a night-time
attack is dated by one report on the day it began and by another on the day it
ended) and stay within the expected duration of its type (``DURATION_DAYS``); a
weekday named without a date must fit the stated days (``weekdays``), and so must
the part of the day a date names (``day_parts``: Friday night and Saturday
evening are a day apart and a whole day too far for one shooting). Split from
``incident_score``, whose gates call ``dates_overlap``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from warledger.resolve.day_parts import parts_clash
from warledger.resolve.weekdays import weekdays_clash

if TYPE_CHECKING:
    from warledger.resolve.incident_features import ClaimItem
    from warledger.resolve.incident_profile import IncidentProfile

DATE_TOLERANCE = timedelta(days=1)
# An incident's dates may not spread wider than this: without the cap, reports a
# few days apart would chain one window to the next into one endless "incident".
MAX_INCIDENT_DAYS = 10
# Expected duration per event type: an attack or a clash is hours to a day (two
# calendar days with a night-time attack reported by date), an arrest wave or a
# protest a few days, a happening of another kind (an appointment, an unveiling, an
# escape) a day; other types (a mobilisation, a campaign of sanctions) keep
# ``MAX_INCIDENT_DAYS``.
DURATION_DAYS = {"ASSAULT": 2, "COERCE": 3, "PROTEST": 3, "RETREAT": 3, "OCCURRENCE": 2}


def dates_overlap(item: ClaimItem, profile: IncidentProfile) -> bool:
    """Dates that can be one event's: overlapping (with a day's tolerance), and not
    stretching the incident beyond its expected duration. A claim with no date at
    all (nor a publication date) is not ruled out by dates; the clusterer lets it
    join only an incident that fits it unambiguously.

    A follow-up report (a trial, a funeral, an anniversary) is linked to its event
    by the event's own date expression ("the shooting on March 3"), not by its
    publication: once one of its claims has joined an earlier incident that way,
    its claims dated only by publication may join it too.

    A weekday the claim names without a date, or a day it states, must fit the
    incident's stated days, or weekdays named without a date (``weekdays``); a part
    of a day it states must fit the parts of the incident's days (``day_parts``)."""
    if item.weekday is not None and weekdays_clash({item.weekday}, profile.dated_days):
        return False
    stated = {item.date_lo} if item.dated and item.date_lo == item.date_hi else set()
    if weekdays_clash(profile.weekdays, {d for d in stated if d is not None}):
        return False
    if (
        item.date_lo is not None
        and stated
        and parts_clash({(item.type, item.date_lo, item.day_part)}, profile.day_parts)
    ):
        return False
    if item.date_lo is None or item.date_hi is None:
        return True
    if profile.date_lo is None or profile.date_hi is None:
        return True
    if (
        not item.dated
        and profile.has_dated
        and item.document_id in profile.documents
        and profile.date_lo <= item.date_hi
    ):
        return True
    if not (
        item.date_lo <= profile.date_hi + DATE_TOLERANCE
        and profile.date_lo <= item.date_hi + DATE_TOLERANCE
    ):
        return False
    if profile.has_dated and not item.dated:
        return True
    lo, hi = min(item.date_lo, profile.date_lo), max(item.date_hi, profile.date_hi)
    if item.dated and not profile.has_dated:
        lo, hi = item.date_lo, item.date_hi
    limit = min(DURATION_DAYS.get(t, MAX_INCIDENT_DAYS) for t in {item.type, *profile.types})
    if item.dated and profile.has_dated and item.document_id not in profile.documents:
        # Two anchored dates: the incident's type bounds how far apart they may be.
        return (hi - lo).days <= limit
    # One report may follow its event over a few days, but a history of a campaign
    # ("bombings in 1974, 1975 and 1977") is several events, never one.
    if (hi - lo).days <= MAX_INCIDENT_DAYS:
        return True
    # A window that wide with nothing anchored is a vague date's ("last month"), not a
    # duration: the claim may be the incident's if the time every member allows (the
    # common window) is inside its window, so two reports' "last month" in one town
    # meet, while a month-level member never bridges two windows that do not meet.
    return not item.dated and not profile.has_dated and _within_common(item, profile)


def _within_common(item: ClaimItem, profile: IncidentProfile) -> bool:
    """Whether the claim's window overlaps the incident's common window (with a day's
    tolerance)."""
    if profile.common_lo is None or profile.common_hi is None or item.date_lo is None:
        return False
    if item.date_hi is None or profile.common_lo > profile.common_hi:
        return False
    return (
        item.date_lo <= profile.common_hi + DATE_TOLERANCE
        and profile.common_lo <= item.date_hi + DATE_TOLERANCE
    )
