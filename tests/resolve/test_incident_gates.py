"""Clustering gates on hand-built claim features: places in the hierarchy, durations."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from grade.grade_samples import claim, document
from warledger.model import GeoPrecision, Stance
from warledger.resolve.incident_dates import _within_common, dates_overlap
from warledger.resolve.incident_features import (
    ClaimItem,
    PlaceFeature,
    claim_item,
    metro_population,
    places_compatible,
)
from warledger.resolve.incident_profile import IncidentProfile
from warledger.resolve.incident_score import (
    W_OTHER_MODE,
    _figure_score,
    _kindred,
    _place_score,
    _similarity_floor,
    distinct,
    lead_similarity,
    same_passage,
    score,
    similarity,
)
from warledger.resolve.incident_text import weigh
from warledger.resolve.incidents import IncidentClusterer

# Invented places: two towns 40 km apart in one region, that region, the country,
# and a town of another region.
TOWN_A = PlaceFeature("gn:1", 48.00, 30.00, GeoPrecision.EXACT, "XA", "North")
TOWN_B = PlaceFeature("gn:2", 48.36, 30.00, GeoPrecision.EXACT, "XA", "North")
SUBURB_A = PlaceFeature("gn:3", 48.05, 30.02, GeoPrecision.EXACT, "XA", "North")
NORTH = PlaceFeature("gn:10", 48.20, 30.50, GeoPrecision.REGION, "XA", "North")
SOUTH_TOWN = PlaceFeature("gn:4", 46.00, 31.00, GeoPrecision.EXACT, "XA", "South")
COUNTRY = PlaceFeature("gn:100", 47.00, 31.00, GeoPrecision.COUNTRY, "XA", None)
OTHER_COUNTRY = PlaceFeature("gn:200", 49.00, 29.00, GeoPrecision.COUNTRY, "XB", None)


def item(claim: str, place: PlaceFeature | None, day: date, **changes: object) -> ClaimItem:
    base = ClaimItem(
        claim_id=claim,
        document_id=f"doc-{claim}",
        source_key=f"src-{claim}",
        sort_key=(day.isoformat(), "ASSAULT", f"doc-{claim}", 0, claim),
        span=(0, 40),
        type="ASSAULT",
        potential=False,
        mode="shelling",
        stance=Stance.ASSERTED,
        date_lo=day,
        date_hi=day,
        dated=True,
        place_key=place.key if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        precision=place.precision if place else None,
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        actors=frozenset(),
        killed=(),
        injured=(),
        tokens=frozenset({"shelling", "market", "killed"}),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def profile_of(*items: ClaimItem) -> IncidentProfile:
    profile = IncidentProfile("inc")
    for member in items:
        profile.add(member)
    return profile


def test_places_in_the_hierarchy() -> None:
    assert places_compatible(TOWN_A, SUBURB_A) is True
    assert places_compatible(TOWN_A, TOWN_B) is False
    assert places_compatible(TOWN_A, NORTH) is True
    assert places_compatible(SOUTH_TOWN, NORTH) is False
    assert places_compatible(SOUTH_TOWN, COUNTRY) is True
    assert places_compatible(TOWN_A, OTHER_COUNTRY) is False
    assert places_compatible(TOWN_A, PlaceFeature("nm:north market")) is None


def test_a_claim_naming_another_town_is_ruled_out() -> None:
    day = date(2024, 5, 3)
    incident = profile_of(item("a", TOWN_A, day))
    assert score(item("b", TOWN_B, day), incident) is None
    assert score(item("c", NORTH, day), incident) is not None
    assert score(item("d", SOUTH_TOWN, day), incident) is None


def test_one_name_read_as_two_namesake_towns_does_not_tell_incidents_apart() -> None:
    day = date(2024, 5, 3)
    here = replace(TOWN_A, name="palmer")
    namesake = replace(SOUTH_TOWN, name="palmer")
    assert places_compatible(here, namesake) is None
    assert places_compatible(here, replace(SOUTH_TOWN, name="kestrel")) is False
    incident = profile_of(item("a", TOWN_A, day, place_name="palmer"))
    same_name = item("b", SOUTH_TOWN, day, place_name="palmer")
    assert _place_score(same_name, incident) == 0.0
    assert score(same_name, incident) is not None
    assert score(item("c", SOUTH_TOWN, day, place_name="kestrel"), incident) is None


def test_one_name_each_report_qualified_itself_is_two_towns() -> None:
    """'ROCHESTER, Minn.' and 'ROCHESTER, N.Y.': both reports chose the namesake
    (``sure``), so the two readings are two towns; one sure reading and one guess
    still say nothing either way."""
    day = date(2024, 5, 3)
    here = replace(TOWN_A, name="rochester", sure=True)
    there = replace(SOUTH_TOWN, name="rochester", sure=True)
    assert places_compatible(here, there) is False
    assert places_compatible(here, replace(there, sure=False)) is None
    incident = profile_of(item("a", TOWN_A, day, place_name="rochester", place_sure=True))
    assert (
        score(item("b", SOUTH_TOWN, day, place_name="rochester", place_sure=True), incident) is None
    )
    guessed = item("c", SOUTH_TOWN, day, place_name="rochester")
    assert _place_score(guessed, incident) == 0.0
    # A reading one member made sure stays sure when a later member only guessed it.
    both = profile_of(
        item("d", TOWN_A, day, place_name="rochester", place_sure=True),
        item("e", TOWN_A, day, place_name="rochester"),
    )
    assert both.places[TOWN_A.key].sure


def test_an_attack_does_not_stretch_over_days_a_mobilisation_may() -> None:
    day = date(2024, 5, 3)
    attack = profile_of(item("a", TOWN_A, day), item("b", TOWN_A, date(2024, 5, 4)))
    assert score(item("c", TOWN_A, date(2024, 5, 5)), attack) is not None
    # Reports a day apart each would chain a third day onto a two-day attack.
    assert score(item("d", TOWN_A, date(2024, 5, 6)), attack) is None
    three_days = (*attack.members, item("c", TOWN_A, date(2024, 5, 5)))
    mobilisation = profile_of(*(replace(m, type="MOBILIZE") for m in three_days))
    assert score(item("e", TOWN_A, date(2024, 5, 6), type="MOBILIZE"), mobilisation) is not None


def test_a_month_level_claim_joins_a_day_level_incident_inside_it() -> None:
    incident = profile_of(item("a", TOWN_A, date(2024, 5, 3)))
    month = item("b", TOWN_A, date(2024, 5, 1), date_hi=date(2024, 5, 31), dated=False)
    assert score(month, incident) is not None
    june = item("c", TOWN_A, date(2024, 6, 1), date_hi=date(2024, 6, 30), dated=False)
    assert score(june, incident) is None


def test_a_region_level_claim_joins_only_a_unique_town_incident() -> None:
    day = date(2024, 5, 3)
    vague = item("v", NORTH, day)
    alone = IncidentClusterer()
    alone.add(item("a", TOWN_A, day))
    assert alone.add(vague) == alone.add(item("a2", TOWN_A, day))
    both = IncidentClusterer()
    first, second = both.add(item("a", TOWN_A, day)), both.add(item("b", TOWN_B, day))
    assert first != second
    # Shelling in "the North" fits both towns' incidents equally: it joins neither.
    assert both.add(vague) not in {first, second}


def test_an_undated_claim_joins_only_a_unique_incident() -> None:
    day = date(2024, 5, 3)
    undated = item("u", TOWN_A, day, date_lo=None, date_hi=None, dated=False)
    one = IncidentClusterer()
    inc = one.add(item("a", TOWN_A, day))
    assert one.add(undated) == inc
    two = IncidentClusterer()
    two.add(item("a", TOWN_A, day))
    two.add(item("b", TOWN_A, date(2024, 8, 20)))
    # Two attacks on the town months apart: a claim with no date belongs to neither.
    assert len({two.add(undated), *two.incidents}) == 3


def test_one_report_naming_two_towns_reports_two_incidents() -> None:
    day = date(2024, 5, 3)
    incident = profile_of(item("a", TOWN_A, day, document_id="roundup"))
    # A round-up of the day's shelling: the same report, another town.
    assert score(item("b", TOWN_B, day, document_id="roundup"), incident) is None


def test_reports_worded_apart_are_not_one_incident() -> None:
    day = date(2024, 5, 3)
    incident = profile_of(item("a", TOWN_A, day, tokens=frozenset({"shelling", "market"})))
    unrelated = item("b", TOWN_A, day, tokens=frozenset({"drone", "depot", "fuel", "fire"}))
    assert score(unrelated, incident) is None
    alike = item("c", TOWN_A, day, tokens=frozenset({"shelling", "market", "stalls"}))
    assert score(alike, incident) is not None


def test_an_arrest_joins_the_attack_it_follows_from_another_report() -> None:
    day = date(2024, 5, 3)
    words = frozenset({"gunman", "opened", "fire", "warehouse"})
    attack = profile_of(item("a", TOWN_A, day, tokens=words, mode="firearms"))
    arrest = item("b", TOWN_A, day, type="COERCE", mode="arrest", tokens=words | {"arrested"})
    assert score(arrest, attack) is not None
    # Another act at the same place, told in partly the same words: a march there.
    march = frozenset({"warehouse", "gunman", "workers", "march", "rally", "union", "banners"})
    protest = item("c", TOWN_A, day, type="PROTEST", mode=None, tokens=march)
    assert score(protest, attack) is None


def test_weighing_favours_the_words_that_set_an_event_apart() -> None:
    common = frozenset({"shelling", "killed"})
    items = weigh(
        [
            item(c, TOWN_A, date(2024, 5, 3), tokens=common | extra)
            for c, extra in (("a", {"kovel"}), ("b", {"kovel"}), ("c", {"marun"}), ("d", set()))
        ]
    )
    weights = dict(items[0].vector)
    assert weights["kovel"] > weights["shelling"]
    assert abs(sum(w * w for w in weights.values()) - 1.0) < 1e-9


def test_incidents_on_stated_days_apart_are_never_merged() -> None:
    clusterer = IncidentClusterer()
    words = frozenset({"shelling", "market", "killed"})
    first = clusterer.add(item("a", TOWN_A, date(2024, 5, 3), tokens=words))
    second = clusterer.add(item("b", TOWN_A, date(2024, 5, 9), tokens=words))
    assert first != second
    assert distinct(clusterer.incidents[first], clusterer.incidents[second])
    assert clusterer.merge({first, second}) == {first, second}


def test_a_follow_up_report_is_linked_by_the_events_own_date() -> None:
    attack_day, hearing_day = date(2024, 3, 3), date(2024, 7, 9)
    words = frozenset({"gunman", "warehouse", "shooting"})
    clusterer = IncidentClusterer()
    attack = clusterer.add(item("a", TOWN_A, attack_day, tokens=words))
    # The follow-up names the attack's own day: it joins the attack.
    recalled = item("b", TOWN_A, attack_day, document_id="later", tokens=words)
    assert clusterer.add(recalled) == attack
    # Its other claim is dated only by its publication, months later.
    published = {"date_lo": date(2024, 7, 6), "date_hi": hearing_day, "dated": False}
    same_report = item("c", None, hearing_day, document_id="later", tokens=words, **published)
    assert clusterer.add(same_report) == attack
    elsewhere = item("d", None, hearing_day, tokens=words, **published)
    assert clusterer.add(elsewhere) != attack


def test_a_threat_never_joins_an_incident_of_a_reported_act() -> None:
    """Same town, day, means and words: a threatened or hypothetical shelling is still
    not the shelling that happened, whichever comes first."""
    day = date(2024, 5, 3)
    done = item("a", TOWN_A, day)
    threat = item("t", TOWN_A, day, potential=True, stance=Stance.FUTURE)
    maybe = item("h", TOWN_A, day, potential=True, stance=Stance.HYPOTHETICAL)
    assert score(item("b", TOWN_A, day), profile_of(done)) is not None
    assert score(threat, profile_of(done)) is None
    assert score(done, profile_of(threat)) is None
    assert score(maybe, profile_of(threat)) is not None
    clusterer = IncidentClusterer()
    act = clusterer.add(done)
    assert clusterer.add(threat) != act
    assert clusterer.add(maybe) not in {act}
    assert clusterer.add(item("c", TOWN_A, day)) == act
    assert [m.claim_id for m in clusterer.incidents[act].members] == ["a", "c"]


def test_an_accidents_toll_counts_as_another_means_than_an_attack() -> None:
    day = date(2024, 5, 3)
    shelling = profile_of(item("a", TOWN_A, day))
    crash = item("x", SUBURB_A, day, mode="accident", document_id="crash-report")
    joined = score(crash, shelling)
    unmarked = score(replace(crash, mode=None), shelling)
    assert joined is not None and unmarked is not None
    assert unmarked - joined == pytest.approx(-W_OTHER_MODE)


def test_a_placeless_toll_joins_the_incident_of_its_report_whose_toll_it_repeats() -> None:
    day = date(2024, 5, 3)
    report = {"document_id": "report", "source_key": "report"}
    clusterer = IncidentClusterer()
    attack = clusterer.add(item("a", TOWN_A, day, killed=(11,), **report))
    # A background strike in another town, told in the words the toll's sentence uses.
    words = frozenset({"names", "dead", "published", "howitzer"})
    other = clusterer.add(item("b", TOWN_B, day, tokens=words, **report))
    assert attack != other
    toll = item("t", None, day, mode=None, killed=(11,), tokens=words, **report)
    assert score(toll, clusterer.incidents[other]) > score(toll, clusterer.incidents[attack])
    assert clusterer.add(toll) == attack


def test_threats_questions_and_hypotheticals_are_potential_claims() -> None:
    stances = [Stance.ASSERTED, Stance.FUTURE, Stance.HYPOTHETICAL, Stance.QUESTION]
    features = [claim_item(claim("d1", stance=s), document("d1", "wire")) for s in stances]
    assert [f.potential if f else None for f in features] == [False, True, True, True]


def test_one_report_chronicling_day_after_day_does_not_chain_one_incident() -> None:
    """A report that tells a fortnight of shelling day by day: each day's claim
    overlaps the last, but one report does not make a fortnight one attack."""
    words = frozenset({"shelling", "market", "killed"})
    days = [date(2024, 5, d) for d in range(1, 16)]
    chronicle = [item(f"c{d.day}", TOWN_A, d, document_id="chronicle", tokens=words) for d in days]
    clusterer = IncidentClusterer()
    ids = [clusterer.add(member) for member in chronicle]
    assert len(set(ids)) >= 2
    first = clusterer.incidents[ids[0]]
    assert first.date_lo is not None and first.date_hi is not None
    assert (first.date_hi - first.date_lo).days <= 10
    # The same report following its event into the next day still tells one incident.
    assert ids[0] == ids[1]


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        ((), {5}, 0.0),  # nothing to compare
        ((5,), set(), 0.0),
        ((2,), {5}, 0.75),  # 3 apart: one toll reported differently
        ((2,), {6}, -1.0),  # 4 apart and 3 times as many
        ((10,), {16}, 0.75),  # exactly a factor of 1.6
        ((16,), {10}, 0.75),
        ((10,), {17}, -1.0),  # beyond 1.6 and more than 3 apart
        ((17,), {10}, -1.0),
        ((1,), {5}, -1.0),
        ((10, 40), {41}, 0.75),  # any pair that agrees is enough
        ((100,), {150, 400}, 0.75),
    ],
)
def test_tolls_within_a_factor_or_three_apart_match_others_clash(
    mine: tuple[int, ...], theirs: set[int], expected: float
) -> None:
    assert _figure_score(mine, theirs) == expected


def test_place_evidence_same_near_far_and_unlocated() -> None:
    day = date(2026, 4, 1)
    town_a = profile_of(item("a", TOWN_A, day))
    assert _place_score(item("b", TOWN_A, day), town_a) == 1.5  # the same place
    assert _place_score(item("b", SUBURB_A, day), town_a) == 1.0  # within 15 km
    assert _place_score(item("b", NORTH, day), town_a) == 1.0  # a region around it
    assert _place_score(item("b", COUNTRY, day), town_a) == 1.0
    assert _place_score(item("b", TOWN_B, day), town_a) == -2.5  # 40 km: another town
    assert _place_score(item("b", SOUTH_TOWN, day), town_a) == -2.5
    assert _place_score(item("b", None, day), town_a) == 0.0  # nothing to weigh
    assert _place_score(item("b", TOWN_A, day), profile_of(item("a", None, day))) == 0.0
    for unlocated in ({"latitude": None}, {"longitude": None}):
        assert _place_score(item("b", TOWN_B, day, **unlocated), town_a) == -1.0  # a bare name
        bare = profile_of(item("a", TOWN_A, day, **unlocated))
        assert _place_score(item("b", TOWN_B, day), bare) == -1.0
    # 20 km north of town A: too far for two towns, near enough for a region's centre;
    # a place of unknown precision is taken as exact.
    twenty_km = PlaceFeature("gn:5", 48.18, 30.00, None, "XA", "North")
    assert _place_score(item("b", twenty_km, day), town_a) == -2.5
    as_region = replace(twenty_km, precision=GeoPrecision.REGION)
    assert _place_score(item("b", as_region, day), town_a) == 1.0


def test_each_kind_of_evidence_adds_its_weight() -> None:
    """The same claim with one feature changed: the score moves by that feature's weight."""
    day = date(2026, 4, 1)
    member = item("a", TOWN_A, day, killed=(6,), injured=(10,), actors=frozenset({"x"}))
    profile = profile_of(member)

    def delta(**changes: object) -> float:
        plain = item("b", TOWN_A, day, mode=None)
        base, changed = score(plain, profile), score(replace(plain, **changes), profile)  # type: ignore[arg-type]
        assert base is not None and changed is not None, changes
        return changed - base

    assert delta(mode="shelling") == pytest.approx(0.75)  # the same means
    assert delta(mode="airstrike") == pytest.approx(-1.25)  # another means
    assert delta(mode="explosion") == pytest.approx(0.0)  # an effect, not a means
    assert delta(killed=(5,)) == pytest.approx(0.75)
    assert delta(killed=(40,)) == pytest.approx(-1.0)
    assert delta(injured=(12,)) == pytest.approx(0.75)
    assert delta(injured=(1,)) == pytest.approx(-1.0)
    assert delta(actors=frozenset({"x", "z"})) == pytest.approx(0.5)
    assert delta(actors=frozenset({"z"})) == pytest.approx(0.0)
    assert delta(source_key=member.source_key) == pytest.approx(2.0)
    assert delta(document_id=member.document_id) == pytest.approx(1.0)
    assert delta(date_hi=date(2026, 4, 2)) == pytest.approx(-0.5)  # no longer one stated day
    assert delta(type="COERCE") == pytest.approx(-0.5)  # a kindred type


