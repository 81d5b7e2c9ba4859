"""Coalition relations: who is part of, supports, or fights beside whom.

Official releases and news about coalitions state membership and alliance in
a few regular shapes that the verb patterns of ``relations`` miss:

* inclusion: "Coalition nations ... include A, B and C", "the SDF, which
  includes the Syrian Arab Coalition" (A, B, C are members of the group);
* composition: "X consists of A and B", "X, made up of A and B" (members);
* part of: "the UK, as part of the Global Coalition, ...", "X is part of Y";
* support between armed actors: "the Coalition supports the SDF", "its support
  of the Government of Iraq", "in support of SDF operations" (allied_with);
  support of means ("X's military support for Y", "Y received financial support
  from X", "X is providing Y with military support") is backing (sponsors);
* listing: "the coalition, including A and B", "A within NATO" (member_of);
* alliance nouns: "X has a military alliance with Y", "X's defence pact with Y";
* allegiance: "fighters loyal to Y", "X is loyal to Y" (allied_with);
* fighters employed: "X used Syrian mercenaries" (they fight on X's side);
* co-belligerents: "A and B are fighting Y" makes A and B allies.

Each pattern yields (predicate, subjects, objects); the finder turns them into
relations on the trigger token.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_args import (
    FIGHTER_NOUNS,
    Found,
    actors_at,
    agents_of,
    antecedent,
    children_with,
    prep_objects,
)
from warledger.extract.relation_lexicon import (
    ALLEGIANCE_ADJECTIVES,
    EFFORT_NOUNS,
    EMPLOYING_VERBS,
    MATERIAL_SUPPORT_WORDS,
    RECEIVING_SUPPORT_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.extract.relation_stand_ins import kinds_of
from warledger.model import ActorKind, ActorMention, RelationPredicate

P = RelationPredicate

# How many heads to climb from "in support of" to the clause whose agent supports.
MAX_CLIMB = 4
INCLUDE_VERBS = frozenset({"include", "comprise", "encompass"})
# Nouns of a part of a body ("part of Y", "the backbone of Y") and verbs whose subject
# is the part their object names ("X forms the core of Y").
PART_NOUNS = frozenset({"backbone", "bulk", "component", "core", "mainstay", "nucleus", "part"})
FORMING_VERBS = frozenset({"constitute", "form", "make"})
SUPPORT_VERBS = frozenset({"support", "assist", "aid"})
HELP_NOUNS = frozenset({"help", "assistance"})
# Prepositions of a support named with its giver ("with the support of Y", "aided by
# support from Y"): the giver backs the doer of the clause.
BACKING_PREPS = frozenset({"with", "by"})
# Verbs whose subject gives what their object names: "X provided support to Y".
GIVING_VERBS = frozenset({"extend", "give", "lend", "offer", "pledge", "provide"})
# Nouns of an alliance whose "with" phrase names the partner ("an alliance with Y"),
# and nouns of an agreement that are one only with a word of arms ("a defence pact").
ALLIANCE_NOUNS = frozenset({"alliance"})
PACT_NOUNS = frozenset({"pact", "treaty"})
MILITARY_WORDS = frozenset({"defence", "defense", "military", "security", "mutual"})
# Verbs of what a body is made of: "X consists of A", "X, made up of A".
COMPOSITION_VERBS = frozenset({"compose", "consist", "make"})
# People are members of bodies, never bodies that include or ally with others here.
PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NON_STATE_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY})


def _bodies(mentions: list[ActorMention]) -> list[ActorMention]:
    """States, groups and forces, not people: a person supporting an operation
    is doing a job, not making an alliance."""
    return [m for m in mentions if m.label not in PERSON_LABELS]


def _objects(verb: Token, index: MentionIndex) -> list[ActorMention]:
    return [a for t in children_with(verb, {"dobj"}) for a in actors_at(t, index)]


def _supported(token: Token, index: MentionIndex) -> list[ActorMention]:
    """Who is supported through the phrase headed by ``token``: the actors it names,
    or the owners of an undertaking it names ("in support of SDF operations",
    "support their efforts": the SDF, they)."""
    named = actors_at(token, index)
    if named or token.lemma_.lower() not in EFFORT_NOUNS:
        return named
    owners = children_with(token, {"poss", "compound", "nmod", "amod"})
    # "the Mosul operations" are operations in Mosul: a place before the noun is where
    return [
        a
        for t in owners
        for a in actors_at(t, index)
        if t.dep_ == "poss" or a.label not in PLACE_LABELS
    ]


def inclusion(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "G include(s) A, B and C": each of A, B, C is a member of G."""
    groups = [g for g in agents_of(verb, index) if g.label not in PERSON_LABELS]
    if verb.dep_ == "relcl" and not groups:
        groups = actors_at(verb.head, index)
    members = _objects(verb, index)
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


