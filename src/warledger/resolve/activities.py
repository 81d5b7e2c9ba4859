"""An actor's reported activities: every claim that has it doing or suffering something.

An event claim counts when the actor is one of its initiators or targets. A relation
claim counts when the actor is its subject - the one said to send fighters, sponsor,
command, belong to, ally with or fight - because in proxy reporting "Turkey sent
fighters to Azerbaijan" is as much an act of Turkey's as a shelling is; the relation
also stays on the relation graph, where both ends see it. Each activity keeps its
source (who says so, when, in which words, with which stance), so a denial is listed
as a denial, never as the act.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from warledger.model import Event, Relation
from warledger.resolve.actors import ActorIndex
from warledger.resolve.relations import (
    Period,
    Source,
    resolve_mention,
    resolve_place,
    reviewed_claims,
    source_of,
)
from warledger.store import Store

SUBJECT_ROLES = {
    "deploys_fighters_to": "sender",
    "sponsors": "sponsor",
    "member_of": "member",
    "commands": "commander",
    "allied_with": "ally",
    "fighting_against": "combatant",
}
"""The role a relation claim gives its subject, as the activity list names it."""


@dataclass(frozen=True)
class Activity:
    """A claim in which an actor is reported as an event's initiator or target, or as the
    subject of a relation (``role`` sender, sponsor, member...; ``type`` the predicate;
    the relation's object, actor or place, is its counterpart)."""

    role: str
    type: str
    mode: str | None
    negated: bool
    place: str | None
    counterparts: list[str]
    source: Source


def activities_of(
    store: Store,
    index: ActorIndex,
    actor_id: str,
    as_of: datetime | None = None,
    valid_in: Period | None = None,
) -> list[Activity]:
    """Claims stored at or before ``as_of`` naming ``actor_id`` (canonical) as an event's
    initiator or target or a relation's subject, in order of their dates; with
    ``valid_in``, only those dated in it."""
    found = [
        *_event_activities(store, index, actor_id, as_of),
        *_relation_activities(store, index, actor_id, as_of),
    ]
    kept = [a for a in found if valid_in is None or a.source.overlaps(valid_in)]
    return sorted(kept, key=lambda a: (a.source.start or date.max, a.source.claim_id, a.role))


def _event_activities(
    store: Store, index: ActorIndex, actor_id: str, as_of: datetime | None
) -> list[Activity]:
    out = []
    for stored in reviewed_claims(store, as_of, kind="event"):
        prop = stored.claim.proposition
        assert isinstance(prop, Event)
        initiators = [resolve_mention(m, index) for m in prop.initiators]
        targets = [resolve_mention(m, index) for m in prop.targets]
        place = prop.place
        where = (place.place.name if place.place else place.span.text) if place else None
        for role, ids, others in (
            ("initiator", initiators, prop.targets),
            ("target", targets, prop.initiators),
        ):
            if actor_id in ids:
                out.append(
                    Activity(
                        role=role,
                        type=prop.type.value,
                        mode=prop.mode,
                        negated=prop.negated,
                        place=where,
                        counterparts=[m.name for m in others],
                        source=source_of(stored, index),
                    )
                )
    return out


def _relation_activities(
    store: Store, index: ActorIndex, actor_id: str, as_of: datetime | None
) -> list[Activity]:
    out = []
    for stored in reviewed_claims(store, as_of, kind="relation"):
        prop = stored.claim.proposition
        assert isinstance(prop, Relation)
        if resolve_mention(prop.subject, index) != actor_id:
            continue
        # a destination place is named as the relation graph names it (the state the
        # knowledge base knows by that name, else the place)
        where = resolve_place(prop.object_place, index)[1] if prop.object_place else None
        other = prop.object.name if prop.object else where
        out.append(
            Activity(
                role=SUBJECT_ROLES[prop.predicate.value],
                type=prop.predicate.value,
                mode=None,
                negated=False,
                place=None,
                counterparts=[other] if other else [],
                source=source_of(stored, index),
            )
        )
    return out
