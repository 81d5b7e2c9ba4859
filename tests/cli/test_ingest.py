"""``warledger ingest``: a bad input is named and makes the exit code 1, the rest is stored;
the extraction engine is chosen by name."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cli.samples import REPORT, summary_rows
from warledger.cli import app


def test_ingest_names_a_bad_input_and_stores_the_rest(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(REPORT, encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "ingest", "--engine", "local", str(inputs)])
    assert result.exit_code == 1, "an empty input must make the exit code non-zero"
    assert "failed:" in result.output and "empty.txt" in result.output
    summary = summary_rows(result.output)
    assert summary["stored"] == "1"
    assert summary["failed"] == "1"
    assert int(summary["claims"]) >= 2

    again = runner.invoke(app, ["--db", db, "ingest", str(inputs / "a.txt")])
    assert again.exit_code == 0
    assert "duplicates" in again.output


def test_ingest_without_inputs_says_what_to_do(runner: CliRunner, db: str) -> None:
    result = runner.invoke(app, ["--db", db, "ingest"])
    assert result.exit_code == 2
    assert "PATH" in result.output


def test_ingest_with_an_unknown_engine_names_the_choices(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    report = tmp_path / "a.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "ingest", "--engine", "cluster9", str(report)])
    assert result.exit_code == 2
    assert result.output == "error: engine 'cluster9' is unknown; choose one of: local, ray\n"
    assert not Path(db).exists(), "nothing may be done when the engine is refused"


def test_a_ray_address_with_the_local_engine_is_refused(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    report = tmp_path / "a.txt"
    report.write_text(REPORT, encoding="utf-8")
    args = ["--db", db, "ingest", "--ray-address", "auto", str(report)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "engine 'local' does not take the options ['address', 'places_file']" in result.output
    assert not Path(db).exists(), "nothing may be done when the engine is refused"
