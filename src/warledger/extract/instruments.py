"""Weapons and military platforms named in a text: the lexicon's, then the trained
conflict-entity model's where the lexicon found nothing.

Split from ``actors``: instruments are found beside the actors (from the same phrase
hits and model proposals) but are not actors, and nothing here links to the KB.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from warledger.extract.actor_shapes import join_adjacent, ship_names
from warledger.extract.attrs import model_span
from warledger.extract.conflict_entities import EntityProposal
from warledger.kb import matchers as m
from warledger.model import Instrument

MODEL_INSTRUMENT_LABELS = {"Weapon": "WEAPON", "MilitaryPlatform": "MILITARY_PLATFORM"}
_AMOUNT_OR_TIME = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "PERCENT"})
_PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "LOC"})


def find_instruments(
    doc: Doc, hits: Iterable[m.PhraseHit], proposals: Iterable[EntityProposal]
) -> list[Instrument]:
    """The lexicon's weapons and platforms, then the model's where the lexicon
    has nothing (the lexicon's reading of a span wins)."""
    spans = [
        Span(doc, h.start, h.end, label="WEAPON" if h.category == m.WEAPON else "PLATFORM")
        for h in hits
        if h.category in (m.WEAPON, m.PLATFORM)
    ]
    spans = join_adjacent(filter_spans([*spans, *ship_names(doc)]))
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans += [
        Span(doc, p.start, p.end, label=MODEL_INSTRUMENT_LABELS[p.label])
        for p in proposals
        if p.label in MODEL_INSTRUMENT_LABELS
        and taken.isdisjoint(range(p.start, p.end))
        and not amount_or_time(doc[p.start : p.end])
        and not person_or_place(doc[p.start : p.end])
    ]
    return [
        Instrument(
            span=model_span(s),
            label="WEAPON" if s.label_ == "WEAPON" else "MILITARY_PLATFORM",
            name=s.text,
        )
        for s in sorted(spans, key=lambda s: s.start)
    ]


def amount_or_time(span: Span) -> bool:
    """Whether a span's head is a time, a date or an amount ("two hours", "weeks",
    "30"): the conflict-entity model proposes such spans as weapons now and then on
    lower-case wire text, and no weapon or platform is one."""
    root = span.root
    return root.like_num or root.ent_type_ in _AMOUNT_OR_TIME


def person_or_place(span: Span) -> bool:
    """Whether a word of the span lies in a person's or a place's name as the English
    model reads it ("colonel ricardo alfonso casanova", "victor manuel veliz"): the
    conflict-entity model, reading lower-case wire text, now and then proposes a word of
    such a name as a weapon, and no weapon or platform is named by one."""
    return any(t.ent_type_ in _PERSON_OR_PLACE for t in span)