def test_a_profile_keeps_counts_passages_and_the_common_window() -> None:
    may = date(2024, 5, 3)
    market = PlaceFeature("nm:market")
    profile = profile_of(
        item("a", TOWN_A, may),
        item("b", TOWN_A, may, document_id="doc-a", span=(50, 90)),
        item("c", market, date(2024, 5, 1), date_hi=date(2024, 5, 31), dated=False, mode=None),
        item("d", NORTH, may, type="COERCE", mode="arrest"),
    )
    assert profile.types == Counter({"ASSAULT": 3, "COERCE": 1})
    assert profile.modes == Counter({"shelling": 2, "arrest": 1})
    # Only located places are counted; a bare name is kept but not counted.
    assert profile.place_counts == Counter({"gn:1": 2, "gn:10": 1})
    assert set(profile.places) == {"gn:1", "gn:10", "nm:market"}
    assert profile.passages == {
        "doc-a": [(0, 40), (50, 90)],
        "doc-c": [(0, 40)],
        "doc-d": [(0, 40)],
    }
    assert profile.dated_days == {may}
    # The window every member allows: the month narrowed to the stated day.
    assert (profile.common_lo, profile.common_hi) == (may, may)
    assert (profile.date_lo, profile.date_hi, profile.has_dated) == (may, may, True)


