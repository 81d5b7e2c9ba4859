"""The map zoomed out: the synthetic store's placed incidents counted per grid cell, each
cell's count, position and toll checked against the incidents themselves."""

from __future__ import annotations

import math
from collections import defaultdict

import pytest

from synthetic_store import Synthetic
from warledger.model import Incident
from warledger.query.incidents import IncidentFilter, map_counts
from warledger.store import Store
from warledger.store.map_cells import cell_degrees


def _cell(incident: Incident, size: float) -> tuple[int, int]:
    assert incident.place is not None and incident.place.latitude is not None
    assert incident.place.longitude is not None
    return (
        math.floor((incident.place.latitude + 90) / size),
        math.floor((incident.place.longitude + 180) / size),
    )


def _placed(incidents: list[Incident]) -> list[Incident]:
    return [
        i
        for i in incidents
        if i.place is not None and i.place.latitude is not None and i.place.longitude is not None
    ]


def test_cells_get_wider_as_the_map_zooms_out() -> None:
    assert cell_degrees(0) == 90.0 and cell_degrees(1) == 45.0
    assert cell_degrees(10) == pytest.approx(360 / 1024 / 4)
    assert cell_degrees(-3) == cell_degrees(0) and cell_degrees(40) == cell_degrees(18)


@pytest.mark.parametrize("zoom", [0, 3, 6, 12])
def test_each_cell_counts_the_incidents_inside_it(
    synthetic: tuple[Store, Synthetic], zoom: int
) -> None:
    store, data = synthetic
    placed = _placed(data.incidents)
    size = cell_degrees(zoom)
    expected: dict[tuple[int, int], list[Incident]] = defaultdict(list)
    for incident in placed:
        expected[_cell(incident, size)].append(incident)
    cells = map_counts(store, IncidentFilter()).cells(zoom)
    assert len(cells) == len(expected)
    assert [c.count for c in cells] == sorted((c.count for c in cells), reverse=True)
    by_count = sorted(((len(v), v) for v in expected.values()), key=lambda kv: kv[0])
    assert sorted(c.count for c in cells) == [n for n, _ in by_count]
    for cell in cells:
        members = [
            i
            for i in placed
            if _cell(i, size)
            == (math.floor((cell.latitude + 90) / size), math.floor((cell.longitude + 180) / size))
        ]
        assert len(members) == cell.count
        assert cell.latitude == pytest.approx(
            sum(i.place.latitude for i in members if i.place and i.place.latitude) / cell.count,
            abs=1e-4,
        )
        assert cell.killed == sum(i.killed.best or 0 for i in members)
        assert cell.max_sources == max(i.n_sources for i in members)


def test_placed_counts_and_a_filter_narrow_the_cells(synthetic: tuple[Store, Synthetic]) -> None:
    store, data = synthetic
    placed = _placed(data.incidents)
    counts = map_counts(store, IncidentFilter())
    assert (counts.on_map, counts.not_on_map) == (len(placed), len(data.incidents) - len(placed))
    assault = IncidentFilter(type="ASSAULT")
    cells = map_counts(store, assault).cells(4)
    assert sum(c.count for c in cells) == sum(1 for i in placed if i.type.value == "ASSAULT") > 0
