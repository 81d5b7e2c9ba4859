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
from collections.abc import Iterable
from typing import Any, TextIO

from warledger.export.records import Value

SKIPPED_MEMBER = "warledger:skipped"


def feature_collection(records: Iterable[dict[str, Value]]) -> dict[str, Any]:
    """The FeatureCollection of ``records`` that have a latitude and a longitude."""
    features: list[dict[str, Any]] = []
    skipped = 0
    for record in records:
        lat, lon = record.get("latitude"), record.get("longitude")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            skipped += 1
            continue
        features.append(
            {
                "type": "Feature",
                "id": record.get("event_id_cnty"),
                "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                "properties": dict(record),
            }
        )
    return {"type": "FeatureCollection", "features": features, SKIPPED_MEMBER: skipped}


def write_geojson(records: Iterable[dict[str, Value]], out: TextIO) -> int:
    """Write the FeatureCollection to ``out`` (UTF-8 JSON); returns the number of features."""
    collection = feature_collection(records)
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(collection["features"])
