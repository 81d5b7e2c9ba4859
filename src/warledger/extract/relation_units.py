"""Unit relations: who belongs to which unit, and who holds a post over one.

Military and official writing states a chain of units and posts in shapes that
have no relation verb at all:

* unit addresses: "the 2nd Battalion, 5th Regiment" - a unit named, then after a
  comma the larger unit it belongs to (member_of). Only a name whose head is a unit
  noun (battalion, brigade, wing...) opens such an address, and a parenthesis is an
  alias, not an address, so "the Syrian Democratic Forces (SDF)" gives nothing;
* assignment: "X was assigned to the 2nd Battalion" (member_of);
* a post between commas: "X, commander, Northern Task Force" - the post's noun
  and the unit are both appositions of the person (commands; a member noun there
  gives member_of);
* a unit of a larger body: "the 3rd Brigade of the 1st Division" and "the Valdorian
  army's 9th Division" (member_of); a unit a person owns ("General X's 106th
  Brigade") is one they command.

Each pattern yields (predicate, subjects, objects) as ``relation_coalitions`` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_args import Found, actors_at, prep_objects
from warledger.extract.relation_lexicon import (
    ASSIGNMENT_VERBS,
    LEADER_NOUNS,
    MEMBER_NOUNS,
    UNIT_NOUNS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention, RelationPredicate

P = RelationPredicate
NOT_UNIT_LABELS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})
"""Labels of a mention that cannot be a unit: people, states, peoples and places."""


def _units(mentions: list[ActorMention]) -> list[ActorMention]:
    return [m for m in mentions if m.label not in NOT_UNIT_LABELS]


def unit_address(appos: Token, index: MentionIndex) -> Iterator[Found]:
    """ "the 3rd Battalion, 5th Regiment": the first unit is a member of the second."""
    if appos.dep_ != "appos" or appos.i == 0 or appos.left_edge.i == 0:
        return
    if appos.doc[appos.left_edge.i - 1].text != ",":
        return
    head = appos.head
    unit = index.actor.get(head.i)
    larger = index.actor.get(appos.i)
    if unit is None or larger is None or unit is larger:
        return
    if head.lemma_.lower() not in UNIT_NOUNS:
        return
    yield P.MEMBER_OF, _units([unit]), _units([larger])


def assignment(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X was assigned to the 2nd Battalion": X is a member of the battalion."""
    assigned = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    if verb.dep_ in {"acl", "relcl"}:  # "soldiers (who were) assigned to the battalion"
        assigned.append(verb.head)
    members = [a for t in assigned for a in actors_at(t, index)]
    units = _units([a for t in prep_objects(verb, {"to"}) for a in actors_at(t, index)])
    yield P.MEMBER_OF, members, units


def post_between_commas(noun: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X, commander, Northern Task Force": the unit is the apposition after the post."""
    if noun.dep_ != "appos" or any(c.dep_ == "prep" for c in noun.children):
        return
    lemma = noun.lemma_.lower()
    predicate = P.COMMANDS if lemma in LEADER_NOUNS else P.MEMBER_OF
    holder = noun.head
    after = [c for c in holder.children if c.dep_ == "appos" and c.i > noun.i]
    if not after:
        return
    units = _units(actors_at(after[0], index))
    yield predicate, actors_at(holder, index), units


def unit_of(head: Token, index: MentionIndex) -> Iterator[Found]:
    """ "the 3rd Brigade of the 1st Division", "the Valdorian army's 9th Division": the
    unit is a member of the body in its "of" phrase or its possessor; a person who
    owns a unit ("General X's 106th Brigade") commands it."""
    unit = index.actor.get(head.i)
    if unit is None or unit.label in NOT_UNIT_LABELS:
        return
    larger = [a for t in prep_objects(head, {"of"}) for a in actors_at(t, index)]
    owners = [a for t in head.children if t.dep_ == "poss" for a in actors_at(t, index)]
    bodies = [a for a in [*larger, *owners] if a.label not in {"PERSON", "LOC", "FAC"}]
    yield P.MEMBER_OF, [unit], [a for a in bodies if a is not unit]
    yield P.COMMANDS, [a for a in owners if a.label == "PERSON"], [unit]


def unit_relations(token: Token, index: MentionIndex) -> Iterator[Found]:
    """The unit patterns that ``token`` triggers."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"NOUN", "PROPN"} and lemma in UNIT_NOUNS:
        yield from unit_of(token, index)
    if token.pos_ == "VERB" and lemma in ASSIGNMENT_VERBS:
        yield from assignment(token, index)
    elif token.pos_ == "NOUN" and lemma in LEADER_NOUNS | MEMBER_NOUNS:
        yield from post_between_commas(token, index)
    elif token.dep_ == "appos":
        yield from unit_address(token, index)