def test_a_profile_sums_its_members_vectors() -> None:
    words = frozenset({"shelling", "market", "killed"})
    profile = profile_of(item("a", TOWN_A, date(2024, 5, 3), tokens=words))
    assert profile.norm2 == pytest.approx(1.0)
    profile.add(item("b", TOWN_A, date(2024, 5, 3), tokens=words))
    weight = 2 / math.sqrt(3)
    assert profile.centroid == pytest.approx(dict.fromkeys(words, weight))
    assert profile.norm2 == pytest.approx(4.0)  # |2 u|² for two equal unit vectors
    assert similarity(item("c", TOWN_A, date(2024, 5, 3), tokens=words), profile) == (
        pytest.approx(1.0)
    )
    assert similarity(item("c", TOWN_A, date(2024, 5, 3)), IncidentProfile("empty")) == 0.0


def test_the_main_place_is_the_most_named_then_the_finest_then_the_first_key() -> None:
    day = date(2024, 5, 3)
    assert IncidentProfile("empty").main_place() is None
    assert IncidentProfile("empty").anchored_places() == []
    # Named as often as the region around it, a town is the more exact answer.
    tied = profile_of(item("n", NORTH, day), item("b", TOWN_B, day))
    assert tied.main_place() == TOWN_B
    # Two towns of one precision named once each: the first key.
    towns = profile_of(item("b", TOWN_B, day), item("a", TOWN_A, day))
    assert towns.main_place() == TOWN_A
    # The region named twice outweighs the town named once.
    region = profile_of(item("b", TOWN_B, day), item("n", NORTH, day), item("m", NORTH, day))
    assert region.main_place() == NORTH


