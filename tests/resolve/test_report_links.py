"""Report linking: main incidents of alike reports are merged, background ones are not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from resolve.test_incident_gates import NORTH, SOUTH_TOWN, SUBURB_A, TOWN_A, TOWN_B, item
from warledger.resolve.incident_score import IncidentProfile
from warledger.resolve.incidents import _anchored_against
from warledger.resolve.report_links import (
    LINK_CROSS_TYPE_SIMILARITY,
    LINK_SIMILARITY,
    link_round,
    linkable,
    main_reports,
)

DAY = date(2024, 5, 3)
# Invented leads as unit TF-IDF vectors: two reports of one ferry fire, one of another.
FERRY_VELM = (("ferry", 0.6), ("velm", 0.8))
FERRY_VELM_TOO = (("captain", 0.6), ("velm", 0.8))
FERRY_KOSLAR = (("ferry", 0.6), ("koslar", 0.8))


def incident(inc_id: str, *members: object) -> IncidentProfile:
    profile = IncidentProfile(inc_id)
    for member in members:
        profile.add(member)  # type: ignore[arg-type]
    return profile


def test_a_reports_main_incident_holds_most_of_its_claims() -> None:
    fire = incident(
        "fire",
        item("a", TOWN_A, DAY, document_id="r1", span=(90, 120)),
        item("b", TOWN_A, DAY, document_id="r1", span=(200, 260)),
    )
    # A background event the report recalls, told first: still not its main incident.
    earlier = incident("earlier", item("c", TOWN_B, date(2023, 1, 9), document_id="r1"))
    # One claim each: the one told first in the report wins.
    told_first = incident("first", item("d", TOWN_A, DAY, document_id="r2", span=(0, 30)))
    told_later = incident("later", item("e", TOWN_A, DAY, document_id="r2", span=(50, 80)))
    threat = incident("threat", item("f", TOWN_A, DAY, document_id="r3", potential=True))
    incidents = {p.id: p for p in (fire, earlier, told_first, told_later, threat)}
    assert main_reports(incidents) == {"fire": {"r1"}, "first": {"r2"}}


def test_alike_reports_link_their_main_incidents() -> None:
    incidents = {
        "a": incident("a", item("a", None, DAY, document_id="r1", report=FERRY_VELM)),
        "b": incident("b", item("b", None, DAY, document_id="r2", report=FERRY_VELM_TOO)),
        "c": incident("c", item("c", None, DAY, document_id="r3", report=FERRY_KOSLAR)),
    }
    everything = set(incidents)
    # r1 and r2 share "velm" (0.64); r3 shares only "ferry" with r1 (0.36) and nothing
    # with r2, and each incident is linked once a round: the most alike pair first.
    assert link_round(incidents, lambda p: everything - {p.id}, lambda a, b: False) == [("a", "b")]
    # Analysts' decisions keep incidents apart whatever their reports share.
    kept_apart = link_round(
        incidents, lambda p: everything - {p.id}, lambda a, b: {a, b} == {"a", "b"}
    )
    assert kept_apart == [("a", "c")]


def test_dates_towns_and_types_that_tell_incidents_apart_block_a_link() -> None:
    alike = LINK_SIMILARITY + 0.05
    here = incident("here", item("a", TOWN_A, DAY), item("b", TOWN_A, DAY))
    assert linkable(here, incident("same", item("c", SUBURB_A, DAY)), alike)
    assert not linkable(here, incident("same", item("c", SUBURB_A, DAY)), LINK_SIMILARITY - 0.05)
    # Stated days a week apart.
    week_later = date(2024, 5, 10)
    assert not linkable(here, incident("later", item("c", TOWN_A, week_later)), alike)
    # Main towns that cannot be one.
    assert not linkable(here, incident("there", item("c", SOUTH_TOWN, DAY)), alike)
    # One claim's other town (a background place) does not move an incident's place.
    stray = incident("stray", item("c", SUBURB_A, DAY), item("d", SUBURB_A, DAY))
    stray.add(item("e", SOUTH_TOWN, DAY))
    assert linkable(here, stray, alike)
    # Another event type links only for reports alike enough to code one act two ways.
    march = incident("march", item("c", TOWN_A, DAY, type="PROTEST", mode=None))
    assert not linkable(here, march, alike)
    assert linkable(here, march, LINK_CROSS_TYPE_SIMILARITY)


def test_a_member_ruled_out_by_a_stray_town_does_not_veto_a_merge_heavily() -> None:
    profile = incident(
        "inc", item("a", TOWN_A, DAY), item("b", TOWN_A, DAY), item("c", TOWN_B, DAY)
    )
    # Near the main town, but not near the one member naming TOWN_B.
    assert not _anchored_against(item("d", SUBURB_A, DAY), profile)
    # The one stray town is not the incident's place either.
    assert _anchored_against(item("e", TOWN_B, DAY), profile)
    # A claim's own stated day outside the incident's days rules it out.
    assert _anchored_against(item("f", None, date(2024, 6, 1)), profile)
    # A region says too little to rule the incident out.
    assert not _anchored_against(replace(item("g", NORTH, DAY), dated=False), profile)
