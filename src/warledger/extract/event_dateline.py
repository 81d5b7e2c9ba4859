"""The town a report's place dateline names, and the town a state qualifier belongs to.

Local and wire news open with a dateline: "GREENVILLE, S.C. — Two people were
killed...". The town there is where the report was filed and, for the event its
lead sentence tells, where it happened; but the sentence splitter often cuts the
dateline off as a sentence of its own, so the lead's event finds no place in its
sentence. ``dateline_town`` finds the dateline's town (its words in capitals at
the start of a line, a dash before any verb: ``argument_kinds.in_dateline``) and
the first token after the dash, where the lead begins.

A state written after a town ("COLUMBUS, Ohio", "Paris, Texas") is a place
mention of its own, and the nearest place to a trigger in the dateline's
sentence; it only says which Columbus is meant, and the event is in the town
(``qualified_town``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from warledger.extract.argument_kinds import DASHES, in_dateline
from warledger.model import GeoPrecision, PlaceMention

_LEAD_TOKENS = 12
"""A dateline's dash comes within this many tokens of its town."""


def dateline_town(doc: Doc, places: Sequence[PlaceMention]) -> tuple[PlaceMention, int] | None:
    """The located town the report's dateline names, and the index of the token the
    lead begins with (after the dateline's dash); None without such a dateline."""
    for mention in places:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if span.start > 0 and not doc[span.start - 1].is_space:
            return None  # the first place is not at a line's start: no dateline
        place = mention.place
        if (
            place is None
            or place.precision != GeoPrecision.EXACT
            or not in_dateline(span[0])
            or not span.text.isupper()
        ):
            return None
        for token in doc[span.end : span.end + _LEAD_TOKENS]:
            if token.text in DASHES:
                return (mention, token.i + 1) if token.i + 1 < len(doc) else None
        return None
    return None


def qualified_town(chosen: PlaceMention, places: Sequence[PlaceMention], text: str) -> PlaceMention:
    """The town ``chosen`` qualifies when it is the state or country written right
    after a town and a comma ("COLUMBUS, Ohio"); else ``chosen`` itself."""
    if chosen.place is None or chosen.place.precision == GeoPrecision.EXACT:
        return chosen
    for mention in places:
        if mention.span.end < chosen.span.start and mention.place is not None:
            between = text[mention.span.end : chosen.span.start]
            if between.strip() == "," and mention.place.precision == GeoPrecision.EXACT:
                return mention
    return chosen