def test_anchored_places_are_the_main_one_and_those_two_reports_name() -> None:
    day = date(2024, 5, 3)
    one = profile_of(item("a", TOWN_A, day))
    assert one.anchored_places() == [TOWN_A]
    stray = profile_of(item("a", TOWN_A, day), item("b", TOWN_A, day), item("s", SUBURB_A, day))
    assert stray.anchored_places() == [TOWN_A]
    twice = profile_of(
        *(item(c, TOWN_A, day) for c in "abc"), *(item(c, SUBURB_A, day) for c in "de")
    )
    assert twice.anchored_places() == [TOWN_A, SUBURB_A]
    # A background town one report names twice ("follows two shootings in Atlanta")
    # is that report's aside, not a place the incident stands on.
    aside = profile_of(
        *(item(c, TOWN_A, day) for c in "abc"),
        *(item(c, SOUTH_TOWN, day, document_id="doc-a") for c in "de"),
    )
    assert aside.anchored_places() == [TOWN_A]


def test_the_main_type_is_the_most_frequent() -> None:
    day = date(2024, 5, 3)
    assert IncidentProfile("empty").main_type() is None
    profile = profile_of(
        item("r", TOWN_A, day, type="RETREAT"), item("a", TOWN_A, day), item("b", TOWN_A, day)
    )
    assert profile.main_type() == "ASSAULT"
    # A tie goes to the name that sorts last, whichever claim came first.
    tie = profile_of(item("r", TOWN_A, day, type="RETREAT"), item("a", TOWN_A, day))
    assert tie.main_type() == "RETREAT"
    assert (
        profile_of(item("a", TOWN_A, day), item("r", TOWN_A, day, type="RETREAT")).main_type()
        == "RETREAT"
    )
    # Kindred by the main type: coercion goes with an assault, not with a retreat.
    assert _kindred(item("c", TOWN_A, day, type="COERCE"), profile)
    assert not _kindred(item("c", TOWN_A, day, type="COERCE"), IncidentProfile("empty"))
    retreat = profile_of(item("r", TOWN_A, day, type="RETREAT"))
    assert not _kindred(item("c", TOWN_A, day, type="COERCE"), retreat)


