"""``warledger dedup --rebuild`` regroups near-duplicates that runs unaware of each other
stored apart; the change is a ledger entry and verify still holds (issue 12, item 5)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from cli.samples import REPORT, summary_rows
from warledger.cli import app
from warledger.config import Settings
from warledger.model import Document, content_hash
from warledger.store import Store
from warledger.store.signatures import signature, signature_bytes


def _store_apart(db: str, tmp_path: Path) -> tuple[str, str]:
    """Two near-identical reports stored each in a group of its own, as two runs that did
    not see each other used to store them."""
    settings = Settings(database_url=f"sqlite:///{db}", blob_dir=tmp_path / "blobs")
    ids = []
    with Store.open(settings) as store:
        longer = " ".join([REPORT] * 4)  # long enough that one changed word keeps it a copy
        for text_ in (longer, longer.replace("four civilians", "five civilians", 1)):
            raw = text_.encode()
            doc_id = content_hash(raw)
            doc = Document(id=doc_id, text=text_, syndication_group=doc_id)
            store.add_document(doc, raw, signature_bytes(signature(text_)))
            ids.append(doc_id)
    return ids[0], ids[1]


def test_rebuild_joins_the_groups_and_verify_holds(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    first, second = _store_apart(db, tmp_path)
    opts = ["--db", db, "--blobs", str(tmp_path / "blobs")]
    before = summary_rows(runner.invoke(app, [*opts, "dedup"]).output)
    assert before["syndication groups"] == "2"
    rebuilt = runner.invoke(app, [*opts, "dedup", "--rebuild"])
    assert rebuilt.exit_code == 0, rebuilt.output
    rows = summary_rows(rebuilt.output)
    assert (rows["syndication groups"], rows["near duplicates"], rows["regrouped"]) == (
        "1",
        "1",
        "1",
    )
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        group = conn.execute(
            text("SELECT syndication_group FROM documents WHERE id = :id"), {"id": second}
        ).scalar_one()
        assert group == first
    ok = runner.invoke(app, [*opts, "verify"])
    assert ok.exit_code == 0, ok.output
    again = summary_rows(runner.invoke(app, [*opts, "dedup", "--rebuild"]).output)
    assert again["regrouped"] == "0"
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE documents SET syndication_group = id WHERE id = :id"), {"id": second}
        )
    engine.dispose()
    tampered = runner.invoke(app, [*opts, "verify"])
    assert tampered.exit_code == 1
    assert "syndication group is not the one its last regroup entry set" in tampered.output
