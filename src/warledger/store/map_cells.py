"""The map zoomed out: incidents counted per grid cell, so an answer never holds every point.

A map of a whole archive (hundreds of thousands of placed incidents) cannot send a point
per incident: the answer would be tens of megabytes and the browser would draw them all
on top of each other. When more than ``MAX_POINTS`` incidents match, the map asks for
cells instead: the database groups the matching incidents by a square of the grid whose
side follows the zoom (``cell_degrees``: about ``CELL_PIXELS`` on screen), and sends each
cell's count, the mean position of its incidents (where the circle is drawn), their
summed best toll and the largest number of independent sources among them: one query,
read from an index alone (the coordinate index, or the list index with a filter).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Integer, cast, func, or_, select

from warledger.store.incident_filter import IncidentFilter
from warledger.store.schema import incidents

if TYPE_CHECKING:
    from warledger.store import Store

MAX_POINTS = 2000
"""Above this many matching incidents the map gets cells, not points."""
CELL_PIXELS = 64
"""A cell's side on screen: a map tile is 256 pixels wide and spans 360 / 2**zoom degrees."""
MAX_ZOOM = 18


@dataclass(frozen=True)
class MapCell:
    """The incidents of one grid cell: where to draw them and how many there are."""

    latitude: float
    longitude: float
    count: int
    killed: int
    max_sources: int


def cell_degrees(zoom: int) -> float:
    """The side of a grid cell in degrees at map ``zoom`` (0 shows the whole world)."""
    zoom = min(max(zoom, 0), MAX_ZOOM)
    return 360.0 / 2**zoom * CELL_PIXELS / 256


def placed_counts(store: Store, where: IncidentFilter) -> tuple[int, int]:
    """How many incidents ``where`` admits have coordinates (within its box, if it has one),
    and how many have none: those are on no part of the map, so the box is left out."""
    c = incidents.c
    dialect = store.engine.dialect.name
    placed = (
        select(func.count())
        .select_from(incidents)
        .where(*where.conditions(dialect), c.latitude.is_not(None), c.longitude.is_not(None))
    )
    unplaced = (
        select(func.count())
        .select_from(incidents)
        .where(*replace(where, bbox=None).conditions(dialect))
        .where(or_(c.latitude.is_(None), c.longitude.is_(None)))
    )
    with store.engine.connect() as conn:
        return int(conn.execute(placed).scalar_one()), int(conn.execute(unplaced).scalar_one())


def map_cells(store: Store, where: IncidentFilter, zoom: int) -> list[MapCell]:
    """The placed incidents ``where`` admits, grouped by grid cell at ``zoom``; the fullest
    cells first. Cells are counted from the south-west corner of the world (latitude
    + 90, longitude + 180), so a cell index is never negative.

    Incidents are first counted per point (their place's coordinates), then points per
    cell: incidents crowd on the gazetteer's places, so the first grouping follows the
    coordinate index's order without a sort, and only the points (hundreds, where the
    incidents are hundreds of thousands) are sorted into cells."""
    c = incidents.c
    size = cell_degrees(zoom)
    dialect = store.engine.dialect.name
    points = (
        select(
            c.latitude,
            c.longitude,
            func.count().label("n"),
            func.coalesce(func.sum(c.killed_best), 0).label("killed"),
            func.max(c.n_sources).label("max_sources"),
        )
        .where(*where.conditions(dialect))
        .where(c.latitude.is_not(None), c.longitude.is_not(None))
        .group_by(c.latitude, c.longitude)
        .subquery("points")
    )
    p = points.c
    row = _floor((p.latitude + 90.0) / size, dialect).label("row")
    column = _floor((p.longitude + 180.0) / size, dialect).label("column")
    count = func.sum(p.n).label("n")
    query = (
        select(
            row,
            column,
            count,
            (func.sum(p.latitude * p.n) / func.sum(p.n)).label("latitude"),
            (func.sum(p.longitude * p.n) / func.sum(p.n)).label("longitude"),
            func.sum(p.killed).label("killed"),
            func.max(p.max_sources).label("max_sources"),
        )
        .group_by(row, column)
        .order_by(count.desc(), row, column)
    )
    with store.engine.connect() as conn:
        return [
            MapCell(
                latitude=round(float(r.latitude), 5),
                longitude=round(float(r.longitude), 5),
                count=int(r.n),
                killed=int(r.killed),
                max_sources=int(r.max_sources),
            )
            for r in conn.execute(query)
        ]


def _floor(value: ColumnElement[Any], dialect: str) -> ColumnElement[int]:
    """The integer part of a non-negative number: PostgreSQL's cast rounds, so it floors;
    SQLite's cast truncates (and its floor() is an optional build feature)."""
    if dialect == "postgresql":
        return cast(func.floor(value), Integer)
    return cast(value, Integer)