def test_one_passage_needs_overlapping_words_and_kindred_types() -> None:
    day = date(2024, 5, 3)
    attack = profile_of(item("a", TOWN_A, day, document_id="doc", span=(10, 40)))

    def claim_at(start: int, end: int, kind: str = "COERCE", doc: str = "doc") -> ClaimItem:
        return item("b", TOWN_A, day, document_id=doc, span=(start, end), type=kind)

    assert same_passage(claim_at(0, 20), attack)
    assert same_passage(claim_at(30, 60), attack)
    assert not same_passage(claim_at(0, 20, doc="other"), attack)
    assert not same_passage(claim_at(0, 10), attack)  # ends where the member starts
    assert not same_passage(claim_at(40, 60), attack)  # starts where the member ends
    assert not same_passage(claim_at(50, 60), attack)
    # A protest is not of the assault's family, nor is a retreat.
    assert not same_passage(claim_at(0, 20, "PROTEST"), attack)
    assert not same_passage(claim_at(0, 20, "RETREAT"), attack)


def test_dates_that_are_missing_never_rule_a_claim_out() -> None:
    day = date(2024, 5, 3)
    undated = {"date_lo": None, "date_hi": None, "dated": False}
    assert dates_overlap(item("b", TOWN_A, day, **undated), profile_of(item("a", TOWN_A, day)))
    assert dates_overlap(item("b", TOWN_A, day), profile_of(item("a", TOWN_A, day, **undated)))


