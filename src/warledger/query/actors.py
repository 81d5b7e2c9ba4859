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
    from warledger.resolve.activities import Activity
    from warledger.resolve.actors import ActorIndex
    from warledger.resolve.relations import Period, RelationEdge, RelationGraph, Source
    from warledger.store import Store

__all__ = [
    "ActorIndex",
    "ActorView",
    "Network",
    "Period",
    "RelationEdge",
    "Source",
    "actor_index",
    "actor_view",
    "network",
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


def relation_graph(store: Store, index: ActorIndex, as_of: datetime | None = None) -> RelationGraph:
    """The relations claimed between the actors of ``index`` (as known at ``as_of``)."""
    from warledger.resolve.relations import RelationGraph

    return RelationGraph.build(store, index, as_of=as_of)


def actor_view(
    store: Store,
    index: ActorIndex,
    actor: Actor,
    as_of: datetime | None = None,
    valid_in: Period | None = None,
    predicate: str | None = None,
) -> ActorView:
    """``actor`` (one of ``index``) with its merges, relations and activities; ``valid_in``
    keeps the relations and activities that held in that period, ``predicate`` the
    relations of that kind (activities are not filtered by it)."""
    from warledger.resolve.activities import activities_of

    graph = relation_graph(store, index, as_of)
    edges = graph.relations_of(actor.id, valid_in, predicate)
    activities = activities_of(store, index, actor.id, as_of=as_of, valid_in=valid_in)
    merged = sorted(m.merged_id for m in index.merges if index.canonical(m.merged_id) == actor.id)
    return ActorView(actor, merged, edges, activities)


@dataclass(frozen=True)
class Network:
    """The relation graph as a network: its edges (filtered) and the actors they join,
    by canonical id (names not linked to an actor and places have no entry)."""

    edges: list[RelationEdge]
    actors: dict[str, Actor]


def network(
    store: Store,
    as_of: datetime | None = None,
    valid_in: Period | None = None,
    predicate: str | None = None,
) -> Network:
    """Every relation claimed (as known at ``as_of``), optionally only those of
    ``predicate`` and those that held in ``valid_in``, with the actors they join."""
    index = actor_index(store, as_of)
    edges = relation_graph(store, index, as_of).select(valid_in, predicate)
    ids = {i for e in edges for i in (e.subject_id, e.object_id)}
    actors = {i: index.actor(i) for i in ids if not i.startswith(("name:", "place:"))}
    return Network(edges, actors)
