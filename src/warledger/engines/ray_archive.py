"""Archive extraction on Ray Data: shards read in parallel, records extracted by an actor pool.

The plan is Ray Data's own: ``read_text`` / ``read_parquet`` spread the shards over
the cluster, and ``map_batches`` with an ``ActorPoolStrategy`` runs ``ShardExtractor``
actors, each of which builds the spaCy pipeline once and then prepares and extracts
batch after batch. Ray restarts a dead actor and runs its batch again; the rows come
back to this process (the driver), which is the only writer (``ArchiveWriter``), so
the database sees one connection whatever the size of the cluster, and its batch
writes skip whatever a re-run batch already stored. Order is preserved, so
near-duplicate groups are the same as a run in one process would make.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from warledger.engines.archive import (
    WRITE_BATCH,
    DocumentsWritten,
    Prepared,
    RecordWriter,
    decode_row,
    encode_row,
    prepare,
    record_line,
    record_writer,
)
from warledger.engines.local import DEFAULT_BATCH_SIZE, extract_batch, text_input
from warledger.engines.ray_engine import cluster_cpus, ray_session
from warledger.ingest.report import IngestSummary
from warledger.store import Store

READ_CPUS = 0
"""Cores reserved by the read tasks: none, as they only read and split lines. The
extraction actors take one core each, every core there is, so a read task that asked
for a core would wait for ever behind them."""


def _row_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("source", pa.string()),
            ("error", pa.string()),
            ("hint", pa.string()),
            ("document", pa.large_string()),
            ("raw", pa.large_binary()),
            ("minhash", pa.binary()),
            ("claims", pa.large_string()),
        ]
    )


def _jsonl_lines(batch: Any) -> Any:
    """``read_text`` rows (``text``, ``path``) as the ``(source, line)`` the actors take."""
    import pyarrow as pa

    return pa.table({"source": batch.column("path"), "line": batch.column("text")})


def _parquet_lines(batch: Any) -> Any:
    """Parquet rows as the JSON lines they stand for (see ``archive.record_line``)."""
    import pyarrow as pa

    lines = [record_line(record).decode() for record in batch.to_pylist()]
    return pa.table({"source": ["parquet shard"] * len(lines), "line": lines})


class ShardExtractor:
    """A Ray Data actor: one pipeline, built at start, for every batch of records it gets."""

    def __init__(self, max_bytes: int, retrieved_at: datetime, places_file: Path | None) -> None:
        self.max_bytes = max_bytes
        self.retrieved_at = retrieved_at
        self.places_file = places_file
        extract_batch([], places_file)  # load the model now, once for this actor

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        items = [
            prepare(source, line.encode(), self.max_bytes, self.retrieved_at)
            for source, line in zip(
                batch.column("source").to_pylist(), batch.column("line").to_pylist(), strict=True
            )
            if line.strip()
        ]
        wanted = [item for item in items if isinstance(item, Prepared) and item.supported]
        found = iter(
            extract_batch([text_input(item.document) for item in wanted], self.places_file)
        )
        rows = [
            encode_row(item, next(found) if isinstance(item, Prepared) and item.supported else None)
            for item in items
        ]
        return pa.Table.from_pylist(rows, schema=_row_schema())


def archive_dataset(
    shards: Sequence[Path],
    max_bytes: int,
    retrieved_at: datetime,
    actors: int,
    places_file: Path | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Any:
    """The Ray Data plan from shard files to rows of ``archive.encode_row`` (lazy)."""
    import ray.data

    jsonl = [str(path) for path in shards if path.suffix == ".jsonl"]
    parquet = [str(path) for path in shards if path.suffix == ".parquet"]
    parts = []
    if jsonl:
        lines = ray.data.read_text(jsonl, include_paths=True, num_cpus=READ_CPUS)
        parts.append(lines.map_batches(_jsonl_lines, batch_format="pyarrow", num_cpus=READ_CPUS))
    if parquet:
        rows = ray.data.read_parquet(parquet, num_cpus=READ_CPUS)
        parts.append(rows.map_batches(_parquet_lines, batch_format="pyarrow", num_cpus=READ_CPUS))
    records = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    dataset = records.map_batches(
        ShardExtractor,
        fn_constructor_kwargs={
            "max_bytes": max_bytes,
            "retrieved_at": retrieved_at,
            "places_file": places_file,
        },
        compute=ray.data.ActorPoolStrategy(size=actors),
        batch_size=batch_size,
        batch_format="pyarrow",
        num_cpus=1,  # Ray Data restarts its actors and retries their batches by default
    )
    dataset.context.execution_options.preserve_order = True
    dataset.context.enable_progress_bars = False
    return dataset


def extract_ray(
    target: Store | RecordWriter,
    shards: Sequence[Path],
    max_bytes: int,
    retrieved_at: datetime,
    workers: int | None = None,
    places_file: Path | None = None,
    address: str | None = None,
    progress: DocumentsWritten | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    write_batch: int = WRITE_BATCH,
) -> IngestSummary:
    """Extract the shards on Ray (a local Ray of ``workers`` cores, or the cluster at
    ``address``) and write them into ``target`` (a store, or shard files) from this
    process, ``write_batch`` records a transaction; each actor call extracts
    ``batch_size`` records."""
    with ray_session(address, workers):
        actors = workers or cluster_cpus()
        dataset = archive_dataset(shards, max_bytes, retrieved_at, actors, places_file, batch_size)
        writer = record_writer(target, progress)
        for table in dataset.iter_batches(batch_size=write_batch, batch_format="pyarrow"):
            writer.write([decode_row(row) for row in table.to_pylist()])
    return writer.summary
