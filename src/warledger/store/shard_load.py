"""Claims shards (``store.shard_format``) into a store, and a store's claims out as one.

Loading is idempotent, so a loader that died half-way, or shards given twice, are simply
run again: documents are stored by content hash (``Store.add_documents``, which skips
those already there) and claims by their deterministic id (``Store.add_extractions``,
which skips the ids already stored and appends nothing when a document has no new
claim). Each batch is one transaction whose ledger entries (one per document, as an
extraction run records them) are appended by one insert, so ``verify`` holds after.

Every documents shard is loaded before any claims shard, whatever the order given, so a
claim finds its document. A shard that cannot be loaded (a column missing or of the
wrong type, a row whose payload disagrees with its columns, claims whose document is
neither stored nor in a documents shard) is reported with its file and the others still
load; the rows a bad file had before its bad row stay loaded, and loading it again once
fixed adds only the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from warledger.errors import StoreError
from warledger.model import Claim
from warledger.store.claim_writes import NewExtraction
from warledger.store.engine import IN_CHUNK
from warledger.store.repository import Store
from warledger.store.rows import document_from_row
from warledger.store.schema import documents
from warledger.store.shard_format import (
    NewDocumentRow,
    ShardError,
    ShardWriter,
    claim_from_shard,
    document_from_shard,
    documents_path,
    read_rows,
    table_kind,
)

LOAD_BATCH = 2_000
"""Rows read and written per transaction."""

RowsLoaded = Callable[[int], None]
"""Told how many rows have been read so far, across every shard."""


@dataclass
class LoadReport:
    """What a load stored, and which shards failed (one message each)."""

    shards: int = 0
    documents_read: int = 0
    documents_stored: int = 0
    claims_read: int = 0
    claims_stored: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "shards": self.shards,
            "documents read": self.documents_read,
            "documents stored": self.documents_stored,
            "claims read": self.claims_read,
            "claims stored": self.claims_stored,
            "shards failed": len(self.errors),
        }


def shard_files(paths: Iterable[Path]) -> list[Path]:
    """The Parquet files named, folders walked, with the documents file beside each
    claims file when there is one (sorted, each once)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in path.rglob("*.parquet") if p.is_file())
        elif path.is_file():
            found.append(path)
            beside = documents_path(path)
            if beside.is_file():
                found.append(beside)
        else:
            raise StoreError(f"{path}: no such shard file or folder")
    return sorted(set(found))


def load_shards(
    store: Store,
    paths: Iterable[Path],
    batch_size: int = LOAD_BATCH,
    progress: RowsLoaded | None = None,
) -> LoadReport:
    """Load the shards into ``store``: every documents shard first, then the claims."""
    report = LoadReport()
    kinds: dict[str, list[Path]] = {"documents": [], "claims": []}
    for path in shard_files(paths):
        report.shards += 1
        try:
            kinds[table_kind(path)].append(path)
        except ShardError as exc:
            report.errors.append(str(exc))
    read = [0]

    def tick(rows: int) -> None:
        read[0] += rows
        if progress is not None:
            progress(read[0])

    for path in kinds["documents"]:
        try:
            _load_documents(store, path, batch_size, report, tick)
        except (ShardError, StoreError) as exc:
            report.errors.append(str(exc))
    for path in kinds["claims"]:
        try:
            _load_claims(store, path, batch_size, report, tick)
        except (ShardError, StoreError) as exc:
            report.errors.append(str(exc))
    return report


def _load_documents(
    store: Store, path: Path, batch_size: int, report: LoadReport, tick: RowsLoaded
) -> None:
    number = 0
    for rows in read_rows(path, "documents", batch_size):
        batch: list[NewDocumentRow] = []
        for row in rows:
            number += 1
            batch.append(document_from_shard(path, number, row))
        try:
            report.documents_stored += len(store.add_documents(batch))
        except StoreError as exc:
            raise ShardError(f"{path}: rows up to {number}: {exc}") from exc
        report.documents_read += len(batch)
        tick(len(batch))


