"""``warledger claims``: stored claims as JSON lines (the model's own JSON) or as a table."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli.samples import REPORT
from warledger.cli import app
from warledger.model import Claim


def test_claims_as_json_lines_and_as_a_table(runner: CliRunner, tmp_path: Path, db: str) -> None:
    report = tmp_path / "report.txt"
    report.write_text(f"Outlet: Harbour Courier\n\n{REPORT}", encoding="utf-8")
    assert runner.invoke(app, ["--db", db, "ingest", str(report)]).exit_code == 0

    listed = runner.invoke(app, ["--db", db, "claims", "--json"])
    assert listed.exit_code == 0, listed.output
    claims = [Claim.model_validate(json.loads(line)) for line in listed.stdout.splitlines()]
    assert len(claims) >= 2
    assert len({claim.document_id for claim in claims}) == 1
    first = runner.invoke(app, ["--db", db, "claims", "--json", "--limit", "1"])
    assert [json.loads(line)["id"] for line in first.stdout.splitlines()] == [claims[0].id]

    table = runner.invoke(app, ["--db", db, "claims"], env={"COLUMNS": "200"})
    assert table.exit_code == 0
    assert f"claims (first {len(claims)})" in table.output
    assert "denied" in table.output and "asserted" in table.output
