"""The incident views: the filtered list with facets, the map and the timeline.

All three read the same GET filters (``listing.parse_list_query``), so a facet click,
a map and a timeline always show the same incidents. The single-item pages
(incident, actor, document, search) have their own modules and routers, included here
because ``web.add_web_routes`` mounts this one router.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from warledger.errors import BadQuery
from warledger.model import Grade, PloverType
from warledger.query.incidents import daily_counts, incident_facets, incident_page, parse_bbox
from warledger.store import Store
from warledger.web import detail_pages, document_page, search_page
from warledger.web.listing import ListQuery, parse_list_query
from warledger.web.mapdata import map_answer
from warledger.web.render import error_page, render
from warledger.web.session import require_page_role
from warledger.web.timeline import build_timeline

PAGE_SIZE = 50

router = APIRouter(include_in_schema=False)
router.include_router(detail_pages.router)
router.include_router(document_page.router)
router.include_router(search_page.router)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _query(request: Request) -> ListQuery:
    return parse_list_query(request.query_params)


def _form_context(query: ListQuery) -> dict[str, Any]:
    return {
        "query": query,
        "grades": [g.value for g in Grade],
        "types": [t.value for t in PloverType],
    }


@router.get("/")
@router.get("/incidents")
def incident_list(request: Request) -> Response:
    require_page_role(request, "reader")
    cursor = request.query_params.get("cursor") or None
    try:
        query = _query(request)
        facets = incident_facets(_store(request), query.where)
        pairs, next_cursor = incident_page(_store(request), query.where, cursor, PAGE_SIZE)
    except BadQuery as exc:
        return error_page(request, 400, str(exc))
    context = {
        **_form_context(query),
        "incidents": [incident for incident, _details in pairs],
        "facets": facets,
        "total": sum(facets["grade"].values()),
        "next_url": query.url(cursor=next_cursor) if next_cursor else None,
        "first_url": query.url() if cursor else None,
    }
    return render(request, "incidents.html", context)


@router.get("/map")
def map_page(request: Request) -> Response:
    require_page_role(request, "reader")
    try:
        query = _query(request)
    except BadQuery as exc:
        return error_page(request, 400, str(exc))
    context = {**_form_context(query), "data_url": query.url("/map/data")}
    return render(request, "map.html", context)


@router.get("/map/data")
def map_data(request: Request) -> Response:
    """The map's points (or, above ``MAX_POINTS``, its cells at ``zoom``) for the page's
    filters within ``bbox``, and how many incidents have no point."""
    require_page_role(request, "reader")
    try:
        query = _query(request)
    except BadQuery as exc:
        return JSONResponse({"detail": str(exc)}, status_code=400)
    try:
        where = replace(query.where, bbox=parse_bbox(request.query_params.get("bbox") or None))
        zoom = int(request.query_params.get("zoom") or 2)
    except (BadQuery, ValueError) as exc:
        return JSONResponse({"detail": f"bad bbox or zoom: {exc}"}, status_code=400)
    return JSONResponse(map_answer(_store(request), where, zoom))


@router.get("/timeline")
def timeline_page(request: Request) -> Response:
    require_page_role(request, "reader")
    try:
        query = _query(request)
    except BadQuery as exc:
        return error_page(request, 400, str(exc))
    daily, undated = daily_counts(_store(request), query.where)
    timeline = build_timeline(daily, undated, query)
    context = {**_form_context(query), "timeline": timeline}
    return render(request, "timeline.html", context)
