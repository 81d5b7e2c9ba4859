"""Parquet exports: claims load back into another store, incidents and relations keep their
types (dates as dates, lists as lists) and match the JSON lines of the same store."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from typer.testing import CliRunner

from warledger.cli import app
from warledger.model import Claim, Incident

Export = Callable[..., str]


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_claims_export_loads_into_a_fresh_store_once(
    export: Export, export_db: str, tmp_path: Path
) -> None:
    shard = tmp_path / "claims.parquet"
    export("--format", "parquet", "--output", str(shard))
    assert (tmp_path / "claims.documents.parquet").is_file()
    fresh = str(tmp_path / "fresh.db")
    first = _run(fresh, "load-claims", str(shard))
    assert "claims stored" in first
    lines = export("--format", "jsonl").splitlines()
    exported = [Claim.model_validate_json(line) for line in lines]
    loaded = [
        Claim.model_validate_json(line)
        for line in _run(fresh, "export", "--format", "jsonl").splitlines()
    ]
    assert loaded == exported and loaded
    ledger_before = _run(fresh, "stats")
    second = _run(fresh, "load-claims", str(tmp_path))
    assert _row(second, "claims stored") == "0" and _row(second, "documents stored") == "0"
    assert _run(fresh, "stats") == ledger_before
    assert "ok" in _run(fresh, "verify")


def _row(summary: str, label: str) -> str:
    line = next(line for line in summary.splitlines() if label in line)
    return line.split("│")[-2].strip()


def test_incidents_export_has_typed_columns_equal_to_the_jsonl(
    export: Export, tmp_path: Path
) -> None:
    path = tmp_path / "incidents.parquet"
    export("--format", "parquet", "--what", "incidents", "--output", str(path))
    rows = {row["id"]: row for row in pq.read_table(path).to_pylist()}
    lines = export("--format", "jsonl", "--what", "incidents").splitlines()
    incidents = [Incident.model_validate_json(line) for line in lines]
    assert set(rows) == {i.id for i in incidents}
    for incident in incidents:
        row = rows[incident.id]
        assert row["claim_ids"] == incident.claim_ids
        assert row["date_start"] == incident.date_start
        killed = incident.killed
        assert (row["killed_low"], row["killed_high"]) == (killed.low, killed.high)
        assert row["grade"] == incident.grade.value
    kharkiv = next(row for row in rows.values() if row["place_name"] == "Kharkiv")
    assert kharkiv["country"] == "UA" and isinstance(kharkiv["date_start"], date)


def test_parquet_refuses_standard_output(export_db: str) -> None:
    result = CliRunner().invoke(app, ["--db", export_db, "export", "--format", "parquet"])
    assert result.exit_code == 2
    assert "--format parquet writes a file" in result.stderr


RELATIONS = [
    {
        "id": "r1",
        "published": "2025-02-03",
        "text": "Qatar backs Liwa al-Fajr, the Observatory said on Monday.",
    },
    {
        "id": "r2",
        "published": "2025-02-05",
        "text": "Iran has denied sponsoring Liwa al-Fajr, a spokesman told reporters.",
    },
]


def test_relations_export_lists_who_asserts_and_who_denies(tmp_path: Path) -> None:
    reports = tmp_path / "relations.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in RELATIONS), encoding="utf-8")
    db = str(tmp_path / "r.db")
    _run(db, "ingest", str(reports))
    path = tmp_path / "relations.parquet"
    _run(db, "export", "--format", "parquet", "--what", "relations", "--output", str(path))
    table = pq.read_table(path)
    claim_ids_type = table.schema.field("claim_ids").type
    assert pa.types.is_list(claim_ids_type) and pa.types.is_string(claim_ids_type.value_type)
    rows = table.to_pylist()
    assert rows, "the invented reports state relations"
    claim_ids = {c for row in rows for c in row["claim_ids"]}
    stored = {
        Claim.model_validate_json(line).id
        for line in _run(db, "export", "--format", "jsonl").splitlines()
    }
    assert claim_ids <= stored
    assert all(row["n_asserting"] == len(row["asserted_by"]) for row in rows)
    assert any(row["status"] in ("asserted", "contested") for row in rows)


def test_load_claims_names_a_bad_file_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "notes.parquet"
    bad.write_text("not parquet at all")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "load-claims", str(bad)])
    assert result.exit_code == 1
    squeezed = "".join(result.stderr.split())  # rich wraps long lines
    assert "".join(f"{bad}: not a readable Parquet file".split()) in squeezed
    assert _row(result.stdout, "shards failed") == "1"
