"""Batch writes: a batch of documents or extractions is one write, and writing it again
(a retried task, a re-run after a crash) stores and records nothing more."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import event, update
from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.errors import StoreError
from warledger.model import Document
from warledger.store import Store
from warledger.store.blobs import BlobStore
from warledger.store.derived import derived_problems
from warledger.store.repository import SignaturesSince
from warledger.store.schema import documents
from warledger.store.search import search_documents


def test_a_document_batch_is_stored_once_with_an_entry_each(store: Store) -> None:
    raws = [raw_report(f" Variant {n}.") for n in range(5)]
    docs = [make_document(raw) for raw in raws]
    batch = [(doc, raw, None) for doc, raw in zip(docs, raws, strict=True)]
    assert store.add_documents([*batch, batch[0]]) == [doc.id for doc in docs]
    assert store.add_documents(batch) == []
    entries = list(store.ledger())
    assert [(e.kind, e.subject_id) for e in entries] == [("document", d.id) for d in docs]
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert all(store.read_blob(doc.id) == raw for doc, raw in zip(docs, raws, strict=True))
    assert store.verify().ok


def test_an_extraction_batch_retried_adds_nothing(store: Store) -> None:
    raws = [raw_report(f" Variant {n}.") for n in range(3)]
    docs = [make_document(raw) for raw in raws]
    store.add_documents([(doc, raw, None) for doc, raw in zip(docs, raws, strict=True)])
    batch = [(doc.id, make_claims(doc), PRODUCER) for doc in docs]
    stored = store.add_extractions(batch)
    assert stored == sum(len(claims) for _, claims, _ in batch) > 0
    entries_before = sum(1 for _ in store.ledger())
    assert store.add_extractions(batch) == 0
    assert sum(1 for _ in store.ledger()) == entries_before
    assert [e.kind for e in store.ledger()].count("extraction") == 3
    assert len({c.id for c in store.iter_claims()}) == stored
    assert store.verify().ok


def test_blobs_of_a_batch_are_whole_and_leave_no_temporary_file(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    raws = [b"first invented report", b"second invented report", b"first invented report"]
    hashes = blobs.put_many(raws)
    assert hashes[0] == hashes[2] and len(set(hashes)) == 2
    assert [blobs.read(h) for h in hashes] == raws
    assert blobs.put_many(raws[:1]) == hashes[:1]
    leftovers = [p for p in (tmp_path / "blobs").rglob("*") if p.name.startswith(".tmp-")]
    assert leftovers == []
    assert sorted(p.name for p in blobs) == sorted(set(hashes))


def _placed_batch(count: int) -> list[tuple[Document, bytes, bytes | None]]:
    raws = [raw_report(f" Placed variant {n}.") for n in range(count)]
    return [(make_document(raw), raw, None) for raw in raws]


def _own_groups(_since: SignaturesSince, new: list[tuple[Document, bytes | None]]) -> list[str]:
    return [doc.id for doc, _ in new]


def test_a_placed_batch_commits_only_after_its_blobs_are_durable(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The blobs are written beside the transaction, but its commit waits for them: the
    rows that name a blob never become visible before it is flushed."""
    events: list[str] = []
    put_many = BlobStore.put_many

    def slow_put_many(self: BlobStore, raws: Sequence[bytes]) -> list[str]:
        time.sleep(0.3)  # longer than the transaction's own work
        hashes = put_many(self, raws)
        events.append("blobs durable")
        return hashes

    monkeypatch.setattr(BlobStore, "put_many", slow_put_many)
    event.listen(store.engine, "commit", lambda _conn: events.append("commit"))
    batch = _placed_batch(3)
    stored = store.add_placed_documents(batch, _own_groups)
    assert [doc.id for doc in stored] == [doc.id for doc, _, _ in batch]
    assert events[-2:] == ["blobs durable", "commit"]
    assert store.verify().ok


def test_a_placed_batch_whose_blobs_fail_stores_no_row(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_put_many(self: BlobStore, raws: Sequence[bytes]) -> list[str]:
        raise StoreError("could not write blobs: disk full (invented)")

    monkeypatch.setattr(BlobStore, "put_many", failing_put_many)
    with pytest.raises(StoreError, match="disk full"):
        store.add_placed_documents(_placed_batch(2), _own_groups)
    assert list(store.iter_documents()) == [] and list(store.ledger()) == []
    monkeypatch.undo()
    assert len(store.add_placed_documents(_placed_batch(2), _own_groups)) == 2
    assert store.verify().ok


def test_a_batch_and_a_later_edit_are_in_the_full_text_index(store: Store) -> None:
    """A batch of ten (PostgreSQL copies it and indexes it in one statement) is searchable
    word by word, an edited title is indexed again, and the index is what ``verify``
    recomputes from the rows."""
    raws = [raw_report(f" Marker{chr(ord('a') + n)}word.") for n in range(10)]
    docs = [make_document(raw) for raw in raws]
    store.add_documents([(doc, raw, None) for doc, raw in zip(docs, raws, strict=True)])
    with store.engine.connect() as conn:
        for n, doc in enumerate(docs):
            found = search_documents(conn, f"marker{chr(ord('a') + n)}word", 5)
            assert [m.document_id for m in found] == [doc.id]
    with store.engine.begin() as conn:
        conn.execute(
            update(documents).where(documents.c.id == docs[4].id).values(title="Renamedtitle")
        )
    with store.engine.connect() as conn:
        assert [m.document_id for m in search_documents(conn, "renamedtitle", 5)] == [docs[4].id]
        assert derived_problems(conn) == []
