"""Lookups and disambiguation on the real index (sentences' names, not gold data)."""

from __future__ import annotations

from warledger.geo.distance import haversine_km
from warledger.geo.gazetteer import Gazetteer
from warledger.model import GeoPrecision


def _resolve(gaz: Gazetteer, names: list[str], qualifiers: list[str | None] | None = None):
    return [r.place for r in gaz.resolve(names, qualifiers)]


def test_stepanakert_and_shusha_are_in_azerbaijan(gazetteer: Gazetteer) -> None:
    stepanakert, shusha = _resolve(gazetteer, ["Stepanakert", "Shusha"])
    assert stepanakert is not None and shusha is not None
    assert stepanakert.country == shusha.country == "AZ"
    assert stepanakert.precision == GeoPrecision.EXACT
    assert haversine_km(stepanakert.latitude, stepanakert.longitude, 39.82, 46.75) < 10
    assert haversine_km(shusha.latitude, shusha.longitude, 39.76, 46.75) < 10


def test_paris_texas_versus_paris(gazetteer: Gazetteer) -> None:
    texan, _ = _resolve(gazetteer, ["Paris", "Texas"], ["Texas", None])
    assert texan is not None and (texan.country, texan.admin1) == ("US", "Texas")
    french, _ = _resolve(gazetteer, ["Paris", "France"])
    assert french is not None and french.country == "FR"


def test_country_context_decides_georgia(gazetteer: Gazetteer) -> None:
    georgia, _ = _resolve(gazetteer, ["Georgia", "Tbilisi"])
    assert georgia is not None and georgia.precision == GeoPrecision.COUNTRY
    assert georgia.country == "GE"
    state, _ = _resolve(gazetteer, ["Georgia", "Atlanta"])
    assert state is not None and (state.country, state.precision) == ("US", GeoPrecision.REGION)


def test_fuzzy_spelling_only_for_long_names(gazetteer: Gazetteer) -> None:
    (place,) = _resolve(gazetteer, ["Stepanakertt"])
    assert place is not None and place.country == "AZ"
    assert gazetteer.candidates("Parris", fuzzy=True) == [] or all(
        not c.fuzzy for c in gazetteer.candidates("Parris")
    )
    assert gazetteer.candidates("Qwzxyvillebergstad") == []


def test_arabic_article_variants_meet(gazetteer: Gazetteer) -> None:
    rows = {c.row for c in gazetteer.candidates("al-Raqqah", fuzzy=False)}
    assert rows & {c.row for c in gazetteer.candidates("Raqqa", fuzzy=False)}


def test_washington_is_the_capital_and_abbreviations_are_states(gazetteer: Gazetteer) -> None:
    (washington,) = _resolve(gazetteer, ["Washington"])
    assert washington is not None and washington.precision == GeoPrecision.EXACT
    assert haversine_km(washington.latitude, washington.longitude, 38.9, -77.04) < 20
    (kentucky,) = _resolve(gazetteer, ["Ky."])
    assert kentucky is not None and kentucky.name == "Kentucky"


def test_curated_region_and_demonym(gazetteer: Gazetteer) -> None:
    (karabakh,) = _resolve(gazetteer, ["Nagorno-Karabakh"])
    assert karabakh is not None and karabakh.precision == GeoPrecision.REGION
    assert gazetteer.country_of_demonym("Azerbaijani") == "AZ"
    assert gazetteer.country_of_demonym("Syrians") == "SY"
    assert gazetteer.country_of_demonym("table") is None


def test_unknown_name_resolves_to_nothing(gazetteer: Gazetteer) -> None:
    (res,) = gazetteer.resolve(["Zzyzxqvland"])
    assert res.place is None and res.score == 0.0


def test_a_towns_state_qualifier_is_context_for_the_other_names(gazetteer: Gazetteer) -> None:
    """'ROCHESTER, Minn.' then a bare 'Rochester': both in Minnesota, not the bigger
    Rochester of New York (population alone picks New York), and surely so: the
    state is named, not only a town near it (confidence 0.81 without the state)."""
    alone = _resolve(gazetteer, ["Rochester"])[0]
    assert alone is not None and alone.admin1 == "New York"
    _, bare = gazetteer.resolve(["Rochester", "Rochester"], ["Minnesota", None])
    assert bare.place is not None and bare.place.admin1 == "Minnesota"
    assert bare.score > 0.95


def test_a_county_only_one_state_has_puts_the_report_in_that_state(gazetteer: Gazetteer) -> None:
    town, county = _resolve(gazetteer, ["Springfield", "Sangamon County"])
    assert county is not None and county.admin1 == "Illinois"
    assert town is not None and town.admin1 == "Illinois"
    assert _resolve(gazetteer, ["Springfield"])[0].admin1 != "Illinois"  # type: ignore[union-attr]


