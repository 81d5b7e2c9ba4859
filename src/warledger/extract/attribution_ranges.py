"""Token ranges of an attribution's parts: the character span a token range
stands for, edges trimmed of punctuation with a quotation kept whole, a run cut
at paragraph breaks, the longest run of a set of tokens.

Split from ``attribution``, which decides what the source, cue and content are;
these say only where such a part begins and ends.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract.attribution_quotes import QUOTES, opens_quote
from warledger.model import Span


def text_span(doc: Doc, start: int, end: int) -> Span:
    """Token range ``[start, end)`` as a character span of ``doc.text``.

    The tokens' own text is that slice, and far cheaper: spaCy builds
    ``doc.text`` anew from every token on each access. Space tokens at the
    edges (a no-break space after a name) are no part of any span.
    """
    while end - start > 1 and doc[end - 1].is_space:
        end -= 1
    while end - start > 1 and doc[start].is_space:
        start += 1
    first, last = doc[start], doc[end - 1]
    char_end = last.idx + len(last.text)
    text = doc[start:end].text if start < end else ""
    return Span(start=first.idx, end=char_end, text=text, document_id=doc._.document_id or None)


def char_text_span(doc: Doc, text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end], document_id=doc._.document_id or None)


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation, but keep a quotation whole with its closing mark.

    '"We will not retreat," he said' should yield the quote with both marks,
    while 'Y, sources said' should yield Y without the comma. A mark opens a
    quotation only when it hugs the next word: one followed by a space closes
    the sentence before and stays out.
    """
    while start < end and (
        doc[start].is_space
        or (doc[start].is_punct and (doc[start].text not in QUOTES or closes_quote(doc[start])))
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if (
        start < end
        and start > 0
        and doc[start - 1].text in QUOTES
        and not closes_quote(doc[start - 1])
    ):
        start -= 1
    if start < end and opens_quote(doc[start:end].text):
        for i in range(end, min(end + 3, len(doc))):
            if doc[i].text in QUOTES:
                return start, i + 1
            if not doc[i].is_punct:
                break
    return start, end


def closes_quote(mark: Token) -> bool:
    """Whether a quote mark is followed by a space (so closes, not opens, a quotation)."""
    return bool(mark.whitespace_) or (mark.i + 1 < len(mark.doc) and mark.nbor().is_space)


def in_paragraph(doc: Doc, run: tuple[int, int], anchor: int) -> tuple[int, int]:
    """Cut a token run at paragraph breaks, keeping the part nearest ``anchor``.

    A misparse can hang one paragraph's clause on the next one's verb, and the
    tagger can run a speaker's name back over the line break before it
    (a closing quote mark or a timestamp line); what a speaker said, or who
    said it, never spans a blank line.
    """
    start, end = run
    for i in range(run[0], run[1]):
        if doc[i].is_space and "\n" in doc[i].text:
            if i < anchor:
                start = i + 1
            elif i < end:
                end = i
    return (start, end) if start < end else run


def longest_run(indices: set[int]) -> tuple[int, int] | None:
    """The longest run of consecutive token indices, as ``[start, end)``."""
    best: tuple[int, int] | None = None
    for i in sorted(indices):
        if i - 1 in indices:
            continue
        j = i
        while j + 1 in indices:
            j += 1
        if best is None or j + 1 - i > best[1] - best[0]:
            best = (i, j + 1)
    return best
