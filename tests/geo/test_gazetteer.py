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
