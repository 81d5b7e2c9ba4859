"""The command line end to end, in-process, on small texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from warledger.cli import app

REPORT = (
    "The defence ministry said on Monday that rebel artillery shelled the town of "
    "Aleppo, killing four civilians. The rebels denied that their fighters fired on the town."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_help_explains_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "verify", "stats", "claims", "extract", "eval"):
        assert command in result.output


def test_extract_prints_one_json_claim_a_line(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "--published", "2026-03-10"])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims, "no claims extracted"
    for claim in claims:
        content = claim["content"]
        assert REPORT[content["start"] : content["end"]] == content["text"]
        assert claim["producer"]["kb"]
    stances = {c["stance"] for c in claims}
    assert "denied" in stances


def test_extract_rejects_binary_input_by_name(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "image.txt"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = runner.invoke(app, ["extract", str(source)])
    assert result.exit_code == 2
    assert "image.txt" in result.output


def test_ingest_verify_and_tamper(runner: CliRunner, tmp_path: Path, db: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(REPORT, encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "ingest", str(inputs)])
    assert result.exit_code == 1, "an empty input must make the exit code non-zero"
    assert "empty.txt" in result.output
    stats = runner.invoke(app, ["--db", db, "stats"])
    assert stats.exit_code == 0
    assert "documents" in stats.output

    again = runner.invoke(app, ["--db", db, "ingest", str(inputs / "a.txt")])
    assert again.exit_code == 0
    assert "duplicates" in again.output

    assert runner.invoke(app, ["--db", db, "verify"]).exit_code == 0
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE documents SET text = replace(text, 'four', 'forty')"))
    engine.dispose()
    tampered = runner.invoke(app, ["--db", db, "verify"])
    assert tampered.exit_code == 1
    assert "document" in tampered.output


def test_ingest_without_inputs_says_what_to_do(runner: CliRunner, db: str) -> None:
    result = runner.invoke(app, ["--db", db, "ingest"])
    assert result.exit_code == 2
    assert "PATH" in result.output


def test_eval_unknown_set_names_the_choices(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "nosuchset", str(tmp_path)])
    assert result.exit_code == 2
    assert "polnear" in result.output


def test_extract_refuses_input_over_the_size_limit(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_INPUT_BYTES", "100")
    source = tmp_path / "long.txt"
    source.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source)])
    assert result.exit_code == 2
    assert "long.txt" in result.output
    assert "over the limit of 100 bytes" in result.output
    from_stdin = runner.invoke(app, ["extract", "-"], input=REPORT)
    assert from_stdin.exit_code == 2
    assert "<stdin>" in from_stdin.output


def test_extract_names_a_bad_published_option(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "--published", "2026-13-45"])
    assert result.exit_code == 2
    assert "--published '2026-13-45'" in result.output


def test_extract_spans_index_the_body_after_a_header(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(f"Title: Shelling\nPublished: 2026-03-10\n\n{REPORT}", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source)])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims
    for claim in claims:
        content = claim["content"]
        assert REPORT[content["start"] : content["end"]] == content["text"]
