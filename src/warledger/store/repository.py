"""``Store``: the one object the rest of warledger reads and writes through.

Each write is one transaction that holds the ledger append lock, inserts its rows
and appends the ledger entry recording their digest; so a crash leaves either
nothing or a complete, recorded write. Raw bytes are written to the blob store
*before* that transaction: a blob without a row is harmless and is reused on retry.
Every write is idempotent (documents by content hash, claims by id), so re-running
an ingest or retrying a batch never duplicates anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, Select, distinct, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from warledger.config import Settings
from warledger.errors import StoreError
from warledger.model import Claim, Document, LedgerEntry, Review, content_hash
from warledger.store import claim_writes
from warledger.store import ledger as chain
from warledger.store.blobs import BlobStore
from warledger.store.bulk_copy import insert_rows
from warledger.store.claim_writes import NewExtraction, check_claims_belong
from warledger.store.derived import repair_derived
from warledger.store.engine import existing_ids, make_engine, upgrade, writer
from warledger.store.ledger import EXTRACTION_FAILED, digest_of
from warledger.store.placed_documents import (
    BatchPlacer,
    add_placed_documents,
    signatures_since,
    unstored_documents,
)
from warledger.store.reviews import check_review, latest_review_entry
from warledger.store.rows import (
    claim_from_row,
    document_digest,
    document_from_row,
    document_values,
    review_digest,
    review_values,
)
from warledger.store.schema import claims as claims_table
from warledger.store.schema import documents, reviews
from warledger.store.verify import Head, VerifyReport, verify

Signature = tuple[str, str | None, bytes]
"""``(doc_id, syndication_group, minhash signature)`` of a stored document."""
SignaturesSince = Callable[[int], tuple[list[Signature], int]]
"""The signatures stored after a ledger seq, and the ledger's last seq."""
Placer = Callable[[SignaturesSince], str]
"""Chooses a new document's syndication group, given the signatures stored meanwhile."""
NewDocument = tuple[Document, bytes, bytes | None]
"""``(document, raw bytes, minhash signature)`` for ``Store.add_documents``."""


