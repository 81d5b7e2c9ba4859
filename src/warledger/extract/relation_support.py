"""Support between actors: alliance or backing, by what is given and to whom.

News says one side helps another in many shapes: "X supports Y", "X's support
of Y", "X ... in support of Y" (the doer of the clause above supports), "X
provided support to Y", "Y, supported by X", "with the support of Y, X took the
town", "Y received military support from X", "X is providing Y with military
support". Support with a word of means ("military", "financial") is backing
(sponsors); support with no such word is alliance, except where a state supports
a non-state armed group, which is backing as a proxy is. These shapes share the
search for the supporter (a possessor, the agent of a clause above, the giver of
a giving verb) and nothing else with the other coalition shapes, so they live
here; ``relation_coalitions`` dispatches to them.

Each pattern yields (predicate, subjects, objects) as ``relation_coalitions`` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    Found,
    actors_at,
    antecedent,
    children_with,
    prep_objects,
)
from warledger.extract.relation_lexicon import (
    EFFORT_NOUNS,
    MATERIAL_SUPPORT_WORDS,
    RECEIVING_SUPPORT_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorKind, ActorMention, RelationPredicate

P = RelationPredicate

# How many heads to climb from "in support of" to the clause whose agent supports.
MAX_CLIMB = 4
SUPPORT_VERBS = frozenset({"support", "assist", "aid"})
HELP_NOUNS = frozenset({"help", "assistance"})
# Prepositions of a support named with its giver ("with the support of Y", "aided by
# support from Y"): the giver backs the doer of the clause.
BACKING_PREPS = frozenset({"with", "by"})
# Verbs whose subject gives what their object names: "X provided support to Y".
GIVING_VERBS = frozenset({"extend", "give", "lend", "offer", "pledge", "provide"})
# People are members of bodies, never bodies that include or ally with others here.
PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NON_STATE_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY})


def bodies(mentions: list[ActorMention]) -> list[ActorMention]:
    """States, groups and forces, not people: a person supporting an operation
    is doing a job, not making an alliance."""
    return [m for m in mentions if m.label not in PERSON_LABELS]


def objects_of(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors a verb's direct object names."""
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


def support(trigger: Token, index: MentionIndex) -> Iterator[Found]:
    """Support between actors as alliance: "X supports Y", "X's support of Y",
    "X ... in support of Y", "X provided support to Y", "Y, supported by X"."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        supporters = [a for t in prep_objects(trigger, {"by"}) for a in actors_at(t, index)]
        supported = actors_at(trigger.head, index)
        yield from as_backing(P.ALLIED_WITH, bodies(supporters), bodies(supported))
        return
    if trigger.pos_ in {"VERB", "AUX"}:
        # "X supports Y"; "Y is supported by X", "Y, which is supported by X" (the
        # passive subject, or the noun its relative pronoun stands for)
        patients = children_with(trigger, {"dobj"}) or [
            antecedent(t) for t in children_with(trigger, {"nsubjpass"})
        ]
        supported = [a for t in patients for a in _supported(t, index)]
        yield from as_backing(P.ALLIED_WITH, bodies(agents_of(trigger, index)), bodies(supported))
        return
    giving = trigger.head
    if trigger.dep_ == "pobj" and giving.lower_ in BACKING_PREPS:
        if giving.lower_ == "with" and giving.head.lemma_.lower() in GIVING_VERBS:
            # "X is providing Y with military support": the verb's object gets it
            giver, receivers = agents_of(giving.head, index), objects_of(giving.head, index)
            yield _support_predicate(trigger), bodies(giver), bodies(receivers)
            return
        yield from _backed(trigger, index)
        return
    if trigger.dep_ == "dobj" and giving.lemma_.lower() in RECEIVING_SUPPORT_VERBS:
        # "Y received military support from X"
        froms = [*prep_objects(trigger, {"from"}), *prep_objects(giving, {"from"})]
        givers = [a for t in froms for a in _named(t, index)]
        yield _support_predicate(trigger), bodies(givers), bodies(agents_of(giving, index))
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
    yield from as_backing(_support_predicate(trigger), bodies(supporters), bodies(allies))


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
    backed = bodies([b for b in backed if b not in backers])
    yield _support_predicate(support), bodies(backers), backed


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
