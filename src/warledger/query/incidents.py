"""Incidents as the list, map, timeline, incident pages and exports read them.

Stored incidents are read from ``store.incident_reads`` with a filter from
``store.incident_filter``; incidents "as known at" a past time are recomputed by
``resolve`` (nothing is written) and filtered and paged in memory with the same
filter and cursor, so a client pages both the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from warledger.errors import BadQuery
from warledger.store.incident_filter import IncidentFilter, PageFilter
from warledger.store.incident_reads import (
    IncidentRow,
    daily_counts,
    decode_incident_cursor,
    encode_incident_cursor,
    incident_by_id,
    incident_facets,
    incident_page,
    incidents_of_claims,
    member_claims,
    placed_incident_rows,
    sort_key,
)
from warledger.store.map_cells import MAX_POINTS, MapCell, MapCounts, map_counts

if TYPE_CHECKING:
    from warledger.store import Store

__all__ = [
    "MAX_POINTS",
    "IncidentFilter",
    "IncidentRow",
    "MapCell",
    "MapCounts",
    "PageFilter",
    "daily_counts",
    "incident_by_id",
    "incident_facets",
    "incident_page",
    "incident_page_as_of",
    "incidents_of_claims",
    "iter_incidents",
    "map_counts",
    "parse_bbox",
    "placed_incident_rows",
]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``minlon,minlat,maxlon,maxlat`` in degrees."""
    if value is None:
        return None
    parts = value.split(",")
    try:
        box = tuple(float(part) for part in parts)
    except ValueError:
        box = ()
    if len(box) != 4:
        raise BadQuery(f"bbox {value!r} must be four numbers: minlon,minlat,maxlon,maxlat")
    min_lon, min_lat, max_lon, max_lat = box
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise BadQuery(
            f"bbox {value!r} is not a box: need -180 <= minlon <= maxlon <= 180 and "
            "-90 <= minlat <= maxlat <= 90"
        )
    return min_lon, min_lat, max_lon, max_lat


def iter_incidents(
    store: Store, where: IncidentFilter, page_size: int = 500
) -> Iterable[IncidentRow]:
    """Every stored incident matching ``where``, largest first, read page by page."""
    cursor: str | None = None
    while True:
        page, cursor = incident_page(store, where, cursor, page_size)
        yield from page
        if cursor is None:
            return


def incident_page_as_of(
    store: Store,
    where: IncidentFilter,
    as_of: datetime,
    cursor: str | None,
    limit: int,
) -> tuple[list[IncidentRow], str | None]:
    """Incidents as known at ``as_of`` (recomputed, nothing written), filtered and paged in
    memory with the same filter and cursor as ``incident_page``."""
    from warledger.resolve.incident_run import resolve_incidents

    after = decode_incident_cursor(cursor)
    result = resolve_incidents(store, as_of=as_of)
    member_ok = member_claims(store, where)
    kept = sorted(
        (i for i in result.incidents if where.admits(i, member_ok)),
        key=lambda i: (-i.n_sources, -i.n_claims, i.id),
    )
    if after is not None:
        n_sources, n_claims, incident_id = after
        kept = [
            i
            for i in kept
            if (-i.n_sources, -i.n_claims, i.id) > (-n_sources, -n_claims, incident_id)
        ]
    page = kept[:limit]
    next_cursor = encode_incident_cursor(sort_key(page[-1])) if len(kept) > limit else None
    return [(i, result.details.get(i.id, {})) for i in page], next_cursor
