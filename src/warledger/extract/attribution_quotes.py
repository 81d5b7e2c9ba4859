"""Quotation marks for ``warledger_attribution``: where a quotation opens and closes.

Why a module of its own: what a speaker said is most often a quotation, and
the content's edges are the quote marks (PolNeAR, like a reader, keeps both
marks and the punctuation inside them: '"We will stay."'). News copy writes
the marks three ways: curly ("“...”"), straight ('"..."') and, in wire and
newspaper archives, doubled apostrophes and backticks ("''...''",
"``...''"). A quotation never runs past its paragraph here: one that does
(a quote continued over several paragraphs) is cut at the paragraph's end.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

OPENING = frozenset({"“", '"', "''", "``", "«", "„"})
CLOSING = frozenset({"”", '"', "''", "»"})
QUOTES = OPENING | CLOSING
CLOSER = {"“": "”", "``": "''", "«": "»", "„": "“"}  # any other mark closes itself
OPENER = {"”": "“", "»": "«"}  # "''" may close "''" or "``"; curly and guillemets pair up
_MARKS = re.compile(r"“|”|\"|''|``|«|»|„")
# Double marks, which copy mixes: a quotation opened with one may close with another.
_DOUBLE_OPENERS = frozenset({"“", '"', "„"})
_DOUBLE_CLOSERS = frozenset({"”", '"'})


def closer(mark: str) -> str:
    """The mark that closes a quotation opened with ``mark``."""
    return CLOSER.get(mark, mark)


def opens_quote(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close ('"we will win' yes)."""
    return (
        text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
        or (text.count("''") + text.count("``")) % 2 == 1
    )


def open_quote_before(text: str, start: int) -> int | None:
    """Where the quotation that ``start`` lies inside opens, within its paragraph.

    A quote of several sentences ('"A. B," she said') parses as separate
    sentences; the reported content is still the whole quotation. The marks are
    read in order, and any closing mark ends an open quotation: copy pasted from
    several sources mixes them ('“We will stay," he said'), and a quotation opened
    curly and closed straight would otherwise stay open to the paragraph's end (a
    whole story, in feeds that drop paragraph breaks).
    """
    paragraph_start = text.rfind("\n", 0, start) + 1
    opened: tuple[int, str] | None = None
    for found in _MARKS.finditer(text, paragraph_start, start):
        mark = found.group()
        if opened is not None and (mark in CLOSING or mark == closer(opened[1])):
            opened = None
        elif mark in OPENING:
            opened = (found.start(), mark)
    return opened[0] if opened is not None else None


def quote_close_end(text: str, opening: int, mark: str) -> int | None:
    """The offset just after the mark closing the quotation that ``mark`` opens
    at ``opening``, if it closes in the same paragraph: its own closer or, for a
    double mark, whichever double mark comes first (copy mixes curly and straight)."""
    closers = {closer(mark)} | (_DOUBLE_CLOSERS if mark in _DOUBLE_OPENERS else set())
    pattern = "|".join(re.escape(c) for c in sorted(closers, key=len, reverse=True))
    paragraph_end = text.find("\n", opening)
    found = re.compile(pattern).search(text, opening + len(mark))
    if found is None or (paragraph_end != -1 and found.start() > paragraph_end):
        return None
    return found.end()


def adjacent_quote(doc: Doc, text: str, first: int, last: int) -> tuple[int, int] | None:
    """The token range of a quotation right before or after the words ``first`` to
    ``last`` (a cue and its speaker), past spaces, commas and colons only.

    '"... purpose," said Rep. Smith', '"Denver," he answered' and 'Said Ellis:
    "..."' put the quote in a sentence of its own, which the parse leaves
    unattached; the quote is still what was said.
    """
    i = first - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in {",", ":"}):
        i -= 1
    if i >= 0 and doc[i].text in CLOSING:
        opening = open_quote_before(text, doc[i].idx)
        if opening is not None:
            start = doc.char_span(opening, opening + 1, alignment_mode="expand")
            return (start[0].i, i + 1) if start is not None else None
    j = last + 1
    while j < len(doc) and (doc[j].is_space or doc[j].text in {",", ":"}):
        j += 1
    if j < len(doc) and doc[j].text in OPENING:
        close = quote_close_end(text, doc[j].idx, doc[j].text)
        if close is not None:
            end = doc.char_span(close - 1, close, alignment_mode="expand")
            return (j, end[-1].i + 1) if end is not None else None
    return None
