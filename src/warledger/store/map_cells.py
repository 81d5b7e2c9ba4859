"""The map zoomed out: incidents counted per grid cell, so an answer never holds every point.

A map of a whole archive (hundreds of thousands of placed incidents) cannot send a point
per incident: the answer would be tens of megabytes and the browser would draw them all
on top of each other. When more than ``MAX_POINTS`` incidents match, the map asks for
cells instead: the matching incidents grouped by a square of the grid whose side follows
the zoom (``cell_degrees``: about ``CELL_PIXELS`` on screen), each cell with its count, the
mean position of its incidents (where the circle is drawn), their summed best toll and the
largest number of independent sources among them.

The database counts incidents per point (their place's coordinates) and Python sorts the
points into cells: incidents crowd on the gazetteer's places, so points are hundreds where
incidents are hundreds of thousands. With no filter but the map's box, the points are the
counts kept by the triggers of migration 0011 (``store.incident_counts``): the whole map
reads a few hundred rows, whatever the archive's size. With a filter, one GROUP BY over the
list index gives the points and, in its NULL group, the incidents that have none.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from warledger.store.incident_counts import archive_points, archive_total, placed_total
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


@dataclass(frozen=True)
class PointCount:
    """The incidents at one point (coordinates) that a filter admits."""

    latitude: float
    longitude: float
    count: int
    killed: int
    max_sources: int


@dataclass(frozen=True)
class MapCounts:
    """What the map shows of a filter: its incidents per point (within its box, if it has
    one), how many that is, and how many admitted incidents have no coordinates (those are
    on no part of the map, so the box is not applied to them)."""

    points: list[PointCount]
    not_on_map: int

    @property
    def on_map(self) -> int:
        return sum(point.count for point in self.points)

    def cells(self, zoom: int) -> list[MapCell]:
        """The points grouped by grid cell at ``zoom``, the fullest cells first (then by row
        and column). Cells are counted from the south-west corner of the world (latitude
        + 90, longitude + 180), so a cell index is never negative. One pass over the points
        (a filtered map of a large archive has thousands): each cell's sums are kept as it
        goes, in the points' order, so they are the sums of its points in that order."""
        size = cell_degrees(zoom)
        sums: dict[tuple[int, int], list[float]] = {}
        for point in self.points:
            key = (
                math.floor((point.latitude + 90.0) / size),
                math.floor((point.longitude + 180.0) / size),
            )
            cell = sums.get(key)
            if cell is None:
                cell = sums[key] = [0, 0, 0, 0, point.max_sources]
            cell[0] += point.count
            cell[1] += point.latitude * point.count
            cell[2] += point.longitude * point.count
            cell[3] += point.killed
            cell[4] = max(cell[4], point.max_sources)
        ordered = sorted(sums.items(), key=lambda kv: (-kv[1][0], kv[0]))
        return [
            MapCell(
                latitude=round(lat_sum / count, 5),
                longitude=round(lon_sum / count, 5),
                count=int(count),
                killed=int(killed),
                max_sources=int(max_sources),
            )
            for _key, (count, lat_sum, lon_sum, killed, max_sources) in ordered
        ]


def map_counts(store: Store, where: IncidentFilter) -> MapCounts:
    """The incidents ``where`` admits, per point, and how many have no coordinates: from the
    kept counts when ``where`` has no filter but a box, else one GROUP BY (two with a box)."""
    with store.engine.connect() as conn:
        if replace(where, bbox=None) == type(where)():
            rows = conn.execute(archive_points(where.bbox)).all()
            return MapCounts(_points(rows), archive_total(conn) - placed_total(conn))
        dialect = store.engine.dialect.name
        c = incidents.c
        grouped = (
            select(
                c.latitude,
                c.longitude,
                func.count().label("n"),
                func.coalesce(func.sum(c.killed_best), 0).label("killed"),
                func.max(c.n_sources).label("max_sources"),
            )
            .where(*where.conditions(dialect))
            .group_by(c.latitude, c.longitude)
        )
        rows = conn.execute(grouped).all()
        placed = [r for r in rows if r.latitude is not None and r.longitude is not None]
        if where.bbox is None:  # the unplaced incidents are the NULL groups
            unknown = sum(int(r.n) for r in rows if r.latitude is None or r.longitude is None)
            return MapCounts(_points(placed), unknown)
        unplaced = (
            select(func.count())
            .select_from(incidents)
            .where(*replace(where, bbox=None).conditions(dialect))
            .where(or_(c.latitude.is_(None), c.longitude.is_(None)))
        )
        return MapCounts(_points(placed), int(conn.execute(unplaced).scalar_one()))


def _points(rows: Sequence[Sequence[Any]]) -> list[PointCount]:
    """Rows of (latitude, longitude, n, killed, max_sources) as points (by position: it is
    the cost of a map of thousands of points)."""
    return [
        PointCount(float(lat), float(lon), int(n), int(killed), int(max_sources))
        for lat, lon, n, killed, max_sources in rows
    ]
