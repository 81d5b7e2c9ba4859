"""What an ingest run tells its caller: progress while it runs, a summary at the end.

Kept apart from the run itself (``runner``) because every engine that ingests
(local, archive shards, Ray) reports in these same shapes, and the CLI draws its
progress bar from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class IngestProgress:
    """Passed to the progress callback after every document and every finished input.

    ``inputs_total`` counts files (after walking directories) plus URLs, so it
    is known before the first document is read; a jsonl file is one input.
    """

    inputs_done: int
    inputs_total: int
    documents_read: int
    current: str


ProgressCallback = Callable[[IngestProgress], None]


@dataclass
class IngestSummary:
    """What a run did. ``stored`` includes near-duplicates (they are stored, grouped)."""

    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    extraction_failed: int = 0
    claims: int = 0
    unsupported_language: int = 0
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
