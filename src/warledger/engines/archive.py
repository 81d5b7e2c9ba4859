"""Archive extraction: shards of records (JSON lines, Parquet) into documents and claims, in bulk.

An archive is re-extracted after a model upgrade, so it is large and read once. Its
shards hold one record a line (or a Parquet row) with the fields of a JSON-lines
input (``text`` and optionally ``url``, ``title``, ``published``, ``author``,
``outlet``, ``id``), and a record gets the same document id as ``warledger ingest``
would give it: the sha256 of its canonical JSON (a Parquet null is an absent key).

Everything per record that needs no other record is done next to extraction
(``prepare``: parsing, language, MinHash), on the workers; only what needs the
whole store runs in this process (``ArchiveWriter``): grouping near-duplicates and
the bulk writes, one ``add_documents`` and one ``add_extractions`` per batch. Both
writes skip what is already stored, so a re-run, or a batch seen again after a
worker died, stores nothing twice.

``extract_local`` runs the same steps in this process or a local pool (the
baseline and the fallback); ``warledger.engines.ray_archive`` runs them on Ray Data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from warledger.engines.local import DocumentExtractor
from warledger.errors import InputError
from warledger.ingest.dedup import NearDuplicateIndex
from warledger.ingest.jsonl import canonical_json, line_document, read_jsonl
from warledger.ingest.language import detect_language
from warledger.ingest.report import IngestSummary
from warledger.kb.lexicon import UnsupportedLanguageError, language_support
from warledger.model import Claim, Document
from warledger.store import Store
from warledger.store.signatures import signature, signature_bytes, signature_from_bytes

SHARD_SUFFIXES = (".jsonl", ".parquet")
WRITE_BATCH = 64
"""Records per store write: one blob-folder sync pass and one transaction each."""

DocumentsWritten = Callable[[int], None]
"""Told how many records (documents and bad records) have been written so far."""


@dataclass(frozen=True)
class Prepared:
    """A record made ready to store and extract: its document (language and syndication
    still to place), the canonical bytes kept as its blob, and its MinHash signature."""

    document: Document
    raw: bytes
    minhash: bytes
    supported: bool


Extracted = tuple[Prepared | InputError, list[Claim] | None]
"""A record and its claims (None when it was not extracted: bad record, unsupported
language)."""


def shard_paths(paths: Iterable[Path]) -> list[Path]:
    """The shard files named, folders walked for ``.jsonl`` and ``.parquet`` (sorted).

    A missing path or a file of another kind is an ``InputError``: an archive run is
    long, and a typo should stop it before it starts rather than after.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SHARD_SUFFIXES))
        elif path.suffix in SHARD_SUFFIXES and path.is_file():
            found.append(path)
        else:
            raise InputError(
                str(path), "is not a .jsonl or .parquet shard or a folder of them", "check it"
            )
    if not found:
        raise InputError(", ".join(map(str, paths)), "holds no .jsonl or .parquet shard")
    return found


def record_line(record: dict[str, Any]) -> bytes:
    """A Parquet row as the JSON line it stands for: null columns are absent keys."""
    return canonical_json({key: value for key, value in record.items() if value is not None})


def prepare(
    source: str, line: bytes, max_bytes: int, retrieved_at: datetime
) -> Prepared | InputError:
    """Parse one record and do the per-record work ingest does before storing."""
    if len(line) > max_bytes:
        return InputError(source, f"record is over the limit of {max_bytes:,} bytes")
    try:
        document, raw = line_document(source, line, retrieved_at)
    except InputError as error:
        return error
    return _with_signature(document, raw)


def _with_signature(document: Document, raw: bytes) -> Prepared:
    language = document.language or detect_language(document.text)
    try:
        language_support(language)
        supported = True
    except UnsupportedLanguageError:
        supported = False
    return Prepared(
        document.model_copy(update={"language": language}),
        raw,
        signature_bytes(signature(document.text)),
        supported,
    )


def read_shard(
    path: Path, max_bytes: int, retrieved_at: datetime
) -> Iterator[Prepared | InputError]:
    """Every record of one shard, prepared, in order (this process)."""
    if path.suffix == ".jsonl":
        for item in read_jsonl(path, max_bytes, retrieved_at):
            yield item if isinstance(item, InputError) else _with_signature(*item)
        return
    import pyarrow.parquet as pq

    row = 0
    for batch in pq.ParquetFile(path).iter_batches():
        for record in batch.to_pylist():
            row += 1
            yield prepare(f"{path}:row {row}", record_line(record), max_bytes, retrieved_at)


class RecordWriter(Protocol):
    """Where extracted batches go: the store (``ArchiveWriter``) or shard files
    (``archive_shards.ShardArchiveWriter``)."""

    summary: IngestSummary

    def write(self, batch: Sequence[Extracted]) -> None: ...


