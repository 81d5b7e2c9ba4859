"""A content that opens its sentence with the writer's connective starts after it.

"But in recent days, advisers say, the plan has changed": the "But" ties the
sentence to the one before it in the writer's narrative; the advisers did not say
it. PolNeAR's annotators leave such a sentence-initial connective out of the
content more often than not (on the train split "But" out 54 times, in 30; "And"
15 / 9; "However", "Still", "Indeed" 13 / 2), so a content that opens its sentence
with "and" or "but", or with a connective adverb and its comma, starts at the next
word. Adverbs that are part of what is said stay ("Instead, ...", "Now ...": in
more often than out). A content that opens with a quotation mark is the speaker's
own words and keeps everything inside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from warledger.extract.attribution_ranges import char_text_span
from warledger.model import Attribution

CONJUNCTIONS = frozenset({"and", "but"})
CONNECTIVES = frozenset({"however", "still", "indeed", "moreover", "nevertheless", "furthermore"})
SENTENCE_END = frozenset({".", "!", "?"})


def with_plain_openings(doc: Doc, text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each content's sentence-initial connective left out."""
    return [_opened(doc, text, a) for a in found]


def _opened(doc: Doc, text: str, attribution: Attribution) -> Attribution:
    content = attribution.content
    words = doc.char_span(content.start, content.end, alignment_mode="contract")
    if words is None or len(words) < 4 or not _sentence_initial(words[0]):
        return attribution
    first = words[0]
    skip = 0
    if first.lower_ in CONJUNCTIONS and first.pos_ == "CCONJ":
        skip = 1
    elif first.lower_ in CONNECTIVES and first.dep_ == "advmod" and words[1].text == ",":
        skip = 2
    if not skip:
        return attribution
    start = words[skip].idx
    return attribution.model_copy(update={"content": char_text_span(doc, text, start, content.end)})


def _sentence_initial(token: Token) -> bool:
    """Whether ``token`` opens a sentence: the document's first word, or the first
    after a full stop or a line break."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        if "\n" in token.doc[i].text:
            return True
        i -= 1
    if i < 0:
        return True
    previous = token.doc[i]
    return (
        previous.text in SENTENCE_END
        or "\n" in previous.whitespace_
        or (previous.is_quote and i > 0 and token.doc[i - 1].text in SENTENCE_END)
    )
