"""Coalition relations: who is part of, supports, or fights beside whom.

Official releases and news about coalitions state membership and alliance in
a few regular shapes that the verb patterns of ``relations`` miss:

* inclusion: "Coalition nations ... include A, B and C", "the SDF, which
  includes the Syrian Arab Coalition" (A, B, C are members of the group);
* composition: "X consists of A and B", "X, made up of A and B" (members);
* part of: "the UK, as part of the Global Coalition, ...", "X is part of Y";
* support between armed actors ("the Coalition supports the SDF", "X's military
  support for Y"): alliance or backing, in ``relation_support``;
* listing: "the coalition, including A and B", "A within NATO" (member_of);
* alliance nouns: "X has a military alliance with Y", "X's defence pact with Y";
* allegiance: "fighters loyal to Y", "X is loyal to Y" (allied_with); "X pledged
  allegiance to Y" (member_of a body, allied_with a state or a person);
* fighters employed: "X used Syrian mercenaries" (they fight on X's side);
* co-belligerents: "A and B are fighting Y" makes A and B allies.

Each pattern yields (predicate, subjects, objects); the finder turns them into
relations on the trigger token.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    Found,
    actors_at,
    children_with,
    prep_objects,
)
from warledger.extract.relation_lexicon import (
    ALLEGIANCE_ADJECTIVES,
    ALLEGIANCE_NOUNS,
    EMPLOYING_VERBS,
    FIGHTER_NOUNS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.extract.relation_stand_ins import kinds_of
from warledger.extract.relation_support import (
    HELP_NOUNS,
    PERSON_LABELS,
    PLACE_LABELS,
    SUPPORT_VERBS,
    bodies,
    objects_of,
    support,
)
from warledger.model import ActorKind, ActorMention, RelationPredicate

P = RelationPredicate

SIDE_KINDS = frozenset({ActorKind.STATE, ActorKind.STATE_FORCE, ActorKind.PERSON})
"""Kinds of actor one pledges allegiance to as a side, not as a body one joins."""
INCLUDE_VERBS = frozenset({"include", "comprise", "encompass"})
# Nouns of a part of a body ("part of Y", "the backbone of Y") and verbs whose subject
# is the part their object names ("X forms the core of Y").
PART_NOUNS = frozenset({"backbone", "bulk", "component", "core", "mainstay", "nucleus", "part"})
FORMING_VERBS = frozenset({"constitute", "form", "make"})
# Nouns of an alliance whose "with" phrase names the partner ("an alliance with Y"),
# and nouns of an agreement that are one only with a word of arms ("a defence pact").
ALLIANCE_NOUNS = frozenset({"alliance"})
PACT_NOUNS = frozenset({"pact", "treaty"})
MILITARY_WORDS = frozenset({"defence", "defense", "military", "security", "mutual"})
# Verbs of what a body is made of: "X consists of A", "X, made up of A".
COMPOSITION_VERBS = frozenset({"compose", "consist", "make"})


def inclusion(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "G include(s) A, B and C": each of A, B, C is a member of G."""
    groups = [g for g in agents_of(verb, index) if g.label not in PERSON_LABELS]
    if verb.dep_ == "relcl" and not groups:
        groups = actors_at(verb.head, index)
    members = objects_of(verb, index)
    if groups and members:
        yield P.MEMBER_OF, members, groups


