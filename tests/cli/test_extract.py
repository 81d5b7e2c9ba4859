"""``warledger extract``: one JSON claim a line, spans into the body, inputs checked like ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.samples import REPORT
from warledger.cli import app


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
