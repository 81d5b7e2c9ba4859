"""Claims or incidents as JSON lines: the full models, every field with its span.

One object a line, as ``model_dump_json`` writes it, so a line read back with
``Claim.model_validate_json`` (or ``Incident``) is the stored object again:
nothing is flattened, and each claim keeps the character spans of its claimant,
cue, content, actors, places, dates and tolls, to be checked against the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from pydantic import BaseModel


def write_jsonl(items: Iterable[BaseModel], out: TextIO) -> int:
    """Write one JSON object per item to ``out``; returns the number of lines."""
    count = 0
    for item in items:
        out.write(item.model_dump_json(exclude_none=True) + "\n")
        count += 1
    return count