def test_a_day_of_tolerance_either_way() -> None:
    incident = profile_of(item("a", TOWN_A, date(2024, 5, 3)))
    assert dates_overlap(item("b", TOWN_A, date(2024, 5, 2)), incident)
    assert dates_overlap(item("b", TOWN_A, date(2024, 5, 4)), incident)
    assert not dates_overlap(item("b", TOWN_A, date(2024, 5, 1)), incident)
    assert not dates_overlap(item("b", TOWN_A, date(2024, 5, 5)), incident)


def test_a_stated_day_inside_a_vague_incident_is_measured_by_itself() -> None:
    month = {"date_hi": date(2024, 5, 31), "dated": False}
    vague = profile_of(item("a", TOWN_A, date(2024, 5, 1), **month))
    assert dates_overlap(item("b", TOWN_A, date(2024, 5, 20)), vague)


def test_two_reports_stated_days_may_be_as_far_apart_as_the_type_lasts() -> None:
    members = [item(c, TOWN_A, date(2024, 5, d)) for c, d in (("a", 3), ("b", 5))]
    attack = profile_of(*members)
    # Three days between the first stated day and this one: too long for an attack.
    assert not dates_overlap(item("c", TOWN_A, date(2024, 5, 6)), attack)
    mobilisation = profile_of(*(replace(m, type="MOBILIZE") for m in members))
    assert dates_overlap(item("c", TOWN_A, date(2024, 5, 6), type="MOBILIZE"), mobilisation)
    # Two vague windows of two reports may together span more than an attack lasts.
    window = {"dated": False}
    early = profile_of(item("a", TOWN_A, date(2024, 5, 1), date_hi=date(2024, 5, 4), **window))
    late = item("b", TOWN_A, date(2024, 5, 5), date_hi=date(2024, 5, 8), **window)
    assert dates_overlap(late, early)


def test_one_report_may_follow_its_event_for_up_to_ten_days() -> None:
    def day(claim: str, d: int) -> ClaimItem:
        return item(claim, TOWN_A, date(2024, 5, d), document_id="report")

    assert dates_overlap(day("c", 9), profile_of(day("a", 1), day("b", 8)))
    assert dates_overlap(day("c", 11), profile_of(day("a", 1), day("b", 10)))
    assert not dates_overlap(day("c", 12), profile_of(day("a", 1), day("b", 11)))


def test_vague_windows_meet_only_inside_the_common_window() -> None:
    window = {"dated": False}
    profile = profile_of(
        item("a", TOWN_A, date(2024, 5, 1), date_hi=date(2024, 5, 31), **window),
        item("b", TOWN_A, date(2024, 5, 1), date_hi=date(2024, 5, 10), **window),
    )
    assert (profile.common_lo, profile.common_hi) == (date(2024, 5, 1), date(2024, 5, 10))
    inside = item("c", TOWN_A, date(2024, 4, 25), date_hi=date(2024, 5, 24), **window)
    assert dates_overlap(inside, profile)
    beyond = item("d", TOWN_A, date(2024, 5, 20), date_hi=date(2024, 6, 19), **window)
    assert not dates_overlap(beyond, profile)


def test_the_common_window_with_a_day_of_tolerance() -> None:
    window = {"dated": False}

    def vague(claim: str, lo: int, hi: int) -> ClaimItem:
        return item(claim, TOWN_A, date(2024, 5, lo), date_hi=date(2024, 5, hi), **window)

    assert not _within_common(vague("c", 1, 31), IncidentProfile("empty"))
    # Two windows that do not meet leave no common window.
    assert not _within_common(vague("c", 1, 31), profile_of(vague("a", 1, 3), vague("b", 10, 12)))
    one_day = profile_of(vague("a", 1, 10), vague("b", 10, 20))
    assert (one_day.common_lo, one_day.common_hi) == (date(2024, 5, 10), date(2024, 5, 10))
    assert _within_common(vague("c", 5, 15), one_day)
    assert _within_common(vague("c", 11, 20), one_day)
    assert not _within_common(vague("c", 12, 20), one_day)
    assert _within_common(vague("c", 1, 9), one_day)
    assert not _within_common(vague("c", 1, 8), one_day)


def test_incidents_a_day_apart_are_not_told_apart_by_dates() -> None:
    may_3, may_4 = (
        profile_of(item("a", TOWN_A, date(2024, 5, 3))),
        profile_of(item("b", TOWN_A, date(2024, 5, 4))),
    )
    assert not distinct(may_3, may_4)
    assert not distinct(may_4, may_3)
    assert distinct(may_3, profile_of(item("c", TOWN_A, date(2024, 5, 5))))
    town_b = profile_of(item("d", TOWN_B, date(2024, 5, 3)))
    assert distinct(may_3, town_b)
    assert not distinct(may_3, town_b, places=False)


