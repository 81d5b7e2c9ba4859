"""A batch of new documents placed among near-duplicates inside its one write transaction.

``warledger ingest`` may run in several processes at once, so a document's syndication
group must be chosen while holding the ledger's append lock, after reading what other
processes committed meanwhile (``signatures_since``); otherwise two runs could each miss
that their documents are near-duplicates of each other. ``add_placed_documents`` keeps
that guarantee for a whole batch: its blobs are written and flushed together in a thread
of their own (``BlobStore.writing``) while one transaction takes the lock, drops what is
already stored, hands the rest to the caller's placer in input order, inserts their rows
and appends one ``document`` entry each; the transaction commits only once the blobs are
durable (a blob without a row is harmless and reused on retry). A SIGKILL leaves the
batch stored entirely or not at all, and a re-run stores what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from warledger.errors import StoreError
from warledger.model import Document, content_hash
from warledger.store import ledger as chain
from warledger.store.bulk_copy import insert_rows
from warledger.store.engine import existing_ids
from warledger.store.rows import document_digest, document_values
from warledger.store.schema import documents, ledger

if TYPE_CHECKING:
    from warledger.store.repository import NewDocument, Signature, SignaturesSince, Store

BatchPlacer = Callable[["SignaturesSince", list[tuple[Document, bytes | None]]], list[str]]
"""Chooses the syndication group of each new ``(document, minhash)`` of a batch, in order,
given the signatures other processes stored since it last looked."""


def signatures_since(conn: Connection, since_seq: int) -> tuple[list[Signature], int]:
    """``(doc_id, syndication_group, signature)`` of the documents whose ledger entry comes
    after ``since_seq``, and the ledger's last seq, read in ``conn``'s transaction."""
    query = (
        select(documents.c.id, documents.c.syndication_group, documents.c.minhash)
        .join(ledger, ledger.c.subject_id == documents.c.id)
        .where(ledger.c.kind == "document", ledger.c.seq > since_seq)
        .where(documents.c.minhash.is_not(None))
        .order_by(ledger.c.seq)
    )
    rows = [(r.id, r.syndication_group, bytes(r.minhash)) for r in conn.execute(query)]
    return rows, chain.last_seq(conn)


def add_placed_documents(
    store: Store, batch: Sequence[NewDocument], place: BatchPlacer
) -> list[Document]:
    """Store the documents of ``batch`` not stored yet, each given the group ``place``
    chooses inside the write transaction; the documents stored, in order, with their group."""
    with store.engine.connect() as conn:
        todo = unstored_documents(conn, batch)
    if not todo:
        return []
    now = datetime.now(UTC)
    with (
        store.blobs.writing([raw for _, raw, _ in todo]) as blobs,
        store.write_transaction() as conn,
    ):
        stored = existing_ids(conn, documents.c.id, [doc.id for doc, _, _ in todo])
        todo = [item for item in todo if item[0].id not in stored]
        if not todo:
            return []
        groups = place(
            lambda since: signatures_since(conn, since), [(doc, sig) for doc, _, sig in todo]
        )
        placed = [
            (doc.model_copy(update={"syndication_group": group}), raw, minhash)
            for (doc, raw, minhash), group in zip(todo, groups, strict=True)
        ]
        rows = [(document_values(doc, minhash, now), len(raw)) for doc, raw, minhash in placed]
        insert_rows(conn, documents, [values for values, _ in rows])
        chain.append_many(
            conn,
            [
                ("document", values["id"], document_digest(values), {"bytes": size})
                for values, size in rows
            ],
        )
        blobs.wait()  # the rows commit only once the blobs they name are durable
    return [doc for doc, _, _ in placed]


def unstored_documents(conn: Connection, batch: Sequence[NewDocument]) -> list[NewDocument]:
    """The items of ``batch`` not stored yet, each once, in input order; refuses an item
    whose id is not the sha256 of its raw bytes (ids are what makes a retry idempotent)."""
    fresh: dict[str, NewDocument] = {}
    for doc, raw, minhash in batch:
        if doc.id != content_hash(raw):
            raise StoreError(
                f"document {doc.id} ({doc.source_name or 'unnamed input'}): id is not the "
                "sha256 of its raw bytes; build it with model.content_hash(raw)"
            )
        fresh.setdefault(doc.id, (doc, raw, minhash))
    stored = existing_ids(conn, documents.c.id, list(fresh))
    return [item for doc_id, item in fresh.items() if doc_id not in stored]