def support(trigger: Token, index: MentionIndex) -> Iterator[Found]:
    """Support between actors as alliance: "X supports Y", "X's support of Y",
    "X ... in support of Y", "X provided support to Y", "Y, supported by X"."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        supporters = [a for t in prep_objects(trigger, {"by"}) for a in actors_at(t, index)]
        supported = actors_at(trigger.head, index)
        yield from as_backing(P.ALLIED_WITH, _bodies(supporters), _bodies(supported))
        return
    if trigger.pos_ in {"VERB", "AUX"}:
        # "X supports Y"; "Y is supported by X", "Y, which is supported by X" (the
        # passive subject, or the noun its relative pronoun stands for)
        patients = children_with(trigger, {"dobj"}) or [
            antecedent(t) for t in children_with(trigger, {"nsubjpass"})
        ]
        supported = [a for t in patients for a in _supported(t, index)]
        yield from as_backing(P.ALLIED_WITH, _bodies(agents_of(trigger, index)), _bodies(supported))
        return
    giving = trigger.head
    if trigger.dep_ == "pobj" and giving.lower_ in BACKING_PREPS:
        if giving.lower_ == "with" and giving.head.lemma_.lower() in GIVING_VERBS:
            # "X is providing Y with military support": the verb's object gets it
            giver, receivers = agents_of(giving.head, index), _objects(giving.head, index)
            yield _support_predicate(trigger), _bodies(giver), _bodies(receivers)
            return
        yield from _backed(trigger, index)
        return
    if trigger.dep_ == "dobj" and giving.lemma_.lower() in RECEIVING_SUPPORT_VERBS:
        # "Y received military support from X"
        froms = [*prep_objects(trigger, {"from"}), *prep_objects(giving, {"from"})]
        givers = [a for t in froms for a in _named(t, index)]
        yield _support_predicate(trigger), _bodies(givers), _bodies(agents_of(giving, index))
        return
    allies = [a for t in prep_objects(trigger, {"of", "for", "to"}) for a in _supported(t, index)]
    given = trigger.dep_ == "dobj" and giving.lemma_.lower() in GIVING_VERBS
    if given:
        # "X provided air support to Y": the giver supports, the receiver may hang on the verb
        allies += [a for t in prep_objects(giving, {"for", "to"}) for a in actors_at(t, index)]
    if not allies:
        return
    supporters = [a for t in children_with(trigger, {"poss"}) for a in actors_at(t, index)]
    if not supporters and trigger.dep_ == "pobj" and trigger.head.lower_ == "in":
        supporters = _doer_above(trigger.head, index)
    if not supporters and given:
        supporters = agents_of(giving, index)
    yield from as_backing(_support_predicate(trigger), _bodies(supporters), _bodies(allies))


def _support_predicate(support: Token) -> RelationPredicate:
    """Support of means ("military", "financial" support) backs its receiver;
    support with no such word ("air support", "its support of Y") is alliance."""
    means = any(
        c.lemma_.lower() in MATERIAL_SUPPORT_WORDS
        for c in children_with(support, {"amod", "compound", "nmod"})
    )
    return P.SPONSORS if means else P.ALLIED_WITH


def as_backing(
    predicate: RelationPredicate, subjects: list[ActorMention], objects: list[ActorMention]
) -> Iterator[Found]:
    """The verb of support as alliance, except where a state supports a non-state
    armed group: "the LNA, supported by Russia and the UAE" is backed by them as a
    proxy is, while "the Coalition supports the Iraqi army" is alliance. (Support
    named as a noun in a clause, "X took the town, aided by support from Y", is
    help in that operation: alliance, whoever gives it.)"""
    for subject in subjects:
        for obj in objects:
            backing = subject.kind is ActorKind.STATE and obj.kind in NON_STATE_KINDS
            yield (P.SPONSORS if backing else predicate), [subject], [obj]


def _backed(support: Token, index: MentionIndex) -> Iterator[Found]:
    """ "With the support of Y, X took the town", "X, aided by strong support from Y",
    "with Turkish support": the one named with the support gives it to the doer of
    the clause the phrase hangs on (the subject of a passive is that doer)."""
    backers = [a for t in prep_objects(support, {"of", "from"}) for a in _named(t, index)]
    backers += [
        a
        for t in children_with(support, {"poss", "amod", "compound", "nmod"})
        for a in actors_at(t, index)
    ]
    if not backers:
        return
    clause = support.head.head
    if clause.pos_ not in {"VERB", "AUX"}:
        backed = actors_at(clause, index)
    elif clause.dep_ == "acl":
        # "the rebels, aided by support from Y, ..."; the parser hangs the participle
        # of "X took the town, aided by Y" on the town: then the taker is aided
        backed = actors_at(clause.head, index) or _doer_before(clause, index)
    elif children_with(clause, {"nsubjpass"}):
        backed = [a for t in children_with(clause, {"nsubjpass"}) for a in actors_at(t, index)]
    else:
        backed = agents_of(clause, index)
    backed = _bodies([b for b in backed if b not in backers])
    yield _support_predicate(support), _bodies(backers), backed


def _doer_before(participle: Token, index: MentionIndex) -> list[ActorMention]:
    """The agent of the nearest clause before a participle the parser hung on a noun
    that names no one: in "X took the town, aided by Y" and "news that X took the
    town, aided by Y" the aid went to the taker, not to the town or the news."""
    sentence_start = participle.sent.start
    for i in range(participle.i - 1, sentence_start - 1, -1):
        verb = participle.doc[i]
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ != "amod":
            found = agents_of(verb, index)
            if found:
                return found
    return []


