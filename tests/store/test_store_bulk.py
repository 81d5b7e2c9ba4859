"""Batch writes: a batch of documents or extractions is one write, and writing it again
(a retried task, a re-run after a crash) stores and records nothing more."""

from __future__ import annotations

from pathlib import Path

from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.store import Store
from warledger.store.blobs import BlobStore


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