def _load_claims(
    store: Store, path: Path, batch_size: int, report: LoadReport, tick: RowsLoaded
) -> None:
    """Claims grouped by document; a document's claims are kept for the next batch until
    the rows move on to another document, so each gets one extraction entry."""
    number = 0
    pending: dict[str, list[Claim]] = {}
    for rows in read_rows(path, "claims", batch_size):
        for row in rows:
            number += 1
            claim = claim_from_shard(path, number, row)
            pending.setdefault(claim.document_id, []).append(claim)
        report.claims_read += len(rows)
        tick(len(rows))
        last = next(reversed(pending)) if pending else None
        ready = {doc: claims for doc, claims in pending.items() if doc != last}
        pending = {last: pending[last]} if last is not None else {}
        _store_claims(store, path, number, ready, report)
    _store_claims(store, path, number, pending, report)


def _store_claims(
    store: Store, path: Path, number: int, by_document: dict[str, list[Claim]], report: LoadReport
) -> None:
    if not by_document:
        return
    missing = set(by_document) - _stored_documents(store, list(by_document))
    if missing:
        raise ShardError(
            f"{path}: rows up to {number}: the claims of document {min(missing)} (and "
            f"{len(missing) - 1} more) cite a document that is not stored; load its documents "
            f"shard ({documents_path(path).name}) with it"
        )
    batch: list[NewExtraction] = [
        (doc_id, claims, _merged_producer(claims)) for doc_id, claims in by_document.items()
    ]
    report.claims_stored += store.add_extractions(batch)


def _merged_producer(claims: list[Claim]) -> dict[str, str]:
    """Component versions the claims name, for their extraction entry."""
    merged: dict[str, str] = {}
    for claim in claims:
        merged.update(claim.producer)
    return merged


def _stored_documents(store: Store, ids: list[str]) -> set[str]:
    found: set[str] = set()
    with store.engine.connect() as conn:
        for start in range(0, len(ids), IN_CHUNK):
            chunk = ids[start : start + IN_CHUNK]
            query = select(documents.c.id).where(documents.c.id.in_(chunk))
            found.update(conn.execute(query).scalars())
    return found


def dump_claims(store: Store, claims_path: Path, batch_size: int = LOAD_BATCH) -> ShardWriter:
    """Write every stored claim (by document, then id) and the documents they cite as one
    shard pair; the closed writer tells how many rows went in."""
    with ShardWriter(claims_path) as writer:
        for claims in _by_document_batches(store.iter_claims(), batch_size):
            doc_ids = list(dict.fromkeys(claim.document_id for claim in claims))
            writer.write(_documents_with_blobs(store, doc_ids), claims)
    return writer


def _by_document_batches(claims: Iterator[Claim], size: int) -> Iterator[list[Claim]]:
    """``claims`` (ordered by document) in lists of about ``size``, never splitting a
    document's claims, so each document is written once."""
    batch: list[Claim] = []
    for claim in claims:
        if len(batch) >= size and claim.document_id != batch[-1].document_id:
            yield batch
            batch = []
        batch.append(claim)
    if batch:
        yield batch


def _documents_with_blobs(store: Store, ids: list[str]) -> list[NewDocumentRow]:
    found: list[NewDocumentRow] = []
    with store.engine.connect() as conn:
        for start in range(0, len(ids), IN_CHUNK):
            chunk = ids[start : start + IN_CHUNK]
            rows = conn.execute(
                select(documents).where(documents.c.id.in_(chunk)).order_by(documents.c.id)
            )
            for row in rows:
                minhash = row.minhash
                found.append(
                    (
                        document_from_row(dict(row._mapping)),
                        store.read_blob(row.id),
                        None if minhash is None else bytes(minhash),
                    )
                )
    return found
