"""WikiEvents adapter: KAIROS event triggers, types (mapped to PLOVER) and arguments,
scored against warledger's events. The gold side (layout, type map, judgement
calls) is read by ``wikievents_gold``.

Headline (Li, Ji & Han 2021): trigger identification and classification and
argument classification F1 with exact offsets, over every gold event (those
with no PLOVER counterpart count as missed) and every prediction
(``event_matching``).

Secondary, lenient, over the mapped gold events and the scored predictions
only: (a) trigger identification, a predicted trigger overlapping a gold
trigger, one-to-one; (b) the same with the PLOVER type required to agree; (c)
arguments, per slot and micro, taken from the prediction aligned with each gold
event (those of a gold event no prediction found count as missed; those of an
unaligned prediction are not counted, its trigger being the error already
scored). A predicted filler matches a gold one when the head word of either
lies inside the other's span (the usual head-word match; no coreference, so a
pronoun in gold is only found as a pronoun).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from warledger.eval.event_matching import (
    GoldEvent,
    align,
    document_argument_counts,
    heads_match,
    predicted_slots,
    trigger_counts,
)
from warledger.eval.scoring import (
    PRF,
    LabeledSpan,
    headline,
    match_one_to_one,
    match_spans,
    spans_overlap,
)
from warledger.eval.wikievents_gold import TYPE_MAP, GoldDoc, plover_image, read_documents
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Event, PloverType

SLOTS: tuple[str, ...] = ("initiators", "targets", "place", "instrument")


@dataclass
class EventScores:
    """Counts accumulated over documents, shared with the RAMS adapter."""

    identification: PRF = field(default_factory=PRF)
    typed: PRF = field(default_factory=PRF)
    slots: dict[str, PRF] = field(default_factory=lambda: {s: PRF() for s in SLOTS})
    excluded: Counter[str] = field(default_factory=Counter)
    unscored_predictions: int = 0

    def arguments(self) -> dict[str, object]:
        micro = PRF()
        for counts in self.slots.values():
            micro.add(counts)
        return {
            "micro": micro.as_dict(),
            "per_slot": {slot: counts.as_dict() for slot, counts in self.slots.items()},
        }


def score_arguments(doc: Doc, event: Event, gold: GoldEvent, scores: EventScores) -> None:
    """Head-word matching, one-to-one, in the slots the gold type defines."""
    for slot, predicted in predicted_slots(event).items():
        if slot not in gold.slots:
            continue
        gold_spans = [(a.start, a.end) for a in gold.arguments if a.slot == slot]
        scores.slots[slot].add(
            match_one_to_one(
                dict.fromkeys(predicted), gold_spans, lambda p, g: heads_match(doc, p, g)
            )
        )


def miss_arguments(gold: GoldEvent, scores: EventScores) -> None:
    """The arguments of a gold event no prediction found are all missed."""
    for argument in gold.arguments:
        scores.slots[argument.slot].fn += 1


def score_document(
    doc: Doc,
    events: Sequence[Event],
    gold: GoldDoc,
    image: frozenset[PloverType],
    scores: EventScores,
) -> None:
    """Add one document's trigger and argument counts to ``scores``."""
    mapped = [g for g in gold.events if g.plover is not None]
    excluded = [LabeledSpan(g.start, g.end) for g in gold.events if g.plover is None]
    scores.excluded.update(g.source_type for g in gold.events if g.plover is None)
    scored = []
    for event in events:
        span = LabeledSpan(event.trigger.start, event.trigger.end)
        hits_mapped = any(spans_overlap(span, LabeledSpan(g.start, g.end)) for g in mapped)
        hits_excluded = any(spans_overlap(span, g) for g in excluded)
        if event.negated or event.type not in image or (hits_excluded and not hits_mapped):
            scores.unscored_predictions += 1
        else:
            scored.append(event)
    predicted = [LabeledSpan(e.trigger.start, e.trigger.end, e.type.value) for e in scored]
    golds = [LabeledSpan(g.start, g.end, g.plover.value) for g in mapped if g.plover]
    scores.identification.add(match_spans(predicted, golds, mode="overlap", typed=False))
    scores.typed.add(match_spans(predicted, golds, mode="overlap", typed=True))
    pairs = align(scored, mapped)
    for event, gold_event in pairs:
        score_arguments(doc, event, gold_event, scores)
    found = {id(g) for _, g in pairs}
    for gold_event in mapped:
        if id(gold_event) not in found:
            miss_arguments(gold_event, scores)


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Standard exact-offset trigger and argument F1 (headline) and the lenient
    mapped-events scores, over the first ``limit`` articles."""
    documents = read_documents(path)
    documents = documents[:limit] if limit is not None else documents
    extractor = Extractor()
    image = plover_image(TYPE_MAP)
    scores = EventScores()
    identified, classified, arguments, head_arguments = PRF(), PRF(), PRF(), PRF()
    inputs = (TextInput(d.text, document_id=d.doc_id) for d in documents)
    for gold, doc in zip(documents, extractor.pipe(inputs, batch_size=4), strict=True):
        events = list(doc._.events or [])
        identified.add(trigger_counts(events, gold.events, typed=False))
        classified.add(trigger_counts(events, gold.events, typed=True))
        arguments.add(document_argument_counts(doc, events, gold.events, "exact"))
        head_arguments.add(document_argument_counts(doc, events, gold.events, "head"))
        score_document(doc, events, gold, image, scores)
    mapped = sum(1 for d in documents for g in d.events if g.plover is not None)
    return {
        "headline": headline(
            "trigger identification, trigger classification and argument classification F1, "
            "exact offsets (arguments also by head word, the paper's Head F1), over all gold "
            "events and all predictions (KAIROS types mapped to PLOVER; gold events of types "
            "with no PLOVER counterpart count as missed)",
            "Li, Ji & Han 2021, Document-Level Event Argument Extraction by Conditional "
            "Generation (NAACL), WikiEvents",
            {
                "trigger_identification_f1": identified.f1,
                "trigger_classification_f1": classified.f1,
                "argument_classification_f1": arguments.f1,
                "argument_classification_head_f1": head_arguments.f1,
            },
            scope="every gold event, every warledger event (negated ones too)",
        ),
        "n": len(documents),
        "standard": {
            "trigger_identification": identified.as_dict(),
            "trigger_classification": classified.as_dict(),
            "argument_classification": arguments.as_dict(),
            "argument_classification_head": head_arguments.as_dict(),
        },
        "excluded": {"gold_events": 0, "predictions": 0},
        "gold_events_without_plover_type": sum(scores.excluded.values()),
        "gold_arguments_in_roles_without_slot": sum(
            g.unmapped_arguments for d in documents for g in d.events
        ),
        "secondary": {
            "lenient_mapped_events_overlap": {
                "scope": "gold events with a PLOVER type only; trigger overlap; head-word "
                "arguments on aligned events; asserted predictions of expressible types only",
                "gold_events_mapped": mapped,
                "gold_events_excluded": sum(scores.excluded.values()),
                "excluded_by_type": dict(scores.excluded.most_common()),
                "predictions_not_scored": scores.unscored_predictions,
                "trigger_identification": scores.identification.as_dict(),
                "trigger_type": scores.typed.as_dict(),
                "arguments": scores.arguments(),
            }
        },
    }
