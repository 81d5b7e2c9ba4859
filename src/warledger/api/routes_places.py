"""Route over places: names with incident and claim counts, coordinates and precision."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from warledger.api.params import Limit, Reader, store_of
from warledger.api.schemas import PlaceList, PlaceOut
from warledger.query.incidents import parse_bbox
from warledger.query.places import place_counts

router = APIRouter(tags=["places"])


@router.get("/api/places", response_model=PlaceList)
def places(
    request: Request,
    _caller: Reader,
    name: Annotated[
        str | None, Query(max_length=200, description="part of the place name, any case")
    ] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    limit: Limit = 100,
) -> PlaceList:
    """Places named by incidents and claims, the most reported first. A place without
    coordinates is a mention the gazetteer could not resolve (a bbox leaves it out)."""
    found = place_counts(store_of(request), name, parse_bbox(bbox), limit)
    return PlaceList(items=[PlaceOut(**vars(p)) for p in found])
