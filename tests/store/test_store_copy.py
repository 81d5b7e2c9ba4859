"""PostgreSQL batch writes by COPY: the same rows, digests and derived rows as the INSERT
they replace, no INSERT statement sent for them, and all of a batch or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, text
from store_samples import make_claims, make_document, raw_report

from warledger.config import Settings
from warledger.errors import StoreError
from warledger.store import Store
from warledger.store.bulk_copy import COPY_MIN_ROWS, insert_rows
from warledger.store.rows import claim_values
from warledger.store.schema import claims

pytestmark = pytest.mark.postgres

BATCH = 12
assert BATCH >= COPY_MIN_ROWS


def _write_batch(store: Store) -> list[str]:
    """Store BATCH documents and their claims as two batch writes; the SQL statements sent."""
    sent: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        sent.append(statement)

    raws = [raw_report(f" Variant {n}.") for n in range(BATCH)]
    docs = [make_document(raw) for raw in raws]
    event.listen(store.engine, "before_cursor_execute", record)
    try:
        store.add_documents(
            [
                (doc, raw, bytes([n]) * 16)
                for n, (doc, raw) in enumerate(zip(docs, raws, strict=True))
            ]
        )
        store.add_extractions([(doc.id, make_claims(doc), {"claims": "0.1.0"}) for doc in docs])
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return sent


def _contents(store: Store) -> dict[str, list[Any]]:
    with store.engine.connect() as conn:
        return {
            table: [
                tuple(row)
                for row in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1"))
            ]
            for table, columns in (
                (
                    "documents",
                    "id, text, url, published_at, retrieved_at, minhash, syndication_group",
                ),
                ("claims", "id, document_id, payload::text, stance, date_start, latitude"),
                ("claim_actors", "claim_id, actor_id, role"),
                ("ledger", "seq, kind, subject_id, digest, details::text"),
            )
        }


def test_copy_stores_what_insert_stores(postgres_settings: Settings) -> None:
    with Store.open(postgres_settings) as store:
        copied_sql = _write_batch(store)
        copied = _contents(store)
        assert store.verify().ok
    inserting = replace(postgres_settings, bulk_copy=False)
    with Store.open(inserting) as store:
        with store.engine.begin() as conn:
            conn.execute(text("TRUNCATE documents, claims, ledger CASCADE"))
        inserted_sql = _write_batch(store)
        inserted = _contents(store)
        assert store.verify().ok
    assert not any(s.lstrip().upper().startswith("INSERT INTO CLAIMS") for s in copied_sql)
    assert not any(s.lstrip().upper().startswith("INSERT INTO DOCUMENTS") for s in copied_sql)
    assert any(s.lstrip().upper().startswith("INSERT INTO CLAIMS") for s in inserted_sql)
    assert len(copied["claims"]) == 2 * BATCH and len(copied["claim_actors"]) > 0
    for table in ("documents", "claims", "claim_actors"):
        assert copied[table] == inserted[table], table
    assert [row[1:4] for row in copied["ledger"]] == [row[1:4] for row in inserted["ledger"]]


def test_a_batch_that_fails_mid_copy_leaves_nothing(postgres_settings: Settings) -> None:
    with Store.open(postgres_settings) as store:
        raws = [raw_report(f" Variant {n}.") for n in range(COPY_MIN_ROWS // 2)]
        docs = [make_document(raw) for raw in raws]
        store.add_documents([(doc, raw, None) for doc, raw in zip(docs, raws, strict=True)])
        orphan = make_document(raw_report(" Never stored."))
        now = datetime.now(UTC)
        rows = [claim_values(c, now) for doc in [*docs, orphan] for c in make_claims(doc)]
        assert len(rows) > COPY_MIN_ROWS
        refused = pytest.raises(StoreError, match=r"rolled back.*fk_claims_document_id_documents")
        with refused, store.write_transaction() as conn:
            insert_rows(conn, claims, rows)
        assert store.stats()["claims"] == 0
        assert store.verify().ok
