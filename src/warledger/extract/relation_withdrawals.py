"""Withdrawals end a deployment: "X pulled its fighters out of Y in March".

Why: a deployment is a time-bounded claim, and news tells its end by a withdrawal
("withdrew them in March", "began pulling out in May", "Burundi's withdrawal from
South Kivu"). A withdrawal alone asserts no deployment of its own (it tells that
forces leave, and monitors code no presence from it), but where the same text
states the deployment, the withdrawal's date is where that deployment ends: the
relation keeps its start and takes the withdrawal's date as its ``valid_to``.

The one who withdraws is the verb's subject (a pronoun standing for the actor
named before it counts, as "They began pulling out" does through "began"); the
place left is the "from" or "out of" phrase, which, when named, must be the
deployment's. A withdrawal dated before the deployment begins ends nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from warledger.extract.relation_args import (
    actors_at,
    children_with,
    one_actor,
    prep_objects,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention, DateMention, Relation, RelationPredicate

WITHDRAWING_VERBS = frozenset({"withdraw", "pull", "evacuate", "leave"})
NEEDS_OUT = frozenset({"pull"})  # "pulled out of Y", "pulling its troops out"
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out"})
LEAVING_PREPS = frozenset({"from", "of"})
CLIMBING_DEPS = frozenset({"xcomp", "conj"})  # "began pulling out", "... and withdrew"


@dataclass(frozen=True)
class Withdrawal:
    """Who left, which places (by name; none named is any), and when."""

    leavers: tuple[ActorMention, ...]
    places: frozenset[str]
    date: DateMention


def withdrawals(doc: Doc, index: MentionIndex) -> Iterator[Withdrawal]:
    """The dated withdrawals of ``doc`` whose withdrawer is named."""
    for token in doc:
        if not _withdrawing(token):
            continue
        leavers = tuple(_leavers(token, index))
        date = _date(token, index)
        if leavers and date is not None and date.start is not None:
            places = frozenset(
                index.place[t.i].span.text.lower() for t in _left(token) if t.i in index.place
            )
            yield Withdrawal(leavers, places, date)


def ended_by_withdrawals(doc: Doc, index: MentionIndex, found: list[Relation]) -> list[Relation]:
    """``found`` with each deployment that a later withdrawal of the same actor (from
    the same place, when one is named) ends given that withdrawal's date as its end."""
    told = list(withdrawals(doc, index))
    if not told:
        return found
    return [_ended(relation, told) for relation in found]


def _ended(relation: Relation, told: list[Withdrawal]) -> Relation:
    if relation.predicate is not RelationPredicate.DEPLOYS_FIGHTERS_TO:
        return relation
    where = {m.span.text.lower() for m in (relation.object_place, relation.object) if m is not None}
    for withdrawal in told:
        if not any(one_actor(relation.subject, a) for a in withdrawal.leavers):
            continue
        if withdrawal.places and not withdrawal.places & where:
            continue
        start, end = withdrawal.date.start, withdrawal.date.end or withdrawal.date.start
        if relation.valid_from is not None and start is not None and start < relation.valid_from:
            continue
        return relation.model_copy(update={"valid_to": end})
    return relation


def _withdrawing(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma in WITHDRAWAL_NOUNS
    if token.pos_ != "VERB" or lemma not in WITHDRAWING_VERBS:
        return False
    if lemma in NEEDS_OUT:
        return any(c.lower_ == "out" for c in token.children)
    return lemma != "leave" or bool(children_with(token, {"dobj"}))


def _leavers(token: Token, index: MentionIndex) -> Iterator[ActorMention]:
    """The subject, climbing from "pulling" to "began" and from a conjunct to the
    verb it is joined to, else the owner of the troops withdrawn ("its fighters");
    for a noun, its owner ("Burundi's withdrawal")."""
    if token.pos_ == "NOUN":
        owners = children_with(token, {"poss"})
    else:
        verb = token
        owners = children_with(verb, {"nsubj"})
        while not owners and verb.dep_ in CLIMBING_DEPS and verb.head is not verb:
            verb = verb.head
            owners = children_with(verb, {"nsubj"})
    found = [a for owner in owners for a in actors_at(owner, index)]
    if not found and token.pos_ == "VERB":
        # "It pulled its fighters out": whose fighters they are, when "it" is unresolved
        troops = children_with(token, {"dobj"})
        found = [a for t in troops for p in children_with(t, {"poss"}) for a in actors_at(p, index)]
    yield from found


def _left(token: Token) -> list[Token]:
    """The place left: "from Y", "out of Y" (the parser hangs "of" on "out")."""
    found = list(prep_objects(token, LEAVING_PREPS))
    for out in (c for c in token.children if c.lower_ == "out"):
        found += prep_objects(out, {"of"})
    return found


def _date(token: Token, index: MentionIndex) -> DateMention | None:
    """The date inside the withdrawal's own words (its subtree, without a clause of
    its own joined to it), else None."""
    own = [c for c in token.children if c.dep_ not in {"conj", "cc", "ccomp", "advcl"}]
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in [token, *own]]
    inside = [d for d in index.dates if any(lo <= d.span.start < hi for lo, hi in spans[1:])]
    return min(inside, key=lambda d: abs(d.span.start - token.idx), default=None)