def test_place_evidence_skips_unlocated_members_and_takes_the_coarser_radius() -> None:
    day = date(2026, 4, 1)
    named_first = profile_of(item("m", PlaceFeature("nm:market"), day), item("a", TOWN_A, day))
    assert _place_score(item("b", SUBURB_A, day), named_first) == 1.0
    # 42 km from the region's centre: inside a region's radius, beyond a town's.
    assert _place_score(item("b", TOWN_A, day), profile_of(item("n", NORTH, day))) == 1.0


def test_similarity_floors_by_place_day_and_means() -> None:
    town = item("b", TOWN_A, date(2024, 5, 3))
    region = item("b", NORTH, date(2024, 5, 3))
    unlocated = item("b", TOWN_A, date(2024, 5, 3), latitude=None)
    assert _similarity_floor(town, 1.5, same_day_and_means=False) == 0.2
    assert _similarity_floor(town, 1.5, same_day_and_means=True) == 0.05
    assert _similarity_floor(town, 1.0, same_day_and_means=True) == 0.1
    assert _similarity_floor(town, 0.0, same_day_and_means=True) == 0.2
    assert _similarity_floor(town, -2.5, same_day_and_means=True) == 0.2
    assert _similarity_floor(region, 1.5, same_day_and_means=True) == 0.1
    assert _similarity_floor(unlocated, 1.5, same_day_and_means=True) == 0.1


def _words(n: int, prefix: str) -> frozenset[str]:
    return frozenset(f"{prefix}{i}" for i in range(n))


def test_one_town_day_and_means_need_few_shared_words() -> None:
    day = date(2024, 5, 3)
    incident = profile_of(item("a", TOWN_A, day, tokens=_words(12, "w")))
    # One word in twelve shared: a cosine of 1/12.
    few = _words(11, "v") | {"w0"}
    assert score(item("b", TOWN_A, day, tokens=few), incident) is not None
    assert score(item("b", TOWN_A, day, tokens=few, mode="airstrike"), incident) is None
    assert score(item("b", TOWN_A, date(2024, 5, 4), tokens=few), incident) is None
    # A nearby place asks for twice as much in common.
    assert score(item("b", SUBURB_A, day, tokens=few), incident) is None
    two = _words(10, "v") | {"w0", "w1"}
    assert score(item("b", SUBURB_A, day, tokens=two), incident) is not None


def _vector_item(claim: str, cosine: float, **changes: object) -> ClaimItem:
    """A claim whose cosine with a one-word incident is exactly ``cosine``."""
    rest = math.sqrt(1.0 - cosine * cosine)
    vector = (("w", cosine), (f"other-{claim}", rest))
    return item(claim, TOWN_A, date(2024, 5, 3), vector=vector, **changes)


def test_thresholds_of_similarity_are_inclusive() -> None:
    incident = profile_of(item("a", TOWN_A, date(2024, 5, 3), vector=(("w", 1.0),)))
    assert score(_vector_item("b", 0.2, mode=None), incident) is not None
    assert score(_vector_item("b", 0.19, mode=None), incident) is None
    protest = {"type": "PROTEST", "mode": None}
    assert score(_vector_item("c", 0.4, **protest), incident) is not None
    assert score(_vector_item("c", 0.39, **protest), incident) is None


def test_a_kindred_type_in_the_same_report_needs_no_shared_words() -> None:
    day = date(2024, 5, 3)
    attack = profile_of(item("a", TOWN_A, day, document_id="doc"))
    arrest = item(
        "b", TOWN_A, day, document_id="doc", span=(60, 90), type="COERCE", tokens=_words(3, "v")
    )
    assert score(arrest, attack) is not None
    assert score(replace(arrest, type="PROTEST"), attack) is None


def test_a_toll_of_another_type_in_the_same_report_needs_a_shared_particular() -> None:
    # An arrest told in one paragraph; deaths of another kind in another, with no
    # place, day, actor or figure in common: the deaths are not the arrest's toll.
    arrests = profile_of(
        item(
            "a",
            None,
            date(2024, 5, 3),
            document_id="doc",
            type="COERCE",
            mode="arrest",
            dated=False,
            date_lo=None,
            date_hi=None,
        )
    )
    deaths = item(
        "b",
        None,
        date(2024, 5, 3),
        document_id="doc",
        span=(300, 340),
        mode=None,
        dated=False,
        date_lo=None,
        date_hi=None,
        killed=(39,),
        tokens=_words(3, "v"),
    )
    assert score(deaths, arrests) is None
    assert score(replace(deaths, killed=()), arrests) is not None  # no toll: as before
    assert score(replace(deaths, actors=frozenset({"police"})), arrests) is None
    arrests.actors.add("police")
    assert score(replace(deaths, actors=frozenset({"police"})), arrests) is not None


