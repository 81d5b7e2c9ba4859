"""``add_api_routes``: the warledger HTTP API, mounted on the app ``warledger.server`` makes.

Every read is a GET returning JSON (document text is a JSON string, never HTML,
so a report quoting a script cannot run in a client). The only write is POST
/api/reviews, which appends to the ledger like ``Store.add_review``; stored rows
are never edited over HTTP. Routes read ``app.state.store``, which the server opens.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import FastAPI, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from warledger.api import routes_actors, routes_export, routes_incidents, routes_places
from warledger.api.limits import validation_error
from warledger.api.params import (
    MAX_SEQ,
    Admin,
    Analyst,
    Cursor,
    Limit,
    Reader,
    not_found,
    store_of,
)
from warledger.api.schemas import (
    ClaimPage,
    DocumentPage,
    DocumentSummary,
    Health,
    LedgerPage,
    NewToken,
    ReviewRequest,
    SearchHit,
    SearchResult,
    TokenOut,
    TokenRequest,
)
from warledger.errors import BadQuery, WarledgerError
from warledger.model import Claim, Document, LedgerEntry, PloverType, Review, Stance
from warledger.query.documents import (
    ClaimFilter,
    claim_page,
    claims_by_id,
    document_and_claim_counts,
    document_page,
    query_terms,
    search,
)
from warledger.store.reviews import analyst_name
from warledger.store.tokens import create_token, list_tokens, revoke_token


def add_api_routes(app: FastAPI) -> None:
    """The ``/api/...`` routes, and the JSON answer to a parameter the client must fix."""

    @app.exception_handler(BadQuery)
    async def bad_query(_request: Request, exc: BadQuery) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)

    @app.exception_handler(WarledgerError)
    async def store_error(_request: Request, exc: WarledgerError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)

    app.add_exception_handler(RequestValidationError, validation_error)
    _add_routes(app)
    app.include_router(routes_incidents.router)
    app.include_router(routes_actors.router)
    app.include_router(routes_places.router)
    app.include_router(routes_export.router)


def _add_routes(app: FastAPI) -> None:
    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health(request: Request) -> Health:
        """Whether the store answers; needs no token. Two counts only (``Store.stats``
        also lists the blob folder, too slow for a probe on a large archive)."""
        store = store_of(request)
        n_documents, n_claims = document_and_claim_counts(store)
        return Health(
            status="ok",
            database=store.engine.url.get_backend_name(),
            documents=n_documents,
            claims=n_claims,
        )

    @app.get("/api/documents", response_model=DocumentPage, tags=["documents"])
    def documents(
        request: Request, _caller: Reader, cursor: Cursor = None, limit: Limit = 100
    ) -> DocumentPage:
        """Stored documents in id order, without their text."""
        rows, next_cursor = document_page(store_of(request), cursor, limit)
        items = [DocumentSummary.model_validate(dict(row)) for row in rows]
        return DocumentPage(items=items, next_cursor=next_cursor)

    @app.get("/api/documents/{doc_id}", response_model=Document, tags=["documents"])
    def document(request: Request, doc_id: str, _caller: Reader) -> Document:
        """A document with its full text as a JSON string."""
        found = store_of(request).get_document(doc_id)
        if found is None:
            raise not_found("document", doc_id)
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
        items, next_cursor = claim_page(store_of(request), where, cursor, limit)
        return ClaimPage(items=items, next_cursor=next_cursor)

    @app.get("/api/claims/{claim_id}", response_model=Claim, tags=["claims"])
    def claim(request: Request, claim_id: str, _caller: Reader) -> Claim:
        found = claims_by_id(store_of(request), [claim_id])
        if not found:
            raise not_found("claim", claim_id)
        return found[0]

    @app.get("/api/search", response_model=SearchResult, tags=["search"])
    def search_text(
        request: Request,
        _caller: Reader,
        q: Annotated[str, Query(min_length=1, max_length=500)],
        limit: Limit = 50,
    ) -> SearchResult:
        """Documents holding every word of q (full-text index, stemmed, best first), each
        followed by its claims whose content holds every word. Operators and quotes in q
        are ordinary characters; only its words are searched for."""
        method, hits = search(store_of(request), q, limit)
        return SearchResult(
            query=q,
            method=method,
            terms=query_terms(q),
            hits=[SearchHit(**vars(hit)) for hit in hits],
        )

    @app.get("/api/ledger", response_model=LedgerPage, tags=["ledger"])
    def ledger(
        request: Request,
        _caller: Reader,
        since: Annotated[int, Query(ge=0, le=MAX_SEQ, description="entries after this seq")] = 0,
        limit: Limit = 100,
    ) -> LedgerPage:
        """Ledger entries after ``since``, oldest first."""
        items: list[LedgerEntry] = []
        for entry in store_of(request).ledger(since):
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
    def add_review(request: Request, body: ReviewRequest, caller: Analyst) -> LedgerEntry:
        """Record an analyst's decision; returns the ledger entry that records it.

        The review names the analyst by the token's label and id (whatever the body
        says), and the ledger entry records the token's id."""
        assert caller is not None  # the analyst role is never anonymous
        values = body.model_dump(exclude={"analyst"})
        review = Review(**values, analyst=analyst_name(caller.id, caller.label))
        return store_of(request).add_review(review, token_id=caller.id)

    @app.get("/api/tokens", response_model=list[TokenOut], tags=["tokens"])
    def tokens(request: Request, _caller: Admin) -> list[TokenOut]:
        return [TokenOut(**vars(info)) for info in list_tokens(store_of(request))]

    @app.post(
        "/api/tokens",
        response_model=NewToken,
        status_code=status.HTTP_201_CREATED,
        tags=["tokens"],
    )
    def new_token(request: Request, body: TokenRequest, _caller: Admin) -> NewToken:
        """A new token; its secret is in this response only."""
        info, secret = create_token(store_of(request), body.role, body.label)
        return NewToken(token=TokenOut(**vars(info)), secret=secret)

    @app.delete("/api/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["tokens"])
    def revoke(request: Request, token_id: str, _caller: Admin) -> None:
        if not revoke_token(store_of(request), token_id):
            raise not_found("token", token_id)
