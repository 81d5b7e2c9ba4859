"""The whole archive's facets and map points, read from the counts kept as incidents are written.

Counting every incident per grade, type, country, place and map point on each request
grows with the archive (0.4 s in-process at 1,000,000 claims for the facets, seconds
under load). Migration 0011's triggers on ``incidents`` keep those groups in two small
tables instead, in the transaction that writes the incident rows, so they are never
behind them: ``incident_facet_counts`` and ``incident_map_points``. This module reads
them for the reads that have no filter (the map: none but a box), and, as they are
derived from ``incidents``, recomputes them for ``verify`` and rebuilds them for
``--repair-derived`` (``store.derived``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, literal, select

from warledger.store.schema import incident_facet_counts, incident_map_points, incidents

FACETS = (
    ("grade", incidents.c.grade),
    ("type", incidents.c.type),
    ("country", incidents.c.country),
    ("place", incidents.c.place_name),
)
"""Facet name -> the incidents column it counts (migration 0011 keeps the same list)."""


def facet_counts(conn: Connection, facet: str, top: int | None = None) -> list[tuple[str, int]]:
    """(value, number of incidents) of ``facet`` over the whole archive; with ``top``, only the
    values at least as frequent as the ``top``-th most frequent one (ties all kept, so the
    caller can order them as it likes and cut at ``top``)."""
    f = incident_facet_counts.c
    query = select(f.value, f.n).where(f.facet == facet)
    if top is not None:
        nth = (
            select(f.n)
            .where(f.facet == facet)
            .order_by(f.n.desc())
            .limit(1)
            .offset(top - 1)
            .scalar_subquery()
        )
        query = query.where(f.n >= func.coalesce(nth, 0))
    return [(str(value), int(n)) for value, n in conn.execute(query)]


def archive_points(bbox: tuple[float, float, float, float] | None) -> Select[Any]:
    """The placed incidents per point (within ``bbox``, if given) as columns ``latitude``,
    ``longitude``, ``n``, ``killed`` and ``max_sources``: the kept counts summed over the
    numbers of sources, in coordinate order (the table's key, so no sort)."""
    p = incident_map_points.c
    query = select(
        p.latitude,
        p.longitude,
        func.sum(p.n).label("n"),
        func.sum(p.killed).label("killed"),
        func.max(p.n_sources).label("max_sources"),
    )
    if bbox is not None:
        min_lon, min_lat, max_lon, max_lat = bbox
        query = query.where(
            p.latitude.between(min_lat, max_lat), p.longitude.between(min_lon, max_lon)
        )
    return query.group_by(p.latitude, p.longitude)


def archive_total(conn: Connection) -> int:
    """Every stored incident (each has a grade, so the grade counts sum to all of them)."""
    f = incident_facet_counts.c
    total = select(func.coalesce(func.sum(f.n), 0)).where(f.facet == "grade")
    return int(conn.execute(total).scalar_one())


def placed_total(conn: Connection) -> int:
    """Every stored incident that has coordinates."""
    total = select(func.coalesce(func.sum(incident_map_points.c.n), 0))
    return int(conn.execute(total).scalar_one())


def _expected_facets() -> Iterable[Select[Any]]:
    for facet, column in FACETS:
        yield (
            select(literal(facet).label("facet"), column.label("value"), func.count().label("n"))
            .where(column.is_not(None))
            .group_by(column)
        )


def _expected_points() -> Select[Any]:
    c = incidents.c
    return (
        select(
            c.latitude,
            c.longitude,
            c.n_sources,
            func.count().label("n"),
            func.coalesce(func.sum(c.killed_best), 0).label("killed"),
        )
        .where(c.latitude.is_not(None), c.longitude.is_not(None))
        .group_by(c.latitude, c.longitude, c.n_sources)
    )


def counts_problems(conn: Connection) -> list[str]:
    """The kept counts that differ from a direct count of ``incidents`` (empty when none)."""
    f = incident_facet_counts.c
    p = incident_map_points.c
    facets = select(f.facet, f.value, f.n)
    points = select(p.latitude, p.longitude, p.n_sources, p.n, p.killed)
    compared = (
        ("incident_facet_counts", [facets], list(_expected_facets())),
        ("incident_map_points", [points], [_expected_points()]),
    )
    problems = []
    for table, kept_by, expected_by in compared:
        kept = {tuple(row) for query in kept_by for row in conn.execute(query)}
        expected = {tuple(row) for query in expected_by for row in conn.execute(query)}
        if kept != expected:
            problems.append(
                f"{table}: {len(kept - expected)} rows are not what a count of the incidents "
                f"gives, {len(expected - kept)} of its counts are missing or different"
            )
    return problems


def rebuild_counts(conn: Connection) -> None:
    """Count the incidents again into both tables (in the caller's write transaction)."""
    conn.execute(delete(incident_facet_counts))
    conn.execute(delete(incident_map_points))
    for query in _expected_facets():
        conn.execute(insert(incident_facet_counts).from_select(["facet", "value", "n"], query))
    columns = ["latitude", "longitude", "n_sources", "n", "killed"]
    conn.execute(insert(incident_map_points).from_select(columns, _expected_points()))
