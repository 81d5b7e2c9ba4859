"""An incident's place: the located place most of its claims support, the finest."""

from __future__ import annotations

from grade.grade_samples import claim, document, evidence
from warledger.grade.incident import grade_incident
from warledger.model import Claim, Event, GeoPrecision, Place, PlaceMention, Span

COLUMBUS = Place(
    geonames_id=1, name="Columbus", latitude=39.96, longitude=-83.0, country="US", admin1="Ohio"
)
OHIO = Place(
    geonames_id=2,
    name="Ohio",
    latitude=40.3,
    longitude=-82.8,
    country="US",
    admin1="Ohio",
    precision=GeoPrecision.REGION,
)
DAYTON = Place(
    geonames_id=3, name="Dayton", latitude=39.76, longitude=-84.19, country="US", admin1="Ohio"
)


def placed(doc: str, words: str, place: Place | None) -> Claim:
    base = claim(doc)
    assert isinstance(base.proposition, Event)
    mention = PlaceMention(span=Span(start=0, end=len(words), text=words), place=place)
    event = base.proposition.model_copy(update={"place": mention})
    return base.model_copy(update={"proposition": event})


def _place_of(*claims: Claim) -> str | None:
    pairs = [(c, document(c.document_id, "wire")) for c in claims]
    incident, _ = grade_incident("i", evidence(pairs))
    return incident.place.name if incident.place else None


def test_a_town_beats_street_names_the_gazetteer_does_not_know() -> None:
    streets = [placed(f"d{i}", "Mount Vernon Avenue", None) for i in range(3)]
    assert _place_of(*streets, placed("d9", "Columbus", COLUMBUS)) == "Columbus"
    assert _place_of(*streets) == "Mount Vernon Avenue"


def test_the_state_supports_the_town_inside_it() -> None:
    # Ohio holds Columbus: 3 claims support Columbus, 2 the state alone. With Dayton
    # named twice and Columbus once, Dayton has the most support (4 against 3).
    state = [placed("d1", "Ohio", OHIO), placed("d2", "Ohio", OHIO)]
    assert _place_of(*state, placed("d3", "Columbus", COLUMBUS)) == "Columbus"
    assert _place_of(*state) == "Ohio"
    two_towns = [*state, placed("d3", "Dayton", DAYTON), placed("d4", "Dayton", DAYTON)]
    assert _place_of(*two_towns, placed("d5", "Columbus", COLUMBUS)) == "Dayton"


PORTLAND_MAINE = Place(
    geonames_id=10, name="Portland", latitude=43.66, longitude=-70.26, country="US", admin1="Maine"
)
PORTLAND_OREGON = Place(
    geonames_id=11,
    name="Portland",
    latitude=45.52,
    longitude=-122.68,
    country="US",
    admin1="Oregon",
)


def test_a_bare_name_takes_the_reading_the_report_that_wrote_it_out_gave() -> None:
    # "PORTLAND, Maine —" once; two follow-ups write "Portland" alone, which the
    # gazetteer read as the bigger Portland, in Oregon.
    datelined = placed("d1", "PORTLAND", PORTLAND_MAINE)
    assert isinstance(datelined.proposition, Event) and datelined.proposition.place
    mention = datelined.proposition.place.model_copy(update={"qualified": True})
    event = datelined.proposition.model_copy(update={"place": mention})
    datelined = datelined.model_copy(update={"proposition": event})
    follow_ups = [placed(f"d{i}", "Portland", PORTLAND_OREGON) for i in (2, 3)]
    incident, _ = grade_incident(
        "i", evidence([(c, document(c.document_id, "wire")) for c in [datelined, *follow_ups]])
    )
    assert incident.place is not None and incident.place.admin1 == "Maine"
    # Without the written-out reading, the follow-ups' guess is all there is.
    alone, _ = grade_incident(
        "j", evidence([(c, document(c.document_id, "wire")) for c in follow_ups])
    )
    assert alone.place is not None and alone.place.admin1 == "Oregon"
