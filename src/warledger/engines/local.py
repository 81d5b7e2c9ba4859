"""Local engine: extraction in a pool of worker processes on one machine.

spaCy holds the GIL, so threads do not help; processes do. Each worker holds
one ``Extractor`` (inherited from this process where it can fork, else built
when the worker starts) and receives texts in small batches, which it runs
through ``Extractor.pipe`` so the statistical components work batched. Results
come back in input order, and only a bounded number of batches is in flight,
so a long input stream is never read into memory at once. The analyst's places
file (``places_file``) travels with every batch, so a worker that was started
(or forked) for another file builds the pipeline it needs rather than
extracting with the wrong gazetteer.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from pathlib import Path

from warledger.engines.protocol import DocumentsDone
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Claim, Document

DEFAULT_BATCH_SIZE = 16
PR_SET_PDEATHSIG = 1
"""prctl option (linux/prctl.h): the signal this process gets when its parent dies."""
# Batches queued per worker: enough that a slow batch at the head of the queue
# (results come back in order) does not leave the other workers idle.
IN_FLIGHT_PER_WORKER = 4


@lru_cache(maxsize=1)
def worker_extractor(places_file: Path | None = None) -> Extractor:
    """The one Extractor of this process, built on first use (and inherited
    by forked workers, which then need not build their own).

    Its objects (models, word lists, gazetteer, knowledge base) live as long as the
    process, so they are frozen out of the garbage collector's generations
    (``gc.freeze``): the collections that each document's short-lived objects set off
    then no longer walk them (about 3% of extraction time on the VOA stories), and a
    forked worker's collections leave their memory pages shared with the parent.
    A pipeline built before for another places file is dropped and unfrozen first,
    so that it can be collected.
    """
    worker_extractor.cache_clear()
    gc.unfreeze()
    extractor = Extractor(places_file=places_file)
    gc.freeze()
    return extractor


def die_with_parent(parent_pid: int) -> None:
    """Ask Linux to kill this process when the process that started it dies.

    A worker whose parent was killed (SIGKILL, or SIGTERM, which ends Python without
    running cleanup) would otherwise live on under PID 1, blocked on the pipe to a
    parent that is gone, holding its model's memory. Elsewhere this does nothing
    (the pool's own shutdown still stops workers when the parent exits cleanly).
    """
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return  # refused (very unusual): the pool's shutdown remains the safeguard
    if os.getppid() != parent_pid:  # the parent died before the request was made
        os._exit(1)


def _warm_up(places_file: Path | None, parent_pid: int) -> None:
    die_with_parent(parent_pid)
    # Ctrl-C reaches every process of the terminal's group: the parent stops the pool and
    # reports it once, so a worker must not die printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_extractor(places_file)


def extract_batch(items: list[TextInput], places_file: Path | None = None) -> list[list[Claim]]:
    """Claims for each text of a batch, in order (runs inside a worker)."""
    extractor = worker_extractor(places_file)
    # The strings and lexemes a batch adds to the shared vocabulary are freed when the zone
    # ends (claims are plain Python values by then): a long-running worker or ``watch``
    # would otherwise keep every word it has ever seen.
    with extractor.nlp.memory_zone():
        return [list(doc._.claims or []) for doc in extractor.pipe(items, batch_size=len(items))]


def _batches(items: Iterable[TextInput], size: int) -> Iterator[list[TextInput]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def start_pool(workers: int, places_file: Path | None = None) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, each holding one pipeline.

    Where the platform can fork, the pipeline is built once here and the
    workers inherit it (copy-on-write) instead of each loading its own;
    elsewhere each worker builds one when it starts.
    """
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    if can_fork:
        worker_extractor(places_file)
    context = multiprocessing.get_context("fork" if can_fork else "spawn")
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_warm_up,
        initargs=(places_file, os.getpid()),
    )


def extract_parallel(
    items: Iterable[TextInput],
    workers: int = 2,
    batch_size: int = DEFAULT_BATCH_SIZE,
    places_file: Path | None = None,
) -> Iterator[list[Claim]]:
    """Claims of each input, in input order, extracted by ``workers`` processes.

    With ``workers <= 1`` it runs in this process (same results, no pool).
    A failure inside a worker is raised here with its original type.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if workers <= 1:
        for batch in _batches(items, batch_size):
            yield from extract_batch(batch, places_file)
        return
    with start_pool(workers, places_file) as pool:
        pending: deque[Future[list[list[Claim]]]] = deque()
        for batch in _batches(items, batch_size):
            pending.append(pool.submit(extract_batch, batch, places_file))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def text_input(document: Document) -> TextInput:
    """What the extractor needs to know about a stored document."""
    published = document.published_at.date() if document.published_at else None
    return TextInput(document.text, document.id, published, document.language)


class DocumentExtractor:
    """The ``local`` engine (see ``warledger.engines.protocol``): a process pool that lives as
    long as the ``with`` block (or until ``close``).

    ``ingest`` hands over batches of newly stored documents; with one worker
    they are extracted here, with more they are split across a process pool
    that is started once (see ``start_pool``). Calling the engine is ``map``
    without progress, so it can be passed as ``ingest``'s ``extract``.
    """

    def __init__(
        self,
        workers: int = 1,
        batch_size: int = DEFAULT_BATCH_SIZE,
        places_file: Path | None = None,
    ) -> None:
        self.workers = workers
        self.batch_size = batch_size
        self.places_file = places_file
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> DocumentExtractor:
        if self.workers > 1:
            self._pool = start_pool(self.workers, self.places_file)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the pool's workers, dropping batches not yet started."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __call__(self, documents: list[Document]) -> list[list[Claim]]:
        return self.map(documents)

    def map(
        self, documents: Sequence[Document], progress: DocumentsDone | None = None
    ) -> list[list[Claim]]:
        """The claims of each document, in input order."""
        items = [text_input(document) for document in documents]
        if self._pool is None:
            batches = _batches(items, self.batch_size)
            return _collect((extract_batch(b, self.places_file) for b in batches), progress)
        size = max(1, min(self.batch_size, -(-len(items) // self.workers)))
        futures = [
            self._pool.submit(extract_batch, batch, self.places_file)
            for batch in _batches(items, size)
        ]
        return _collect((future.result() for future in futures), progress)


def _collect(
    batches: Iterable[list[list[Claim]]], progress: DocumentsDone | None
) -> list[list[Claim]]:
    """Batches' results joined in order, telling ``progress`` after each batch."""
    results: list[list[Claim]] = []
    for batch in batches:
        results.extend(batch)
        if progress is not None:
            progress(len(results))
    return results
