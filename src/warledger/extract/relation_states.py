"""States a text names as places: the state a relation's argument means.

Why a module of its own: the actors stage keeps a country name as a place
unless the text uses it as an actor (subject, agent or possessor), which is
right for events ("shelling in Armenia") but loses the party in a relation's
object position ("an alliance with Armenia", "Ankara's backing of Baku"). The
relation patterns read only argument positions, so there a place mention whose
words name a state of the knowledge base, or its capital, stands for that state.
"""

from __future__ import annotations

from spacy.tokens import Doc

from warledger.kb import load_kb, normalize_alias
from warledger.model import ActorKind, ActorMention, PlaceMention


def states_named_as_places(
    doc: Doc, places: dict[int, PlaceMention], actors: dict[int, ActorMention]
) -> dict[int, ActorMention]:
    """Token index -> the state a place mention names by its name or its capital, where
    no actor covers it. The actors stage keeps a country in an object position as a
    place ("an alliance with Armenia", "Ankara's backing of Baku", "its ally
    Turkey"), but in a relation's argument position it is the state that is meant,
    so the patterns may read it as that state (``relation_args.actors_at``)."""
    kb = load_kb()
    found: dict[int, ActorMention] = {}
    for place in {id(p): p for p in places.values()}.values():
        key = normalize_alias(place.span.text)
        actor_id = kb.alias_index.get(key) or kb.capital_index.get(key)
        actor = kb.by_id.get(actor_id) if actor_id else None
        if actor is None or actor.kind is not ActorKind.STATE:
            continue
        span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if span is None or any(t.i in actors for t in span):
            continue
        mention = ActorMention(
            span=place.span,
            name=place.span.text,
            actor_id=actor.id,
            kind=actor.kind,
            country=actor.country,
            label="GPE",
            source="kb",
        )
        found.update(dict.fromkeys((t.i for t in span), mention))
    return found
