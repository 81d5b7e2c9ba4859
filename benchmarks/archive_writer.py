"""One writer ingesting fresh invented documents while the API benchmark's readers run.

The workbench is read while ``warledger ingest`` adds to the archive: on SQLite the
writer holds the database's write lock for each batch and grows the WAL, on PostgreSQL it
takes the ledger's lock and fills the full-text index. ``start_writer`` runs a store-only
ingest (``ingest_reads``: duplicates, near-duplicates, language, blobs, rows, ledger) of
invented documents, one batch after another, in its own process so that it competes for
the machine and the database but not for the readers' interpreter. ``stop_writer`` ends it
and says how many documents it stored and at what rate.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event

from synthetic_archive import WORDS
from warledger.config import Settings
from warledger.ingest.readers import Read
from warledger.ingest.runner import ingest_reads
from warledger.model import Document, content_hash
from warledger.store import Store

WORDS_PER_DOCUMENT = 250


def invented_reads(seed: int, stop: Event) -> Iterator[Read]:
    """Documents of words drawn with ``seed``, as a jsonl reader would give them, until
    ``stop`` is set."""
    rng = random.Random(seed)
    number = 0
    while not stop.is_set():
        text = " ".join(rng.choice(WORDS) for _ in range(WORDS_PER_DOCUMENT)).capitalize() + "."
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        raw = json.dumps({"seed": seed, "n": number, "title": title, "text": text}).encode()
        yield (
            Document(
                id=content_hash(raw),
                text=text,
                title=title,
                outlet="writer-outlet",
                source_name=f"writer/{seed}/{number}",
            ),
            raw,
        )
        number += 1


def _write_until(settings: Settings, stop: Event, stored: Synchronized[int]) -> None:
    """One ingest run over an endless stream of new documents (its batches are
    ingest's own), until ``stop``."""
    with Store.open(settings) as store:
        summary = ingest_reads(store, invented_reads(time.time_ns(), stop))
    stored.value = summary.stored


@dataclass
class Writer:
    process: multiprocessing.process.BaseProcess
    stop: Event
    stored: Synchronized[int]
    started: float


def start_writer(settings: Settings) -> Writer:
    """Start ingesting into the store of ``settings`` in a new process."""
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    stored: Synchronized[int] = context.Value("q", 0)  # type: ignore[assignment]
    process = context.Process(target=_write_until, args=(settings, stop, stored), daemon=True)
    process.start()
    return Writer(process, stop, stored, time.perf_counter())


def stop_writer(writer: Writer) -> tuple[int, float]:
    """Stop the writer after its batch in flight; documents stored and documents/s."""
    writer.stop.set()
    writer.process.join(timeout=120)
    if writer.process.exitcode != 0:
        raise RuntimeError(f"the writer process failed (exit code {writer.process.exitcode})")
    seconds = time.perf_counter() - writer.started
    return int(writer.stored.value), writer.stored.value / seconds