class Store:
    """Documents, claims, reviews and the ledger over them, on SQLite or PostgreSQL."""

    def __init__(self, settings: Settings) -> None:
        """Prefer ``Store.open``; this connects but does not migrate."""
        self.settings = settings
        self.engine = make_engine(settings.database_url)
        self._writer = writer(self.engine, copy=settings.bulk_copy)
        self.blobs = BlobStore(settings.blob_dir)

    @classmethod
    def open(cls, settings: Settings) -> Store:
        """Connect, create or upgrade the schema (Alembic ``upgrade head``), ready the blob dir."""
        store = cls(settings)
        try:
            upgrade(store.engine)
            store.blobs.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            store.close()
            raise StoreError(
                f"cannot create the blob folder {settings.blob_dir}: {exc} "
                "(set WARLEDGER_BLOB_DIR to a writable folder)"
            ) from exc
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------ documents

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return claim_writes.has_document(conn, doc_id)

    def stored_document_ids(self, doc_ids: list[str]) -> set[str]:
        """Those of ``doc_ids`` already stored: one query for a batch of reads."""
        with self.engine.connect() as conn:
            return existing_ids(conn, documents.c.id, doc_ids)

    def add_document(
        self,
        doc: Document,
        raw: bytes,
        minhash: bytes | None = None,
        place: Placer | None = None,
    ) -> bool:
        """Store a document and its raw bytes; False (nothing written) if already stored.

        ``place`` (optional) chooses the document's ``syndication_group`` inside the
        write transaction, which holds the ledger's append lock: it is handed
        ``signatures_since``, so it sees every document other processes committed
        before this one, and two ingests running at once cannot both miss that their
        documents are near-duplicates of each other.
        """
        if doc.id != content_hash(raw):
            raise StoreError(
                f"document {doc.id} ({doc.source_name or 'unnamed input'}): id is not the "
                "sha256 of its raw bytes; build it with model.content_hash(raw)"
            )
        if self.has_document(doc.id):
            return False
        self.blobs.put(raw)
        with self._write() as conn:
            if claim_writes.has_document(conn, doc.id):
                return False
            if place is not None:
                group = place(lambda since: signatures_since(conn, since))
                doc = doc.model_copy(update={"syndication_group": group})
            values = document_values(doc, minhash, datetime.now(UTC))
            conn.execute(insert(documents).values(**values))
            chain.append(conn, "document", doc.id, document_digest(values), {"bytes": len(raw)})
        return True

    def signatures_since(self, since_seq: int) -> tuple[list[Signature], int]:
        """``(doc_id, syndication_group, signature)`` of the documents whose ledger entry
        comes after ``since_seq``, and the ledger's last seq (read together)."""
        with self.engine.connect() as conn, conn.begin():
            return signatures_since(conn, since_seq)

    def add_documents(self, batch: Sequence[NewDocument]) -> list[str]:
        """Store a batch of ``(document, raw bytes, minhash)``; the ids newly stored, in order.

        For a single writer that has placed the documents itself (``warledger archive``'s
        driver): the blobs are flushed together (``BlobStore.put_many``), then one
        transaction holds all rows and their ledger entries (one ``document`` entry each,
        so each document's history still starts with its own entry). Documents already
        stored, or repeated in the batch, are skipped: retrying a batch after a crash or
        a retried task writes only what is missing.
        """
        with self.engine.connect() as conn:
            todo = unstored_documents(conn, batch)
        if not todo:
            return []
        self.blobs.put_many(raw for _, raw, _ in todo)
        now = datetime.now(UTC)
        with self._write() as conn:
            stored = existing_ids(conn, documents.c.id, [doc.id for doc, _, _ in todo])
            rows = [
                (document_values(doc, minhash, now), len(raw))
                for doc, raw, minhash in todo
                if doc.id not in stored
            ]
            if not rows:
                return []
            insert_rows(conn, documents, [values for values, _ in rows])
            chain.append_many(
                conn,
                [
                    ("document", values["id"], document_digest(values), {"bytes": size})
                    for values, size in rows
                ],
            )
        return [values["id"] for values, _ in rows]

    def add_placed_documents(
        self, batch: Sequence[NewDocument], place: BatchPlacer
    ) -> list[Document]:
        """``add_documents`` for concurrent ingests: ``place`` chooses each new document's
        group inside the write transaction (``store.placed_documents``); the documents
        stored, with their groups."""
        return add_placed_documents(self, batch, place)

    def get_document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        return document_from_row(row._mapping) if row else None

    def iter_documents(self) -> Iterator[Document]:
        """All documents in the order they were stored."""
        query = select(documents).order_by(documents.c.stored_at, documents.c.id)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=200).execute(query):
                yield document_from_row(row._mapping)

    def minhash_signatures(self) -> Iterator[tuple[str, str | None, bytes]]:
        """``(doc_id, syndication_group, signature)`` of every document that has a signature."""
        query = (
            select(documents.c.id, documents.c.syndication_group, documents.c.minhash)
            .where(documents.c.minhash.is_not(None))
            .order_by(documents.c.stored_at, documents.c.id)
        )
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=500).execute(query):
                yield row.id, row.syndication_group, bytes(row.minhash)

    def blob_path(self, doc_id: str) -> Path:
        return self.blobs.path(doc_id)

    def read_blob(self, doc_id: str) -> bytes:
        return self.blobs.read(doc_id)

    # --------------------------------------------------------------- claims

    def add_claims(self, document_id: str, claims: list[Claim], producer: dict[str, str]) -> int:
        """Store the claims not stored yet, with one ``extraction`` ledger entry
        (``store.claim_writes``: recorded even when the extraction found nothing; claims
        over ``MAX_CLAIMS_PER_DOCUMENT`` dropped and counted); how many were new."""
        check_claims_belong(document_id, claims)
        with self._write() as conn:
            return claim_writes.add_claims(conn, document_id, claims, producer, datetime.now(UTC))

    def add_extractions(self, batch: Sequence[NewExtraction]) -> int:
        """Store the claims of a batch of ``(document id, claims, producer)`` in one
        transaction; how many claims were new.

        Each document is treated as ``add_claims`` treats it (same cap, same entry), but
        the batch is one transaction with its entries appended by one insert. A retried
        batch changes nothing, which makes a cluster's retried tasks exactly-once here.
        """
        for document_id, claims, _ in batch:
            check_claims_belong(document_id, claims)
        now = datetime.now(UTC)
        with self._write() as conn:
            return claim_writes.add_extractions(conn, batch, now)

    def record_extraction_failure(self, document_id: str, reason: str) -> None:
        """Record that extracting a stored document failed, and why.

        The entry is not an ``extraction``, so ``has_extraction`` stays False and the
        next ingest of the document tries again; the ledger keeps each failure.
        """
        details = {"reason": reason}
        with self._write() as conn:
            if not claim_writes.has_document(conn, document_id):
                raise StoreError(f"document {document_id} is not stored; cannot record its failure")
            chain.append(conn, EXTRACTION_FAILED, document_id, digest_of(details), details)

    def has_extraction(self, document_id: str) -> bool:
        """Whether an extraction of the document was recorded (even one that found nothing)."""
        with self.engine.connect() as conn:
            return claim_writes.has_extraction(conn, document_id)

    def claims_for(self, document_id: str) -> list[Claim]:
        query = select(claims_table.c.payload).where(claims_table.c.document_id == document_id)
        with self.engine.connect() as conn:
            result = conn.execute(query.order_by(claims_table.c.id))
            return [claim_from_row(row._mapping) for row in result]

    def iter_claims(self) -> Iterator[Claim]:
        query = select(claims_table.c.payload).order_by(
            claims_table.c.document_id, claims_table.c.id
        )
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=500).execute(query):
                yield claim_from_row(row._mapping)

    # -------------------------------------------------------------- reviews

    def add_review(self, review: Review, token_id: str | None = None) -> LedgerEntry:
        """Record an analyst's decision: a ledger entry plus a reviews row, never an edit.

        ``token_id`` is the API token the review came with (over HTTP); the entry records
        it, so who made a review is proven by the credential and not only by a name.

        ``store.reviews.check_review`` refuses (``ReviewError``) a review of an unknown or
        stale target, or with an action or correction its kind does not allow, before
        anything is appended; an incident review's entry records the incident's members.

        Recording is idempotent: when the item's latest review is this very one (same
        decision, analyst, note, token and members), its entry is returned and nothing is
        appended, so a command re-run after a crash that followed the commit does not
        record the decision twice.
        """
        with self._write() as conn:
            recorded = check_review(conn, review)
            digest = review_digest(review.model_dump(mode="json"))
            details = {
                "target_kind": review.target_kind,
                "action": review.action.value,
                **recorded,
            }
            if token_id is not None:
                details["token_id"] = token_id
            same = latest_review_entry(conn, review.target_kind, review.target_id)
            if same is not None and same.digest == digest and same.details == details:
                return same
            entry = chain.append(conn, "review", review.target_id, digest, details)
            conn.execute(
                insert(reviews).values(**review_values(review, entry.seq, entry.recorded_at))
            )
        return entry

    # --------------------------------------------------------------- ledger

    def ledger(self, since_seq: int = 0) -> Iterator[LedgerEntry]:
        """Ledger entries after ``since_seq``, oldest first."""
        with self.engine.connect() as conn:
            yield from chain.entries(conn, since_seq)

    def repair_derived(self) -> None:
        """Rebuild the derived tables (``claim_actors``, full-text index) from stored rows."""
        with self._write() as conn:
            repair_derived(conn)

    def last_seq(self) -> int:
        """The seq of the ledger's last entry (0 when empty)."""
        with self.engine.connect() as conn:
            return chain.last_seq(conn)

    def verify(self, expected_head: Head | None = None) -> VerifyReport:
        """Recompute the chain, every entry's digest from the current rows, and every blob;
        with ``expected_head`` (kept from an earlier ``verify``), check the ledger extends it."""
        with self.engine.connect() as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return verify(conn, self.blobs, expected_head)

    def stats(self) -> dict[str, int]:
        """Counts for a summary line: what is stored, and how much of it is syndicated."""
        group = documents.c.syndication_group
        with self.engine.connect() as conn:

            def scalar(query: Select[tuple[int]]) -> int:
                return int(conn.execute(query).scalar_one())

            return {
                "documents": scalar(select(func.count()).select_from(documents)),
                "claims": scalar(select(func.count()).select_from(claims_table)),
                "syndication_groups": scalar(select(func.count(distinct(group)))),
                "near_duplicates": scalar(
                    select(func.count())
                    .select_from(documents)
                    .where(group.is_not(None), group != documents.c.id)
                ),
                "ledger_entries": chain.count(conn),
                "reviews": scalar(select(func.count()).select_from(reviews)),
                "blobs": sum(1 for _ in self.blobs),
            }

    # ------------------------------------------------------------- helpers

    def write_transaction(self) -> AbstractContextManager[Connection]:
        """The store's write transaction (ledger append lock held), for store modules that
        append their own entry kinds, such as ``store/actors.py``."""
        return self._write()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A transaction holding the ledger append lock; database errors become StoreError."""
        try:
            with self._writer.begin() as conn:
                chain.lock_for_append(conn)
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"write to {self.engine.url!r} failed and was rolled back: {exc}"
            ) from exc
