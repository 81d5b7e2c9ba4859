"""Writing a document's extracted claims: the rows and the ``extraction`` ledger entry.

An extraction is recorded once per document, with the digests of the claim rows it
added, even when it found nothing: the entry is what tells a later ingest that the
document was extracted, so a text with no claim in it is not extracted again on every
run. Claims are keyed by their deterministic id, so writing an extraction again (a
re-run, a retried batch) adds nothing. Only the first ``MAX_CLAIMS_PER_DOCUMENT`` claims
of a document are kept (``store.caps``); the entry records how many more there were as
``dropped_over_cap``. These functions run inside ``Store``'s write transaction (ledger
append lock held).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from warledger.errors import StoreError
from warledger.model import Claim
from warledger.store import ledger as chain
from warledger.store.bulk_copy import insert_rows
from warledger.store.caps import MAX_CLAIMS_PER_DOCUMENT
from warledger.store.engine import IN_CHUNK, existing_ids
from warledger.store.rows import claim_digests, claim_values, claims_digest
from warledger.store.schema import claims as claims_table
from warledger.store.schema import documents, ledger

NewExtraction = tuple[str, list[Claim], dict[str, str]]
"""``(document id, claims, producer versions)`` for ``Store.add_extractions``."""


def check_claims_belong(document_id: str, claims: Sequence[Claim]) -> None:
    """Refuse (``StoreError``) a claim that names another document than ``document_id``."""
    for claim in claims:
        if claim.document_id != document_id:
            raise StoreError(
                f"claim {claim.id} belongs to document {claim.document_id}, not to "
                f"{document_id}; store each document's claims with its own id"
            )


def has_document(conn: Connection, doc_id: str) -> bool:
    """Whether the document is stored: claims (and failures) may only name stored ones."""
    query = select(documents.c.id).where(documents.c.id == doc_id)
    return conn.execute(query).first() is not None


def has_extraction(conn: Connection, doc_id: str) -> bool:
    """Whether an extraction of the document was recorded (even one that found nothing)."""
    query = select(ledger.c.seq).where(ledger.c.subject_id == doc_id, ledger.c.kind == "extraction")
    return conn.execute(query.limit(1)).first() is not None


def _extracted_ids(conn: Connection, doc_ids: list[str]) -> set[str]:
    """Those of ``doc_ids`` with a recorded extraction."""
    found: set[str] = set()
    for start in range(0, len(doc_ids), IN_CHUNK):
        chunk = doc_ids[start : start + IN_CHUNK]
        query = select(ledger.c.subject_id).where(
            ledger.c.subject_id.in_(chunk), ledger.c.kind == "extraction"
        )
        found.update(conn.execute(query).scalars())
    return found


def _capped(claims: Sequence[Claim]) -> tuple[list[Claim], int]:
    """The document's distinct claims up to the cap, and how many were dropped over it."""
    unique = list({claim.id: claim for claim in claims}.values())
    dropped = max(0, len(unique) - MAX_CLAIMS_PER_DOCUMENT)
    return unique[:MAX_CLAIMS_PER_DOCUMENT], dropped


def _entry(
    document_id: str, rows: list[dict[str, Any]], producer: dict[str, str], dropped: int
) -> chain.NewEntry:
    """The ``extraction`` ledger entry of a document's new claim rows."""
    digests = claim_digests(rows)
    details: dict[str, object] = {"producer": dict(producer), "claims": digests}
    if dropped:
        details["dropped_over_cap"] = dropped
    return ("extraction", document_id, claims_digest(digests), details)


def add_claims(
    conn: Connection,
    document_id: str,
    claims: list[Claim],
    producer: dict[str, str],
    now: datetime,
) -> int:
    """Store the claims of one document not stored yet, with one ``extraction`` entry
    (none when nothing is new and an extraction is already recorded); how many were new."""
    kept, dropped = _capped(claims)
    if not has_document(conn, document_id):
        raise StoreError(f"document {document_id} is not stored; add_document before add_claims")
    existing = existing_ids(conn, claims_table.c.id, [claim.id for claim in kept])
    rows = [claim_values(claim, now) for claim in kept if claim.id not in existing]
    if not rows and has_extraction(conn, document_id):
        return 0
    if rows:
        conn.execute(insert(claims_table), rows)
    chain.append(conn, *_entry(document_id, rows, producer, dropped))
    return len(rows)


def add_extractions(conn: Connection, batch: Sequence[NewExtraction], now: datetime) -> int:
    """Store the claims of a batch of documents as ``add_claims`` would one by one (same
    cap, same entries), with one insert of the rows and one of the entries; how many
    claims were new."""
    doc_ids = list(dict.fromkeys(document_id for document_id, _, _ in batch))
    missing = set(doc_ids) - existing_ids(conn, documents.c.id, doc_ids)
    if missing:
        raise StoreError(f"document {min(missing)} is not stored; add_document before add_claims")
    extracted = _extracted_ids(conn, doc_ids)
    all_ids = [claim.id for _, claims, _ in batch for claim in claims]
    existing = existing_ids(conn, claims_table.c.id, all_ids)
    rows: list[dict[str, Any]] = []
    entries: list[chain.NewEntry] = []
    for document_id, claims, producer in batch:
        capped, dropped = _capped(claims)
        kept = [claim for claim in capped if claim.id not in existing]
        new_rows = [claim_values(claim, now) for claim in kept]
        if not new_rows and document_id in extracted:
            continue
        existing.update(claim.id for claim in kept)
        extracted.add(document_id)
        rows.extend(new_rows)
        entries.append(_entry(document_id, new_rows, producer, dropped))
    insert_rows(conn, claims_table, rows)
    chain.append_many(conn, entries)
    return len(rows)
