"""What a self-consistent ledger hides: deleted tail entries and a re-hashed chain are caught
against a head kept elsewhere; a re-hashed entry breaks its successor's link (issue 12, item 9)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text
from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.store import Store
from warledger.store.ledger import entry_hash
from warledger.store.rows import document_digest
from warledger.store.schema import documents
from warledger.store.verify import Head


@pytest.fixture
def filled(store: Store) -> Store:
    """Three documents, then the first one's claims: four entries, the last an extraction."""
    docs = []
    for variant in ("", " Second.", " Third."):
        raw = raw_report(variant)
        docs.append(make_document(raw))
        store.add_document(docs[-1], raw)
    store.add_claims(docs[0].id, make_claims(docs[0]), PRODUCER)
    return store


def _sql(store: Store, statement: str, **params: object) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(statement), params)


def _rehash_from(store: Store, seq: int) -> None:
    """What a forger with database access does: recompute every hash from ``seq`` on."""
    entries = list(store.ledger(seq - 1))
    prev = entries[0].prev_hash
    for entry in entries:
        new = entry_hash(
            prev, entry.seq, entry.kind, entry.subject_id, entry.digest, entry.recorded_at,
            entry.details,
        )  # fmt: skip
        _sql(store, "UPDATE ledger SET prev_hash = :p, hash = :h WHERE seq = :s",
             p=prev, h=new, s=entry.seq)  # fmt: skip
        prev = new


def test_verify_reports_the_head(filled: Store) -> None:
    report = filled.verify()
    last = list(filled.ledger())[-1]
    assert report.ok and report.head == Head(4, last.hash)
    assert Head.parse(str(report.head)) == report.head


def test_deleted_tail_entries_pass_alone_but_not_against_the_kept_head(filled: Store) -> None:
    kept = filled.verify().head
    assert kept is not None
    _sql(filled, "DELETE FROM claims")
    _sql(filled, "DELETE FROM ledger WHERE seq = 4")
    assert filled.verify().ok  # consistent in itself: only a kept head can tell
    report = filled.verify(kept)
    assert not report.ok
    assert report.problems == [
        f"the ledger ends at seq 3, before the head kept earlier ({kept}): "
        "entries after it were deleted"
    ]


def test_an_edited_row_with_a_rehashed_chain_is_caught_against_the_kept_head(
    filled: Store,
) -> None:
    kept = filled.verify().head
    assert kept is not None
    doc_id = next(iter(filled.ledger(2))).subject_id  # seq 3
    _sql(filled, "UPDATE documents SET text = :t WHERE id = :id", t="Nothing fell.", id=doc_id)
    with filled.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).one()
    _sql(filled, "UPDATE ledger SET digest = :g WHERE seq = 3", g=document_digest(row._mapping))
    _rehash_from(filled, 3)
    assert filled.verify().ok  # the forgery is consistent in itself
    report = filled.verify(kept)
    assert len(report.problems) == 1
    assert "history up to it was rewritten" in report.problems[0]


def test_a_backdated_rehashed_entry_breaks_the_next_link(filled: Store) -> None:
    entry = next(iter(filled.ledger(1)))  # seq 2
    earlier = entry.recorded_at - timedelta(days=30)
    new = entry_hash(
        entry.prev_hash,
        entry.seq,
        entry.kind,
        entry.subject_id,
        entry.digest,
        earlier,
        entry.details,
    )
    _sql(filled, "UPDATE ledger SET recorded_at = :r, hash = :h WHERE seq = 2", r=earlier, h=new)
    report = filled.verify()
    assert report.problems == [
        "ledger seq 3: prev_hash does not match the hash of the entry before it"
    ]


def test_a_malformed_head_is_refused() -> None:
    with pytest.raises(ValueError, match="SEQ:HASH"):
        Head.parse("12:abc")
    assert Head.parse(f" 7:{'A' * 64} ") == Head(7, "a" * 64)
