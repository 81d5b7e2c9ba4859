"""What says which of a place name's namesakes is meant, next to the name itself.

A state or country after the town and a comma ("Paris, Texas", "Edmonton, Ky.",
"HAMILTON, Ont.") names the town's area (``with_qualifiers``). A report's place
dateline with no such qualifier ("MEMPHIS —", "BOSTON —") is, by the wire
services' style, a city big enough to need none (``dateline_name`` finds its
words, all of them: "PLEASANT GROVE —" is one name, not "GROVE"). A name the
report wrote out once is written out wherever it is read as that place
(``written_out``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from warledger.extract.argument_kinds import DASHES, in_dateline
from warledger.extract.attrs import doc_text
from warledger.geo.us_states import state_after
from warledger.model import PlaceMention

_DATELINE_WORDS = 5
"""A dateline's town has at most this many words before its comma or dash."""


@dataclass(frozen=True)
class Mention:
    """A place name found in the text, before the gazetteer reads it."""

    start: int
    end: int
    text: str
    from_ner: bool
    qualifier: str | None = None
    demonym_of: str | None = None
    dateline: bool = False
    """The report's place dateline with no qualifier after it."""


def with_qualifiers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Attach "Texas" to "Paris" in "Paris, Texas" (the next mention after a comma),
    and the state or province an abbreviation stands for in "Edmonton, KY" /
    "Edmonton, Ky." / "Hamilton, Ont.". A mention that is itself only such an
    abbreviation is dropped: it qualifies the town before it and is no place of its
    own ("KY" is no town in Alaska). The dateline's town with no qualifier is marked."""
    out = []
    text = doc_text(doc)
    abbreviations: set[int] = set()
    lead = dateline_name(doc)
    for i, m in enumerate(mentions):
        if m.start in abbreviations:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        qualifier = None
        state = state_after(text, m.end)
        if state is not None:
            qualifier = state[0]
            if nxt is not None and nxt.end <= state[1] + 1:
                abbreviations.add(nxt.start)
        elif nxt is not None and text[m.end : nxt.start].strip() == ",":
            qualifier = nxt.text
        bare = lead is not None and (m.start, m.end) == (lead.start_char, lead.end_char)
        out.append(replace(m, qualifier=qualifier, dateline=bare and qualifier is None))
    return out


def dateline_name(doc: Doc) -> Span | None:
    """The words of the report's place dateline: capitals from the text's start up to
    the comma or dash after them ("BATON ROUGE —", "HAMILTON, Ont. —"); None when
    the text does not open with one."""
    if not len(doc) or not in_dateline(doc[0]):
        return None
    for token in doc[: _DATELINE_WORDS + 1]:
        if token.text == "," or token.text in DASHES:
            return doc[: token.i] if token.i else None
        if not (token.is_alpha and token.is_upper) and token.text != ".":
            return None
    return None


def written_out(places: list[PlaceMention]) -> list[PlaceMention]:
    """``places`` with every mention of a name the report wrote out once ("LONDON,
    Ont. —") marked ``qualified`` where it is read as that same place: "London police
    said" further down names the town the dateline chose, and an event placed by it
    is placed as surely."""
    chosen = {
        (m.span.text.lower(), m.place.name, m.place.latitude, m.place.longitude)
        for m in places
        if m.qualified and m.place is not None
    }
    return [
        m.model_copy(update={"qualified": True})
        if not m.qualified
        and m.place is not None
        and (m.span.text.lower(), m.place.name, m.place.latitude, m.place.longitude) in chosen
        else m
        for m in places
    ]
