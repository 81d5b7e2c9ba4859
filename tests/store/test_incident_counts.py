"""The incident counts kept by migration 0011's triggers (``store.incident_counts``) equal a
direct COUNT of the incidents: after a first resolution, after a run that regrades, moves
and removes incidents, and whichever path (kept counts or a GROUP BY) answers a read."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import Connection, delete, func, select, update

from synthetic_store import Synthetic, fill
from warledger.config import Settings
from warledger.model import Grade, Incident, Place
from warledger.query.incidents import IncidentFilter, incident_facets, map_counts
from warledger.store import Store
from warledger.store.incident_counts import FACETS, counts_problems, facet_counts
from warledger.store.incidents import save_incidents
from warledger.store.schema import incident_facet_counts, incident_map_points, incidents

EVERY = IncidentFilter(min_sources=1)
"""Admits every incident (each has a source), but is a filter: read with a GROUP BY."""
BOX = (40.0, 35.0, 50.0, 45.0)


def _direct_facets(conn: Connection) -> dict[str, dict[str, int]]:
    """SELECT column, COUNT(*) ... GROUP BY column, per facet."""
    out = {}
    for facet, column in FACETS:
        query = select(column, func.count()).where(column.is_not(None)).group_by(column)
        out[facet] = {str(value): int(n) for value, n in conn.execute(query)}
    return out


def _kept_facets(conn: Connection) -> dict[str, dict[str, int]]:
    return {facet: dict(facet_counts(conn, facet)) for facet, _column in FACETS}


def _direct_points(conn: Connection) -> dict[tuple[float, float, int], tuple[int, int]]:
    c = incidents.c
    key = (c.latitude, c.longitude, c.n_sources)
    query = (
        select(*key, func.count(), func.coalesce(func.sum(c.killed_best), 0))
        .where(c.latitude.is_not(None), c.longitude.is_not(None))
        .group_by(*key)
    )
    return {(lat, lon, k): (int(n), int(killed)) for lat, lon, k, n, killed in conn.execute(query)}


def _kept_points(conn: Connection) -> dict[tuple[float, float, int], tuple[int, int]]:
    p = incident_map_points.c
    query = select(p.latitude, p.longitude, p.n_sources, p.n, p.killed)
    return {(lat, lon, k): (n, killed) for lat, lon, k, n, killed in conn.execute(query)}


def _second_run(data: Synthetic) -> list[Incident]:
    """The synthetic incidents as a later run finds them: four gone, three regraded to a
    grade no incident had, two moved to a new place, one given another toll."""
    moved = Place(name="Dervan", latitude=41.25, longitude=43.5, country="GE", precision=1)
    out = []
    for k, incident in enumerate(data.incidents[4:], start=4):
        if k < 7:
            incident = incident.model_copy(update={"grade": Grade.DENIED})
        elif k < 9:
            incident = incident.model_copy(update={"place": moved})
        elif k == 9:
            killed = incident.killed.model_copy(update={"best": 7})
            incident = incident.model_copy(update={"killed": killed})
        out.append(incident)
    return out


def test_kept_counts_equal_a_direct_count_after_each_run(settings: Settings) -> None:
    with Store.open(settings) as store:
        data = fill(store)
        with store.engine.connect() as conn:
            first = _kept_facets(conn)
            assert first == _direct_facets(conn)
            assert _kept_points(conn) == _direct_points(conn)
            assert counts_problems(conn) == []
        grades = Counter(i.grade.value for i in data.incidents)
        assert first["grade"] == dict(grades) and sum(grades.values()) == 16
        save_incidents(store, [(i, {}) for i in _second_run(data)], {"run": "second"})
        with store.engine.connect() as conn:
            second = _kept_facets(conn)
            assert second == _direct_facets(conn)
            assert _kept_points(conn) == _direct_points(conn)
            assert counts_problems(conn) == []
        report = store.verify()
    assert report.ok, report.problems
    assert second["grade"]["denied"] == 3 and "denied" not in first["grade"]
    assert second["place"]["Dervan"] == 2 and second["country"]["GE"] == 2
    assert sum(second["grade"].values()) == 12


def test_a_value_no_incident_has_any_more_leaves_no_row(settings: Settings) -> None:
    with Store.open(settings) as store:
        data = fill(store)
        only = [i for i in data.incidents if i.place is None][:1]
        save_incidents(store, [(i, {}) for i in only], {"run": "one left"})
        with store.engine.connect() as conn:
            facets = conn.execute(select(incident_facet_counts.c.facet)).scalars().all()
            points = conn.execute(select(func.count()).select_from(incident_map_points))
            assert sorted(facets) == ["grade", "type"] and points.scalar_one() == 0


def _many_places(data: Synthetic) -> list[Incident]:
    """30 incidents over 24 places: places 0-5 twice, the others once (ties at the cut of
    the place facet's 20), some without a country, a few with no coordinates."""
    claim = data.claims[0].id
    out = []
    for k in range(30):
        n = k % 24
        place = Place(
            name=f"Place {n:02d}",
            latitude=None if n % 11 == 10 else 30.0 + n / 2,
            longitude=None if n % 11 == 10 else 40.0 + n / 3,
            country=None if n % 5 == 4 else ("AM", "AZ", "GE")[n % 3],
            precision=1,
        )
        incident = data.incidents[k % 16].model_copy(
            update={"id": f"many-{k:02d}", "place": place, "claim_ids": [claim], "n_claims": 1}
        )
        out.append(incident)
    return out


def test_reads_of_the_kept_counts_equal_reads_with_a_group_by(settings: Settings) -> None:
    """The facets and map of the whole archive (kept counts) and of a filter admitting every
    incident (a GROUP BY of the incidents) are the same, to the order and the ties."""
    with Store.open(settings) as store:
        data = fill(store)
        save_incidents(store, [(i, {}) for i in _many_places(data)], {"run": "places"})
        kept, grouped = incident_facets(store, IncidentFilter()), incident_facets(store, EVERY)
        whole, every = map_counts(store, IncidentFilter()), map_counts(store, EVERY)
        boxed = map_counts(store, IncidentFilter(bbox=BOX))
        every_boxed = map_counts(store, IncidentFilter(bbox=BOX, min_sources=1))
    assert kept == grouped
    assert list(kept["place"].items())[:6] == [(f"Place {n:02d}", 2) for n in range(6)]
    assert list(kept["place"]) == [f"Place {n:02d}" for n in range(20)]
    assert sum(kept["grade"].values()) == 30
    assert (whole.on_map, whole.not_on_map) == (every.on_map, every.not_on_map) == (28, 2)
    assert sorted(whole.points, key=repr) == sorted(every.points, key=repr)
    for zoom in (0, 4, 9):
        assert whole.cells(zoom) == every.cells(zoom)
    assert boxed.cells(6) == every_boxed.cells(6) and 0 < boxed.on_map < 28
    assert boxed.not_on_map == every_boxed.not_on_map == 2


def test_verify_reports_an_edited_count_and_repair_rebuilds_it(settings: Settings) -> None:
    with Store.open(settings) as store:
        fill(store)
        with store.engine.begin() as conn:
            f = incident_facet_counts.c
            conn.execute(update(incident_facet_counts).where(f.facet == "type").values(n=f.n + 1))
            conn.execute(delete(incident_map_points))
        report = store.verify()
        store.repair_derived()
        repaired = store.verify()
        facets = incident_facets(store, IncidentFilter(date_from=date(2000, 1, 1)))
        kept = incident_facets(store, IncidentFilter())
    assert len(report.problems) == 2, report.problems
    assert report.problems[0].startswith("incident_facet_counts: 3 rows are not what")
    assert report.problems[1].startswith("incident_map_points: 0 rows are not what")
    assert repaired.ok, repaired.problems
    assert kept == facets
