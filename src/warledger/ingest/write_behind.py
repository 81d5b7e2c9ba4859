"""One store write at a time in a background thread, so ingest signs the next batch meanwhile.

Ingest alternates two kinds of work: signing documents (MinHash, language identification),
which is CPU work in the interpreter, and storing a batch of them, which is mostly waiting
for the disk and the database (blob flushes, the commit, PostgreSQL's server) with the GIL
released. Done one after the other, the waits add up; with the write of batch *n* in this
thread's background while batch *n + 1* is signed, they overlap.

At most one write is in flight: ``submit`` first waits for the previous one and hands its
result to its callback, in the caller's thread. So batches are written in input order,
whatever a write's placer touches (ingest's near-duplicate index) is used by one thread at
a time, and a write's error is raised in the caller's thread, at the next ``submit`` or
``wait``. Crash safety is the write's own (a batch lands whole or not at all): nothing
here is durable or retried.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from warledger.model import Document

Write = Callable[[], list[Document]]
"""A batch write: the documents it stored."""
Done = Callable[[list[Document]], None]
"""What to do with a finished write's documents, run in the thread that submitted it."""


class WriteBehind:
    """A single background writer; use as a context manager so its thread is joined."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warledger-write")
        self._in_flight: tuple[Future[list[Document]], Done] | None = None

    def submit(self, write: Write, done: Done) -> None:
        """Start ``write`` in the background once the previous write is done and handled."""
        self.wait()
        self._in_flight = (self._executor.submit(write), done)

    def wait(self) -> None:
        """Block until the write in flight (if any) ends, then run its ``done`` here; a store
        error it raised is raised here."""
        if self._in_flight is None:
            return
        future, done = self._in_flight
        self._in_flight = None
        done(future.result())

    def __enter__(self) -> WriteBehind:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Join the thread; a write still in flight finishes (or fails) before this returns,
        and its result is dropped when the caller is already failing."""
        try:
            if exc_type is None:
                self.wait()
        finally:
            self._executor.shutdown(wait=True)
