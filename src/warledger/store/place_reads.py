"""Places as the archive names them: each place with how many incidents and claims.

A place is keyed by its name and coordinates (a gazetteer entry, or the words of
an unresolved mention, which have no coordinates). Counts come from two grouped
queries, one over incidents and one over claims (events' places and relations'
object places), merged here; the filters (name substring, bounding box) are
bound SQL conditions on both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table, func, select

from warledger.store.schema import claims, incidents

if TYPE_CHECKING:
    from warledger.store import Store

PlaceKey = tuple[str, float | None, float | None]


@dataclass
class PlaceCount:
    name: str
    latitude: float | None
    longitude: float | None
    country: str | None = None
    precision: int | None = None
    n_incidents: int = 0
    n_claims: int = 0


def _conditions(
    table: Table, name: str | None, bbox: tuple[float, float, float, float] | None
) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = [table.c.place_name.is_not(None)]
    if name is not None:
        out.append(table.c.place_name.icontains(name, autoescape=True))
    if bbox is not None:
        min_lon, min_lat, max_lon, max_lat = bbox
        out.append(table.c.latitude.between(min_lat, max_lat))
        out.append(table.c.longitude.between(min_lon, max_lon))
    return out


def place_counts(
    store: Store,
    name: str | None,
    bbox: tuple[float, float, float, float] | None,
    limit: int,
) -> list[PlaceCount]:
    """Places matching ``name`` (case-insensitive substring) and ``bbox``, the most
    reported first (incidents, then claims, then name)."""
    event_place = claims.c.payload[("proposition", "place", "place")]
    object_place = claims.c.payload[("proposition", "object_place", "place")]
    claim_country = func.coalesce(
        event_place["country"].as_string(), object_place["country"].as_string()
    )
    claim_precision = func.coalesce(
        event_place["precision"].as_integer(), object_place["precision"].as_integer()
    )
    incident_columns = (
        incidents.c.place_name,
        incidents.c.latitude,
        incidents.c.longitude,
        incidents.c.place["country"].as_string(),
        incidents.c.place["precision"].as_integer(),
    )
    claim_columns = (
        claims.c.place_name,
        claims.c.latitude,
        claims.c.longitude,
        claim_country,
        claim_precision,
    )
    places: dict[PlaceKey, PlaceCount] = {}
    with store.engine.connect() as conn:
        for table, columns, field in (
            (incidents, incident_columns, "n_incidents"),
            (claims, claim_columns, "n_claims"),
        ):
            query = (
                select(*columns, func.count())
                .where(*_conditions(table, name, bbox))
                .group_by(*columns)
            )
            for row in conn.execute(query):
                _add(places, row, field)
    ranked = sorted(places.values(), key=lambda p: (-p.n_incidents, -p.n_claims, p.name))
    return ranked[:limit]


def _add(places: dict[PlaceKey, PlaceCount], row: Any, field: str) -> None:
    place_name, lat, lon, country, precision, count = row
    key = (place_name, lat, lon)
    entry = places.setdefault(key, PlaceCount(place_name, lat, lon))
    entry.country = entry.country or country
    entry.precision = entry.precision if entry.precision is not None else precision
    setattr(entry, field, getattr(entry, field) + int(count))
