"""Archive results as claims shards on disk instead of rows in a database.

``archive extract --parquet-out DIR``: the driver writes what it would have stored into
Parquet claims shards (``store.shard_format``), ``claims-00000.parquet`` and its
``claims-00000.documents.parquet``, a new pair every ``shard_records`` records. A
cluster can then extract to shared or object storage without reaching the database,
and one ``warledger load-claims DIR`` writes it all, idempotently, where the database is.

Near-duplicates are grouped as ``ArchiveWriter`` groups them, but among the archive's
own records only (no store is read); ``load-claims`` keeps the groups as written.
A record seen twice in the archive is written once. Known gap: a document without any
claim (nothing found, or a language the pipeline does not support) is written to the
documents shard only, so after loading it has no extraction entry and a later
``ingest`` of the same text extracts it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from warledger.errors import InputError
from warledger.ingest.dedup import NearDuplicateIndex
from warledger.ingest.report import IngestSummary
from warledger.store.shard_format import NewDocumentRow, ShardWriter
from warledger.store.signatures import signature_from_bytes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from warledger.engines.archive import DocumentsWritten, Extracted
    from warledger.model import Claim

SHARD_RECORDS = 50_000
"""Records per shard pair: files of tens of megabytes, which object stores and
``load-claims`` handle well, and one file's loss costs little to redo."""


class ShardArchiveWriter:
    """Places near-duplicates and writes batches of extracted records into shard files."""

    def __init__(
        self,
        folder: Path,
        shard_records: int = SHARD_RECORDS,
        progress: DocumentsWritten | None = None,
    ) -> None:
        self.folder = folder
        self.shard_records = shard_records
        self.progress = progress
        self.index = NearDuplicateIndex()
        self.summary = IngestSummary()
        self.written = 0
        self.paths: list[Path] = []
        self._shard: ShardWriter | None = None
        self._in_shard = 0

    def write(self, batch: Sequence[Extracted]) -> None:
        """Append a batch to the current shard pair (a new one once it is full)."""
        documents: list[NewDocumentRow] = []
        claims: list[Claim] = []
        for item, found in batch:
            if isinstance(item, InputError):
                self.summary.failed += 1
                self.summary.errors.append(str(item))
                continue
            document = item.document
            if document.id in self.index:
                self.summary.duplicates += 1
                continue
            minhash = signature_from_bytes(item.minhash)
            placement = self.index.place(document.id, minhash)
            self.index.add(document.id, placement.syndication_group, minhash)
            self.summary.near_duplicates += placement.near_duplicate_of is not None
            grouped = document.model_copy(update={"syndication_group": placement.syndication_group})
            documents.append((grouped, item.raw, item.minhash))
            if found is None:
                self.summary.unsupported_language += 1
            else:
                claims.extend(found)
        self._current().write(documents, claims)
        self.summary.stored += len(documents)
        self.summary.claims += len(claims)
        self.written += len(batch)
        self._in_shard += len(batch)
        if self._in_shard >= self.shard_records:
            self.close()
        if self.progress is not None:
            self.progress(self.written)

    def _current(self) -> ShardWriter:
        if self._shard is None:
            path = self.folder / f"claims-{len(self.paths):05d}.parquet"
            self._shard = ShardWriter(path)
            self.paths.append(path)
            self._in_shard = 0
        return self._shard

    def close(self) -> None:
        """Finish the current shard pair (Parquet writes its footer only on close)."""
        if self._shard is not None:
            self._shard.close()
            self._shard = None
