"""Routes over incidents: the filtered, paged list, its facet counts, one incident."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from warledger.api.params import AsOf, Cursor, Limit, Reader, not_found, store_of
from warledger.api.schemas import IncidentDetail, IncidentFacets, IncidentList, IncidentOut
from warledger.model import Grade, PloverType, Side
from warledger.query.documents import claims_by_id
from warledger.query.incidents import (
    IncidentFilter,
    incident_by_id,
    incident_facets,
    incident_page,
    incident_page_as_of,
    parse_bbox,
)

router = APIRouter(tags=["incidents"])
NAME_LENGTH = 200


async def incident_filter(
    grade: Grade | None = None,
    type: PloverType | None = None,
    mode: Annotated[str | None, Query(max_length=64)] = None,
    date_from: Annotated[date | None, Query(description="events ending on or after")] = None,
    date_to: Annotated[date | None, Query(description="events starting on or before")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    min_sources: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
    place: Annotated[
        str | None,
        Query(max_length=NAME_LENGTH, description="part of the place name, any case"),
    ] = None,
    actor: Annotated[
        str | None,
        Query(
            max_length=NAME_LENGTH,
            description="actor id: a claim of the incident is by or about this actor",
        ),
    ] = None,
    source: Annotated[
        str | None,
        Query(max_length=NAME_LENGTH, description="outlet of one of its documents"),
    ] = None,
    side: Annotated[Side | None, Query(description="a side that reports it")] = None,
) -> IncidentFilter:
    """The incident filters every incident route (list, facets, exports) accepts.

    ``async`` although it awaits nothing: FastAPI runs a plain ``def`` dependency in its
    thread pool, one more hand-over between threads per request for what is only
    parameter checking (the routes themselves, which read the store, stay in the pool)."""
    return IncidentFilter(
        grade=grade.value if grade else None,
        type=type.value if type else None,
        mode=mode,
        date_from=date_from,
        date_to=date_to,
        bbox=parse_bbox(bbox),
        min_sources=min_sources,
        place=place,
        actor=actor,
        source=source,
        side=side.value if side else None,
    )


Filter = Annotated[IncidentFilter, Depends(incident_filter)]


@router.get("/api/incidents", response_model=IncidentList)
def incidents(
    request: Request,
    _caller: Reader,
    where: Filter,
    as_of: AsOf = None,
    cursor: Cursor = None,
    limit: Limit = 100,
) -> Response:
    """Incidents, largest first (independent sources, then claims, then id); follow
    next_cursor until it is null. With as_of the list is recomputed as known then."""
    store = store_of(request)
    if as_of is None:
        pairs, next_cursor = incident_page(store, where, cursor, limit)
    else:
        pairs, next_cursor = incident_page_as_of(store, where, as_of, cursor, limit)
    items = [IncidentOut(incident=i, details=d) for i, d in pairs]
    page = IncidentList(items=items, as_of=as_of, next_cursor=next_cursor)
    # Already an IncidentList: written as JSON directly, not dumped and validated again
    # against response_model (which still documents it), the list's busiest path.
    return Response(page.model_dump_json(), media_type="application/json")


@router.get("/api/incident-facets", response_model=IncidentFacets)
def facets(request: Request, _caller: Reader, where: Filter) -> IncidentFacets:
    """How many stored incidents matching the filters have each grade, type, country and
    place (the most frequent places), most frequent first."""
    return IncidentFacets(**incident_facets(store_of(request), where))


@router.get("/api/incidents/{incident_id}", response_model=IncidentDetail)
def incident(request: Request, incident_id: str, _caller: Reader) -> IncidentDetail:
    """An incident, its details and the claims it was built from."""
    store = store_of(request)
    found = incident_by_id(store, incident_id)
    if found is None:
        raise not_found("incident", incident_id)
    members = claims_by_id(store, found[0].claim_ids)
    return IncidentDetail(incident=found[0], details=found[1], claims=members)
