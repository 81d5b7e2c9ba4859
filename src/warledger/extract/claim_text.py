"""The text a document's claims are cut from: trimmed spans in document offsets, its
sentences and its quotations.

A claim's content is a sentence, a quotation or an attribution's words, always
without surrounding whitespace, so the same words give the same claim id on every
run. Quotations are found by their marks, not by the parser: a long speech in
curly quotes may run over several paragraphs, and its speaker is told by a cue
after it or by the sentence right before it (``sentence_before``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from warledger.extract.attrs import doc_text
from warledger.model import Span

# A quotation: curly quotes may span paragraphs (a long speech), straight
# quotes stay within one paragraph so that a stray mark cannot swallow a text.
# A curly quotation may close with a straight mark: copy mixes them.
QUOTATION = re.compile(r"“[^“”]{1,4000}?[”\"]|\"[^\"\n]{1,1500}\"|«[^«»]{1,4000}»")
# What may stand between a sentence and the quotation it introduces.
_BETWEEN = ' \n\t"“'


class ClaimText:
    """One document's text with its sentence boundaries and quotations."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.document_id: str = doc._.document_id or ""
        self.sentences: list[tuple[int, int]] = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else []
        )
        self.sentence_starts: list[int] = [start for start, _ in self.sentences]
        self.quotations: list[Span] = [
            self.span(m.start(), m.end()) for m in QUOTATION.finditer(self.text)
        ]

    def span(self, start: int, end: int) -> Span:
        """``doc.text[start:end]`` without its surrounding whitespace."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(
            start=start, end=end, text=text[start:end], document_id=self.document_id or None
        )

    def sentence(self, span: Span) -> Span:
        """The sentence holding ``span``'s start, stretched to cover all of it
        (the whole text if sentences are unknown)."""
        at = bisect_right(self.sentence_starts, span.start) - 1
        if at < 0:
            return self.span(0, len(self.text))
        start, end = self.sentences[at]
        return self.span(min(start, span.start), max(end, span.end))

    def sentence_before(self, quotation: Span) -> Span | None:
        """The sentence right before a free-standing quotation, when only spaces and
        quotation marks stand between them (the one that may introduce its speaker)."""
        at = bisect_right(self.sentence_starts, quotation.start) - 1
        if at < 1:
            return None
        start, end = self.sentences[at - 1]
        if start >= quotation.start or self.text[end : quotation.start].strip(_BETWEEN):
            return None
        return self.span(start, end)
