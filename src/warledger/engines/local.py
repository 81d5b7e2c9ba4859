"""Local engine: extraction in a pool of worker processes on one machine.

spaCy holds the GIL, so threads do not help; processes do. Each worker builds
one ``Extractor`` when it starts (the costly part: loading the model and the
knowledge base) and then receives texts in small batches, which it runs
through ``Extractor.pipe`` so the statistical components work batched. Results
come back in input order, and only a bounded number of batches is in flight,
so a long input stream is never read into memory at once.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice

from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Claim

DEFAULT_BATCH_SIZE = 16
# Batches queued per worker: enough to keep workers busy while results are read.
IN_FLIGHT_PER_WORKER = 2


@lru_cache(maxsize=1)
def worker_extractor() -> Extractor:
    """The one Extractor of this process, built on first use."""
    return Extractor()


def _warm_up() -> None:
    worker_extractor()


def extract_batch(items: list[TextInput]) -> list[list[Claim]]:
    """Claims for each text of a batch, in order (runs inside a worker)."""
    extractor = worker_extractor()
    return [list(doc._.claims or []) for doc in extractor.pipe(items, batch_size=len(items))]


def _batches(items: Iterable[TextInput], size: int) -> Iterator[list[TextInput]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_parallel(
    items: Iterable[TextInput],
    workers: int = 2,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[list[Claim]]:
    """Claims of each input, in input order, extracted by ``workers`` processes.

    With ``workers <= 1`` it runs in this process (same results, no pool).
    Workers are forked where the platform allows it, which makes start-up
    cheap; a failure inside a worker is raised here with its original type.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if workers <= 1:
        for batch in _batches(items, batch_size):
            yield from extract_batch(batch)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up) as pool:
        pending: deque[Future[list[list[Claim]]]] = deque()
        for batch in _batches(items, batch_size):
            pending.append(pool.submit(extract_batch, batch))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
