"""Reports from opposing sides of one attack, worded apart, and places of the
analyst's own gazetteer: the particulars they share make them one incident."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from grade.grade_samples import claim, document
from resolve.test_incident_gates import TOWN_A, TOWN_B, item, profile_of
from warledger.model import Event, GeoPrecision, Place, PlaceMention, Span
from warledger.resolve.incident_features import claim_item
from warledger.resolve.incident_score import score
from warledger.resolve.incidents import IncidentClusterer

DAY = date(2024, 5, 3)
# One side's account and the other's: one word in fifteen in common (cosine 0.07).
ONE_SIDE = frozenset(
    {"terrorists", "shelled", "market", "civilians", "governor", "condemned", "busiest"}
    | {"militants", "positions", "river", "mortars", "traders", "helicopter", "engineers"}
    | {"fear"}
)
OTHER_SIDE = frozenset(
    {"occupation", "artillery", "massacre", "market", "battery", "brigade", "peaceful"}
    | {"howitzer", "families", "statement", "spokesman", "regime", "monitors", "names"}
    | {"smoke"}
)


def test_a_place_of_the_analysts_gazetteer_keeps_its_coordinates() -> None:
    """Such a place has no GeoNames id; read as a bare name it could never be told
    apart from a town 40 km away, nor found inside its region."""
    base = claim("d1")
    assert isinstance(base.proposition, Event)
    place = Place(name="Dornek", latitude=-30.0, longitude=-25.0, country="QO", admin1="Brenmark")
    mention = PlaceMention(span=Span(start=0, end=6, text="Dornek"), place=place)
    event = base.proposition.model_copy(update={"place": mention})
    found = claim_item(base.model_copy(update={"proposition": event}), document("d1", "wire"))
    assert found is not None
    assert found.place_key == "pl:QO:Brenmark:dornek"
    assert (found.latitude, found.longitude) == (-30.0, -25.0)
    assert found.precision == GeoPrecision.EXACT and found.admin1 == "Brenmark"


def test_opposing_accounts_of_one_town_day_and_means_join() -> None:
    incident = profile_of(item("a", TOWN_A, DAY, tokens=ONE_SIDE))
    assert score(item("b", TOWN_A, DAY, tokens=OTHER_SIDE), incident) is not None


def test_worded_apart_they_join_only_on_all_three_particulars() -> None:
    incident = profile_of(item("a", TOWN_A, DAY, tokens=ONE_SIDE))
    other = item("b", TOWN_A, DAY, tokens=OTHER_SIDE)
    assert score(replace(other, mode="firearms"), incident) is None
    next_day = date(2024, 5, 4)
    assert score(replace(other, date_lo=next_day, date_hi=next_day), incident) is None
    assert score(item("c", TOWN_B, DAY, tokens=OTHER_SIDE), incident) is None
    unlocated = replace(other, place_key="nm:town", latitude=None, longitude=None)
    assert score(unlocated, incident) is None


def test_three_sides_of_one_shelling_make_one_incident() -> None:
    third = frozenset({"observers", "market", "doctors", "hospital", "wounded", "barrage"})
    clusterer = IncidentClusterer()
    clusterer.add_all(
        [
            item("a", TOWN_A, DAY, tokens=ONE_SIDE, killed=(6,)),
            item("b", TOWN_A, DAY, tokens=OTHER_SIDE, killed=(11,)),
            item("c", TOWN_A, DAY, tokens=third, killed=(8,)),
            item("d", TOWN_B, DAY, tokens=ONE_SIDE, killed=(6,)),
        ]
    )
    groups = sorted(sorted(m.claim_id for m in p.members) for p in clusterer.incidents.values())
    assert groups == [["a", "b", "c"], ["d"]]