def composition(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X consists of A and B", "X is composed of A", "X, made up of A and B, ...":
    each of A and B is a member of X ("made" only with "up": "made of" is material)."""
    made = verb.lemma_.lower() == "make"
    if made and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return
    # "made up in part by A": a passive's "by" names the parts too
    preps = {"of", "by"} if made else {"of"}
    members = [a for t in prep_objects(verb, preps) for a in actors_at(t, index)]
    if verb.dep_ == "acl":
        wholes = actors_at(verb.head, index)
    else:
        subjects = children_with(verb, {"nsubj", "nsubjpass"})
        wholes = [a for t in subjects for a in actors_at(t, index)]
    wholes = [w for w in wholes if w.label not in PERSON_LABELS]
    if wholes and members:
        yield P.MEMBER_OF, members, wholes


def part_of(part: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X, as part of Y, ..." / "X is part of Y" / "X works as part of Y" / "X, part
    of Y, ..." (an apposition) / "X, the backbone of Y" / "X forms the core of Y"."""
    wholes = [a for t in prep_objects(part, {"of"}) for a in actors_at(t, index)]
    if not wholes:
        return
    holders: list[ActorMention] = []
    if part.dep_ == "pobj" and part.head.lower_ == "as":
        holder = part.head.head
        is_verb = holder.pos_ in {"VERB", "AUX"}
        holders = agents_of(holder, index) if is_verb else actors_at(holder, index)
    elif part.dep_ == "attr" or (part.dep_ == "dobj" and part.head.lemma_.lower() in FORMING_VERBS):
        # "X is part of Y", "X forms the backbone of Y"
        holders = agents_of(part.head, index)
    elif part.dep_ == "appos":
        # "fighters of the YPG, the backbone of the SDF": the parser may hang the
        # apposition on the first noun, but it describes the body named just before it
        named_before = [t for t in prep_objects(part.head, {"of"}) if t.right_edge.i < part.i]
        holders = [a for t in named_before[-1:] for a in actors_at(t, index)]
        holders = holders or actors_at(part.head, index)
    if holders:
        yield P.MEMBER_OF, holders, wholes


def together_with(prep: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X, together with Y, ..." / "X ... alongside Y": allies."""
    if prep.lower_ != "alongside" and not any(c.lower_ == "together" for c in prep.children):
        return
    partners = [a for t in children_with(prep, {"pobj"}) for a in actors_at(t, index)]
    head = prep.head
    holders = agents_of(head, index) if head.pos_ in {"VERB", "AUX"} else actors_at(head, index)
    yield P.ALLIED_WITH, bodies(holders), bodies(partners)


def listed_within(prep: Token, index: MentionIndex) -> Iterator[Found]:
    """ "the coalition, including Russia and Iran" (Russia and Iran are members of it);
    "Turkey within NATO" (Turkey is a member of NATO). Only between names: "attacks
    on towns including Aleppo" has no body before "including"."""
    inside = bodies([a for t in children_with(prep, {"pobj"}) for a in actors_at(t, index)])
    holder = bodies(actors_at(prep.head, index))
    # A country "including" towns, or forces "within" a country, is geography.
    if prep.lower_ == "including":
        # "militias including X and Y" gives examples of militias, not their members
        if not kinds_of(prep.head):
            yield P.MEMBER_OF, inside, [h for h in holder if h.label not in PLACE_LABELS]
    else:
        yield P.MEMBER_OF, holder, [i for i in inside if i.label not in PLACE_LABELS]


def alliance(noun: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X has a military alliance with Y", "X's defence pact with Y", "an alliance
    between X and Y". A pact counts only as one of arms ("a defence pact"): a
    trade or peace pact is no alliance."""
    if noun.lemma_.lower() not in ALLIANCE_NOUNS and not any(
        c.lemma_.lower() in MILITARY_WORDS for c in noun.children
    ):
        return
    between = [a for t in prep_objects(noun, {"between"}) for a in actors_at(t, index)]
    for position, first in enumerate(bodies(between)):
        yield P.ALLIED_WITH, [first], bodies(between)[position + 1 :]
    partners = bodies([a for t in prep_objects(noun, {"with"}) for a in actors_at(t, index)])
    if not partners:
        return
    owners = children_with(noun, {"poss", "compound", "amod", "nmod"})
    # a mention that takes in the noun itself ("military alliance") names no holder
    holders = [
        a for t in owners for a in actors_at(t, index) if not a.span.start <= noun.idx < a.span.end
    ]
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    if not holders and noun.dep_ in {"dobj", "pobj"} and clause.pos_ in {"VERB", "AUX"}:
        # "X has / signed / is in an alliance with Y"
        holders = agents_of(clause, index)
    yield P.ALLIED_WITH, bodies(holders), partners


def allegiance(adjective: Token, index: MentionIndex) -> Iterator[Found]:
    """ "Fighters loyal to the Tripoli government", "the units remain loyal to Y":
    the ones loyal are on the side of the one their "to" phrase names."""
    sides = bodies([a for t in prep_objects(adjective, {"to"}) for a in actors_at(t, index)])
    if not sides:
        return
    subjects = children_with(adjective, {"nsubj"})
    if subjects:
        # the parser makes "said fighters loyal to Y had been paid" a clause of "loyal"
        holders = [a for t in subjects for a in actors_at(t, index)]
    elif adjective.dep_ in {"amod", "appos"}:
        holders = actors_at(adjective.head, index)
    elif adjective.dep_ == "acomp":
        holders = agents_of(adjective.head, index)
    else:
        return
    yield P.ALLIED_WITH, holders, sides


def pledge(noun: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X pledged allegiance to Islamic State", "X, which swore allegiance to Y": a
    group pledged to a body is its affiliate (how news names a franchise of a jihadist
    movement); pledged to a state or a person, it is on that side."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return
    tokens = [*prep_objects(noun, {"to"}), *prep_objects(verb, {"to"})]
    sides = [a for t in tokens for a in actors_at(t, index)]
    holders = agents_of(verb, index)
    yield P.MEMBER_OF, holders, [a for a in sides if a.kind not in SIDE_KINDS]
    yield P.ALLIED_WITH, holders, [a for a in sides if a.kind in SIDE_KINDS]


def employing(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "Azerbaijan used Syrian mercenaries", "Armenia is employing PKK militants":
    fighters a side uses fight on its side. Only fighters named by a fighter noun
    count ("used drones" is arms, ``relation_control``)."""
    fighters = [t for t in children_with(verb, {"dobj"}) if t.lemma_.lower() in FIGHTER_NOUNS]
    employed = [a for t in fighters for a in actors_at(t, index)]
    yield P.ALLIED_WITH, employed, bodies(agents_of(verb, index))


def co_belligerents(subjects: list[ActorMention], enemies: list[ActorMention]) -> Iterator[Found]:
    """Actors named together as fighting the same enemy are allies of each other."""
    if not enemies or len(subjects) < 2:
        return
    for position, first in enumerate(subjects):
        others = [s for s in subjects[position + 1 :] if not _one_phrase(first, s)]
        yield P.ALLIED_WITH, [first], others


def _one_phrase(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions side by side in one noun phrase ("PKK militants" read as "PKK" and
    "militants"): one body named twice, not two allies."""
    first, second = sorted((a.span, b.span), key=lambda s: s.start)
    return second.start - first.end <= 1


def coalition_relations(token: Token, index: MentionIndex) -> Iterator[Found]:
    """The coalition patterns that ``token`` triggers."""
    lemma = token.lemma_.lower()
    if token.dep_ == "prep" and token.lower_ in {"including", "within"}:
        yield from listed_within(token, index)
    elif token.pos_ == "VERB" and lemma in INCLUDE_VERBS:
        yield from inclusion(token, index)
    elif token.pos_ == "VERB" and lemma in COMPOSITION_VERBS:
        yield from composition(token, index)
    elif lemma in PART_NOUNS and token.pos_ == "NOUN":
        yield from part_of(token, index)
    elif lemma in SUPPORT_VERBS and token.pos_ in {"VERB", "NOUN"}:
        yield from support(token, index)
    elif lemma in HELP_NOUNS and token.pos_ == "NOUN" and token.dep_ == "pobj":
        # "with the help of Y, X took the town": the help of a side in an operation
        yield from support(token, index)
    elif token.dep_ == "prep" and token.lower_ in {"with", "alongside"}:
        yield from together_with(token, index)
    elif token.pos_ == "NOUN" and lemma in ALLIANCE_NOUNS | PACT_NOUNS:
        yield from alliance(token, index)
    elif token.pos_ == "ADJ" and lemma in ALLEGIANCE_ADJECTIVES:
        yield from allegiance(token, index)
    elif token.pos_ == "NOUN" and lemma in ALLEGIANCE_NOUNS:
        yield from pledge(token, index)
    elif token.pos_ == "VERB" and lemma in EMPLOYING_VERBS:
        yield from employing(token, index)
