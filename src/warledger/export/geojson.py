"""Incidents as a GeoJSON FeatureCollection (RFC 7946) that QGIS opens as a point layer.

Each incident with coordinates is a Feature with a Point geometry in
``[longitude, latitude]`` order (GeoJSON's order, the reverse of how places are
usually written) and the properties of ``export.records`` (ACLED's columns plus
warledger's), values typed: numbers as numbers, ``null`` when unknown. An
incident without coordinates cannot be drawn; it is left out and counted in the
foreign member ``warledger:skipped``, so the file never silently loses rows.
``geo_precision`` tells how far to trust a point (3: only the country is known).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from warledger.export.records import Value

SKIPPED_MEMBER = "warledger:skipped"


@dataclass
class FeatureCount:
    """What a streamed collection held, known once the stream is done."""

    written: int = 0
    skipped: int = 0


def feature_of(record: dict[str, Value]) -> dict[str, Any] | None:
    """The Point Feature of a record, or None when it lacks a latitude or a longitude."""
    lat, lon = record.get("latitude"), record.get("longitude")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    return {
        "type": "Feature",
        "id": record.get("event_id_cnty"),
        "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
        "properties": dict(record),
    }


def feature_collection(records: Iterable[dict[str, Value]]) -> dict[str, Any]:
    """The FeatureCollection of ``records`` that have a latitude and a longitude."""
    features: list[dict[str, Any]] = []
    skipped = 0
    for record in records:
        feature = feature_of(record)
        if feature is None:
            skipped += 1
        else:
            features.append(feature)
    return {"type": "FeatureCollection", "features": features, SKIPPED_MEMBER: skipped}


def geojson_chunks(records: Iterable[dict[str, Value]], count: FeatureCount) -> Iterator[str]:
    """The FeatureCollection as text, one feature a chunk, so a large export streams; the
    skipped count is the last member, written once every record has been seen."""
    yield '{"type": "FeatureCollection", "features": [\n'
    for record in records:
        feature = feature_of(record)
        if feature is None:
            count.skipped += 1
            continue
        yield (",\n" if count.written else "") + json.dumps(feature, ensure_ascii=False)
        count.written += 1
    yield f'\n], "{SKIPPED_MEMBER}": {count.skipped}}}\n'
