"""Claims shards: claims and the documents they cite as Parquet files a store can load.

A cluster that re-extracts an archive should not need the database: its workers write
shards to shared or object storage and one loader (``warledger load-claims``) writes
them into the store afterwards. ``warledger export --format parquet --what claims`` writes
the same files, so an export loads back into another store. A shard is a pair:

- ``NAME.parquet``, one row per claim: the columns of the store's ``claims`` table
  (``CLAIM_COLUMNS``; ``payload`` is the whole claim as JSON, the others are copied out
  of it for DuckDB, pandas or Spark users and must agree with it);
- ``NAME.documents.parquet``, one row per document those claims cite: the document's
  fields, its MinHash signature and ``raw``, the exact bytes whose sha256 is its id.
  The loader signs each document again from its text (``ingest.dedup``) and does not
  trust the signature column, which is there for readers that group copies themselves.

The file's ``warledger:table`` metadata key says which of the two it is (``claims`` or
``documents``). A loader checks every expected column and its type before reading a
row, so a shard written by something else fails with the file and the column named.
The schema is documented in docs/parquet.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warledger.model import Claim, Document
from warledger.store.rows import DOCUMENT_FIELDS, claim_values
from warledger.store.signatures import signature, signature_bytes

TABLE_KEY = b"warledger:table"
FORMAT_KEY = b"warledger:format"
FORMAT_VERSION = b"1"
DOCUMENTS_SUFFIX = ".documents.parquet"
ROW_GROUP = 5_000
"""Rows per Parquet row group at most: a reader decodes a whole row group at once, so this
bounds a loader's memory (a group of claims is about 10 MB decoded)."""

_TIME = pa.timestamp("us", tz="UTC")

CLAIM_COLUMNS = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("document_id", pa.string(), nullable=False),
        pa.field("payload", pa.large_string(), nullable=False),
        pa.field("stance", pa.string(), nullable=False),
        pa.field("claimant_actor_id", pa.string()),
        pa.field("event_type", pa.string()),
        pa.field("event_mode", pa.string()),
        pa.field("predicate", pa.string()),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("place_name", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
    ],
    metadata={TABLE_KEY: b"claims", FORMAT_KEY: FORMAT_VERSION},
)
"""One row per claim: the store's claims row without its ``stored_at``."""

DOCUMENT_COLUMNS = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("text", pa.large_string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("title", pa.string()),
        pa.field("author", pa.string()),
        pa.field("published_at", _TIME),
        pa.field("retrieved_at", _TIME),
        pa.field("language", pa.string()),
        pa.field("source_name", pa.string()),
        pa.field("external_id", pa.string()),
        pa.field("syndication_group", pa.string()),
        pa.field("minhash", pa.binary()),
        pa.field("raw", pa.large_binary(), nullable=False),
    ],
    metadata={TABLE_KEY: b"documents", FORMAT_KEY: FORMAT_VERSION},
)
"""One row per document: its fields, signature and raw bytes (the blob)."""

SCHEMAS = {"claims": CLAIM_COLUMNS, "documents": DOCUMENT_COLUMNS}
_SAME_KIND = {
    pa.large_string(): pa.string(),
    pa.large_binary(): pa.binary(),
    pa.timestamp("ns", tz="UTC"): _TIME,
    pa.timestamp("ms", tz="UTC"): _TIME,
    pa.timestamp("s", tz="UTC"): _TIME,
}
"""Types read as another without loss (a writer's choice of offsets or time unit)."""

NewDocumentRow = tuple[Document, bytes, bytes | None]
"""``(document, raw bytes, minhash)``: a documents row, as ``Store.add_documents`` takes it."""


class ShardError(Exception):
    """A shard file that cannot be loaded: the message names the file (and column or row)."""


def claim_row(claim: Claim) -> dict[str, Any]:
    """A claims row: the store's row for ``claim`` with the payload as JSON text."""
    values = claim_values(claim, datetime.min)
    del values["stored_at"]
    values["payload"] = json.dumps(values["payload"], ensure_ascii=False, separators=(",", ":"))
    return values


def document_row(document: Document, raw: bytes, minhash: bytes | None) -> dict[str, Any]:
    values: dict[str, Any] = document.model_dump()
    values["minhash"] = minhash
    values["raw"] = raw
    return values


