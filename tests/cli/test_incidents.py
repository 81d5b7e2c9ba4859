"""``warledger resolve`` and ``warledger incidents``: two reports of one shelling become one
incident with two sources; date and as-of options filter, and a bad one is named."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli.samples import summary_rows
from warledger.cli import app

REPORTS = (
    {
        "id": "a",
        "outlet": "north-gazette",
        "published": "2026-04-07T09:00:00Z",
        "text": "Rebel artillery shelled the town of Aleppo on Monday, killing four civilians, "
        "the defence ministry said.",
    },
    {
        "id": "b",
        "outlet": "south-herald",
        "published": "2026-04-07T15:00:00Z",
        "text": "Four civilians were killed on Monday when rebels shelled Aleppo, a monitoring "
        "group said.",
    },
)


def test_resolve_then_list_incidents(runner: CliRunner, tmp_path: Path, db: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    assert runner.invoke(app, ["--db", db, "ingest", str(feed)]).exit_code == 0
    resolved = runner.invoke(app, ["--db", db, "resolve"])
    assert resolved.exit_code == 0, resolved.output
    summary = summary_rows(resolved.output)
    assert int(summary["incidents"]) >= 1
    assert summary["multi-source incidents"] == "1"

    shown = runner.invoke(app, ["--db", db, "incidents", "--top", "1"])
    assert shown.exit_code == 0, shown.output
    assert f"incidents (most severe 1 of {summary['incidents']})" in shown.output
    later = runner.invoke(app, ["--db", db, "incidents", "--from", "2027-01-01"])
    assert "incidents (most severe 0 of 0)" in later.output
    before = runner.invoke(app, ["--db", db, "incidents", "--as-of", "2000-01-01"])
    assert "incidents (most severe 0 of 0)" in before.output


def test_a_bad_as_of_is_named(runner: CliRunner, db: str) -> None:
    result = runner.invoke(app, ["--db", db, "incidents", "--as-of", "yesterday"])
    assert result.exit_code == 2
    assert result.output == (
        "error: --as-of 'yesterday' is not an ISO date or datetime; write e.g. "
        "2026-03-01T12:00:00\n"
    )
