"""Photo credits and bylines: names there are agencies and people, not places.

"Photo: Metro Video", "(Credit: Harbour Images)", "By Henry Lake" name who made
the picture or wrote the story; a gazetteer lookup turns them into towns far away.
These spans are found by their lead word and reach to the end of the line (or the
closing parenthesis), so place candidates inside them can be dropped.
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"(?:^|(?<=\())[ \t]*(?:photo(?:graph)?s?|images?|pictures?|video|credits?|courtesy(?: of)?|"
    r"copyright|©|by)\b(?=[ \t]*[:©]|[ \t]+[A-Z])[^\n)]*",
    re.IGNORECASE | re.MULTILINE,
)
_INLINE_CREDIT = re.compile(
    r"\b(?:photo|image|picture|video)\s*(?:credit)?\s*:[^\n)]*", re.IGNORECASE
)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of credit and byline text in ``text``."""
    spans = [m.span() for m in _CREDIT.finditer(text)]
    spans.extend(m.span() for m in _INLINE_CREDIT.finditer(text))
    return spans
