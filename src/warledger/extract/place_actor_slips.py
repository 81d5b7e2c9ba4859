"""A region the NER took for a person: the places stage's reading wins.

Why: the small English model tags many region names as people ("deployed to
Tigray", "fighting in Cabo Delgado"), and the actors stage keeps an unknown
PERSON entity as a discovered person. The places stage reads the same words with
the evidence a place needs (a locative preposition, a country in the document,
the gazetteer's entry), so when it has resolved them to a place, they name no
person: kept as one, the place became a relation's object ("deployed to Tigray" a
person) and a claimant. Where the words stand as an actor does (the subject or
possessor of a clause: "Kazaria has not sent a single soldier") they are the
place's government, as "Baku denied" is; elsewhere the mention goes. A person the
knowledge base knows stays.
"""

from __future__ import annotations

from spacy.tokens import Doc

from warledger.model import DISCOVERED_PREFIX, ActorKind, ActorMention, PlaceMention

ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def without_places_read_as_people(
    doc: Doc, actors: list[ActorMention], places: list[PlaceMention]
) -> list[ActorMention]:
    """``actors`` with the NER's unknown people whose words are a resolved place read
    as that place's government where they stand as an actor, and dropped elsewhere."""
    resolved = {(p.span.start, p.span.end) for p in places if p.place is not None}
    out = []
    for actor in actors:
        if not _place_read_as_person(actor, resolved):
            out.append(actor)
            continue
        span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ACTOR_DEPS:
            out.append(actor.model_copy(update={"kind": ActorKind.STATE, "label": "GPE"}))
    return out


def _place_read_as_person(actor: ActorMention, resolved: set[tuple[int, int]]) -> bool:
    return (
        actor.source == "ner"
        and actor.label == "PERSON"
        and (actor.actor_id or "").startswith(DISCOVERED_PREFIX)
        and (actor.span.start, actor.span.end) in resolved
    )
