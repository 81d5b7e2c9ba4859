"""Joining the classifier's relations to the trigger patterns' relations.

Why a rule of its own: extraction and training must merge the two sources the
same way, since the classifier's thresholds are chosen (``training/relations``)
for the relations the ledger ends up with, not for the classifier alone.
The patterns are the more precise of the two (``models/relations/MODEL_CARD.md``),
so where both relate the same two mentions the pattern's relation is kept. The
patterns' arguments are widened to the classifier's phrases ("UK" -> "the UK"),
so that one argument has one extent whichever source related it. A
classifier relation between two mentions of one actor ("ISIL ... ISIL", a
name and its alias) is dropped: an actor is not its own enemy or member; so is
one whose subject is the speaker of the reporting verb that joins the pair.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from warledger.extract.attribution_lexicon import VERB_STANCE
from warledger.extract.relation_args import children_with, one_actor
from warledger.extract.relation_lexicon import ACCUSE_VERBS, FIGHTER_NOUNS
from warledger.extract.relation_model import PairRelation
from warledger.extract.relation_pairs import with_phrase
from warledger.model import Relation, RelationPredicate, Span, Stance

SIDES = frozenset({RelationPredicate.ALLIED_WITH, RelationPredicate.FIGHTING_AGAINST})
"""The two predicates of taking a side: one reading of a word gives a party one of them."""


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
    patterns = list(merged)
    for pair in pairs:
        if one_actor(pair.subject.actor, pair.object.actor) or _speaker_of(pair):
            continue
        if _own_men(pair) or _apposed(pair):
            continue
        if any(
            _same_pair(pair, r) or _same_actors(doc, pair, r) or _roles_read(doc, pair, r)
            for r in patterns
        ):
            continue
        relation = to_relation(pair)
        # "X ... in their fight against Y" pairs Y with X and with "their" (X again)
        if not any(_same_relation(relation, r) for r in merged[len(patterns) :]):
            merged.append(relation)
    return merged


def _speaker_of(pair: PairRelation) -> bool:
    """Whether the pair hangs on a reporting verb whose subject is the relation's
    subject: in "officials confirmed that militants killed 31 people" or "the Taliban
    deny sheltering anti-Pakistan fighters" the one who speaks is the claimant,
    not a party to what is said (the attribution component records that)."""
    trigger = pair.trigger
    lemma = trigger.lemma_.lower()
    if trigger.pos_ not in {"VERB", "AUX"} or lemma not in VERB_STANCE:
        return False
    # a verb of saying reports when it has a clause or a gerund for content ("said
    # that...", "deny providing..."); one of charging or denying does with a noun too
    # ("blamed the attacks on X"); "allow X to maintain capabilities" reports nothing,
    # and "X claimed responsibility for attacks on Y" owns the attacks
    charging = lemma in ACCUSE_VERBS or VERB_STANCE[lemma] is Stance.DENIED
    if not charging and not children_with(trigger, {"ccomp", "xcomp"}):
        return False
    subject = range(pair.subject.start, pair.subject.end)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in subject for c in trigger.children)


def _own_men(pair: PairRelation) -> bool:
    """Whether a membership joins fighters to the body their own "of" or "from" phrase
    names: "fighters from the X Brigade", "hundreds of fighters of X" name X's men,
    the way the patterns read them (X is the one sent or fighting); that they belong
    to X is no second claim about anyone."""
    if pair.predicate is not RelationPredicate.MEMBER_OF:
        return False
    men = pair.subject.head
    if men.lemma_.lower() not in FIGHTER_NOUNS:
        return False
    prep = pair.object.head.head
    return (
        pair.object.head.dep_ == "pobj" and prep.lower_ in {"of", "from"} and prep.head.i == men.i
    )


def _apposed(pair: PairRelation) -> bool:
    """Whether one argument is an apposition of the other: "the X Units, a militia
    close to Y" or "X, the ethnic Armenian force" describe X again, as one actor."""
    a, b = pair.subject.head, pair.object.head
    return (a.dep_ == "appos" and a.head.i == b.i) or (b.dep_ == "appos" and b.head.i == a.i)


