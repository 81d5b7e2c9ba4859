"""The workbench's main reads use indexes: each query a read runs is EXPLAINed, and none
may scan the claims or incidents table whole when a filter could narrow it (issue 13).

The statements are the ones the read functions really execute (caught as they run), so a
change to a query is checked as it is. On PostgreSQL sequential scans are disabled for
the EXPLAIN: the planner then picks one only when no index can serve the query, which is
what the test is about (on a small store it would rightly prefer scanning anyway).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, text

from synthetic_store import RARE_WORD, Synthetic, fill
from warledger.config import Settings
from warledger.query.incidents import (
    IncidentFilter,
    incident_facets,
    incident_page,
    map_counts,
)
from warledger.store import Store
from warledger.store.search import search_documents

TABLES = ("claims", "incidents")
FILTERED = IncidentFilter(
    grade="corroborated",
    type="ASSAULT",
    date_from=date(2000, 1, 1),
    date_to=date(2100, 1, 1),
    bbox=(-180.0, -90.0, 180.0, 90.0),
)
"""The benchmark's filtered list: grade, type, period and box."""


@contextmanager
def _statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (and parameters) run on ``store`` meanwhile."""
    caught: list[tuple[str, Any]] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        caught.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", catch)
    try:
        yield caught
    finally:
        event.remove(store.engine, "before_cursor_execute", catch)


def _plans(store: Store, statements: list[tuple[str, Any]]) -> list[list[str]]:
    """For each statement, the scans of its plan that read a whole table (see ``_whole``)."""
    found = []
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        postgres = conn.dialect.name == "postgresql"
        cursor = raw.cursor()
        try:
            if postgres:
                cursor.execute("SET enable_seqscan = off")
            for statement, parameters in statements:
                if statement.strip().upper() in ("BEGIN", "COMMIT", "ROLLBACK"):
                    continue
                if postgres:
                    cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
                    found.append(_whole_pg(cursor.fetchone()[0][0]["Plan"]))
                else:
                    cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                    found.append(_whole_sqlite([str(row[-1]) for row in cursor.fetchall()]))
            if postgres:
                cursor.execute("RESET enable_seqscan")
        finally:
            cursor.close()
    return found


def _whole_sqlite(lines: list[str]) -> list[str]:
    """SQLite: ``SCAN t`` walks all of ``t`` (or all of an index of it); ``SEARCH`` narrows."""
    return [line for line in lines if line.split()[:2] in (["SCAN", t] for t in TABLES)]


def _whole_pg(node: dict[str, Any]) -> list[str]:
    """PostgreSQL: a sequential scan of a table, or an index scan with no index condition
    (the whole index), anywhere in the plan tree."""
    found = []
    if node.get("Relation Name") in TABLES:
        kind = node["Node Type"]
        conditions = [node.get("Index Cond")] + [
            child.get("Index Cond") for child in node.get("Plans", [])
        ]
        if kind == "Seq Scan" or not any(conditions):
            found.append(f"{kind} on {node['Relation Name']}")
    for child in node.get("Plans", []):
        found.extend(_whole_pg(child))
    return found


READS: dict[str, Callable[[Store], object]] = {
    "filtered list": lambda store: incident_page(store, FILTERED, None, 20)[0],
    "filtered facets": lambda store: incident_facets(store, FILTERED)["grade"],
    "map cells in a box": lambda store: map_counts(store, FILTERED).cells(6),
    "facets, no filter": lambda store: incident_facets(store, IncidentFilter())["grade"],
    "map, no filter": lambda store: map_counts(store, IncidentFilter()).cells(3),
}


@pytest.mark.parametrize("read", sorted(READS))
def test_filtered_reads_scan_no_table_whole(synthetic: tuple[Store, Synthetic], read: str) -> None:
    store, _data = synthetic
    with _statements(store) as statements:
        assert READS[read](store), "the filter matched nothing: the plans would be moot"
    whole = _plans(store, statements)
    assert whole and all(scans == [] for scans in whole), f"{read}: {whole}"


def test_the_check_sees_a_whole_scan(synthetic: tuple[Store, Synthetic]) -> None:
    """A query no index narrows is reported (so the check above can fail)."""
    store, _data = synthetic
    statement = "SELECT count(*) FROM claims WHERE length(id) > 3"
    parameters = None if store.engine.dialect.name == "postgresql" else ()
    assert _plans(store, [(statement, parameters)])[0] != []
    with store.engine.connect() as conn:
        assert conn.execute(text(statement)).scalar_one() > 0


def _sqlite_plan(store: Store, statement: str, parameters: Any) -> list[str]:
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
    return [str(row[-1]) for row in rows]


def test_sqlite_filtered_page_and_facets_read_the_list_index_alone(
    sqlite_settings: Settings,
) -> None:
    """The page is read in the index's order (no sort of the matches), and each facet is
    counted from the index without reading a table row, even with a box in the filter."""
    with Store.open(sqlite_settings) as store:
        fill(store)
        with _statements(store) as page:
            assert incident_page(store, FILTERED, None, 2)[0]
        with _statements(store) as facets:
            assert incident_facets(store, FILTERED)["country"]
        selects = [s for s in page if s[0].lstrip().startswith("SELECT")]
        first = _sqlite_plan(store, *selects[0])
        assert any("ix_incidents_list_filters" in line for line in first), first
        assert not any("TEMP B-TREE FOR" in line and "ORDER BY" in line for line in first), first
        counts = [_sqlite_plan(store, *s) for s in facets if s[0].lstrip().startswith("SELECT")]
        assert len(counts) == 1  # all four facets from one GROUP BY
        assert "COVERING INDEX ix_incidents_list_filters" in counts[0][0], counts


def _selects_of(store: Store, read: Callable[[], object]) -> list[list[str]]:
    """The SQLite plan of each SELECT ``read`` runs (it must find something)."""
    with _statements(store) as caught:
        assert read()
    return [_sqlite_plan(store, *s) for s in caught if s[0].lstrip().startswith("SELECT")]


def test_sqlite_the_whole_archive_is_read_from_the_kept_counts(sqlite_settings: Settings) -> None:
    """With no filter, the facets and the map read migration 0011's counts, never an incident
    row; the map's points in the counts' key order (no sort)."""
    with Store.open(sqlite_settings) as store:
        fill(store)
        facets = _selects_of(store, lambda: incident_facets(store, IncidentFilter())["place"])
        whole = _selects_of(store, lambda: map_counts(store, IncidentFilter()).cells(3))
    for plan in facets + whole:
        assert not any("incidents " in line for line in plan), plan
    assert all("incident_facet_counts" in plan[0] for plan in facets) and len(facets) == 4
    assert whole[0] == [
        "SCAN incident_map_points USING INDEX sqlite_autoindex_incident_map_points_1"
    ]


def test_sqlite_a_box_is_searched_by_latitude(sqlite_settings: Settings) -> None:
    """A box alone is a range of the kept points' key; with another filter, the box's planner
    hint (``likelihood``) still leaves its ranges usable by the coordinate index."""
    with Store.open(sqlite_settings) as store:
        fill(store)
        alone = _selects_of(store, lambda: map_counts(store, IncidentFilter(bbox=FILTERED.bbox)))
        box = IncidentFilter(bbox=FILTERED.bbox, min_sources=1)
        filtered = _selects_of(store, lambda: map_counts(store, box).on_map)
    assert alone[0] == [
        "SEARCH incident_map_points USING INDEX sqlite_autoindex_incident_map_points_1 "
        "(latitude>? AND latitude<?)"
    ], alone
    assert filtered[0] == [
        "SEARCH incidents USING COVERING INDEX ix_incidents_latitude_longitude "
        "(latitude>? AND latitude<?)"
    ], filtered


def _pg_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _pg_nodes(child)


@pytest.mark.postgres
def test_postgres_search_finds_matches_through_the_gin_index(
    postgres_settings: Settings,
) -> None:
    """The search's matches come from the GIN index and only their ids are sorted newest
    first (migration 0012's ``docno``): the plan never walks ``documents_fts`` whole,
    testing every row's vector (sequential scans are disabled, as above, because on a small
    store they are rightly cheaper)."""
    with Store.open(postgres_settings) as store:
        fill(store)
        with _statements(store) as caught, store.engine.connect() as conn:
            assert search_documents(conn, RARE_WORD, 5)
        statement, parameters = next(s for s in caught if "ts_rank" in s[0])
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            with raw.cursor() as cursor:
                cursor.execute("SET enable_seqscan = off")
                cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
                plan = cursor.fetchone()[0][0]["Plan"]
                cursor.execute("RESET enable_seqscan")
    on_index = [n for n in _pg_nodes(plan) if n.get("Relation Name") == "documents_fts"]
    kinds = {n["Node Type"] for n in on_index}
    assert "Seq Scan" not in kinds, kinds
    assert any("@@" in str(n.get("Recheck Cond", "")) for n in on_index), kinds
