"""The incident views: the filtered list with facets, the map and the timeline.

All three read the same GET filters (``listing.parse_list_query``), so a facet click,
a map and a timeline always show the same incidents. The single-item pages
(incident, actor, document, search) have their own modules and routers, included here
because ``web.add_web_routes`` mounts this one router.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from warledger.api.incident_queries import incident_page
from warledger.api.queries import BadQuery
from warledger.model import Grade, PloverType
from warledger.store import Store
from warledger.web import detail_pages, document_page, search_page
from warledger.web.listing import ListQuery, facet_counts, matching_incidents, parse_list_query
from warledger.web.mapdata import map_point
from warledger.web.render import error_page, render
from warledger.web.session import require_page_role
from warledger.web.timeline import build_timeline

PAGE_SIZE = 50
MAX_PAGES = 10_000

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
    try:
        query = _query(request)
        page_no = _page_number(request.query_params.get("page", ""))
        facets = facet_counts(_store(request), query)
        total = sum(facets["grade"].values())
        if query.in_memory:
            start = (page_no - 1) * PAGE_SIZE
            everything = list(matching_incidents(_store(request), query))
            rows, next_url = everything[start : start + PAGE_SIZE], None
            if len(everything) > start + PAGE_SIZE:
                next_url = query.url(page=str(page_no + 1))
        else:
            cursor = request.query_params.get("cursor") or None
            pairs, next_cursor = incident_page(_store(request), query.where, cursor, PAGE_SIZE)
            rows = [incident for incident, _details in pairs]
            next_url = query.url(cursor=next_cursor) if next_cursor else None
    except BadQuery as exc:
        return error_page(request, 400, str(exc))
    context = {
        **_form_context(query),
        "incidents": rows,
        "facets": facets,
        "total": total,
        "next_url": next_url,
        "first_url": query.url() if "cursor" in request.query_params or page_no > 1 else None,
    }
    return render(request, "incidents.html", context)


def _page_number(value: str) -> int:
    if not value:
        return 1
    if not value.isdigit() or not 1 <= int(value) <= MAX_PAGES:
        raise BadQuery(f"page {value!r} must be a whole number from 1 to {MAX_PAGES}")
    return int(value)


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
    """The map's points for the page's filters, and how many incidents have no point."""
    require_page_role(request, "reader")
    try:
        query = _query(request)
    except BadQuery as exc:
        return JSONResponse({"detail": str(exc)}, status_code=400)
    points, unplaced = [], 0
    for incident in matching_incidents(_store(request), query):
        point = map_point(incident)
        if point is None:
            unplaced += 1
        else:
            points.append(point)
    return JSONResponse({"points": points, "not_on_map": unplaced})


@router.get("/timeline")
def timeline_page(request: Request) -> Response:
    require_page_role(request, "reader")
    try:
        query = _query(request)
    except BadQuery as exc:
        return error_page(request, 400, str(exc))
    timeline = build_timeline(list(matching_incidents(_store(request), query)), query)
    context = {**_form_context(query), "timeline": timeline}
    return render(request, "timeline.html", context)
