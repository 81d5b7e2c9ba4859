"""Parameter and dependency types the API's route modules share.

Roles are dependencies (``Reader``, ``Analyst``, ``Admin``) so each route states the
role it needs in its signature, where the OpenAPI schema shows it too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request, status

from warledger.api.auth import Caller, require
from warledger.api.schemas import ErrorOut
from warledger.store import Store

MAX_LIMIT = 500
MAX_SEQ = 2**63 - 1
"""The largest integer SQLite and PostgreSQL BIGINT hold: a larger ?since= is a 422."""
Reader = Annotated[Caller, Depends(require("reader"))]
Analyst = Annotated[Caller, Depends(require("analyst"))]
Admin = Annotated[Caller, Depends(require("admin"))]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Cursor = Annotated[
    str | None, Query(max_length=2000, description="next_cursor of the previous page")
]
AsOf = Annotated[
    datetime | None,
    Query(description="as known at this ISO datetime (recomputed; nothing is written)"),
]
ValidFrom = Annotated[
    date | None,
    Query(alias="from", description="only relations and activities that held on or after"),
]
ValidTo = Annotated[
    date | None,
    Query(alias="to", description="only relations and activities that held on or before"),
]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a parameter the client must fix (said how)"},
    401: {"model": ErrorOut, "description": "no token, or an unknown or revoked one"},
    403: {"model": ErrorOut, "description": "the token's role may not do this"},
    404: {"model": ErrorOut, "description": "nothing has that id or name"},
    409: {"model": ErrorOut, "description": "the name fits several actors: ask by id"},
    413: {"model": ErrorOut, "description": "the request body is over the size limit"},
    429: {
        "model": ErrorOut,
        "description": "too many failed authentications from this client: wait Retry-After",
    },
}


def store_of(request: Request) -> Store:
    """The store the app opened in its lifespan."""
    store: Store = request.app.state.store
    return store


def valid_period(
    valid_from: date | None, valid_to: date | None
) -> tuple[date | None, date | None] | None:
    """The ``from``..``to`` period of valid time, None when neither is given; 400 when
    ``from`` is after ``to``."""
    if valid_from is None and valid_to is None:
        return None
    if valid_from and valid_to and valid_from > valid_to:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, detail=f"from {valid_from} is after to {valid_to}"
        )
    return valid_from, valid_to


def not_found(kind: str, key: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no {kind} has id {key!r}")