def test_the_score_sums_the_weights() -> None:
    day = date(2024, 5, 3)
    incident = profile_of(item("a", TOWN_A, day, tokens=_words(4, "w")))
    claim_ = item("b", TOWN_A, day, tokens=frozenset({"w0"}))  # a cosine of 1/2
    # Same place 1.5, text 16 × 0.5, same day 0.5, same means 0.75.
    assert score(claim_, incident) == pytest.approx(10.75)


def test_an_accident_and_an_attack_stay_apart() -> None:
    day = date(2024, 5, 3)
    crash = {"mode": "accident", "tokens": frozenset({"tanker", "overturned", "killed"})}
    # An incident an accident founded takes no attack claim, however alike the words.
    accident = profile_of(item("a", TOWN_A, day, **crash))
    assert score(item("b", TOWN_A, day), accident) is None
    assert score(item("c", TOWN_A, day, **crash), accident) is not None
    assert score(item("d", TOWN_A, day, mode=None), accident) is not None
    # Two reports telling a shelling keep an accident claim out; one stray reading
    # of a means (a rescue "helicopter") does not.
    shelling = profile_of(item("e", TOWN_A, day), item("f", TOWN_A, day))
    assert score(item("g", TOWN_A, day, **crash), shelling) is None
    one_reading = profile_of(item("h", TOWN_A, day, mode="aerial"))
    assert score(item("i", TOWN_A, day, **crash), one_reading) is not None
    # A flood's toll is no attack either.
    flood = profile_of(item("l", TOWN_A, day, mode="natural_hazard"))
    assert score(item("m", TOWN_A, day), flood) is None
    # An arrest or an explosion tells neither an accident nor an attack.
    arrest = {"type": "COERCE", "mode": "arrest"}
    assert profile_of(item("j", TOWN_A, day, **arrest)).told_as() == (None, 0)
    assert profile_of(item("k", TOWN_A, day, mode="explosion")).told_as() == (None, 0)


def test_a_metropolis_names_its_suburbs_too() -> None:
    # An invented city of 900,000 and a suburb 30 km north of its centre; two small
    # towns as far apart are two places.
    city = PlaceFeature("gn:20", 40.00, 20.00, GeoPrecision.EXACT, "XA", "North", 900_000)
    suburb = PlaceFeature("gn:21", 40.27, 20.00, GeoPrecision.EXACT, "XA", "North")
    town = PlaceFeature("gn:22", 40.00, 20.00, GeoPrecision.EXACT, "XA", "North")
    far = PlaceFeature("gn:23", 40.45, 20.00, GeoPrecision.EXACT, "XA", "North")
    assert places_compatible(city, suburb) is True
    assert places_compatible(town, suburb) is False
    assert places_compatible(city, far) is False
    day = date(2024, 5, 3)
    incident = profile_of(item("a", city, day, population=900_000))
    assert score(item("b", suburb, day), incident) is not None
    assert score(item("c", far, day), incident) is None
    assert metro_population(None) == 0


def test_a_claim_of_a_report_about_another_event_stays_out() -> None:
    # Invented leads as unit TF-IDF vectors: two reports of one market shelling in
    # Velm, and one of a market shelling in Koslar that shares only "market", faintly.
    velm = (("market", 0.6), ("velm", 0.8))
    velm_too = (("mayor", 0.6), ("velm", 0.8))
    koslar = (("market", 0.1), ("koslar", math.sqrt(0.99)))
    day = date(2024, 5, 3)
    incident = profile_of(item("a", None, day, report=velm))
    assert lead_similarity(item("b", None, day, report=velm_too), incident) == pytest.approx(0.64)
    assert score(item("b", None, day, report=velm_too), incident) is not None
    # The claim's own sentence is worded like the incident's, but its report is
    # about another shelling (lead cosine 0.06).
    assert score(item("c", None, day, report=koslar), incident) is None
    # Within the incident's own report, types and places decide, not leads.
    assert score(item("d", None, day, document_id="doc-a", report=koslar), incident) is not None
    # The incident's located town, stated day and means are particulars enough.
    in_town = profile_of(item("e", TOWN_A, day, report=velm))
    assert score(item("f", TOWN_A, day, report=koslar), in_town) is not None
    # Without leads (a claim weighed alone), nothing is said either way.
    assert lead_similarity(item("g", None, day), incident) is None


def test_twin_towns_each_report_placed_in_its_own_state_are_two_places() -> None:
    """Kansas City, Kan. and Kansas City, Mo. are 5 km apart; reports that each wrote
    the state ("KANSAS CITY, Kan.") tell two places, not one."""
    kansas = PlaceFeature(
        "gn:kck", 39.114, -94.627, GeoPrecision.EXACT, "US", "KS", name="Kansas City", sure=True
    )
    missouri = PlaceFeature(
        "gn:kcm", 39.100, -94.579, GeoPrecision.EXACT, "US", "MO", name="Kansas City", sure=True
    )
    assert places_compatible(kansas, missouri) is False
    guessed = replace(missouri, sure=False)
    assert places_compatible(kansas, guessed) is None  # one report's guess decides nothing
