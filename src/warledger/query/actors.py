"""Actors and the relations claimed between them, recomputed from the stored claims.

Nothing about actors' relations is stored as such: ``resolve`` rebuilds the actor
index and the relation graph from the claims (as known at ``as_of`` when given), so
the API's actor routes and the actor pages read the same picture through here.
``resolve`` is imported when a read needs it, not when the web app starts; its types
are named here for annotations only (under ``TYPE_CHECKING``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from warledger.model import Actor

if TYPE_CHECKING:
    from warledger.resolve.actors import ActorIndex
    from warledger.resolve.relations import Activity, RelationEdge, RelationGraph, Source
    from warledger.store import Store

__all__ = [
    "ActorIndex",
    "ActorView",
    "RelationEdge",
    "Source",
    "actor_index",
    "actor_view",
    "relation_graph",
]


@dataclass(frozen=True)
class ActorView:
    """One actor as its page shows it: the ids merged into it, the relations claimed
    about it (strongest first) and the activities it is reported in."""

    actor: Actor
    merged_ids: list[str]
    relations: list[RelationEdge]
    activities: list[Activity]


def actor_index(store: Store, as_of: datetime | None = None) -> ActorIndex:
    """Every actor of the stored claims (as known at ``as_of``), merges applied."""
    from warledger.resolve.actors import ActorIndex

    return ActorIndex.load(store, as_of=as_of)


def relation_graph(
    store: Store, index: ActorIndex, as_of: datetime | None = None
) -> RelationGraph:
    """The relations claimed between the actors of ``index`` (as known at ``as_of``)."""
    from warledger.resolve.relations import RelationGraph

    return RelationGraph.build(store, index, as_of=as_of)


def actor_view(
    store: Store, index: ActorIndex, actor: Actor, as_of: datetime | None = None
) -> ActorView:
    """``actor`` (one of ``index``) with its merges, relations and activities."""
    from warledger.resolve.relations import activities_of

    edges = relation_graph(store, index, as_of).relations_of(actor.id)
    activities = activities_of(store, index, actor.id, as_of=as_of)
    merged = sorted(m.merged_id for m in index.merges if index.canonical(m.merged_id) == actor.id)
    return ActorView(actor, merged, edges, activities)
