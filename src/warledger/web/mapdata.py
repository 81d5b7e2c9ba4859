"""What the maps draw for an incident: a point with its precision, grade and toll.

One function serves the big map's JSON and the incident page's small map, so both draw
the same incident the same way.
"""

from __future__ import annotations

from typing import Any

from warledger.model import Incident


def map_point(incident: Incident) -> dict[str, Any] | None:
    """What the map draws for an incident; None when its place has no coordinates."""
    place = incident.place
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return {
        "id": incident.id,
        "lat": place.latitude,
        "lon": place.longitude,
        "place": place.name,
        "country": place.country,
        "precision": int(place.precision),
        "grade": incident.grade.value,
        "type": incident.type.value,
        "mode": incident.mode,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": incident.date_end.isoformat() if incident.date_end else None,
        "killed": incident.killed.model_dump(),
        "n_sources": incident.n_sources,
        "n_claims": incident.n_claims,
    }
