"""Long texts extracted in bounded pieces, their claims placed back in the whole text.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters) and needs
memory in proportion to the length of what it parses at once, so one huge input
would stop a whole ingest or exhaust the machine. A text longer than
``MAX_PIECE_CHARS`` is therefore cut into pieces at paragraph breaks (else line
breaks, else sentence ends, else spaces), each piece is extracted as if it were
the document, and every span of its claims is moved by the piece's offset. The
claims then read exactly as if the whole text had been extracted: their spans
are offsets into the full text and their ids are made from those offsets.
"""

from __future__ import annotations

import re
from typing import Any

from warledger.model import Claim, Document

MAX_PIECE_CHARS = 100_000
"""Longest text handed to the extractor at once: a tenth of spaCy's ``max_length``,
so the parser's memory per piece stays in the hundreds of megabytes."""

_SPAN_KEYS = {"start", "end", "text", "document_id"}
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")


def piece_bounds(text: str, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` of consecutive pieces covering ``text``, each at most ``limit`` long.

    A cut is made at the last paragraph break of the window when one lies in its
    second half, else at the last line break, sentence end or space there, else at
    ``limit`` (a text with no space at all).
    """
    if limit < 2:
        raise ValueError(f"limit must be at least 2, got {limit}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        bounds.append((start, _cut(text, start + limit // 2, end)))
        start = bounds[-1][1]
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, low: int, high: int) -> int:
    """Where to end a piece in ``text[low:high]``: just after the best boundary there."""
    for separator in ("\n\n", "\n"):
        found = text.rfind(separator, low, high)
        if found != -1:
            return found + len(separator)
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
    if sentence_ends:
        return sentence_ends[-1]
    space = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
    return space + 1 if space != -1 else high


def split_document(document: Document, limit: int = MAX_PIECE_CHARS) -> list[tuple[int, Document]]:
    """``(offset, piece)`` for each piece of ``document``: the document itself when short."""
    if len(document.text) <= limit:
        return [(0, document)]
    return [
        (start, document.model_copy(update={"text": document.text[start:end]}))
        for start, end in piece_bounds(document.text, limit)
    ]


def place_claims(pieces: list[tuple[int, list[Claim]]]) -> list[Claim]:
    """The claims of all pieces with spans in whole-text offsets, new ids and citations.

    Ids are made again (``Claim.make_id``) because they hold the content span's
    offsets; ``cites`` (ids of claims of the same piece) follow the new ids.
    """
    from warledger.extract.claims import proposition_key  # spaCy: loaded only when needed

    placed: list[Claim] = []
    for offset, claims in pieces:
        if offset == 0:
            placed.extend(claims)
            continue
        moved = [Claim.model_validate(_shift(c.model_dump(), offset)) for c in claims]
        new_ids = {
            old.id: Claim.make_id(c.document_id, c.content, proposition_key(c.proposition))
            for old, c in zip(claims, moved, strict=True)
        }
        placed.extend(
            c.model_copy(
                update={"id": new_ids[old.id], "cites": [new_ids.get(i, i) for i in c.cites]}
            )
            for old, c in zip(claims, moved, strict=True)
        )
    return placed


def _shift(value: Any, offset: int) -> Any:
    """``value`` (a dumped claim) with every span's ``start`` and ``end`` moved by ``offset``."""
    if isinstance(value, dict):
        shifted = {key: _shift(item, offset) for key, item in value.items()}
        if set(value) == _SPAN_KEYS and isinstance(value["start"], int):
            shifted["start"] = value["start"] + offset
            shifted["end"] = value["end"] + offset
        return shifted
    if isinstance(value, list):
        return [_shift(item, offset) for item in value]
    return value