def record_writer(target: Store | RecordWriter, progress: DocumentsWritten | None) -> RecordWriter:
    """``target`` itself, or an ``ArchiveWriter`` into it when it is a store."""
    return ArchiveWriter(target, progress) if isinstance(target, Store) else target


class ArchiveWriter:
    """Places near-duplicates and writes batches of extracted records into the store."""

    def __init__(self, store: Store, progress: DocumentsWritten | None = None) -> None:
        self.store = store
        self.index = NearDuplicateIndex.from_signatures(store.minhash_signatures())
        self.summary = IngestSummary()
        self.progress = progress
        self.written = 0

    def write(self, batch: Sequence[Extracted]) -> None:
        """Store a batch: its new documents in one write, then all its claims in one more."""
        documents: list[tuple[Document, bytes, bytes | None]] = []
        extractions: list[tuple[str, list[Claim], dict[str, str]]] = []
        near: set[str] = set()
        stored_before = self.store.stored_document_ids(
            [item.document.id for item, _ in batch if not isinstance(item, InputError)]
        )
        for item, claims in batch:
            if isinstance(item, InputError):
                self.summary.failed += 1
                self.summary.errors.append(str(item))
                continue
            document = item.document
            if document.id not in stored_before and document.id not in self.index:
                minhash = signature_from_bytes(item.minhash)
                placement = self.index.place(document.id, minhash)
                self.index.add(document.id, placement.syndication_group, minhash)
                if placement.near_duplicate_of is not None:
                    near.add(document.id)
                document = document.model_copy(
                    update={"syndication_group": placement.syndication_group}
                )
                documents.append((document, item.raw, item.minhash))
            if claims is None:
                self.summary.unsupported_language += 1
                extractions.append(
                    (document.id, [], {"unsupported_language": str(document.language)})
                )
            else:
                extractions.append((document.id, claims, _merged_producer(claims)))
        stored = set(self.store.add_documents(documents))
        self.summary.stored += len(stored)
        self.summary.near_duplicates += len(near & stored)
        self.summary.duplicates += len(extractions) - len(stored)
        self.summary.claims += self.store.add_extractions(extractions)
        self.written += len(batch)
        if self.progress is not None:
            self.progress(self.written)


def _merged_producer(claims: list[Claim]) -> dict[str, str]:
    """Component versions named by the claims, for their extraction ledger entry."""
    merged: dict[str, str] = {}
    for claim in claims:
        merged.update(claim.producer)
    return merged


def decode_row(row: dict[str, Any]) -> Extracted:
    """A row of the Ray Data pipeline (see ``ray_archive``) back into a record and its claims."""
    if row["error"] is not None:
        return InputError(row["source"], row["error"], row["hint"] or ""), None
    prepared = Prepared(
        Document.model_validate_json(row["document"]),
        bytes(row["raw"]),
        bytes(row["minhash"]),
        row["claims"] is not None,
    )
    if row["claims"] is None:
        return prepared, None
    return prepared, [Claim.model_validate(claim) for claim in json.loads(row["claims"])]


def encode_row(item: Prepared | InputError, claims: list[Claim] | None) -> dict[str, Any]:
    """A record and its claims as plain columns, which Ray Data can carry between nodes."""
    if isinstance(item, InputError):
        return {
            "source": item.source,
            "error": item.reason,
            "hint": item.hint,
            "document": None,
            "raw": None,
            "minhash": None,
            "claims": None,
        }
    return {
        "source": item.document.source_name,
        "error": None,
        "hint": None,
        "document": item.document.model_dump_json(),
        "raw": item.raw,
        "minhash": item.minhash,
        "claims": None
        if claims is None
        else json.dumps([claim.model_dump(mode="json") for claim in claims]),
    }


def extract_local(
    target: Store | RecordWriter,
    shards: Sequence[Path],
    max_bytes: int,
    retrieved_at: datetime,
    workers: int = 1,
    places_file: Path | None = None,
    progress: DocumentsWritten | None = None,
) -> IngestSummary:
    """Extract the shards with the local engine (``workers`` processes) and write them into
    ``target``, a store or shard files."""
    writer = record_writer(target, progress)
    records = (item for path in shards for item in read_shard(path, max_bytes, retrieved_at))
    with DocumentExtractor(workers=workers, places_file=places_file) as engine:
        while batch := list(islice(records, WRITE_BATCH)):
            to_extract = [i for i in batch if isinstance(i, Prepared) and i.supported]
            found = iter(engine.map([item.document for item in to_extract]))
            writer.write(
                [
                    (item, next(found) if isinstance(item, Prepared) and item.supported else None)
                    for item in batch
                ]
            )
    return writer.summary
