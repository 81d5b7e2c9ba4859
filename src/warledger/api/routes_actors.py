"""Routes over actors and the relations claimed between them (sponsor, proxy, command...).

Both are recomputed from the stored claims (``ActorIndex``, ``RelationGraph``), so
``as_of`` gives the picture as known at that time. Each relation keeps every
claim behind it: who says so, where, when, with which stance and in which words.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status

from warledger.api.params import (
    AsOf,
    Limit,
    Reader,
    ValidFrom,
    ValidTo,
    store_of,
    valid_period,
)
from warledger.api.schemas import ActivityOut, ActorPage, RelationList, RelationOut, SourceOut
from warledger.model import Actor, RelationPredicate
from warledger.query.actors import actor_index, actor_view, relation_graph
from warledger.store import Store

if TYPE_CHECKING:
    from warledger.query.actors import ActorIndex, Period, RelationEdge, Source

router = APIRouter(tags=["actors"])


@router.get("/api/actors/{name_or_id}", response_model=ActorPage)
def actor(
    request: Request,
    name_or_id: str,
    _caller: Reader,
    as_of: AsOf = None,
    predicate: RelationPredicate | None = None,
    valid_from: ValidFrom = None,
    valid_to: ValidTo = None,
) -> ActorPage:
    """An actor: aliases, merges, relations with who asserts and who denies them, and
    reported activities (events, and relations it is the subject of); ``predicate``
    keeps relations of that kind, ``from``/``to`` what held in that period."""
    period = valid_period(valid_from, valid_to)
    chosen = predicate.value if predicate else None
    return _actor_page(store_of(request), name_or_id, as_of, period, chosen)


@router.get("/api/relations", response_model=RelationList)
def relations(
    request: Request,
    _caller: Reader,
    actor: Annotated[
        str | None,
        Query(max_length=300, description="actor id or name, as subject or object"),
    ] = None,
    predicate: RelationPredicate | None = None,
    as_of: AsOf = None,
    valid_from: ValidFrom = None,
    valid_to: ValidTo = None,
    limit: Limit = 100,
) -> RelationList:
    """Relations between actors (sponsors, commands, member_of, deploys_fighters_to,
    allied_with, fighting_against), each with the claims that assert or deny it; the
    best supported first. ``from``/``to`` keep the claims whose valid time meets it."""
    store = store_of(request)
    period = valid_period(valid_from, valid_to)
    index = actor_index(store, as_of)
    graph = relation_graph(store, index, as_of)
    chosen = predicate.value if predicate else None
    if actor is not None:
        edges = graph.relations_of(_one_actor(index, actor).id, period, chosen)
    else:
        edges = graph.select(period, chosen)
    items = [relation_out(e) for e in edges[:limit]]
    return RelationList(items=items, total=len(edges), as_of=as_of)


def _one_actor(index: ActorIndex, name_or_id: str) -> Actor:
    """The one actor ``name_or_id`` names: 404 for none, 409 (listing them) for several."""
    found = index.find(name_or_id)
    if not found:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no actor is called {name_or_id!r}")
    if len(found) > 1:
        choices = ", ".join(f"{a.id} ({a.name})" for a in found)
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            detail=f"{name_or_id!r} may be any of these actors; ask by id: {choices}",
        )
    return found[0]


def _actor_page(
    store: Store,
    name_or_id: str,
    as_of: datetime | None,
    period: Period | None,
    predicate: str | None,
) -> ActorPage:
    index = actor_index(store, as_of)
    view = actor_view(store, index, _one_actor(index, name_or_id), as_of, period, predicate)
    activities = [
        ActivityOut(
            role=a.role,
            type=a.type,
            mode=a.mode,
            negated=a.negated,
            place=a.place,
            counterparts=list(a.counterparts),
            source=source_out(a.source),
        )
        for a in view.activities
    ]
    return ActorPage(
        actor=view.actor,
        merged_ids=view.merged_ids,
        relations=[relation_out(e) for e in view.relations],
        activities=activities,
    )


def relation_out(edge: RelationEdge) -> RelationOut:
    return RelationOut(
        subject_id=edge.subject_id,
        subject_name=edge.subject_name,
        predicate=edge.predicate,
        object_id=edge.object_id,
        object_name=edge.object_name,
        status=edge.status,
        asserted_by=[s.claimant for s in edge.supporting],
        denied_by=[s.claimant for s in edge.denying],
        valid_from=edge.period[0],
        valid_to=edge.period[1],
        sources=[source_out(s) for s in edge.sources],
    )


def source_out(source: Source) -> SourceOut:
    return SourceOut(
        claim_id=source.claim_id,
        document_id=source.document_id,
        claimant=source.claimant,
        claimant_id=source.claimant_id,
        own_voice=source.own_voice,
        outlet=source.outlet,
        said_at=source.said_at,
        stance=source.stance.value,
        evidence=source.evidence,
        start=source.start,
        end=source.end,
    )
