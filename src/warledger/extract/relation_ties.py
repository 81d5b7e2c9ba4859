"""Verbs of command and membership between bodies: "X controls the militia", "the
units answer to X", "volunteers serve in the Legion", "the militants belong to Y".

Why a module of its own: these verbs tie a body to a superior or to the body it is
part of, but each also has a reading that ties no one ("controls the city" is
holding ground, ``relation_control``; "served in Ukraine" names a place), so each
pattern keeps only the arguments that can stand in the tie: an armed body under
control, a body (not a place) served in or belonged to.

Each pattern yields (predicate, subjects, objects) for the finder of ``relations``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    Found,
    actors_at,
    antecedent,
    patients_of,
    prep_objects,
)
from warledger.extract.relation_lexicon import (
    ANSWERING_VERBS,
    ARMED_KINDS,
    BELONGING_VERBS,
    COMMAND_BODY_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import RelationPredicate

P = RelationPredicate


def controlled(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X controls the militia", "the Corps is controlled by X": X commands an armed
    body it controls (a place or arms it controls is ``relation_control``'s)."""
    bodies = [a for t in patients_of(verb) for a in actors_at(antecedent(t), index)]
    armed = [a for a in bodies if a.label == "ORG" and a.kind in ARMED_KINDS]
    yield P.COMMANDS, agents_of(verb, index), armed


def answering(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "The fighters, who answer to the Kremlin": the one answered to commands them."""
    superiors = [a for t in prep_objects(verb, {"to"}) for a in actors_at(t, index)]
    yield P.COMMANDS, superiors, agents_of(verb, index)


def belonging(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "The militants belong to Y", "volunteers serve in Y", "serving with Y": members
    of a body (an organisation, not a place one serves in)."""
    preps = {"to"} if verb.lemma_.lower() == "belong" else {"in", "with"}
    bodies = [a for t in prep_objects(verb, preps) for a in actors_at(t, index)]
    members = agents_of(verb, index)
    own = index.actor.get(verb.head.i)
    if verb.dep_ == "acl" and own is not None:
        # "fighters belonging to Y": the men by their own words, who are Y's men in
        # what they do (``relation_args.owner_phrases``) and members of Y here
        members = [own]
    yield P.MEMBER_OF, members, [a for a in bodies if a.label == "ORG"]


def tie_relations(token: Token, index: MentionIndex) -> Iterator[Found]:
    """The tie patterns that ``token`` triggers (verbs only)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return
    lemma = token.lemma_.lower()
    if lemma in COMMAND_BODY_VERBS and token.dep_ != "amod":
        yield from controlled(token, index)
    elif lemma in ANSWERING_VERBS:
        yield from answering(token, index)
    elif lemma in BELONGING_VERBS:
        yield from belonging(token, index)
