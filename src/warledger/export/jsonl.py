"""Claims or incidents as JSON lines: the full models, every field with its span.

One object a line, as ``model_dump_json`` writes it, so a line read back with
``Claim.model_validate_json`` (or ``Incident``) is the stored object again:
nothing is flattened, and each claim keeps the character spans of its claimant,
cue, content, actors, places, dates and tolls, to be checked against the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import BaseModel


def jsonl_lines(items: Iterable[BaseModel]) -> Iterator[str]:
    """One JSON object and a newline per item, as they come."""
    for item in items:
        yield item.model_dump_json(exclude_none=True) + "\n"
