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

OPENING = frozenset({"“", '"', "''", "``", "«", "„"})
CLOSING = frozenset({"”", '"', "''", "»"})
QUOTES = OPENING | CLOSING
CLOSER = {"“": "”", "``": "''", "«": "»", "„": "“"}  # any other mark closes itself
OPENER = {"”": "“", "»": "«"}  # "''" may close "''" or "``"; curly and guillemets pair up


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
    sentences; the reported content is still the whole quotation.
    """
    paragraph_start = text.rfind("\n", 0, start) + 1
    before = text[paragraph_start:start]
    curly_open = before.rfind("“")
    if curly_open != -1 and "”" not in before[curly_open:]:
        return paragraph_start + curly_open
    if before.count('"') % 2 == 1:
        return paragraph_start + before.rfind('"')
    if (before.count("''") + before.count("``")) % 2 == 1:
        return paragraph_start + max(before.rfind("''"), before.rfind("``"))
    return None


def quote_close_end(text: str, opening: int, mark: str) -> int | None:
    """The offset just after the mark closing the quotation that ``mark`` opens
    at ``opening``, if it closes in the same paragraph."""
    close = closer(mark)
    paragraph_end = text.find("\n", opening)
    found = text.find(close, opening + len(mark))
    if found == -1 or (paragraph_end != -1 and found > paragraph_end):
        return None
    return found + len(close)