def _same_relation(a: Relation, b: Relation) -> bool:
    def key(r: Relation) -> tuple[object, ...]:
        end = r.object.span if r.object else None
        return (r.predicate, r.subject.span.start, r.subject.span.end, end)

    return key(a) == key(b)


def _phrased(doc: Doc, relation: Relation) -> Relation:
    """``relation`` with its arguments widened over their article and ordinal ("UK" ->
    "the UK"), the classifier's convention for an argument (re3d's: 83 of 90 arguments
    after "the" include it in the training part)."""
    if relation.object is None:
        return relation
    subject, obj = with_phrase(doc, relation.subject), with_phrase(doc, relation.object)
    return relation.model_copy(update={"subject": subject, "object": obj})


def _same_actors(doc: Doc, pair: PairRelation, relation: Relation) -> bool:
    """Whether a pattern relation of the same sentence already relates the actors of
    ``pair`` ("X ... their fight against Y" states X against Y once, whether through
    "their" or through the name): one statement, one relation."""
    if relation.object is None or relation.predicate is not pair.predicate:
        return False
    if doc[pair.subject.head.i].sent.start != _sentence_start(doc, relation):
        return False
    ours = (pair.subject.actor, pair.object.actor)
    theirs = [(relation.subject, relation.object), (relation.object, relation.subject)]
    return any(one_actor(ours[0], a) and one_actor(ours[1], b) for a, b in theirs)


def _sentence_start(doc: Doc, relation: Relation) -> int:
    span = doc.char_span(relation.subject.span.start, relation.subject.span.end, "expand")
    return span.sent.start if span is not None else -1


def _roles_read(doc: Doc, pair: PairRelation, relation: Relation) -> bool:
    """Whether a pattern already read the roles of the word ``pair`` hangs on and gave
    one of its two places to another mention: in "U.S. strikes against al-Qaida
    killed 20 militants" the pattern at "killed" makes the U.S. the killer, so the
    classifier's al-Qaida killing them at the same word is the other reading, not a
    second fact. So too for the purpose clause of that word: in "fighters were paid
    by X to fight Y" the pattern at "fight" makes the fighters fight Y, not X. And a
    side the pattern read as an ally there is no enemy: in "X sent troops to Y to
    fight alongside Z" the pattern makes X Z's ally, so the classifier's troops (or
    Y) fighting Z at "sent" reads the same words the other way."""
    if relation.object is None or not _at_word_or_purpose(doc, pair, relation):
        return False
    mine = (pair.subject.actor.span, pair.object.actor.span)
    theirs = (relation.subject.span, relation.object.span)
    if {pair.predicate, relation.predicate} == SIDES:
        return _overlap(mine[1], theirs[1])
    if relation.predicate is not pair.predicate:
        return False
    shared = [_overlap(a, b) for a, b in zip(mine, theirs, strict=True)]
    return shared.count(True) == 1


def _at_word_or_purpose(doc: Doc, pair: PairRelation, relation: Relation) -> bool:
    """Whether the pattern relation is at the word the pair hangs on, or at that
    word's purpose clause ("sent troops to fight ...", "paid to fight ...")."""
    trigger = doc.char_span(relation.trigger.start, relation.trigger.end, "expand")
    at_word = (relation.trigger.start, relation.trigger.end) == (
        pair.trigger.idx,
        pair.trigger.idx + len(pair.trigger),
    )
    purpose = (
        trigger is not None
        and trigger.root.dep_ in {"xcomp", "advcl"}
        and trigger.root.head.i == pair.trigger.i
    )
    return at_word or purpose


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _same_pair(pair: PairRelation, relation: Relation) -> bool:
    """Whether a pattern relation joins the mentions of ``pair`` (either way round)."""
    if relation.object is None:
        return False
    spans = [(relation.subject.span, relation.object.span)]
    spans.append(spans[0][::-1])
    mine = (pair.subject.actor.span, pair.object.actor.span)
    return any(
        all(a.start < b.end and b.start < a.end for a, b in zip(mine, theirs, strict=True))
        for theirs in spans
    )
