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