def table_kind(path: Path) -> str:
    """``claims`` or ``documents``, after checking every column of that table is there with
    its type; ``ShardError`` naming the file and the column otherwise."""
    try:
        schema = pq.read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        raise ShardError(f"{path}: not a readable Parquet file ({exc})") from exc
    named = (schema.metadata or {}).get(TABLE_KEY, b"").decode()
    kind = named or ("claims" if "payload" in schema.names else "documents")
    if kind not in SCHEMAS:
        raise ShardError(f"{path}: warledger:table is {named!r}, not claims or documents")
    for expected in SCHEMAS[kind]:
        if expected.name not in schema.names:
            raise ShardError(
                f"{path}: column {expected.name!r} ({expected.type}) is missing "
                f"from this {kind} shard"
            )
        found = schema.field(expected.name).type
        if _SAME_KIND.get(found, found) != _SAME_KIND.get(expected.type, expected.type):
            raise ShardError(
                f"{path}: column {expected.name!r} is {found}, expected {expected.type}"
            )
    return kind


def read_rows(path: Path, kind: str, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    """The rows of a checked shard (see ``table_kind``), ``batch_size`` at a time."""
    names = SCHEMAS[kind].names
    try:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size, columns=names):
            yield batch.to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise ShardError(f"{path}: cannot be read to the end ({exc})") from exc


def claim_from_shard(path: Path, number: int, row: Mapping[str, Any]) -> Claim:
    """The claim of a claims row, checked against the columns copied out of it."""
    where = f"{path}: row {number}"
    try:
        claim = Claim.model_validate_json(row["payload"])
    except ValueError as exc:
        raise ShardError(f"{where}: column 'payload' is not a claim ({exc})") from exc
    expected = claim_row(claim)
    for name in CLAIM_COLUMNS.names:
        if name != "payload" and row[name] != expected[name]:
            raise ShardError(
                f"{where}: column {name!r} is {row[name]!r} but the payload says {expected[name]!r}"
            )
    return claim


def document_from_shard(path: Path, number: int, row: Mapping[str, Any]) -> NewDocumentRow:
    where = f"{path}: row {number}"
    try:
        document = Document.model_validate({name: row[name] for name in DOCUMENT_FIELDS})
    except ValueError as exc:
        raise ShardError(f"{where}: not a document ({exc})") from exc
    # The signature is derived data: it is computed again from the text rather than
    # trusted, so a shard from another version (another signing scheme) or an edited
    # one cannot put a document into the wrong syndication group.
    return document, bytes(row["raw"]), signature_bytes(signature(document.text))


def documents_path(claims_path: Path) -> Path:
    """Where the documents of the claims shard ``claims_path`` are written."""
    return claims_path.with_name(claims_path.name.removesuffix(".parquet") + DOCUMENTS_SUFFIX)


@dataclass
class ShardCounts:
    claims: int = 0
    documents: int = 0


class ShardWriter:
    """Writes one shard pair, a row group per ``write`` call, and closes both files."""

    def __init__(self, claims_path: Path) -> None:
        self.claims_path = claims_path
        self.documents_path = documents_path(claims_path)
        claims_path.parent.mkdir(parents=True, exist_ok=True)
        self._claims = pq.ParquetWriter(claims_path, CLAIM_COLUMNS, compression="zstd")
        self._documents = pq.ParquetWriter(
            self.documents_path, DOCUMENT_COLUMNS, compression="zstd"
        )
        self.counts = ShardCounts()

    def write(self, documents: Iterable[NewDocumentRow], claims: Iterable[Claim]) -> None:
        """Append documents and claims (a claim's document goes in this pair or is stored)."""
        doc_rows = [document_row(*item) for item in documents]
        claim_rows = [claim_row(claim) for claim in claims]
        if doc_rows:
            self._documents.write_table(
                pa.Table.from_pylist(doc_rows, schema=DOCUMENT_COLUMNS), row_group_size=ROW_GROUP
            )
        if claim_rows:
            self._claims.write_table(
                pa.Table.from_pylist(claim_rows, schema=CLAIM_COLUMNS), row_group_size=ROW_GROUP
            )
        self.counts.documents += len(doc_rows)
        self.counts.claims += len(claim_rows)

    def close(self) -> None:
        self._claims.close()
        self._documents.close()

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