def _named(token: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors of the phrase at ``token``, or of the name in apposition to its
    noun ("support from its ally Turkey")."""
    return actors_at(token, index) or [
        a for c in children_with(token, {"appos"}) for a in actors_at(c, index)
    ]


def _doer_above(token: Token, index: MentionIndex) -> list[ActorMention]:
    """The agent of the nearest clause above ``token`` that names one: "X
    conducted strikes coordinated with and in support of Y" climbs from "in"
    past "strikes" to "conducted"."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            return []
        current = current.head
        # a relative clause says what its noun is ("targets, which include ..."), not
        # who acts: its relative subject supports no one
        if current.pos_ in {"VERB", "AUX"} and current.dep_ != "relcl":
            found = agents_of(current, index)
            if found:
                return found
    return []


def together_with(prep: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X, together with Y, ..." / "X ... alongside Y": allies."""
    if prep.lower_ != "alongside" and not any(c.lower_ == "together" for c in prep.children):
        return
    partners = [a for t in children_with(prep, {"pobj"}) for a in actors_at(t, index)]
    head = prep.head
    holders = agents_of(head, index) if head.pos_ in {"VERB", "AUX"} else actors_at(head, index)
    yield P.ALLIED_WITH, _bodies(holders), _bodies(partners)


def listed_within(prep: Token, index: MentionIndex) -> Iterator[Found]:
    """ "the coalition, including Russia and Iran" (Russia and Iran are members of it);
    "Turkey within NATO" (Turkey is a member of NATO). Only between names: "attacks
    on towns including Aleppo" has no body before "including"."""
    inside = _bodies([a for t in children_with(prep, {"pobj"}) for a in actors_at(t, index)])
    holder = _bodies(actors_at(prep.head, index))
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
    for position, first in enumerate(_bodies(between)):
        yield P.ALLIED_WITH, [first], _bodies(between)[position + 1 :]
    partners = _bodies([a for t in prep_objects(noun, {"with"}) for a in actors_at(t, index)])
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
    yield P.ALLIED_WITH, _bodies(holders), partners


def allegiance(adjective: Token, index: MentionIndex) -> Iterator[Found]:
    """ "Fighters loyal to the Tripoli government", "the units remain loyal to Y":
    the ones loyal are on the side of the one their "to" phrase names."""
    sides = _bodies([a for t in prep_objects(adjective, {"to"}) for a in actors_at(t, index)])
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


def employing(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "Azerbaijan used Syrian mercenaries", "Armenia is employing PKK militants":
    fighters a side uses fight on its side. Only fighters named by a fighter noun
    count ("used drones" is arms, ``relation_control``)."""
    fighters = [t for t in children_with(verb, {"dobj"}) if t.lemma_.lower() in FIGHTER_NOUNS]
    employed = [a for t in fighters for a in actors_at(t, index)]
    yield P.ALLIED_WITH, employed, _bodies(agents_of(verb, index))


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
    elif token.pos_ == "VERB" and lemma in EMPLOYING_VERBS:
        yield from employing(token, index)
