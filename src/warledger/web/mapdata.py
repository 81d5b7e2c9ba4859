"""What the maps draw for an incident: a point with its precision, grade and toll.

``map_points`` reads the big map's points straight from the incident columns (no member
claims, no details), so a map of thousands of incidents is one query; ``map_point``
makes the same dict from one ``Incident`` for the incident page's small map, so both
draw an incident the same way. ``map_answer`` is what the big map asks for: its points
while at most ``MAX_POINTS`` incidents match, else their counts per grid cell at the
map's zoom (``store.map_cells``), within the part of the world it shows: one count per
point decides which, and gives the cells.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from warledger.model import GeoPrecision, Incident
from warledger.query.incidents import (
    MAX_POINTS,
    IncidentFilter,
    map_counts,
    placed_incident_rows,
)
from warledger.store import Store


def _point(
    incident_id: str,
    lat: float,
    lon: float,
    place: dict[str, Any],
    grade: str,
    kind: str,
    mode: str | None,
    period: tuple[date | None, date | None],
    killed: tuple[int | None, int | None, int | None],
    counts: tuple[int, int],
) -> dict[str, Any]:
    start, end = period
    return {
        "id": incident_id,
        "lat": lat,
        "lon": lon,
        "place": place.get("name"),
        "country": place.get("country"),
        "precision": int(place.get("precision") or GeoPrecision.EXACT),
        "grade": grade,
        "type": kind,
        "mode": mode,
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "killed": {"low": killed[0], "best": killed[1], "high": killed[2]},
        "n_sources": counts[0],
        "n_claims": counts[1],
    }


def map_point(incident: Incident) -> dict[str, Any] | None:
    """What the map draws for an incident; None when its place has no coordinates."""
    place = incident.place
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return _point(
        incident.id,
        place.latitude,
        place.longitude,
        place.model_dump(mode="json"),
        incident.grade.value,
        incident.type.value,
        incident.mode,
        (incident.date_start, incident.date_end),
        (incident.killed.low, incident.killed.best, incident.killed.high),
        (incident.n_sources, incident.n_claims),
    )


def map_points(store: Store, where: IncidentFilter) -> list[dict[str, Any]]:
    """The points of the incidents ``where`` admits that have coordinates, largest first."""
    return [
        _point(
            r.id,
            r.latitude,
            r.longitude,
            r.place or {},
            r.grade,
            r.type,
            r.mode,
            (r.date_start, r.date_end),
            (r.killed_low, r.killed_best, r.killed_high),
            (r.n_sources, r.n_claims),
        )
        for r in placed_incident_rows(store, where)
    ]


def map_answer(store: Store, where: IncidentFilter, zoom: int) -> dict[str, Any]:
    """The big map's answer for ``where`` at ``zoom``: ``points`` and ``not_on_map``; when
    clustered, no points but ``cells`` and ``on_map`` (the incidents the cells count)."""
    counts = map_counts(store, where)
    if counts.on_map > MAX_POINTS:
        cells = [vars(cell) for cell in counts.cells(zoom)]
        answer = {"points": [], "cells": cells, "on_map": counts.on_map}
        return {**answer, "not_on_map": counts.not_on_map}
    return {"points": map_points(store, where), "not_on_map": counts.not_on_map}
