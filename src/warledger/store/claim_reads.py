"""Reads of documents and claims: keyset pages, claim filters, claims by id, search.

Pages are keyset pages ordered by id: a cursor is the last id seen, base64-encoded
so clients treat it as opaque. Unlike offsets, a keyset page never repeats or
skips a row when claims are added between two requests. Every value a client
sends reaches the database as a bound parameter, never as SQL text.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select

from warledger.errors import BadQuery
from warledger.model import Claim, Document
from warledger.store.engine import IN_CHUNK
from warledger.store.rows import claim_from_row, document_from_row
from warledger.store.schema import claims, documents
from warledger.store.search import query_terms, search_documents, search_method

if TYPE_CHECKING:
    from warledger.store import Store


def encode_cursor(last_id: str) -> str:
    return base64.urlsafe_b64encode(last_id.encode("utf-8")).decode("ascii")


def decode_cursor(cursor: str | None) -> str | None:
    if cursor is None:
        return None
    problem = f"cursor {cursor!r} is not one this API returned; pass next_cursor unchanged"
    try:
        decoded = base64.b64decode(cursor.encode("ascii"), altchars=b"-_", validate=True)
        last_id = decoded.decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise BadQuery(problem) from exc
    if not last_id:
        raise BadQuery(problem)
    return last_id


def document_and_claim_counts(store: Store) -> tuple[int, int]:
    """How many documents and claims are stored: two counts, cheap enough for a probe."""
    with store.engine.connect() as conn:
        n_documents, n_claims = (
            int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in (documents, claims)
        )
    return n_documents, n_claims


def document_page(store: Store, cursor: str | None, limit: int) -> tuple[list[Any], str | None]:
    """Document rows (without text) after ``cursor``, and the cursor of the next page."""
    cols = [getattr(documents.c, name) for name in ("id", "title", "outlet", "url")]
    query = select(*cols, documents.c.published_at, documents.c.language)
    after = decode_cursor(cursor)
    if after is not None:
        query = query.where(documents.c.id > after)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(documents.c.id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return [r._mapping for r in rows], encode_cursor(rows[-1].id) if more else None


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to list; None means any."""

    document_id: str | None = None
    stance: str | None = None
    event_type: str | None = None
    mode: str | None = None
    claimant: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        exact = (
            (claims.c.document_id, self.document_id),
            (claims.c.stance, self.stance),
            (claims.c.event_type, self.event_type),
            (claims.c.event_mode, self.mode),
            (claims.c.claimant_actor_id, self.claimant),
        )
        out.extend(column == value for column, value in exact if value is not None)
        if self.date_from is not None:
            out.append(func.coalesce(claims.c.date_end, claims.c.date_start) >= self.date_from)
        if self.date_to is not None:
            out.append(claims.c.date_start <= self.date_to)
        return out


def claim_page(
    store: Store, where: ClaimFilter, cursor: str | None, limit: int
) -> tuple[list[Claim], str | None]:
    """Claims matching ``where`` after ``cursor`` in id order, and the next page's cursor."""
    query = select(claims.c.id, claims.c.payload).where(*where.conditions())
    after = decode_cursor(cursor)
    if after is not None:
        query = query.where(claims.c.id > after)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(claims.c.id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    page = [claim_from_row(r._mapping) for r in rows]
    return page, encode_cursor(rows[-1].id) if more else None


def claims_and_documents(
    store: Store, claim_ids: Iterable[str]
) -> tuple[dict[str, Claim], dict[str, Document]]:
    """The stored claims with these ids and the documents they come from, by id (unknown
    ids are left out): a few ``IN`` lists, however many ids."""
    wanted = sorted(set(claim_ids))
    found: dict[str, Claim] = {}
    docs: dict[str, Document] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), IN_CHUNK):
            query = select(claims.c.payload).where(
                claims.c.id.in_(wanted[start : start + IN_CHUNK])
            )
            claims_found = (claim_from_row(row._mapping) for row in conn.execute(query))
            found.update((claim.id, claim) for claim in claims_found)
        doc_ids = sorted({claim.document_id for claim in found.values()})
        for start in range(0, len(doc_ids), IN_CHUNK):
            query = select(documents).where(documents.c.id.in_(doc_ids[start : start + IN_CHUNK]))
            docs_found = (document_from_row(row._mapping) for row in conn.execute(query))
            docs.update((doc.id, doc) for doc in docs_found)
    return found, docs


def claims_by_id(store: Store, ids: list[str]) -> list[Claim]:
    """The stored claims with these ids, in id order."""
    if not ids:
        return []
    query = select(claims.c.payload).where(claims.c.id.in_(ids)).order_by(claims.c.id)
    with store.engine.connect() as conn:
        return [claim_from_row(r._mapping) for r in conn.execute(query)]


@dataclass(frozen=True)
class DocumentMeta:
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published_at: datetime | None


def document_meta(store: Store, ids: Sequence[str]) -> dict[str, DocumentMeta]:
    """Title, outlet, url and publication time of each document (without its text)."""
    cols = (documents.c.id, documents.c.title, documents.c.outlet, documents.c.url)
    unique = list(dict.fromkeys(ids))
    out: dict[str, DocumentMeta] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(unique), IN_CHUNK):
            chunk = unique[start : start + IN_CHUNK]
            query = select(*cols, documents.c.published_at).where(documents.c.id.in_(chunk))
            for row in conn.execute(query):
                out[row.id] = DocumentMeta(row.id, row.title, row.outlet, row.url, row.published_at)
    return out


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    document_id: str
    snippet: str
    score: float


def search(store: Store, q: str, limit: int) -> tuple[str, list[Hit]]:
    """The search method and the documents matching every word of ``q`` (full-text index,
    best first), each followed by its claims whose content holds every word.

    A claim's content is a span of its document's text, so only claims of matching
    documents can match; they are checked in Python (case-insensitive) on the span, read
    out of the payload by the database (a page of 20 documents has 80 claims, whose whole
    payloads took longer to parse than the search itself).
    """
    words = [term.casefold() for term in query_terms(q)]
    content = claims.c.payload["content"]["text"].as_string()
    with store.engine.connect() as conn:
        method = search_method(conn)
        docs = search_documents(conn, q, limit)
        claim_rows = (
            conn.execute(
                select(claims.c.id, claims.c.document_id, content)
                .where(claims.c.document_id.in_([d.document_id for d in docs]))
                .order_by(claims.c.id)
            ).all()
            if docs
            else []
        )
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for claim_id, document_id, text in claim_rows:
        by_doc.setdefault(document_id, []).append((claim_id, text))
    hits = []
    for doc in docs:
        hits.append(Hit("document", doc.document_id, doc.document_id, doc.snippet, doc.score))
        hits.extend(
            Hit("claim", claim_id, doc.document_id, text, doc.score)
            for claim_id, text in by_doc.get(doc.document_id, [])
            if all(word in text.casefold() for word in words)
        )
    return method, hits
