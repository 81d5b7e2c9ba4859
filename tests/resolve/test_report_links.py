"""Report linking: main incidents of alike reports are merged, background ones are not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from resolve.test_incident_gates import (
    NORTH,
    OTHER_COUNTRY,
    SOUTH_TOWN,
    SUBURB_A,
    TOWN_A,
    TOWN_B,
    item,
)
from warledger.resolve.incident_score import IncidentProfile
from warledger.resolve.incidents import IncidentClusterer, _anchored_against
from warledger.resolve.link_scorer import FEATURES, LinkModel
from warledger.resolve.report_links import (
    compatible,
    link_round,
    linkable,
    main_reports,
    towns_apart,
    vague,
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
    # A potential claim is no report's main incident beside a reported act ...
    threat = incident("threat", item("f", TOWN_A, DAY, document_id="r1", potential=True))
    # ... but a preview, a report that only tells what is expected, has its own.
    preview = incident("preview", item("g", TOWN_A, DAY, document_id="r3", potential=True))
    incidents = {p.id: p for p in (fire, earlier, told_first, told_later, threat, preview)}
    assert main_reports(incidents) == {"fire": {"r1"}, "first": {"r2"}, "preview": {"r3"}}


# A scorer that links on lead similarity alone (weight 10, bias -3: p = 0.5 at a lead
# cosine of 0.3), so that the tests below say what the gates do, not what a trained
# model weighs.
LEAD_ONLY = LinkModel(
    weights=tuple(10.0 if name == "lead" else 0.0 for name in FEATURES),
    bias=-3.0,
    threshold=0.5,
)


def everything(incidents: dict[str, IncidentProfile]) -> object:
    return lambda p: set(incidents) - {p.id}


def never(_a: str, _b: str) -> bool:
    return False


def test_alike_reports_link_their_main_incidents() -> None:
    incidents = {
        "a": incident("a", item("a", TOWN_A, DAY, document_id="r1", report=FERRY_VELM)),
        "b": incident("b", item("b", TOWN_A, DAY, document_id="r2", report=FERRY_VELM_TOO)),
        "c": incident("c", item("c", TOWN_A, DAY, document_id="r3", report=FERRY_KOSLAR)),
    }
    candidates = everything(incidents)
    # r1 and r2 share "velm" (0.64); r3 shares only "ferry" with r1 (0.36) and nothing
    # with r2, and each incident is linked once a round: the most alike pair first.
    assert link_round(incidents, candidates, never, LEAD_ONLY) == [("a", "b")]  # type: ignore[arg-type]
    # Analysts' decisions keep incidents apart whatever their reports share.
    kept_apart = link_round(
        incidents,
        candidates,  # type: ignore[arg-type]
        lambda a, b: {a, b} == {"a", "b"},
        LEAD_ONLY,
    )
    assert kept_apart == [("a", "c")]


# A scorer that never links: what ``alike_leads`` links alone.
NEVER = LinkModel(weights=tuple(0.0 for _ in FEATURES), bias=-30.0, threshold=0.5)


def test_reports_alike_enough_link_whatever_the_scorer_says() -> None:
    ferry = incident("a", item("a", TOWN_A, DAY, document_id="r1", report=FERRY_VELM))
    same = incident("b", item("b", TOWN_A, DAY, document_id="r2", report=FERRY_VELM_TOO))
    incidents = {"a": ferry, "b": same}
    # The leads share "velm" (cosine 0.64): one event's reports.
    assert link_round(incidents, everything(incidents), never, NEVER) == [("a", "b")]  # type: ignore[arg-type]
    # Told as another act (an arrest, not the fire), leads this alike (0.64) still tell
    # one event: a follow-up report codes the event's act otherwise.
    arrest = {"type": "COERCE", "mode": "arrest", "report": FERRY_VELM_TOO}
    incidents["b"] = incident("b", item("b", TOWN_A, DAY, document_id="r2", **arrest))
    assert link_round(incidents, everything(incidents), never, NEVER) == [("a", "b")]  # type: ignore[arg-type]
    # Leads alike enough for one act (0.12) but not for two acts are another event's.
    some = (("ferry", 0.2), ("koslar", 0.96**0.5))
    incidents["b"] = incident("b", item("b", TOWN_A, DAY, document_id="r2", report=some))
    assert link_round(incidents, everything(incidents), never, NEVER) == [("a", "b")]  # type: ignore[arg-type]
    other_act = {"type": "COERCE", "mode": "arrest", "report": some}
    incidents["b"] = incident("b", item("b", TOWN_A, DAY, document_id="r2", **other_act))
    assert link_round(incidents, everything(incidents), never, NEVER) == []  # type: ignore[arg-type]
    # Leads that share a word faintly (cosine 0.06) are another event's reports.
    faint = (("ferry", 0.1), ("koslar", 0.99**0.5))
    incidents["b"] = incident("b", item("b", TOWN_A, DAY, document_id="r2", report=faint))
    assert link_round(incidents, everything(incidents), never, NEVER) == []  # type: ignore[arg-type]


def test_dates_and_towns_that_tell_incidents_apart_block_a_link() -> None:
    here = incident("here", item("a", TOWN_A, DAY), item("b", TOWN_A, DAY))
    assert linkable(here, incident("same", item("c", SUBURB_A, DAY), item("d", SUBURB_A, DAY)))
    # Stated days a week apart.
    week_later = date(2024, 5, 10)
    assert not linkable(here, incident("later", item("c", TOWN_A, week_later)))
    # Towns that cannot be one, each named by two claims.
    there = incident("there", item("c", SOUTH_TOWN, DAY), item("d", SOUTH_TOWN, DAY))
    assert not linkable(here, there)
    # A town one claim names (a background place, a misread name) is no gate.
    stray = incident("stray", item("c", SUBURB_A, DAY), item("d", SUBURB_A, DAY))
    stray.add(item("e", SOUTH_TOWN, DAY))
    assert stray.anchored_places() == [SUBURB_A]
    assert linkable(here, stray)
    # A region that does not hold the other's town is no gate (news is placed where
    # an event was felt or reported from); two towns that cannot be one are.
    north = incident("north", item("g", NORTH, DAY), item("h", NORTH, DAY))
    assert not towns_apart(there, north)
    assert linkable(there, north)
    assert towns_apart(here, there)
    assert not towns_apart(here, stray)
    # A threat is not the act done: a potential incident of another main type never
    # links to a reported one; a preview of the same act may (the strike announced
    # for Wednesday and the strike that began on Wednesday).
    threat = {"type": "THREATEN", "mode": None, "potential": True}
    assert not linkable(here, incident("threat", item("f", TOWN_A, DAY, **threat)))
    assert linkable(here, incident("preview", item("f", TOWN_A, DAY, potential=True)))
    # Nor a road accident and the shelling two reports tell, in the same town that day.
    crash = incident("crash", item("i", TOWN_A, DAY, mode="accident"))
    assert not linkable(here, crash)
    assert linkable(incident("one", item("j", TOWN_A, DAY, mode="aerial")), crash)


def test_links_do_not_chain_along_a_road_of_towns() -> None:
    # TOWN_A and SUBURB_A are 6 km apart, SUBURB_A and TOWN_B 35 km: a merged incident
    # that stands on TOWN_A cannot take TOWN_B in, however alike the reports.
    merged = incident(
        "merged", *(item(c, p, DAY) for c, p in (("a", TOWN_A), ("b", TOWN_A), ("c", SUBURB_A)))
    )
    merged.add(item("d", SUBURB_A, DAY))
    further = incident("further", item("e", TOWN_B, DAY), item("f", TOWN_B, DAY))
    assert not compatible(merged, further)
    # A day-level attack does not stretch over four days by a link (ASSAULT: two days).
    fourth = incident("fourth", item("g", TOWN_A, date(2024, 5, 7)))
    fourth.add(item("h", TOWN_A, date(2024, 5, 7)))
    monday = incident("monday", item("i", TOWN_A, DAY), item("j", TOWN_A, date(2024, 5, 4)))
    assert not compatible(monday, fourth)
    assert compatible(monday, incident("tuesday", item("k", TOWN_A, date(2024, 5, 4))))


def test_a_vague_incident_links_only_to_an_unambiguous_partner() -> None:
    lead = (("ferry", 1.0),)
    undated = replace(
        item("v", None, DAY, document_id="rv", report=lead), date_lo=None, date_hi=None
    )
    north = incident("north", *(item(c, TOWN_A, DAY, report=lead) for c in ("a", "b")))
    south = incident("south", *(item(c, SOUTH_TOWN, DAY, report=lead) for c in ("c", "d")))
    loose = incident("loose", undated)
    assert vague(loose) and not vague(north)
    alone = {"loose": loose, "north": north}
    assert link_round(alone, everything(alone), never, LEAD_ONLY) == [("loose", "north")]  # type: ignore[arg-type]
    # With a second, equally alike incident of another town, the undated placeless
    # report could be either: it links to neither.
    both = {"loose": loose, "north": north, "south": south}
    assert link_round(both, everything(both), never, LEAD_ONLY) == []  # type: ignore[arg-type]


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


def test_a_preview_links_to_the_event_told_days_later() -> None:
    """A report that a strike is set for Wednesday, published on Sunday, and a report of
    the walkout on Wednesday: the preview's dates end before the event's, and its
    incident looks ``PREVIEW_REACH`` ahead for it."""
    sunday, wednesday = date(2025, 9, 28), date(2025, 10, 1)
    strike = {"type": "PROTEST", "mode": "general_strike", "dated": False}
    preview = item(
        "p",
        None,
        sunday,
        document_id="r1",
        potential=True,
        date_lo=date(2025, 9, 25),
        report=FERRY_VELM,
        **strike,
    )
    walkout = item("w", TOWN_A, wednesday, document_id="r2", report=FERRY_VELM_TOO, **strike)
    clusterer = IncidentClusterer()
    clusterer.add_all([preview, walkout])
    assert len(clusterer.incidents) == 1
    (merged,) = clusterer.incidents.values()
    # Reported acts once the preview joined them: later reported claims may join too.
    assert not merged.potential
    # A week and more after its dates, a preview finds nothing.
    late = replace(walkout, date_lo=date(2025, 10, 8), date_hi=date(2025, 10, 8))
    clusterer = IncidentClusterer()
    clusterer.add_all([preview, late])
    assert len(clusterer.incidents) == 2


# A scorer that links every pair (p = 0.99 whatever the features).
ALWAYS = LinkModel(weights=tuple(0.0 for _ in FEATURES), bias=5.0, threshold=0.5)


def test_the_scorer_alone_does_not_link_an_undated_report_of_another_event() -> None:
    """Two falls on one mountain years apart: the undated report agrees with the dated
    incident in place and kind, all the scorer can weigh; its lead (an ice cave, a
    brother) shares too little with the other's (cosine 0.08) to be one event."""
    undated = replace(
        item("v", TOWN_A, DAY, document_id="rv", report=(("kestor", 0.4), ("cave", 0.9165))),
        date_lo=None,
        date_hi=None,
        dated=False,
    )
    dated = item("d", TOWN_A, DAY, document_id="rd", report=(("kestor", 0.2), ("ropes", 0.9798)))
    incidents = {"loose": incident("loose", undated), "fall": incident("fall", dated)}
    assert vague(incidents["loose"])
    assert link_round(incidents, everything(incidents), never, ALWAYS) == []  # type: ignore[arg-type]
    # Leads as alike as one event's reports' are (0.12): the scorer's word stands.
    closer = replace(undated, report=(("kestor", 0.6), ("cave", 0.8)))
    incidents["loose"] = incident("loose", closer)
    assert link_round(incidents, everything(incidents), never, ALWAYS) == [("fall", "loose")]  # type: ignore[arg-type]
    # Two incidents with stated dates and towns: the scorer decides alone.
    incidents["loose"] = incident("loose", replace(undated, date_lo=DAY, date_hi=DAY, dated=True))
    assert link_round(incidents, everything(incidents), never, ALWAYS) == [("fall", "loose")]  # type: ignore[arg-type]


def test_the_scorer_alone_does_not_link_reports_placed_in_two_countries() -> None:
    """A hotel siege in one country and a train hijacking in another, told the same
    days: the scorer sees one kind of act on agreeing dates, which holds for every
    attack those days anywhere. With main places that cannot be one, only leads as
    alike as one event's reports' are link them (an event felt or reported abroad)."""
    siege = item(
        "s", OTHER_COUNTRY, DAY, document_id="rs", report=(("hotel", 0.3), ("siege", 0.954))
    )
    hijack = item("h", NORTH, DAY, document_id="rh", report=(("hotel", 0.2), ("train", 0.9798)))
    incidents = {"siege": incident("siege", siege), "hijack": incident("hijack", hijack)}
    assert not vague(incidents["siege"]) and not vague(incidents["hijack"])
    assert link_round(incidents, everything(incidents), never, ALWAYS) == []  # type: ignore[arg-type]
    # Leads as alike as one event's reports' are (0.12): the scorer's word stands.
    felt = replace(siege, report=(("hotel", 0.6), ("siege", 0.8)))
    incidents["siege"] = incident("siege", felt)
    assert link_round(incidents, everything(incidents), never, ALWAYS) == [("hijack", "siege")]  # type: ignore[arg-type]
