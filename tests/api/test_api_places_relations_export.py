"""Places, relations and the export downloads, over the three extracted reports
(``loaded``) and over the synthetic store (filters), with the reader role."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from synthetic_store import N_DOCUMENTS, PLACES, Synthetic, fill, listing_order
from warledger.cli import app as cli
from warledger.config import Settings
from warledger.export.records import COLUMNS
from warledger.model import Claim
from warledger.server import create_app
from warledger.store import Store
from warledger.store.incidents import stored_incidents
from warledger.store.tokens import create_token


def test_places_of_extracted_reports(client: TestClient, store: Store, reader: dict) -> None:
    body = client.get("/api/places", headers=reader)
    assert body.status_code == 200, body.text
    items = body.json()["items"]
    incidents = [i for i, _ in stored_incidents(store)]
    for name in {p["name"] for p in items}:
        listed = sum(p["n_incidents"] for p in items if p["name"] == name)
        assert listed == sum(1 for i in incidents if i.place and i.place.name == name)
    korvin = [p for p in items if p["name"] == "Korvin"]
    # api-r1 tells one shelling of Korvin ("killed when shells hit"): one claim, not
    # one per verb; api-r2's is placed at the dateline's country.
    assert korvin and sum(p["n_claims"] for p in korvin) >= 1
    ranked = [(p["n_incidents"], p["n_claims"]) for p in items]
    assert ranked == sorted(ranked, reverse=True)
    named = client.get("/api/places", params={"name": "ORVI"}, headers=reader).json()
    assert {p["name"] for p in named["items"]} == {"Korvin"}
    assert client.get("/api/places", params={"bbox": "1,2"}, headers=reader).status_code == 400


def test_places_with_coordinates_counts_and_box(
    synthetic_api: tuple[TestClient, dict[str, str], Synthetic],
) -> None:
    client, headers, data = synthetic_api
    items = client.get("/api/places", headers=headers).json()["items"]
    by_name = {p["name"]: p for p in items}
    for index, place in enumerate(PLACES):
        if place is None:
            continue
        listed = by_name[place.name]
        assert (listed["latitude"], listed["longitude"]) == (place.latitude, place.longitude)
        assert (listed["country"], listed["precision"]) == (place.country, int(place.precision))
        assert listed["n_incidents"] == sum(
            1 for i in data.incidents if i.place is not None and i.place.name == place.name
        )
        assert listed["n_claims"] == 2 * sum(1 for i in range(N_DOCUMENTS) if i % 4 == index)
    boxed = client.get("/api/places", params={"bbox": "44,39,47,41"}, headers=headers).json()
    assert {p["name"] for p in boxed["items"]} == {"Korvin", "Brenic Heights"}
    limited = client.get("/api/places", params={"limit": 1}, headers=headers).json()
    assert limited["items"] == items[:1]


def test_relations_with_their_sources(client: TestClient, reader: dict) -> None:
    body = client.get("/api/relations", headers=reader)
    assert body.status_code == 200, body.text
    sponsors = [r for r in body.json()["items"] if r["predicate"] == "sponsors"]
    assert [(r["subject_name"], r["object_name"]) for r in sponsors] == [
        ("Kazaria", "Brenic Liberation Front")
    ]
    assert "Kazaria backs" in sponsors[0]["sources"][0]["evidence"]
    by_actor = client.get(
        "/api/relations", params={"actor": "Brenic Liberation Front"}, headers=reader
    ).json()
    assert sponsors[0] in by_actor["items"]
    assert all(
        "Brenic Liberation Front" in (r["subject_name"], r["object_name"])
        for r in by_actor["items"]
    )
    commands = client.get("/api/relations", params={"predicate": "commands"}, headers=reader)
    assert all(r["predicate"] == "commands" for r in commands.json()["items"])
    before = client.get(
        "/api/relations", params={"as_of": "2000-01-01T00:00:00Z"}, headers=reader
    ).json()
    assert before["items"] == [] and before["total"] == 0
    missing = client.get("/api/relations", params={"actor": "Nobody Xyz"}, headers=reader)
    assert missing.status_code == 404
    assert client.get("/api/relations").status_code == 401


@pytest.fixture
def synthetic_api(settings: Settings) -> Iterator[tuple[TestClient, dict[str, str], Synthetic]]:
    with Store.open(settings) as store:
        data = fill(store)
        _info, secret = create_token(store, "reader", "export")
    with TestClient(create_app(settings)) as client:
        yield client, {"Authorization": f"Bearer {secret}"}, data


def test_csv_export_follows_the_filters(
    synthetic_api: tuple[TestClient, dict[str, str], Synthetic],
) -> None:
    client, headers, data = synthetic_api
    response = client.get("/api/export.csv", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == COLUMNS
    assert [r[0] for r in rows[1:]] == listing_order(data.incidents)
    coerce = client.get("/api/export.csv", params={"type": "COERCE"}, headers=headers)
    ids = [r[0] for r in list(csv.reader(io.StringIO(coerce.text)))[1:]]
    expected = [i for i in listing_order(data.incidents) if i in _of_type(data, "COERCE")]
    assert ids == expected and ids
    assert client.get("/api/export.csv").status_code == 401


def _of_type(data: Synthetic, kind: str) -> set[str]:
    return {i.id for i in data.incidents if i.type.value == kind}


def test_geojson_export_points_and_skipped(
    synthetic_api: tuple[TestClient, dict[str, str], Synthetic],
) -> None:
    client, headers, data = synthetic_api
    response = client.get("/api/export.geojson", params={"min_sources": 2}, headers=headers)
    assert response.headers["content-type"].startswith("application/geo+json")
    body = json.loads(response.text)
    kept = [i for i in data.incidents if i.n_sources >= 2]
    located = [i for i in kept if i.place is not None]
    assert {f["id"] for f in body["features"]} == {i.id for i in located}
    assert body["warledger:skipped"] == len(kept) - len(located) > 0
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (feature["properties"]["latitude"], feature["properties"]["longitude"])


def test_jsonl_export_of_claims_or_filtered_incidents(
    synthetic_api: tuple[TestClient, dict[str, str], Synthetic],
) -> None:
    client, headers, data = synthetic_api
    claims = client.get("/api/export.jsonl", headers=headers)
    assert claims.headers["content-type"].startswith("application/x-ndjson")
    lines = [Claim.model_validate_json(line) for line in claims.text.splitlines()]
    assert sorted(c.id for c in lines) == sorted(c.id for c in data.claims)
    params = {"what": "incidents", "grade": "contested"}
    incidents = client.get("/api/export.jsonl", params=params, headers=headers)
    ids = [json.loads(line)["id"] for line in incidents.text.splitlines()]
    assert ids == [
        i
        for i in listing_order(data.incidents)
        if i in {x.id for x in data.incidents if x.grade.value == "contested"}
    ]
    refused = client.get("/api/export.jsonl", params={"grade": "contested"}, headers=headers)
    assert refused.status_code == 400 and "what=incidents" in refused.json()["detail"]


def test_the_api_and_the_command_export_the_same_bytes(
    synthetic_api: tuple[TestClient, dict[str, str], Synthetic], settings: Settings
) -> None:
    client, headers, _data = synthetic_api
    for fmt in ("csv", "geojson"):
        served = client.get(f"/api/export.{fmt}", headers=headers).text
        result = CliRunner().invoke(
            cli,
            [
                "--db",
                settings.database_url,
                "--blobs",
                str(settings.blob_dir),
                "export",
                "--format",
                fmt,
            ],
        )
        assert result.exit_code == 0, result.output
        assert result.stdout == served
