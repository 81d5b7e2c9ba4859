"""verify: a clean store passes; each kind of tampering is caught and named."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text
from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.model import Document, Review, ReviewAction, Stance
from warledger.store import Store


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[Document]]:
    """Three documents, claims for the first, and one review: five ledger entries."""
    docs = []
    for variant in ("", " Second.", " Third."):
        raw = raw_report(variant)
        doc = make_document(raw)
        store.add_document(doc, raw, minhash=variant.encode() or b"sig")
        docs.append(doc)
    claims = make_claims(docs[0])
    store.add_claims(docs[0].id, claims, PRODUCER)
    store.add_review(
        Review(
            target_kind="claim",
            target_id=claims[0].id,
            action=ReviewAction.CORRECT,
            analyst="analyst-1",
            note="place is the depot, not the town",
            correction={"place": "Kessary depot"},
        )
    )
    return store, docs


def _sql(store: Store, statement: str, **params: object) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_clean_store_verifies(filled: tuple[Store, list[Document]]) -> None:
    store, _ = filled
    report = store.verify()
    assert report.problems == []
    assert report.ok
    assert report.entries_checked == 5
    assert report.blobs_checked == 3
    seqs = [e.seq for e in store.ledger()]
    assert seqs == [1, 2, 3, 4, 5]
    assert [e.seq for e in store.ledger(since_seq=3)] == [4, 5]


def test_chain_links_each_entry_to_the_one_before(filled: tuple[Store, list[Document]]) -> None:
    store, _ = filled
    entries = list(store.ledger())
    assert entries[0].prev_hash == "0" * 64
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash


def test_document_row_edited_in_sql(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    _sql(store, "UPDATE documents SET text = :t WHERE id = :id", t="Nothing fell.", id=docs[1].id)
    report = store.verify()
    assert not report.ok
    assert docs[1].id in report.problems[0]
    assert "ledger seq 2" in report.problems[0]
    assert len(report.problems) == 1


def test_claim_payload_edited_in_sql(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    claim, untouched = store.claims_for(docs[0].id)
    forged = claim.model_copy(update={"stance": Stance.DENIED}).model_dump_json()
    _sql(store, "UPDATE claims SET payload = :p WHERE id = :id", p=forged, id=claim.id)
    assert store.claims_for(docs[0].id)[0].stance == "denied"
    report = store.verify()
    assert not report.ok
    assert "ledger seq 4 (extraction" in report.problems[0]
    assert claim.id in report.problems[0]
    assert untouched.id not in " ".join(report.problems)
    assert len(report.problems) == 1


def test_review_row_edited_in_sql(filled: tuple[Store, list[Document]]) -> None:
    store, _ = filled
    _sql(store, "UPDATE reviews SET action = 'reject'")
    report = store.verify()
    assert not report.ok
    assert report.problems[0].startswith("ledger seq 5 (review")


def test_deleted_blob(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    path = store.blob_path(docs[2].id)
    path.unlink()
    report = store.verify()
    assert not report.ok
    assert report.blobs_checked == 2
    assert report.problems == [f"document {docs[2].id}: blob {path} is missing"]


def test_modified_blob(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    path = store.blob_path(docs[0].id)
    path.write_bytes(path.read_bytes().replace(b"Mortar", b"Rocket"))
    report = store.verify()
    assert not report.ok
    assert len(report.problems) == 1
    assert str(path) in report.problems[0]
    assert "modified" in report.problems[0]


def test_deleted_ledger_row(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    _sql(store, "DELETE FROM ledger WHERE seq = 2")
    report = store.verify()
    assert not report.ok
    assert report.problems[0].startswith("ledger seq 3: expected seq 2")
    assert any(docs[1].id in p and "no ledger entry" in p for p in report.problems)


def test_deleted_last_ledger_row(store: Store) -> None:
    raw = raw_report()
    store.add_document(make_document(raw), raw)
    _sql(store, "DELETE FROM ledger")
    report = store.verify()
    assert not report.ok
    assert "has no ledger entry" in report.problems[0]


def test_edited_ledger_row(filled: tuple[Store, list[Document]]) -> None:
    store, _ = filled
    _sql(store, "UPDATE ledger SET subject_id = 'someone-else' WHERE seq = 3")
    report = store.verify()
    assert not report.ok
    assert report.problems[0].startswith("ledger seq 3: stored hash does not match")


def test_row_inserted_behind_the_ledger(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    _sql(
        store,
        "INSERT INTO documents (id, text, stored_at) VALUES (:id, 'planted', :at)",
        id="a" * 64,
        at="2026-01-01 00:00:00",
    )
    report = store.verify()
    assert not report.ok
    assert f"document {'a' * 64} has no ledger entry" in report.problems[0]
    assert docs[0].id not in " ".join(report.problems)


def test_reviews_are_ledger_entries(store: Store) -> None:
    raw = raw_report()
    doc = make_document(raw)
    store.add_document(doc, raw)
    claim = make_claims(doc)[0]
    store.add_claims(doc.id, [claim], PRODUCER)
    review = Review(
        target_kind="claim", target_id=claim.id, action=ReviewAction.REJECT, analyst="a2"
    )
    first = store.add_review(review)
    second = store.add_review(review.model_copy(update={"action": ReviewAction.ACCEPT}))
    assert (first.seq, second.seq) == (3, 4)
    assert (first.kind, first.subject_id) == ("review", claim.id)
    assert second.prev_hash == first.hash
    assert first.digest != second.digest
    assert list(store.ledger())[2:] == [first, second]
    assert store.stats()["reviews"] == 2
    assert store.verify().ok


def test_deleted_claim_row(filled: tuple[Store, list[Document]]) -> None:
    store, docs = filled
    gone = store.claims_for(docs[0].id)[1]
    _sql(store, "DELETE FROM claims WHERE id = :id", id=gone.id)
    report = store.verify()
    assert report.problems == [
        f"ledger seq 4 (extraction {docs[0].id}): claims {gone.id} are missing"
    ]
