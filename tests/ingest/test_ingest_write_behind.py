"""Store writes in a background thread: errors, order and duplicates while a batch is written."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import pytest

from warledger.config import Settings
from warledger.errors import StoreError
from warledger.ingest import ingest
from warledger.ingest.runner import DOCUMENT_BATCH
from warledger.ingest.write_behind import WriteBehind
from warledger.model import Document
from warledger.store import Store
from warledger.store.placed_documents import BatchPlacer
from warledger.store.repository import NewDocument


def test_a_failed_write_is_raised_where_it_was_submitted() -> None:
    def write() -> list[Document]:
        raise StoreError("disk full while flushing blobs")

    handled: list[list[Document]] = []
    with WriteBehind() as writer:
        writer.submit(write, handled.append)
        with pytest.raises(StoreError, match="disk full"):
            writer.wait()
    assert handled == []


def test_writes_run_in_order_in_the_background_and_are_handled_in_the_caller() -> None:
    caller = threading.get_ident()
    writers: set[int] = set()
    handled: list[tuple[str, int]] = []

    def write(title: str) -> list[Document]:
        writers.add(threading.get_ident())
        return [Document(id=f"{title:0>64}", text=title, title=title)]

    with WriteBehind() as writer:
        for title in ("1", "2", "3"):
            writer.submit(
                partial(write, title),
                lambda done: handled.append((done[0].text, threading.get_ident())),
            )
    assert handled == [("1", caller), ("2", caller), ("3", caller)]  # the last one on exit
    assert len(writers) == 1 and caller not in writers


class HeldFirstWrite:
    """A real store whose first batch write waits until the next reads have been looked up,
    so a document read meanwhile meets its copy in the batch still being written."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lookups = 0
        self.next_reads_looked_up = threading.Event()

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    def stored_document_ids(self, doc_ids: list[str]) -> set[str]:
        self.lookups += 1
        found = self.store.stored_document_ids(doc_ids)
        if self.lookups == 2:
            self.next_reads_looked_up.set()
        return found

    def add_placed_documents(
        self, batch: Sequence[NewDocument], place: BatchPlacer
    ) -> list[Document]:
        if not self.next_reads_looked_up.wait(timeout=30):
            raise AssertionError("the next reads were not looked up while the write was held")
        return self.store.add_placed_documents(batch, place)


def test_a_copy_read_while_its_batch_is_written_is_a_duplicate(
    settings: Settings, tmp_path: Path
) -> None:
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Report {i}: the ferry to island {i} was delayed."})
        for i in range(DOCUMENT_BATCH + 5)
    ]
    lines.insert(DOCUMENT_BATCH + 2, lines[3])  # a copy of a document of the first batch
    (tmp_path / "reports.jsonl").write_text("\n".join(lines) + "\n")
    with Store.open(settings) as store:
        held = HeldFirstWrite(store)
        summary = ingest(held, [tmp_path / "reports.jsonl"], None, settings)  # type: ignore[arg-type]
        assert held.lookups == 2
        assert (summary.stored, summary.duplicates, summary.failed) == (DOCUMENT_BATCH + 5, 1, 0)
        assert store.stats()["documents"] == DOCUMENT_BATCH + 5
        assert sum(1 for e in store.ledger() if e.kind == "document") == DOCUMENT_BATCH + 5
        assert store.verify().ok
