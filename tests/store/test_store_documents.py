"""Documents: idempotent writes, round trips, blobs, signatures, reopening."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from store_samples import make_claims, make_document, raw_report

from warledger.config import Settings
from warledger.errors import StoreError
from warledger.model import Review, ReviewAction
from warledger.store import Store


def test_add_document_is_idempotent(store: Store) -> None:
    raw = raw_report()
    doc = make_document(raw)
    assert store.add_document(doc, raw, minhash=b"\x00\x01sig") is True
    assert store.add_document(doc, raw, minhash=b"\x00\x01sig") is False
    assert store.has_document(doc.id)
    assert [entry.kind for entry in store.ledger()] == ["document"]
    assert store.stats()["documents"] == 1
    assert store.stats()["blobs"] == 1
    assert store.read_blob(doc.id) == raw
    assert store.blob_path(doc.id).name == doc.id


def test_document_round_trips_with_times_in_utc(store: Store) -> None:
    raw = raw_report()
    doc = make_document(raw)
    store.add_document(doc, raw)
    stored = store.get_document(doc.id)
    assert stored == doc.model_copy(
        update={"published_at": datetime(2026, 3, 2, 15, 30, tzinfo=UTC)}
    )
    assert stored is not None and stored.published_at is not None
    assert stored.published_at.utcoffset() is not None
    assert stored.published_at.utcoffset().total_seconds() == 0
    assert store.get_document("0" * 64) is None
    assert [d.id for d in store.iter_documents()] == [doc.id]


def test_document_id_must_be_the_hash_of_its_bytes(store: Store) -> None:
    doc = make_document(raw_report())
    with pytest.raises(StoreError, match="sha256"):
        store.add_document(doc, b"other bytes")
    assert not store.has_document(doc.id)
    assert list(store.ledger()) == []


def test_minhash_signatures_and_syndication_counts(store: Store) -> None:
    first_raw, copy_raw, other_raw = raw_report(), raw_report(" (copy)"), raw_report(" Other.")
    first = make_document(first_raw, syndication_group=None)
    first = first.model_copy(update={"syndication_group": first.id})
    copy = make_document(copy_raw, syndication_group=first.id)
    other = make_document(other_raw)
    store.add_document(first, first_raw, minhash=b"sig-first")
    store.add_document(copy, copy_raw, minhash=b"sig-copy")
    store.add_document(other, other_raw)
    assert sorted(store.minhash_signatures()) == sorted(
        [(first.id, first.id, b"sig-first"), (copy.id, first.id, b"sig-copy")]
    )
    stats = store.stats()
    assert stats["syndication_groups"] == 1
    assert stats["near_duplicates"] == 1
    assert stats["documents"] == 3


def test_reopening_keeps_everything(settings: Settings) -> None:
    raw = raw_report()
    doc = make_document(raw)
    claims = make_claims(doc)
    with Store.open(settings) as store:
        store.add_document(doc, raw, minhash=b"sig")
        store.add_claims(doc.id, claims, {"kb": "1"})
        store.add_review(
            Review(
                target_kind="claim",
                target_id=claims[0].id,
                action=ReviewAction.ACCEPT,
                analyst="rk",
            )
        )
        before = list(store.ledger())
    with Store.open(settings) as store:
        assert store.get_document(doc.id) == doc.model_copy(
            update={"published_at": doc.published_at.astimezone(UTC)}  # type: ignore[union-attr]
        )
        assert store.claims_for(doc.id) == sorted(claims, key=lambda c: c.id)
        assert list(store.ledger()) == before
        assert store.stats() == {
            "documents": 1,
            "claims": 2,
            "syndication_groups": 0,
            "near_duplicates": 0,
            "ledger_entries": 3,
            "reviews": 1,
            "blobs": 1,
        }
        assert store.verify().ok