def test_a_county_many_states_have_takes_the_state_of_the_town_beside_it(
    gazetteer: Gazetteer,
) -> None:
    _, county = _resolve(gazetteer, ["Jackson", "Madison County"], ["Tennessee", None])
    assert county is not None and (county.admin1, county.precision) == (
        "Tennessee",
        GeoPrecision.REGION,
    )


def test_st_and_saint_are_one_spelling_of_a_town(gazetteer: Gazetteer) -> None:
    """ "St. Paul" is Minnesota's capital though GeoNames spells it "Saint Paul" and an
    Alberta town "St. Paul"; "St. Louis" stays in Missouri, not Senegal's "Saint-Louis"
    (a respelled region never counts)."""
    for written, state in (("St. Paul", "Minnesota"), ("St. Louis", "Missouri"),
                           ("Ft. Lauderdale", "Florida"), ("St. Joseph", "Missouri")):  # fmt: skip
        place = _resolve(gazetteer, [written])[0]
        assert place is not None and (place.country, place.admin1) == ("US", state), written


def test_a_us_state_with_no_such_town_places_the_name_in_the_state(gazetteer: Gazetteer) -> None:
    """ "Frogtown, Minnesota": no Frogtown there, so Minnesota, not a namesake elsewhere.
    A list of cities is no town and its province ("Beijing, Shanghai")."""
    place = _resolve(gazetteer, ["Frogtown"], ["Minnesota"])[0]
    assert place is not None and (place.name, place.precision) == ("Minnesota", GeoPrecision.REGION)
    beijing = _resolve(gazetteer, ["Beijing", "Shanghai", "Tianjin"], ["Shanghai", None, None])[0]
    assert beijing is not None and beijing.name == "Beijing"


def test_a_small_namesake_abroad_is_no_place_of_a_one_country_report(
    gazetteer: Gazetteer,
) -> None:
    """In a "MEMPHIS, Tenn." report, neighbourhoods the gazetteer lacks are not the
    English town or the Namibian one its fuzzy match finds; a city abroad keeps its
    place."""
    memphis, whitehaven = gazetteer.resolve(["MEMPHIS", "Whitehaven"], ["Tenn.", None])
    assert memphis.place is not None and memphis.place.admin1 == "Tennessee"
    assert whitehaven.place is None and whitehaven.withheld
    _, mound = gazetteer.resolve(["MEMPHIS", "Orange Mound"], ["Tenn.", None])
    assert mound.place is None
    kabul = _resolve(gazetteer, ["Washington", "Kabul"])[1]
    assert kabul is not None and kabul.country == "AF"
    # A report that declares no US state is left to the scores.
    chibok, _ = _resolve(gazetteer, ["Chibok", "Kawkab"])
    assert chibok is not None and chibok.country == "NG"


def test_an_unqualified_small_town_out_of_state_is_a_local_name(gazetteer: Gazetteer) -> None:
    """In a Richmond, Va. report "Church Hill" is the neighbourhood, not the town in
    Pennsylvania (news style qualifies an out-of-state town); the namesake's reading
    no longer pulls "Richmond" to Kentucky."""
    richmond, church_hill, _ = _resolve(gazetteer, ["Richmond", "Church Hill", "Henrico County"])
    assert richmond is not None and richmond.admin1 == "Virginia"
    assert church_hill is None
    _, here, _ = _resolve(
        gazetteer, ["CHURCH HILL", "Church Hill", "Hawkins County"], ["Tenn.", None, None]
    )
    assert here is not None and here.admin1 == "Tennessee"


def test_a_list_of_states_is_no_town_and_its_state(gazetteer: Gazetteer) -> None:
    wisconsin = _resolve(gazetteer, ["Wisconsin", "Michigan"], ["Michigan", None])[0]
    assert wisconsin is not None and wisconsin.name == "Wisconsin"


def test_a_bare_dateline_names_the_big_city(gazetteer: Gazetteer) -> None:
    # A visitor "from New York" would pull a bare Boston to the village in New York.
    boston, _ = gazetteer.resolve(["BOSTON", "New York"], [None, None], (), [True, False])
    assert boston.place is not None and boston.place.admin1 == "Massachusetts"


def test_a_qualified_name_keeps_its_reading_when_it_comes_back_bare(
    gazetteer: Gazetteer,
) -> None:
    places = _resolve(gazetteer, ["HAMILTON", "Hamilton"], ["Ontario", None])
    assert all(p is not None and p.country == "CA" for p in places)
