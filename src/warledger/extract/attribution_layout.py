"""Attributions that typography, not grammar, marks: "Pence: ...", '"..." ― Name'.

Headlines ("Minister: Troops will stay"), interview transcripts ("WALLACE: Let's
start...") and reader-quote lists ('"We are afraid." ― A resident') attribute
words with a colon or a dash where no reporting verb exists for the parser to
find. Both are line-level conventions, so they are found with line-anchored
patterns and handed back as character offsets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warledger.extract.attribution_lexicon import EDITORIAL_LABELS

SPEAKER_COLON = re.compile(
    r"^[ \t]*[\"“]?(?P<source>[A-Z][\w.’'()-]*(?:[ \t]+[A-Z(][\w.’'()-]*){0,4})"
    r"(?P<cue>:)[ \t]+(?P<content>\S[^\n]*?)[ \t.]*$",
    re.MULTILINE,
)
QUOTE_DASH = re.compile(  # [^\S\n]: any space but a line break (web copy has no-break spaces)
    r"(?P<content>[“”\"][^”\"\n]+[”\"])[^\S\n]*(?P<cue>[―—–])[^\S\n]*"
    r"(?P<source>[A-Z][^\n“\"]{0,60}?)[^\S\n.]*[.]?[^\S\n]*$",
    re.MULTILINE,
)


class LayoutAttribution(NamedTuple):
    """Character offsets ``(start, end)`` of the three parts."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]


def layout_attributions(text: str) -> list[LayoutAttribution]:
    """Speaker-colon and quote-dash attributions in ``text``, in text order."""
    found = []
    for pattern in (SPEAKER_COLON, QUOTE_DASH):
        for match in pattern.finditer(text):
            if match.group("source").lower() in EDITORIAL_LABELS:
                continue
            found.append(
                LayoutAttribution(match.span("source"), match.span("cue"), match.span("content"))
            )
    return sorted(found, key=lambda item: item.cue)
