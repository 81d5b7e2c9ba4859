"""Export downloads: the incident list's filters, written by the code behind
``warledger export`` and streamed as it is written (reader role)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from warledger.api.params import Reader, store_of
from warledger.api.routes_incidents import Filter
from warledger.errors import BadQuery
from warledger.export.stream import MEDIA_TYPES, ExportFormat, ExportWhat, Tally, export_chunks
from warledger.query.incidents import IncidentFilter, iter_incidents

router = APIRouter(tags=["export"])


def _documented(fmt: ExportFormat, what: str) -> dict[int | str, dict[str, Any]]:
    media = MEDIA_TYPES[fmt].split(";")[0]
    schema: dict[str, Any] = {"type": "string"}
    if fmt == ExportFormat.GEOJSON:  # one JSON document, which clients parse as such
        schema = {
            "type": "object",
            "required": ["type", "features"],
            "properties": {
                "type": {"const": "FeatureCollection"},
                "features": {"type": "array", "items": {"type": "object"}},
                "warledger:skipped": {"type": "integer", "minimum": 0},
            },
        }
    return {200: {"description": what, "content": {media: {"schema": schema}}}}


def _download(
    request: Request, fmt: ExportFormat, what: ExportWhat, where: IncidentFilter
) -> StreamingResponse:
    store = store_of(request)
    incidents = (incident for incident, _ in iter_incidents(store, where))
    chunks = export_chunks(store, fmt, what, incidents, Tally())
    suffix = "graphml" if fmt == ExportFormat.GRAPH else fmt.value
    name = f"warledger-{what.value}.{suffix}"
    return StreamingResponse(
        chunks,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get(
    "/api/export.csv",
    response_class=StreamingResponse,
    responses=_documented(ExportFormat.CSV, "ACLED's columns, then warledger's"),
)
def export_csv(request: Request, _caller: Reader, where: Filter) -> StreamingResponse:
    """Incidents matching the filters as CSV with ACLED's columns (event_date ...
    fatalities) and warledger's (grade, fatalities_low/best/high, claim_ids...)."""
    return _download(request, ExportFormat.CSV, ExportWhat.INCIDENTS, where)


@router.get(
    "/api/export.geojson",
    response_class=StreamingResponse,
    responses=_documented(ExportFormat.GEOJSON, "a FeatureCollection of points"),
)
def export_geojson(request: Request, _caller: Reader, where: Filter) -> StreamingResponse:
    """Incidents matching the filters as GeoJSON points (QGIS opens it); incidents with
    no coordinates are left out and counted in "warledger:skipped"."""
    return _download(request, ExportFormat.GEOJSON, ExportWhat.INCIDENTS, where)


@router.get(
    "/api/export.jsonl",
    response_class=StreamingResponse,
    responses=_documented(ExportFormat.JSONL, "one JSON object a line"),
)
def export_jsonl(
    request: Request, _caller: Reader, where: Filter, what: ExportWhat = ExportWhat.CLAIMS
) -> StreamingResponse:
    """Every claim (what=claims, with all its spans), or the incidents matching the
    filters (what=incidents), one JSON object a line."""
    if what == ExportWhat.RELATIONS:
        raise BadQuery("relations export as a graph: use /api/export.graphml")
    if what == ExportWhat.CLAIMS and where != IncidentFilter():
        raise BadQuery("the filters select incidents: add what=incidents, or drop the filters")
    return _download(request, ExportFormat.JSONL, what, where)


@router.get(
    "/api/export.graphml",
    response_class=StreamingResponse,
    responses=_documented(ExportFormat.GRAPH, "the relation graph as GraphML"),
)
def export_graphml(request: Request, _caller: Reader) -> StreamingResponse:
    """The relation graph: actors as nodes, one edge per (subject, predicate, object)
    with who asserts and who denies it, its period and its claim ids."""
    return _download(request, ExportFormat.GRAPH, ExportWhat.RELATIONS, IncidentFilter())
