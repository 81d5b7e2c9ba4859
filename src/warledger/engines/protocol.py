"""What an extraction engine is: the contract between ingest and where extraction runs.

Extraction is the slow step of an ingest (a spaCy pipeline per document), so
*where* it runs is pluggable: in this process or a local process pool today, on
a cluster later. An engine only maps documents to their claims; it neither reads
inputs nor writes the store, so every engine gives the same claims for the same
documents and ingest's crash safety does not depend on which one runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, Self

from warledger.model import Claim, Document

DocumentsDone = Callable[[int], None]
"""Progress callback of ``ExtractionEngine.map``: how many of its documents are done."""


class ExtractionEngine(Protocol):
    """Runs the extractor over documents and hands back their claims.

    Use it as a context manager (or call ``close``): workers, pools or cluster
    connections live from ``__enter__`` until ``close``. ``map`` is what
    ``warledger.ingest.ingest`` calls with each batch of newly stored documents.
    """

    def __enter__(self) -> Self:
        """Start whatever the engine needs (workers, connections)."""
        ...

    def __exit__(self, *exc_info: object) -> None:
        """``close``, whether or not the block raised."""
        ...

    def map(
        self, documents: Sequence[Document], progress: DocumentsDone | None = None
    ) -> list[list[Claim]]:
        """The claims of each document, in input order; ``progress`` is told as documents
        finish. A failure in a worker is raised here with its original type."""
        ...

    def close(self) -> None:
        """Stop the workers; the engine is not used after this."""
        ...
