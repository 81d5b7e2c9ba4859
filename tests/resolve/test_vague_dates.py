"""Month-level dates ("last month", "earlier this month"): they bound an incident, they
never stretch or chain one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from resolve.test_incident_gates import TOWN_A, item, profile_of
from warledger.resolve.incident_features import ClaimItem
from warledger.resolve.incident_score import score
from warledger.resolve.incidents import IncidentClusterer

MONTH = (date(2024, 4, 1), date(2024, 4, 30))
WORDS = frozenset({"ambushed", "bus", "convoy", "killed", "insurgents"})


def month_item(claim: str) -> ClaimItem:
    return replace(
        item(claim, TOWN_A, MONTH[0], tokens=WORDS, mode=None),
        date_lo=MONTH[0],
        date_hi=MONTH[1],
        dated=False,
    )


def window(claim: str, first: date, last: date) -> ClaimItem:
    base = item(claim, TOWN_A, first, tokens=WORDS, mode=None)
    return replace(base, date_lo=first, date_hi=last, dated=False)


def test_two_reports_of_last_month_in_one_town_are_one_incident() -> None:
    incident = profile_of(month_item("a"))
    assert score(month_item("b"), incident) is not None


def test_a_month_level_claim_does_not_bridge_two_windows() -> None:
    """A report of 3-6 April, one of the month, one of 20-23 April: the month fits
    either, but the two windows do not meet, so it never puts them together."""
    early = window("a", date(2024, 4, 3), date(2024, 4, 6))
    late = window("c", date(2024, 4, 20), date(2024, 4, 23))
    incident = profile_of(early, month_item("b"))
    assert score(late, incident) is None
    clusterer = IncidentClusterer()
    clusterer.add_all([early, month_item("b"), late])
    groups = sorted(sorted(m.claim_id for m in p.members) for p in clusterer.incidents.values())
    assert ["a", "c"] not in groups and not any({"a", "c"} <= set(g) for g in groups)
