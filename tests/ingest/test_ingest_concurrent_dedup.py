"""Two ingests at once still group near-duplicates: placement happens inside the write
transaction and sees what the other process committed (issue 12, item 5)."""

from __future__ import annotations

from pathlib import Path

from ingest_texts import ARTICLE, SYNDICATED, UNRELATED

from warledger.config import Settings
from warledger.ingest import IngestProgress, ingest
from warledger.store import Store


def test_a_near_duplicate_stored_by_another_run_meanwhile_is_grouped(
    settings: Settings, tmp_path: Path
) -> None:
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    (first / "a_unrelated.txt").write_text(UNRELATED)
    (first / "b_copy.txt").write_text(SYNDICATED)
    (later / "original.txt").write_text(ARTICLE)
    with Store.open(settings) as store_a, Store.open(settings) as store_b:
        others: list[object] = []

        def meanwhile(step: IngestProgress) -> None:
            """After run A read its first input, run B (another store handle) stores the
            original; A's index, loaded when A started, has never seen it."""
            if step.documents_read == 1 and not others:
                others.append(ingest(store_b, [later], None, settings))

        summary = ingest(store_a, [first], None, settings, progress=meanwhile)
        assert others and summary.stored == 2
        assert summary.near_duplicates == 1
        docs = {Path(d.source_name or "").name: d for d in store_a.iter_documents()}
        assert docs["b_copy.txt"].syndication_group == docs["original.txt"].id
        assert docs["a_unrelated.txt"].syndication_group == docs["a_unrelated.txt"].id
        assert store_a.verify().ok
