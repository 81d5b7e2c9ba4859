"""The evidence sentence of a claim, cut into plain and highlighted pieces.

A review is only as good as the reviewer's view of the words a claim came from,
so each claim is shown inside its sentence with the content, the cue and the
claimant's words marked. The pieces are plain strings with a mark name: the
template escapes each piece and wraps the marked ones in ``<mark>``, so no
document text is ever put into HTML unescaped. Only a window of the document is
read (``substr`` in SQL), because a document may be megabytes long.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import Connection, func, select

from warledger.model import Claim, Span
from warledger.store.schema import documents

CONTEXT = 300
"""Characters read on each side of the claim's spans to find the sentence around them."""
MAX_WINDOW = 1500
"""A claim whose spans cover more than this is shown as its content span alone."""
SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "!\n", "?\n", "\n\n", '." ', ".” ")
MARK_ORDER = ("evidence", "cue", "actor")
"""Where marks overlap, the earlier one wins: the content is what is being reviewed."""


@dataclass(frozen=True)
class Piece:
    """A run of text; ``mark`` is None (plain) or one of ``MARK_ORDER``."""

    text: str
    mark: str | None = None


def claim_spans(claim: Claim) -> dict[str, Span]:
    """The marked spans of a claim: content (evidence), cue and claimant's words (actor)."""
    spans = {"evidence": claim.content}
    if claim.cue is not None:
        spans["cue"] = claim.cue
    if claim.claimant is not None and claim.claimant.span.document_id in (
        None,
        claim.document_id,
    ):
        spans["actor"] = claim.claimant.span
    return spans


def evidence_pieces(conn: Connection, claim: Claim) -> list[Piece]:
    """The sentence(s) around ``claim`` with its spans marked; the content span alone when
    the document is not stored or the spans are far apart."""
    spans = claim_spans(claim)
    low = min(span.start for span in spans.values())
    high = max(span.end for span in spans.values())
    if high - low > MAX_WINDOW:
        spans = {"evidence": claim.content}
        low, high = claim.content.start, claim.content.end
    begin = max(0, low - CONTEXT)
    length = high + CONTEXT - begin
    window = conn.execute(
        select(func.substr(documents.c.text, begin + 1, length)).where(
            documents.c.id == claim.document_id
        )
    ).scalar_one_or_none()
    content = claim.content
    if window is None or window[content.start - begin : content.end - begin] != content.text:
        return [Piece(claim.content.text[:MAX_WINDOW], "evidence")]
    cut_start = _sentence_start(window, low - begin)
    cut_end = _sentence_end(window, high - begin)
    return _pieces(window, begin, cut_start, cut_end, spans)


def _sentence_start(window: str, at: int) -> int:
    before = window[:at]
    cuts = [before.rfind(end) + len(end) for end in SENTENCE_ENDS if before.rfind(end) >= 0]
    return max(cuts) if cuts else 0


def _sentence_end(window: str, at: int) -> int:
    cuts = [window.find(end, at) + 1 for end in SENTENCE_ENDS if window.find(end, at) >= 0]
    return min(cuts) if cuts else len(window)


def _pieces(
    window: str, begin: int, cut_start: int, cut_end: int, spans: dict[str, Span]
) -> list[Piece]:
    """Cut ``window[cut_start:cut_end]`` at every span boundary and label each run."""
    local = {
        name: (max(span.start - begin, cut_start), min(span.end - begin, cut_end))
        for name, span in spans.items()
    }
    bounds = sorted({cut_start, cut_end, *(p for pair in local.values() for p in pair)})
    pieces: list[Piece] = []
    for start, end in pairwise(bounds):
        if not cut_start <= start < end <= cut_end:
            continue
        mark = next(
            (m for m in MARK_ORDER if m in local and local[m][0] <= start < local[m][1]), None
        )
        text = window[start:end]
        if pieces and pieces[-1].mark == mark:
            pieces[-1] = Piece(pieces[-1].text + text, mark)
        else:
            pieces.append(Piece(text, mark))
    if pieces:
        pieces[0] = Piece(pieces[0].text.lstrip(), pieces[0].mark)
        pieces[-1] = Piece(pieces[-1].text.rstrip(), pieces[-1].mark)
    return [piece for piece in pieces if piece.text]
