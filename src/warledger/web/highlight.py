"""Document text with extracted spans marked, built from escaped pieces only.

Spans overlap freely (an actor inside an evidence sentence, a casualty figure that
shares words with a date), so the text is cut at every span boundary and each piece
is wrapped in one ``<mark>`` per span covering it, the longest outermost. Marks
therefore nest properly whatever the overlap. Every piece of text goes through
``markupsafe.escape``; the only markup is the tags written here, so a document
quoting ``<script>`` shows it as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from warledger.model import ActorMention, Claim, Event, Relation, Span

KINDS = {
    "evidence": "claim evidence (what was claimed)",
    "cue": "cue and speaker",
    "actor": "actor",
    "place": "place",
    "date": "date",
    "casualty": "casualty figure",
    "weapon": "weapon or platform",
}
"""Highlight kinds and what the legend calls them; each has a colour in style.css."""


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    title: str = ""
    href: str | None = None


def _spans_of(claim: Claim) -> Iterable[tuple[Span, str, str]]:
    """(span, kind, title) for everything a claim's payload points at."""
    yield claim.content, "evidence", f"claim {claim.id} ({claim.stance.value})"
    if claim.cue is not None:
        yield claim.cue, "cue", "cue"
    if claim.claimant is not None:
        yield claim.claimant.span, "cue", f"claimant: {claim.claimant.name}"
    prop = claim.proposition
    mentions: list[ActorMention] = []
    if isinstance(prop, Event):
        mentions = [*prop.initiators, *prop.targets]
        if prop.place is not None:
            name = prop.place.place.name if prop.place.place else prop.place.span.text
            yield prop.place.span, "place", f"place: {name}"
        if prop.date is not None:
            yield prop.date.span, "date", f"date: {prop.date.start or '?'}"
        if prop.instrument is not None:
            yield prop.instrument, "weapon", "instrument"
        for figure in prop.casualties:
            high = "" if figure.high == figure.low else f"-{figure.high or ''}"
            yield figure.span, "casualty", f"{figure.kind} {figure.group}: {figure.low}{high}"
    elif isinstance(prop, Relation):
        mentions = [prop.subject, *([prop.object] if prop.object else [])]
        if prop.object_place is not None:
            yield prop.object_place.span, "place", "place"
    for mention in mentions:
        yield mention.span, "actor", f"actor: {mention.name}"


def claim_highlights(
    claims: Iterable[Claim], text_length: int, link_evidence: bool = True
) -> list[Highlight]:
    """The distinct spans of ``claims`` inside ``[0, text_length)``; with
    ``link_evidence``, evidence spans link to the claim's card (``#claim-<id>``)."""
    seen: dict[tuple[int, int, str], Highlight] = {}
    for claim in claims:
        for span, kind, title in _spans_of(claim):
            start, end = max(0, span.start), min(span.end, text_length)
            if start >= end or (start, end, kind) in seen:
                continue
            href = f"#claim-{claim.id}" if kind == "evidence" and link_evidence else None
            seen[(start, end, kind)] = Highlight(start, end, kind, title, href)
    return list(seen.values())


def _open(h: Highlight) -> str:
    title = f' title="{escape(h.title)}"' if h.title else ""
    return f'<mark class="hl-{escape(h.kind)}"{title}>'


def highlight(text: str, highlights: Iterable[Highlight], offset: int = 0) -> Markup:
    """``text`` (which starts at ``offset`` in its document) with ``highlights`` marked.

    Pieces covered by a span with ``href`` are links; the rest is plain escaped text.
    """
    end_at = offset + len(text)
    kept = [h for h in highlights if h.start < end_at and h.end > offset and h.start < h.end]
    cuts = sorted(
        {offset, end_at, *(max(h.start, offset) for h in kept), *(min(h.end, end_at) for h in kept)}
    )
    out: list[str] = []
    open_link: str | None = None
    for start, end in pairwise(cuts):
        piece = str(escape(text[start - offset : end - offset]))
        covering = sorted(
            (h for h in kept if h.start <= start and h.end >= end),
            key=lambda h: (h.start - h.end, h.kind),
        )
        for h in reversed(covering):
            piece = f"{_open(h)}{piece}</mark>"
        link = next((h.href for h in covering if h.href), None)
        if link != open_link:
            if open_link is not None:
                out.append("</a>")
            if link is not None:
                out.append(f'<a class="evidence" href="{escape(link)}">')
            open_link = link
        out.append(piece)
    if open_link is not None:
        out.append("</a>")
    return Markup("".join(out))


def sentence_around(text: str, start: int, end: int, limit: int = 600) -> tuple[int, int]:
    """The bounds of the sentence(s) holding ``[start, end)``: from the end of the previous
    sentence to the end of the last one, at most ``limit`` characters either side."""
    lo = max(0, start - limit)
    before = max(text.rfind(stop, lo, start) for stop in (". ", "! ", "? ", "\n"))
    begin = before + 1 if before >= 0 else lo
    hi = min(len(text), end + limit)
    after = [i for i in (text.find(stop, end, hi) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    finish = min(after) + 1 if after else hi
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(finish, end)
