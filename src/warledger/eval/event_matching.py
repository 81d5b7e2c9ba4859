"""Matching warledger's events to gold event mentions, and the standard event scores.

Shared by the WikiEvents and RAMS adapters: the gold event in character
offsets, the slots of a predicted event, trigger alignment, head-word matching,
and the scores as the data sets' papers define them:

* WikiEvents (Li, Ji & Han 2021): trigger identification (exact offsets) and
  classification (exact offsets and type), and argument classification (exact
  trigger and argument offsets, event type and role), each over every gold
  event and every prediction (``trigger_counts``, ``document_argument_counts``);
* RAMS (Ebner et al. 2020): argument F1 of the one annotated event per window,
  exact span and role (``window_argument_counts``). RAMS gives systems the gold
  trigger; warledger finds its own, so the event whose trigger overlaps the
  gold one is taken as its reading of that event, and its type must agree
  (a role belongs to its event type).

A gold event whose type has no PLOVER counterpart stays in the denominator: its
label (``gold_label``) is one no prediction carries, and its arguments in roles
with no warledger slot (``GoldEvent.unmapped_arguments``) count as missed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from warledger.eval.scoring import PRF, LabeledSpan, match_one_to_one, match_spans, spans_overlap
from warledger.model import Event, PloverType


@dataclass(frozen=True)
class GoldArgument:
    slot: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldEvent:
    """A gold event in character offsets; ``plover`` None when it is excluded;
    ``slots`` are those its type has a role for (only these are scored);
    ``unmapped_arguments`` counts its arguments in roles with no slot, which
    the standard scores count as missed."""

    start: int
    end: int
    source_type: str
    plover: PloverType | None
    arguments: tuple[GoldArgument, ...] = ()
    slots: frozenset[str] = frozenset()
    unmapped_arguments: int = 0


def head_start(doc: Doc, start: int, end: int) -> int | None:
    """Character offset of the syntactic head of ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.idx if span is not None and len(span) else None


def heads_match(doc: Doc, predicted: tuple[int, int], gold: tuple[int, int]) -> bool:
    """The head word of either span lies inside the other span."""
    for (start, end), other in ((gold, predicted), (predicted, gold)):
        head = head_start(doc, start, end)
        if head is not None and other[0] <= head < other[1]:
            return True
    return False


def predicted_slots(event: Event) -> dict[str, list[tuple[int, int]]]:
    """A warledger event's fillers per slot, as character ranges."""
    return {
        "initiators": [(a.span.start, a.span.end) for a in event.initiators],
        "targets": [(a.span.start, a.span.end) for a in event.targets],
        "place": [(event.place.span.start, event.place.span.end)] if event.place else [],
        "instrument": (
            [(event.instrument.start, event.instrument.end)] if event.instrument else []
        ),
    }


def align(events: Sequence[Event], gold: Sequence[GoldEvent]) -> list[tuple[Event, GoldEvent]]:
    """Greedy one-to-one pairs of overlapping triggers, same type preferred."""
    pairs = []
    left = list(gold)
    for event in sorted(events, key=lambda e: (e.trigger.start, e.trigger.end)):
        span = LabeledSpan(event.trigger.start, event.trigger.end)
        touching = [g for g in left if spans_overlap(span, LabeledSpan(g.start, g.end))]
        if touching:
            best = next((g for g in touching if g.plover == event.type), touching[0])
            left.remove(best)
            pairs.append((event, best))
    return pairs


def gold_label(event: GoldEvent) -> str:
    """The type a prediction must carry to match ``event``: its PLOVER type, or
    ``unmapped:<source type>`` (which no prediction carries) when it has none."""
    return event.plover.value if event.plover else f"unmapped:{event.source_type}"


def trigger_counts(events: Sequence[Event], gold: Sequence[GoldEvent], typed: bool) -> PRF:
    """Exact-offset trigger identification (or, ``typed``, classification) counts."""
    predicted = [LabeledSpan(e.trigger.start, e.trigger.end, e.type.value) for e in events]
    golds = [LabeledSpan(g.start, g.end, gold_label(g)) for g in gold]
    return match_spans(predicted, golds, mode="exact", typed=typed)


def document_argument_counts(
    doc: Doc, events: Sequence[Event], gold: Sequence[GoldEvent], match: Literal["exact", "head"]
) -> PRF:
    """Argument classification counts for one document: a predicted argument is
    right when its trigger offsets, event type and slot are those of a gold
    argument and so are its offsets (``exact``) or its head word (``head``, the
    Head F1 of Li, Ji & Han 2021)."""

    def where(start: int, end: int) -> object:
        return (start, end) if match == "exact" else (head_start(doc, start, end), "head")

    gold_keys = Counter(
        (g.start, g.end, gold_label(g), where(a.start, a.end), a.slot)
        for g in gold
        for a in dict.fromkeys(g.arguments)
    )
    predicted = Counter(
        (trigger_start, trigger_end, event_type, where(start, end), slot)
        for trigger_start, trigger_end, event_type, start, end, slot in {
            (e.trigger.start, e.trigger.end, e.type.value, start, end, slot)
            for e in events
            for slot, spans in predicted_slots(e).items()
            for start, end in spans
        }
    )
    tp = sum((gold_keys & predicted).values())
    missed = gold_keys.total() - tp + sum(g.unmapped_arguments for g in gold)
    return PRF(tp=tp, fp=predicted.total() - tp, fn=missed)


def window_argument_counts(
    doc: Doc, events: Sequence[Event], gold: GoldEvent, match: Literal["exact", "head"]
) -> PRF:
    """Argument counts for a window's one gold event, one-to-one, role (slot) and
    event type required; ``match`` is exact spans or the head-word match."""
    pairs = align(events, [gold])
    missed = len(gold.arguments) + gold.unmapped_arguments
    if not pairs:
        return PRF(fn=missed)
    event = pairs[0][0]
    predicted = [
        (slot, span)
        for slot, spans in predicted_slots(event).items()
        for span in dict.fromkeys(spans)
    ]
    if event.type != gold.plover:
        return PRF(fp=len(predicted), fn=missed)
    counts = PRF(fn=gold.unmapped_arguments)
    counts.add(
        match_one_to_one(
            predicted,
            [(a.slot, (a.start, a.end)) for a in gold.arguments],
            lambda p, g: (
                p[0] == g[0]
                and (g[1] == p[1] if match == "exact" else heads_match(doc, p[1], g[1]))
            ),
        )
    )
    return counts
