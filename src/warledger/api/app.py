"""``create_app``: the warledger HTTP API over one store.

Every read is a GET returning JSON (document text is a JSON string, never HTML,
so a report quoting a script cannot run in a client). The only write is POST
/api/reviews, which appends to the ledger like ``Store.add_review``; stored rows
are never edited over HTTP. Each app opens its own ``Store`` in its lifespan, so
two apps in one process (tests, or two databases) share nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.responses import JSONResponse

from warledger.api.auth import Caller, require
from warledger.api.queries import (
    BadQuery,
    ClaimFilter,
    IncidentFilter,
    claim_page,
    claims_by_id,
    document_page,
    parse_bbox,
    search,
)
from warledger.api.schemas import (
    ActivityOut,
    ActorPage,
    ClaimPage,
    DocumentPage,
    DocumentSummary,
    ErrorOut,
    Health,
    IncidentDetail,
    IncidentList,
    IncidentOut,
    LedgerPage,
    NewToken,
    RelationOut,
    SearchHit,
    SearchResult,
    SourceOut,
    TokenOut,
    TokenRequest,
)
from warledger.config import Settings
from warledger.errors import WarledgerError
from warledger.model import (
    Claim,
    Document,
    Grade,
    Incident,
    LedgerEntry,
    PloverType,
    Review,
    Stance,
)
from warledger.store import Store
from warledger.store.incidents import stored_incidents
from warledger.store.tokens import create_token, list_tokens, revoke_token
from warledger.web import add_web_routes

if TYPE_CHECKING:
    from warledger.resolve.relations import Source

MAX_LIMIT = 500
MAX_SEQ = 2**63 - 1
"""The largest integer SQLite and PostgreSQL BIGINT hold: a larger ?since= is a 422."""
Reader = Annotated[Caller, Depends(require("reader"))]
Analyst = Annotated[Caller, Depends(require("analyst"))]
Admin = Annotated[Caller, Depends(require("admin"))]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page")]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a parameter the client must fix (said how)"},
    401: {"model": ErrorOut, "description": "no token, or an unknown or revoked one"},
    403: {"model": ErrorOut, "description": "the token's role may not do this"},
    404: {"model": ErrorOut, "description": "nothing has that id or name"},
    409: {"model": ErrorOut, "description": "the name fits several actors: ask by id"},
}
AsOf = Annotated[
    datetime | None,
    Query(description="as known at this ISO datetime (recomputed; nothing is written)"),
]


def create_app(settings: Settings, public_read: bool = False) -> FastAPI:
    """An API over the store ``settings`` names; ``public_read`` lets anonymous GETs through."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = Store.open(settings)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="warledger",
        summary="An auditable ledger of sourced claims about armed conflict.",
        version="0.1.0",
        lifespan=lifespan,
        responses=ERRORS,
    )
    app.state.public_read = public_read

    @app.exception_handler(BadQuery)
    async def bad_query(_request: Request, exc: BadQuery) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)

    @app.exception_handler(WarledgerError)
    async def store_error(_request: Request, exc: WarledgerError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)

    _add_routes(app)
    add_web_routes(app)
    return app


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _not_found(kind: str, key: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no {kind} has id {key!r}")


def _add_routes(app: FastAPI) -> None:
    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health(request: Request) -> Health:
        """Whether the store answers; needs no token."""
        stats = _store(request).stats()
        url = _store(request).engine.url
        return Health(
            status="ok",
            database=url.get_backend_name(),
            documents=stats["documents"],
            claims=stats["claims"],
        )

    @app.get("/api/documents", response_model=DocumentPage, tags=["documents"])
    def documents(
        request: Request, _caller: Reader, cursor: Cursor = None, limit: Limit = 100
    ) -> DocumentPage:
        """Stored documents in id order, without their text."""
        rows, next_cursor = document_page(_store(request), cursor, limit)
        items = [DocumentSummary.model_validate(dict(row)) for row in rows]
        return DocumentPage(items=items, next_cursor=next_cursor)

    @app.get("/api/documents/{doc_id}", response_model=Document, tags=["documents"])
    def document(request: Request, doc_id: str, _caller: Reader) -> Document:
        """A document with its full text as a JSON string."""
        found = _store(request).get_document(doc_id)
        if found is None:
            raise _not_found("document", doc_id)
        return found

    @app.get("/api/claims", response_model=ClaimPage, tags=["claims"])
    def list_claims(
        request: Request,
        _caller: Reader,
        document_id: str | None = None,
        stance: Stance | None = None,
        event_type: PloverType | None = None,
        mode: str | None = None,
        claimant: Annotated[str | None, Query(description="claimant actor id")] = None,
        date_from: date | None = None,
        date_to: date | None = None,
        cursor: Cursor = None,
        limit: Limit = 100,
    ) -> ClaimPage:
        """Claims in id order, filtered; follow next_cursor until it is null."""
        where = ClaimFilter(
            document_id,
            stance.value if stance else None,
            event_type.value if event_type else None,
            mode,
            claimant,
            date_from,
            date_to,
        )
        items, next_cursor = claim_page(_store(request), where, cursor, limit)
        return ClaimPage(items=items, next_cursor=next_cursor)

    @app.get("/api/claims/{claim_id}", response_model=Claim, tags=["claims"])
    def claim(request: Request, claim_id: str, _caller: Reader) -> Claim:
        found = claims_by_id(_store(request), [claim_id])
        if not found:
            raise _not_found("claim", claim_id)
        return found[0]

    @app.get("/api/incidents", response_model=IncidentList, tags=["incidents"])
    def incidents(
        request: Request,
        _caller: Reader,
        grade: Grade | None = None,
        type: PloverType | None = None,
        mode: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
        min_sources: Annotated[int, Query(ge=0)] = 0,
        as_of: AsOf = None,
    ) -> IncidentList:
        """Incidents, largest first (independent sources, then claims)."""
        where = IncidentFilter(
            grade.value if grade else None,
            type.value if type else None,
            mode,
            date_from,
            date_to,
            parse_bbox(bbox),
            min_sources,
        )
        pairs = _incidents(_store(request), as_of)
        items = [IncidentOut(incident=i, details=d) for i, d in pairs if where.admits(i)]
        return IncidentList(items=items, as_of=as_of)

    @app.get("/api/incidents/{incident_id}", response_model=IncidentDetail, tags=["incidents"])
    def incident(request: Request, incident_id: str, _caller: Reader) -> IncidentDetail:
        """An incident, its details and the claims it was built from."""
        store = _store(request)
        for found, details in stored_incidents(store):
            if found.id == incident_id:
                members = claims_by_id(store, found.claim_ids)
                return IncidentDetail(incident=found, details=details, claims=members)
        raise _not_found("incident", incident_id)

    @app.get("/api/actors/{name_or_id}", response_model=ActorPage, tags=["actors"])
    def actor(request: Request, name_or_id: str, _caller: Reader, as_of: AsOf = None) -> ActorPage:
        """An actor: aliases, merges, relations with who claims them, reported activities."""
        return _actor_page(_store(request), name_or_id, as_of)

    @app.get("/api/search", response_model=SearchResult, tags=["search"])
    def search_text(
        request: Request,
        _caller: Reader,
        q: Annotated[str, Query(min_length=1, max_length=500)],
        limit: Limit = 50,
    ) -> SearchResult:
        """Documents whose text contains q (case-insensitive), then their matching claims."""
        hits = [SearchHit(**vars(hit)) for hit in search(_store(request), q, limit)]
        return SearchResult(query=q, method="like", hits=hits)

    @app.get("/api/ledger", response_model=LedgerPage, tags=["ledger"])
    def ledger(
        request: Request,
        _caller: Reader,
        since: Annotated[int, Query(ge=0, le=MAX_SEQ, description="entries after this seq")] = 0,
        limit: Limit = 100,
    ) -> LedgerPage:
        """Ledger entries after ``since``, oldest first."""
        items: list[LedgerEntry] = []
        for entry in _store(request).ledger(since):
            if len(items) == limit:
                return LedgerPage(items=items, next_since=items[-1].seq)
            items.append(entry)
        return LedgerPage(items=items, next_since=None)

    @app.post(
        "/api/reviews",
        response_model=LedgerEntry,
        status_code=status.HTTP_201_CREATED,
        tags=["reviews"],
    )
    def add_review(request: Request, review: Review, _caller: Analyst) -> LedgerEntry:
        """Record an analyst's decision; returns the ledger entry that records it."""
        return _store(request).add_review(review)

    @app.get("/api/tokens", response_model=list[TokenOut], tags=["tokens"])
    def tokens(request: Request, _caller: Admin) -> list[TokenOut]:
        return [TokenOut(**vars(info)) for info in list_tokens(_store(request))]

    @app.post(
        "/api/tokens",
        response_model=NewToken,
        status_code=status.HTTP_201_CREATED,
        tags=["tokens"],
    )
    def new_token(request: Request, body: TokenRequest, _caller: Admin) -> NewToken:
        """A new token; its secret is in this response only."""
        info, secret = create_token(_store(request), body.role, body.label)
        return NewToken(token=TokenOut(**vars(info)), secret=secret)

    @app.delete("/api/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["tokens"])
    def revoke(request: Request, token_id: str, _caller: Admin) -> None:
        if not revoke_token(_store(request), token_id):
            raise _not_found("token", token_id)


def _incidents(store: Store, as_of: datetime | None) -> list[tuple[Incident, dict[str, Any]]]:
    if as_of is None:
        return stored_incidents(store)
    from warledger.resolve.incident_run import resolve_incidents

    result = resolve_incidents(store, as_of=as_of)
    pairs = [(i, result.details.get(i.id, {})) for i in result.incidents]
    return sorted(pairs, key=lambda pair: (-pair[0].n_sources, -pair[0].n_claims, pair[0].id))


def _actor_page(store: Store, name_or_id: str, as_of: datetime | None) -> ActorPage:
    from warledger.resolve.actors import ActorIndex
    from warledger.resolve.relations import RelationGraph, activities_of

    index = ActorIndex.load(store, as_of=as_of)
    found = index.find(name_or_id)
    if not found:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no actor is called {name_or_id!r}")
    if len(found) > 1:
        choices = ", ".join(f"{a.id} ({a.name})" for a in found)
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            detail=f"{name_or_id!r} may be any of these actors; ask by id: {choices}",
        )
    actor = found[0]
    edges = RelationGraph.build(store, index, as_of=as_of).relations_of(actor.id)
    relations = [
        RelationOut(
            subject_id=e.subject_id,
            subject_name=e.subject_name,
            predicate=e.predicate,
            object_id=e.object_id,
            object_name=e.object_name,
            status=e.status,
            sources=[_source(s) for s in e.sources],
        )
        for e in edges
    ]
    activities = [
        ActivityOut(
            role=a.role,
            type=a.type,
            mode=a.mode,
            negated=a.negated,
            place=a.place,
            counterparts=list(a.counterparts),
            source=_source(a.source),
        )
        for a in activities_of(store, index, actor.id, as_of=as_of)
    ]
    merged = sorted(m.merged_id for m in index.merges if index.canonical(m.merged_id) == actor.id)
    return ActorPage(actor=actor, merged_ids=merged, relations=relations, activities=activities)


def _source(source: Source) -> SourceOut:
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
