"""re3d relations: warledger's relation claims against dstl's re3d relation annotations.

re3d marks relations between its entity spans (``relations.json`` beside
``entities.json``: ``sourceBegin``/``sourceEnd``, ``targetBegin``/``targetEnd``,
``type``). Four of its types are relations the ledger records between actors,
so only those are scored:

* FightingAgainst -> ``fighting_against``
* BelongsTo -> ``member_of``
* AlliesOf -> ``allied_with``
* InChargeOf -> ``commands`` (re3d's InChargeOf is mostly a side in charge of a
  place or of arms, "the city held by X", "X's tanks": the ledger's ``commands``
  covers both, with a place or instrument mention as the object)

A predicted relation is right when its predicate and both argument spans match
one gold relation (each gold relation matches at most once): ``exact`` needs
identical offsets, ``overlap`` any shared character. Alliance is symmetric, so
an ``allied_with`` relation may match the gold pair in either order; the other
predicates keep their direction; re3d often lists an alliance in both orders,
and such a pair is one gold relation (one fact, which one predicted relation
states). Documents the relation classifier was
trained on are left out of the scores (and counted). Relations to a place only (a deployment with
no actor as destination) have no actor span and are not scored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from spacy.tokens import Doc

from warledger.errors import EvalError
from warledger.eval.scoring import PRF, LabeledSpan, spans_overlap
from warledger.model import Relation, RelationPredicate

PREDICATES: dict[str, RelationPredicate] = {
    "FightingAgainst": RelationPredicate.FIGHTING_AGAINST,
    "BelongsTo": RelationPredicate.MEMBER_OF,
    "AlliesOf": RelationPredicate.ALLIED_WITH,
    "InChargeOf": RelationPredicate.COMMANDS,
}
SYMMETRIC = frozenset({RelationPredicate.ALLIED_WITH})
MIN_CONFIDENCE = 0.5
MODES: tuple[Literal["exact", "overlap"], ...] = ("exact", "overlap")


@dataclass(frozen=True)
class ScoredRelation:
    """A predicate between two character spans of one document."""

    predicate: RelationPredicate
    subject: LabeledSpan
    object: LabeledSpan


def load_gold_relations(folders: list[Path]) -> dict[str, frozenset[ScoredRelation]]:
    """Document id -> its confident (>= 0.5) relations of the four mapped types; a
    symmetric relation is kept in text order, so that its two listings are one."""
    found: dict[str, set[ScoredRelation]] = {}
    for folder in folders:
        path = folder / "relations.json"
        if not path.is_file():
            raise EvalError(f"{path}: missing (a re3d publisher folder holds relations.json)")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                predicate = PREDICATES.get(record["type"])
                confident = float(record.get("confidence", 1.0)) >= MIN_CONFIDENCE
                if predicate is None or not confident:
                    continue
                relation = ScoredRelation(
                    predicate,
                    LabeledSpan(int(record["sourceBegin"]), int(record["sourceEnd"])),
                    LabeledSpan(int(record["targetBegin"]), int(record["targetEnd"])),
                )
                doc_id = str(record["documentId"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise EvalError(f"{path}:{number}: not a re3d relation ({exc})") from exc
            if relation.predicate in SYMMETRIC and relation.object.start < relation.subject.start:
                relation = ScoredRelation(relation.predicate, relation.object, relation.subject)
            found.setdefault(doc_id, set()).add(relation)
    return {doc_id: frozenset(relations) for doc_id, relations in found.items()}


def predicted_relations(doc: Doc) -> set[ScoredRelation]:
    """``doc._.relations`` between two actors, as scored relations."""
    return scored_relations(doc._.relations or [])


def scored_relations(relations: Iterable[Relation]) -> set[ScoredRelation]:
    """Relations between two actors, as scored relations (a place object is not scored)."""
    return {
        ScoredRelation(
            r.predicate,
            LabeledSpan(r.subject.span.start, r.subject.span.end),
            LabeledSpan(r.object.span.start, r.object.span.end),
        )
        for r in relations
        if r.object is not None
    }


def _same_span(a: LabeledSpan, b: LabeledSpan, mode: Literal["exact", "overlap"]) -> bool:
    return (a.start, a.end) == (b.start, b.end) if mode == "exact" else spans_overlap(a, b)


def relations_match(
    predicted: ScoredRelation, gold: ScoredRelation, mode: Literal["exact", "overlap"]
) -> bool:
    """Same predicate and both arguments at the same place (either order when symmetric)."""
    if predicted.predicate != gold.predicate:
        return False
    pairs = [(predicted.subject, predicted.object)]
    if predicted.predicate in SYMMETRIC:
        pairs.append((predicted.object, predicted.subject))
    return any(
        _same_span(subject, gold.subject, mode) and _same_span(obj, gold.object, mode)
        for subject, obj in pairs
    )


def match_relations(
    predicted: set[ScoredRelation],
    gold: frozenset[ScoredRelation] | set[ScoredRelation],
    mode: Literal["exact", "overlap"],
) -> PRF:
    """One-to-one greedy matching in document order: each gold relation counts once."""

    def order(r: ScoredRelation) -> tuple[int, int, str]:
        return (r.subject.start, r.object.start, r.predicate.value)

    gold_left = sorted(gold, key=order)
    counts = PRF()
    for pred in sorted(predicted, key=order):
        hit = next((i for i, g in enumerate(gold_left) if relations_match(pred, g, mode)), None)
        if hit is None:
            counts.fp += 1
        else:
            del gold_left[hit]
            counts.tp += 1
    counts.fn += len(gold_left)
    return counts


class RelationScores:
    """Accumulates relation counts over documents, per predicate and micro.

    ``trained_on`` are the documents the relation classifier was trained on:
    they are left out (and counted), so that a folder holding them (the
    development copy of re3d) is scored on its unseen part only."""

    def __init__(
        self, gold: dict[str, frozenset[ScoredRelation]], trained_on: frozenset[str] = frozenset()
    ) -> None:
        self.gold = gold
        self.trained_on = trained_on
        self.scored = 0
        self.left_out = 0
        self.counts = {
            (mode, name): PRF() for mode in MODES for name in (*PREDICATES.values(), "micro")
        }

    def add(self, doc_id: str, doc: Doc) -> None:
        """Score one document's predicted relations against its gold (unless trained on)."""
        if doc_id in self.trained_on:
            self.left_out += 1
            return
        self.scored += 1
        predicted = predicted_relations(doc)
        gold = self.gold.get(doc_id, frozenset())
        for mode in MODES:
            for predicate in PREDICATES.values():
                self.counts[mode, predicate].add(
                    match_relations(
                        {p for p in predicted if p.predicate is predicate},
                        {g for g in gold if g.predicate is predicate},
                        mode,
                    )
                )
            # Predicates outside the four mapped types cannot be judged here.
            judged = {p for p in predicted if p.predicate in PREDICATES.values()}
            self.counts[mode, "micro"].add(match_relations(judged, gold, mode))

    def as_dict(self) -> dict[str, object]:
        """``micro`` and ``per_predicate``, each with exact and overlap P/R/F1."""
        return {
            "documents_scored": self.scored,
            "documents_left_out_trained_on": self.left_out,
            "mapping": {name: predicate.value for name, predicate in PREDICATES.items()},
            "micro": {mode: self.counts[mode, "micro"].as_dict() for mode in MODES},
            "per_predicate": {
                predicate.value: {mode: self.counts[mode, predicate].as_dict() for mode in MODES}
                for predicate in PREDICATES.values()
            },
        }
