"""``warledger verify`` and ``warledger stats``: tampering shows, counts are right, and a
database password is never printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from cli.samples import REPORT, summary_rows
from warledger.cli import app
from warledger.config import Settings


def test_ingest_verify_and_tamper(runner: CliRunner, tmp_path: Path, db: str) -> None:
    report = tmp_path / "a.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert runner.invoke(app, ["--db", db, "ingest", "--no-extract", str(report)]).exit_code == 0
    stats = runner.invoke(app, ["--db", db, "stats"])
    assert stats.exit_code == 0
    assert f"warledger:sqlite:///{db}" in "".join(stats.output.split())  # the title, wrapped
    counts = summary_rows(stats.output)
    assert (counts["documents"], counts["ledger entries"], counts["blobs"]) == ("1", "1", "1")

    ok = runner.invoke(app, ["--db", db, "verify"])
    assert ok.exit_code == 0
    assert ok.output.startswith("ok: 1 ledger entries and 1 blobs match their hashes")
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE documents SET text = replace(text, 'four', 'forty')"))
    engine.dispose()
    tampered = runner.invoke(app, ["--db", db, "verify"])
    assert tampered.exit_code == 1
    assert "mismatch:" in tampered.output and "document" in tampered.output


@pytest.mark.postgres
def test_stats_masks_the_password_of_the_database_url(
    runner: CliRunner, postgres_settings: Settings
) -> None:
    url = make_url(postgres_settings.database_url).set(password="hunter2-secret")
    given = url.render_as_string(hide_password=False)
    result = runner.invoke(
        app, ["--db", given, "--blobs", str(postgres_settings.blob_dir), "stats"]
    )
    assert result.exit_code == 0, result.output
    title = "".join(result.output.split())  # the table's title wraps the URL
    assert "hunter2-secret" not in title
    assert f"{url.username}:***@{url.host}" in title


def test_verify_prints_a_head_that_catches_a_cut_tail(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    for name, extra in (("a.txt", ""), ("b.txt", " A second paragraph was added later.")):
        (tmp_path / name).write_text(REPORT + extra, encoding="utf-8")
    inputs = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert runner.invoke(app, ["--db", db, "ingest", "--no-extract", *inputs]).exit_code == 0
    first = runner.invoke(app, ["--db", db, "verify"])
    head = next(line for line in first.output.splitlines() if line.startswith("head: "))
    kept = head.removeprefix("head: ")
    assert kept.startswith("2:") and len(kept) == 2 + 64  # one line, never wrapped
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        doc_id = conn.execute(text("SELECT subject_id FROM ledger WHERE seq = 2")).scalar_one()
        conn.execute(text("DELETE FROM ledger WHERE seq = 2"))
        conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": doc_id})
    engine.dispose()
    assert runner.invoke(app, ["--db", db, "verify"]).exit_code == 0
    cut = runner.invoke(app, ["--db", db, "verify", "--expect-head", kept])
    assert cut.exit_code == 1
    assert "entries after it were deleted" in cut.output
    bad = runner.invoke(app, ["--db", db, "verify", "--expect-head", "2:nothex"])
    assert bad.exit_code == 2 and "SEQ:HASH" in bad.output
