"""Claims: idempotent by id, one extraction entry per run that added anything."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.errors import StoreError
from warledger.store import Store
from warledger.store.schema import claims as claims_table


def _stored_document(store: Store, variant: str = "") -> str:
    raw = raw_report(variant)
    doc = make_document(raw)
    store.add_document(doc, raw)
    return doc.id


def test_add_claims_is_idempotent(store: Store) -> None:
    doc_id = _stored_document(store)
    doc = store.get_document(doc_id)
    assert doc is not None
    event, relation = make_claims(doc)
    assert store.add_claims(doc_id, [event], PRODUCER) == 1
    assert store.add_claims(doc_id, [event, relation, relation], PRODUCER) == 1
    assert store.add_claims(doc_id, [event, relation], PRODUCER) == 0
    assert store.add_claims(doc_id, [], PRODUCER) == 0
    extraction = [e for e in store.ledger() if e.kind == "extraction"]
    assert [list(e.details["claims"]) for e in extraction] == [[event.id], [relation.id]]
    assert all(e.details["producer"] == PRODUCER for e in extraction)
    assert all(e.subject_id == doc_id for e in extraction)
    assert store.claims_for(doc_id) == sorted([event, relation], key=lambda c: c.id)
    assert sorted(c.id for c in store.iter_claims()) == sorted([event.id, relation.id])
    assert store.stats()["claims"] == 2


def test_claim_query_columns_are_filled_from_the_claim(store: Store) -> None:
    doc_id = _stored_document(store)
    doc = store.get_document(doc_id)
    assert doc is not None
    event, relation = make_claims(doc)
    store.add_claims(doc_id, [event, relation], PRODUCER)
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(claims_table))}
    assert rows[event.id].event_type == "ASSAULT"
    assert rows[event.id].event_mode == "shelling"
    assert rows[event.id].date_start == date(2026, 3, 2)
    assert rows[event.id].place_name == "Kessary"
    assert (rows[event.id].latitude, rows[event.id].longitude) == (41.25, 44.125)
    assert rows[event.id].stance == "asserted"
    assert rows[relation.id].predicate == "sponsors"
    assert rows[relation.id].event_type is None
    assert rows[relation.id].claimant_actor_id == "ridge-battalion"
    assert rows[relation.id].date_start == date(2026, 1, 1)


def test_claims_need_their_document(store: Store) -> None:
    doc_id = _stored_document(store)
    doc = store.get_document(doc_id)
    assert doc is not None
    claims = make_claims(doc)
    with pytest.raises(StoreError, match="belongs to document"):
        store.add_claims("f" * 64, claims, PRODUCER)
    orphan = [c.model_copy(update={"document_id": "f" * 64}) for c in claims]
    with pytest.raises(StoreError, match="add_document before add_claims"):
        store.add_claims("f" * 64, orphan, PRODUCER)
    assert store.stats()["claims"] == 0
    assert [e.kind for e in store.ledger()] == ["document"]


def test_claims_can_be_written_while_iterating_documents(store: Store) -> None:
    for variant in ("", " Two.", " Three."):
        _stored_document(store, variant)
    added = sum(
        store.add_claims(doc.id, make_claims(doc), PRODUCER) for doc in store.iter_documents()
    )
    assert added == 6
    assert store.verify().ok
