"""Signed checkpoints kept outside the store: verify --checkpoint proves the ledger extends
the checkpointed one, and a checkpoint file edited or signed by another key is refused."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from cli.samples import REPORT
from warledger.cli import app


def _ingest_two(runner: CliRunner, tmp_path: Path, db: str) -> None:
    for name, extra in (("a.txt", ""), ("b.txt", " A second paragraph came later.")):
        (tmp_path / name).write_text(REPORT + extra, encoding="utf-8")
    inputs = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert runner.invoke(app, ["--db", db, "ingest", "--no-extract", *inputs]).exit_code == 0


def test_a_checkpoint_catches_a_cut_tail(runner: CliRunner, tmp_path: Path, db: str) -> None:
    _ingest_two(runner, tmp_path, db)
    key, saved = tmp_path / "keys" / "ck.pem", tmp_path / "ck.json"
    made = runner.invoke(app, ["--db", db, "checkpoint", "--key", str(key), "--out", str(saved)])
    assert made.exit_code == 0, made.output
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    fields = json.loads(saved.read_text())
    assert fields["seq"] == 2 and len(fields["signature"]) > 80
    public = runner.invoke(app, ["checkpoint", "--key", str(key), "--public-key"]).output.strip()
    assert public == fields["public_key"]
    ok = runner.invoke(
        app, ["--db", db, "verify", "--checkpoint", str(saved), "--trusted-key", public]
    )
    assert ok.exit_code == 0, ok.output
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        doc_id = conn.execute(text("SELECT subject_id FROM ledger WHERE seq = 2")).scalar_one()
        conn.execute(text("DELETE FROM ledger WHERE seq = 2"))
        conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": doc_id})
    engine.dispose()
    cut = runner.invoke(app, ["--db", db, "verify", "--checkpoint", str(saved)])
    assert cut.exit_code == 1 and "entries after it were deleted" in cut.output


def test_an_edited_or_foreign_checkpoint_is_refused(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    _ingest_two(runner, tmp_path, db)
    saved = tmp_path / "ck.json"
    key = str(tmp_path / "ck.pem")
    runner.invoke(app, ["--db", db, "checkpoint", "--key", key, "--out", str(saved)])
    other = runner.invoke(app, ["checkpoint", "--key", str(tmp_path / "other.pem"), "--public-key"])
    foreign = runner.invoke(
        app,
        ["--db", db, "verify", "--checkpoint", str(saved), "--trusted-key", other.output.strip()],
    )
    assert foreign.exit_code == 2 and "another key than the trusted one" in foreign.output
    fields = json.loads(saved.read_text())
    saved.write_text(json.dumps({**fields, "seq": 1}))
    edited = runner.invoke(app, ["--db", db, "verify", "--checkpoint", str(saved)])
    assert edited.exit_code == 2 and "signature does not match" in edited.output
