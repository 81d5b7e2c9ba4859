"""A bare name of a follow-up read as the run's reports that wrote it out read it
(``place_readings``), and a month-dated follow-up finding the day inside its month."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from resolve.test_incident_gates import item
from warledger.model import GeoPrecision
from warledger.resolve.incident_features import PlaceFeature
from warledger.resolve.incident_text import weigh
from warledger.resolve.incidents import IncidentClusterer
from warledger.resolve.place_readings import read_as_chosen

# Invented namesakes: a small town written out by its dateline, a big one elsewhere.
SMALL = PlaceFeature("gn:21", 44.0, -70.0, GeoPrecision.EXACT, "US", "East", name="harbor")
BIG = PlaceFeature("gn:22", 45.5, -122.7, GeoPrecision.EXACT, "US", "West", name="harbor")
OTHER_BIG = PlaceFeature("gn:23", 40.0, -100.0, GeoPrecision.EXACT, "US", "Mid", name="harbor")
DAY = date(2026, 7, 11)


def test_a_bare_name_takes_the_one_written_out_reading() -> None:
    datelined = item("a", SMALL, DAY, place_name="harbor", place_qualified=True, place_sure=True)
    bare = item("b", BIG, DAY, place_name="harbor", place_sure=True)
    read = {i.claim_id: i for i in read_as_chosen([datelined, bare])}
    assert read["b"].place_key == "gn:21" and read["b"].admin1 == "East"
    # The new reading is no choice the report made: never sure.
    assert read["b"].place_sure is False
    assert read["a"] == datelined


def test_a_name_written_out_as_two_places_stays_as_the_gazetteer_read_it() -> None:
    east = item("a", SMALL, DAY, place_name="harbor", place_qualified=True)
    mid = item("c", OTHER_BIG, DAY, place_name="harbor", place_qualified=True)
    bare = item("b", BIG, DAY, place_name="harbor")
    read = {i.claim_id: i for i in read_as_chosen([east, mid, bare])}
    assert read["b"] == bare
    # No report wrote the name out: nothing to read it by.
    assert read_as_chosen([bare]) == [bare]


def test_a_month_dated_follow_up_finds_the_day_inside_its_month() -> None:
    # "last month's shooting" in a report weeks later: a month's window whose first and
    # last days hold no incident; the incident of the 11th lies inside it.
    attack = item("a", SMALL, DAY)
    follow_up = replace(
        item("b", SMALL, DAY),
        sort_key=("2026-07-31", "ASSAULT", "doc-b", 0, "b"),
        date_lo=date(2026, 7, 1),
        date_hi=date(2026, 7, 31),
        dated=False,
    )
    clusterer = IncidentClusterer()
    clusterer.add_all(weigh([attack, follow_up]))
    assert len(clusterer.incidents) == 1


def test_a_bare_name_is_read_only_by_reports_near_its_dates() -> None:
    """In an archive of years, a report a year away writing out one namesake says
    nothing of which one a bare name means today."""
    year_before = date(2025, 6, 2)
    datelined = item(
        "a", SMALL, year_before, place_name="harbor", place_qualified=True, place_sure=True
    )
    bare = item("b", BIG, DAY, place_name="harbor", place_sure=True)
    read = {i.claim_id: i for i in read_as_chosen([datelined, bare])}
    assert read["b"] == bare
    # A follow-up weeks after the datelined report is still read by it ...
    weeks_later = replace(bare, date_lo=date(2025, 8, 20), date_hi=date(2025, 8, 20))
    assert read_as_chosen([datelined, weeks_later])[1].place_key == "gn:21"
    # ... and of two namesakes written out, the one near its dates reads it.
    near = item("c", OTHER_BIG, DAY, place_name="harbor", place_qualified=True)
    read = {i.claim_id: i for i in read_as_chosen([datelined, near, bare])}
    assert read["b"].place_key == "gn:23"
