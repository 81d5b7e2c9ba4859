"""Joining the classifier's relations to the trigger patterns' relations.

Why a rule of its own: extraction and training must merge the two sources the
same way, since the classifier's thresholds are chosen (``training/relations``)
for the relations the ledger ends up with, not for the classifier alone.
The patterns are the more precise of the two (``models/relations/MODEL_CARD.md``),
so where both relate the same two mentions the pattern's relation is kept. The
patterns' arguments are widened to the classifier's phrases ("UK" -> "the UK"),
so that one argument has one extent whichever source related it. A
classifier relation between two mentions of one actor ("ISIL ... ISIL", a
name and its alias) is dropped: an actor is not its own enemy or member.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from warledger.extract.relation_args import one_actor
from warledger.extract.relation_model import PairRelation
from warledger.extract.relation_pairs import with_phrase
from warledger.model import Relation, RelationPredicate


def with_pair_relations(
    doc: Doc,
    found: list[Relation],
    pairs: list[PairRelation],
    to_relation: Callable[[PairRelation], Relation],
    predicates: frozenset[RelationPredicate],
) -> list[Relation]:
    """The pattern relations ``found`` followed by the classifier's relations between
    pairs no pattern relation joins. The pattern relations of the classifier's
    ``predicates`` have their arguments widened to the classifier's phrases; the
    others (fighter transfers) keep the spans their MOBILIZE events share."""
    merged = [_phrased(doc, r) if r.predicate in predicates else r for r in found]
    merged += [
        to_relation(pair)
        for pair in pairs
        if not one_actor(pair.subject.mention, pair.object.mention)
        and not any(_same_pair(pair, r) for r in merged)
    ]
    return merged


def _phrased(doc: Doc, relation: Relation) -> Relation:
    """``relation`` with its arguments widened over their article and ordinal ("UK" ->
    "the UK"), the classifier's convention for an argument (re3d's: 83 of 90 arguments
    after "the" include it in the training part)."""
    if relation.object is None:
        return relation
    subject, obj = with_phrase(doc, relation.subject), with_phrase(doc, relation.object)
    return relation.model_copy(update={"subject": subject, "object": obj})


def _same_pair(pair: PairRelation, relation: Relation) -> bool:
    """Whether a pattern relation joins the mentions of ``pair`` (either way round)."""
    if relation.object is None:
        return False
    spans = [(relation.subject.span, relation.object.span)]
    spans.append(spans[0][::-1])
    mine = (pair.subject.mention.span, pair.object.mention.span)
    return any(
        all(a.start < b.end and b.start < a.end for a, b in zip(mine, theirs, strict=True))
        for theirs in spans
    )
