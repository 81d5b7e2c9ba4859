"""A weekday a report of unknown date names ("on Saturday") still dates its event to a
Saturday: an incident anchored on a stated day that is no Saturday is another event,
most often background the report recalls."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from resolve.test_incident_gates import TOWN_A, item, profile_of
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Document, Event, content_hash
from warledger.resolve.incident_features import ClaimItem
from warledger.resolve.incident_score import distinct, score
from warledger.resolve.incidents import cluster
from warledger.resolve.weekdays import weekday_fits, weekdays_clash

MONDAY = date(2021, 6, 14)
SATURDAY = date(2021, 6, 19)
SUNDAY = date(2021, 6, 20)


def undated(claim: str, weekday: int | None) -> ClaimItem:
    return replace(
        item(claim, TOWN_A, SATURDAY), date_lo=None, date_hi=None, dated=False, weekday=weekday
    )


def test_a_day_fits_its_weekday_and_the_days_either_side() -> None:
    assert weekday_fits(5, SATURDAY)
    assert weekday_fits(5, SUNDAY)
    assert not weekday_fits(5, MONDAY)
    assert weekdays_clash({5}, {MONDAY})
    assert not weekdays_clash({5}, {MONDAY, SATURDAY})
    assert not weekdays_clash(set(), {MONDAY})


def test_an_undated_saturday_claim_does_not_join_an_incident_of_a_monday() -> None:
    assert score(undated("b", 5), profile_of(item("a", TOWN_A, MONDAY))) is None
    assert score(undated("c", 5), profile_of(item("a", TOWN_A, SATURDAY))) is not None
    assert score(undated("d", None), profile_of(item("a", TOWN_A, MONDAY))) is not None


def test_a_stated_monday_does_not_join_an_incident_told_as_on_saturday() -> None:
    saturday = profile_of(undated("a", 5))
    assert score(item("b", TOWN_A, MONDAY), saturday) is None
    assert score(item("c", TOWN_A, SUNDAY), saturday) is not None
    assert distinct(saturday, profile_of(item("d", TOWN_A, MONDAY)))
    assert not distinct(saturday, profile_of(item("e", TOWN_A, SATURDAY)))


REPORT = (
    "Coast guard boats drove off armed raiders who tried to board a grain freighter "
    "off Port Velmar on Saturday, and detained nine of the raiders, the coast guard said.\n"
    "The raiders fired rifles at the freighter's bridge before the boats arrived.\n"
    "Shipping on that coast has been tense since raiders attacked a ferry and killed two of "
    "its crew on June 14 , 2021 ."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_a_recalled_hijacking_does_not_date_an_undated_reports_attack(
    extractor: Extractor,
) -> None:
    """The report has no publication date, so "on Saturday" stays unresolved; the
    hijacking of a Monday it recalls is another incident than the Saturday attack."""
    document = Document(id=content_hash(REPORT.encode()), text=REPORT)
    claims = extractor.extract(TextInput(REPORT, document.id, None))
    events = {c.id: c.proposition for c in claims if isinstance(c.proposition, Event)}
    hijack = [i for i, e in events.items() if e.date is not None and e.date.start == MONDAY]
    raid = [
        i
        for i, e in events.items()
        if e.date is not None and e.date.start is None and e.date.span.text == "Saturday"
    ]
    assert hijack and raid
    incidents = cluster(claims, {document.id: document})
    of = {c: inc for inc, members in incidents.items() for c in members}
    assert {of[i] for i in hijack}.isdisjoint({of[i] for i in raid})
