"""``warledger outlets load``: a registry file becomes one ledger entry; a bad file is one line."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from warledger.cli import app

OUTLETS = """
outlets:
  - id: north-gazette
    name: North Gazette
    kind: newspaper
    owner_group: north
  - id: south-herald
    name: South Herald
    kind: newspaper
    owner_group: south
"""


def test_outlets_load_counts_what_it_loaded(runner: CliRunner, tmp_path: Path, db: str) -> None:
    registry = tmp_path / "outlets.yaml"
    registry.write_text(OUTLETS, encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "outlets", "load", str(registry)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"loaded 2 outlets and \d+ conflicts \(ledger seq 1\)\n", result.output)


def test_a_malformed_outlets_file_is_one_error_line(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    bad = tmp_path / "outlets.yaml"
    bad.write_text("outlets: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "outlets", "load", str(bad)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith("error: ") and "outlets.yaml" in result.output
