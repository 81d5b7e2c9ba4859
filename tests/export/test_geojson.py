"""The GeoJSON export: a FeatureCollection QGIS reads, points in [longitude, latitude] order.

Neither ``shapely`` nor ``geojson`` is a dependency, so the structure is checked
here against RFC 7946 directly.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.export.geojson import SKIPPED_MEMBER, feature_collection
from warledger.export.records import COLUMNS

Export = Callable[..., str]

# (min lon, min lat, max lon, max lat), generous boxes around each country.
UKRAINE = (22.0, 44.0, 40.3, 52.5)
SYRIA = (35.5, 32.3, 42.5, 37.4)


@pytest.fixture
def collection(export: Export) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(export("--format", "geojson"))
    return data


def _by_location(collection: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["properties"]["location"]: f for f in collection["features"]}


def _inside(point: list[float], box: tuple[float, float, float, float]) -> bool:
    lon, lat = point
    return box[0] <= lon <= box[2] and box[1] <= lat <= box[3]


def test_is_a_feature_collection_of_points(collection: dict[str, Any]) -> None:
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 2
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        coordinates = feature["geometry"]["coordinates"]
        assert len(coordinates) == 2 and all(isinstance(c, float) for c in coordinates)
        assert -180 <= coordinates[0] <= 180 and -90 <= coordinates[1] <= 90
        assert tuple(feature["properties"]) == COLUMNS
        assert feature["id"] == feature["properties"]["event_id_cnty"]


def test_the_incident_without_a_place_is_counted_as_skipped(collection: dict[str, Any]) -> None:
    assert collection[SKIPPED_MEMBER] == 1


def test_points_are_longitude_then_latitude_in_the_right_country(
    collection: dict[str, Any],
) -> None:
    features = _by_location(collection)
    kharkiv = features["Kharkiv"]
    lon, lat = kharkiv["geometry"]["coordinates"]
    assert (lon, lat) == (kharkiv["properties"]["longitude"], kharkiv["properties"]["latitude"])
    assert _inside([lon, lat], UKRAINE)
    assert not _inside([lat, lon], UKRAINE)
    assert _inside(features["Idlib"]["geometry"]["coordinates"], SYRIA)


def test_properties_are_typed(collection: dict[str, Any]) -> None:
    props = _by_location(collection)["Kharkiv"]["properties"]
    assert props["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (props["fatalities_low"], props["fatalities_high"]) == (5, 8)
    assert props["geo_precision"] == 1 and props["year"] == 2026


def test_feature_collection_skips_records_without_both_coordinates() -> None:
    records = [
        {"event_id_cnty": "a", "latitude": 10.0, "longitude": -20.0},
        {"event_id_cnty": "b", "latitude": None, "longitude": 5.0},
        {"event_id_cnty": "c", "latitude": 0, "longitude": 0},
    ]
    result = feature_collection(records)
    assert [f["id"] for f in result["features"]] == ["a", "c"]
    assert result["features"][0]["geometry"]["coordinates"] == [-20.0, 10.0]
    assert result[SKIPPED_MEMBER] == 1


def test_the_command_says_how_many_incidents_it_left_out(export_db: str) -> None:
    result = CliRunner().invoke(app, ["--db", export_db, "export", "--format", "geojson"])
    assert result.exit_code == 0
    assert "exported 2 incidents" in result.stderr
    assert "1 without coordinates left out" in " ".join(result.stderr.split())
