"""Linking incidents to reference events: dates with precision, distance, type; and the
month-and-country comparison built on the links."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from warledger.model import CasualtyRange, GeoPrecision, Incident, Place, PloverType
from warledger.reference.comparison import compare, to_csv
from warledger.reference.linking import compare_pair, link_all
from warledger.store.reference import ReferenceEvent

# About 0.009 degrees of latitude per km.
LAT, LON = 47.0, 28.86


def _incident(
    incident_id: str = "inc-1",
    type_: PloverType = PloverType.ASSAULT,
    mode: str | None = "shelling",
    day: date = date(2026, 3, 8),
    lat: float = LAT,
    precision: GeoPrecision = GeoPrecision.EXACT,
    killed: int | None = 3,
    country: str = "MD",
) -> Incident:
    place = Place(
        name="Valtrino", latitude=lat, longitude=LON, country=country, precision=precision
    )
    return Incident(
        id=incident_id,
        claim_ids=["c"],
        type=type_,
        mode=mode,
        place=place,
        date_start=day,
        date_end=day,
        killed=CasualtyRange(low=killed, best=killed, high=killed),
    )


def _event(
    event_id: str = "acled:X1",
    sub: str = "Shelling/artillery/missile attack",
    start: date = date(2026, 3, 8),
    end: date | None = None,
    km_north: float = 0.0,
    geo: int = 1,
    fatalities: int = 3,
) -> ReferenceEvent:
    return ReferenceEvent(
        id=event_id,
        dataset="acled",
        source_sha256="0" * 64,
        date_start=start,
        date_end=end or start,
        date_precision=1,
        geo_precision=geo,
        event_type="Explosions/Remote violence",
        sub_event_type=sub,
        country="MD",
        latitude=LAT + km_north / 111.2,
        longitude=LON,
        fatalities=fatalities,
    )


def test_dates_distance_and_type_each_decide() -> None:
    incident = _incident()
    assert compare_pair(incident, _event()) is not None
    link = compare_pair(incident, _event(km_north=20))
    assert link is not None and 19.5 < link.distance_km < 20.5
    assert compare_pair(incident, _event(km_north=40)) is None  # both exact: 25 km
    assert compare_pair(incident, _event(km_north=40, geo=2)) is not None  # region: 50 km
    assert compare_pair(incident, _event(start=date(2026, 3, 9))) is not None  # a day's slack
    assert compare_pair(incident, _event(start=date(2026, 3, 11))) is None
    week = _event(start=date(2026, 3, 5), end=date(2026, 3, 11))  # ACLED time_precision 2
    assert compare_pair(incident, week) is not None
    assert compare_pair(incident, _event(sub="Peaceful protest")) is None
    assert compare_pair(_incident(type_=PloverType.PROTEST), _event(sub="Peaceful protest"))
    ucdp = replace(_event(), dataset="ucdp-ged", event_type="1", sub_event_type=None)
    assert compare_pair(incident, ucdp) is not None
    assert compare_pair(_incident(type_=PloverType.AGREE), ucdp) is None


def test_country_level_needs_the_same_country() -> None:
    far = _event(km_north=300)
    assert compare_pair(_incident(precision=GeoPrecision.COUNTRY), far) is not None
    abroad = _incident(precision=GeoPrecision.COUNTRY, country="RO")
    assert compare_pair(abroad, far) is None


def test_each_event_goes_to_its_best_incident_and_the_table_adds_up() -> None:
    shelling = _incident("inc-shelling", mode="shelling", killed=3)
    clash = _incident("inc-clash", mode="clash", killed=30)
    elsewhere = _incident("inc-far", lat=LAT + 3, killed=None)
    events = [
        _event("acled:A", sub="Shelling/artillery/missile attack", fatalities=4),
        _event("acled:B", sub="Armed clash", fatalities=25, km_north=2),
        _event("acled:C", start=date(2026, 4, 20)),
    ]
    links = link_all([shelling, clash, elsewhere], events)
    assert {(link.reference_id, link.incident_id) for link in links} == {
        ("acled:A", "inc-shelling"),
        ("acled:B", "inc-clash"),
    }
    rows = compare([shelling, clash, elsewhere], events, links)
    march, april = rows
    assert (march.month, march.country, march.incidents, march.incidents_matched) == (
        "2026-03",
        "MD",
        3,
        2,
    )
    assert (march.reference_events, march.reference_unmatched) == (2, 0)
    assert (march.our_killed_matched, march.reference_fatalities_matched) == (33, 29)
    assert march.fatality_difference == 4
    assert (april.month, april.incidents, april.reference_unmatched) == ("2026-04", 0, 1)
    assert to_csv(rows).splitlines()[1] == "2026-03,MD,3,2,1,2,0,33,29,4"


def test_a_residual_code_prefers_an_incident_no_specific_code_fits() -> None:
    """Three incidents on one day in one place, an ACLED "Other" event: the protest has
    an event type of its own, the statement is no event, the deployment has its own
    sub-event type; the curfew is what "Other" is for."""
    other = replace(_event(sub="Other", fatalities=0), event_type="Strategic developments")
    incidents = [
        _incident("a-protest", PloverType.PROTEST, "demonstration", killed=None),
        _incident("b-statement", PloverType.SUPPORT, None, killed=None),
        _incident("c-deploy", PloverType.MOBILIZE, "troops", killed=None),
        _incident("d-curfew", PloverType.COERCE, "curfew", killed=None),
    ]
    scores = {i.id: compare_pair(i, other) for i in incidents}
    assert all(link is not None for link in scores.values())  # a tie-break, not a gate
    assert [link.incident_id for link in link_all(incidents, [other])] == ["d-curfew"]


def test_a_matching_mode_beats_no_mode_which_beats_another_mode() -> None:
    strike = _event(sub="Air/drone strike")
    incidents = [
        _incident("a-shelling", mode="shelling"),
        _incident("b-generic", mode=None),
        _incident("c-aerial", mode="aerial"),
    ]
    links = [compare_pair(i, strike) for i in incidents]
    scores = [link.score for link in links if link is not None]
    assert len(scores) == 3 and scores[2] < scores[1] < scores[0]
