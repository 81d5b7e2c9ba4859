"""Response models of the HTTP API, so the OpenAPI schema documents every field.

Claims, incidents, reviews and ledger entries are the ``warledger.model`` types
themselves; only pages, document summaries and actor pages need their own shape.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from warledger.model import Actor, Claim, Incident, LedgerEntry, ReviewAction


class DocumentSummary(BaseModel):
    """A document without its text, for listings."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str | None = None


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next page")


class ClaimPage(BaseModel):
    items: list[Claim]
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next page")


class IncidentOut(BaseModel):
    incident: Incident
    details: dict[str, object] = Field(default_factory=dict)


class IncidentList(BaseModel):
    items: list[IncidentOut]
    as_of: datetime | None = None
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next page")


class IncidentFacets(BaseModel):
    """Incident counts per value, most frequent first, for the filters a list shows."""

    grade: dict[str, int]
    type: dict[str, int]
    country: dict[str, int] = Field(description="ISO 3166 alpha-2 code of the place")
    place: dict[str, int] = Field(description="the most frequent place names")


class IncidentDetail(BaseModel):
    incident: Incident
    details: dict[str, object] = Field(default_factory=dict)
    claims: list[Claim]


class SourceOut(BaseModel):
    """Who says a relation or activity holds, when, and in which words."""

    claim_id: str
    document_id: str
    claimant: str
    claimant_id: str | None = None
    own_voice: bool
    outlet: str | None = None
    said_at: date | None = None
    stance: str
    evidence: str
    start: date | None = None
    end: date | None = None


class RelationOut(BaseModel):
    subject_id: str
    subject_name: str
    predicate: str
    object_id: str
    object_name: str
    status: str
    asserted_by: list[str] = Field(description="claimants asserting it, one per claim")
    denied_by: list[str] = Field(description="claimants denying it, one per claim")
    valid_from: date | None = Field(None, description="earliest valid time of its support")
    valid_to: date | None = None
    sources: list[SourceOut]


class RelationList(BaseModel):
    items: list[RelationOut]
    total: int = Field(description="relations matching the filters (items holds up to limit)")
    as_of: datetime | None = None


class PlaceOut(BaseModel):
    """A place as claims and incidents name it, with how often."""

    name: str
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    precision: int | None = Field(
        None, description="ACLED geo_precision: 1 town, 2 district or region, 3 country"
    )
    n_incidents: int
    n_claims: int


class PlaceList(BaseModel):
    items: list[PlaceOut]


class ActivityOut(BaseModel):
    role: str
    type: str
    mode: str | None = None
    negated: bool
    place: str | None = None
    counterparts: list[str]
    source: SourceOut


class ActorPage(BaseModel):
    actor: Actor
    merged_ids: list[str]
    relations: list[RelationOut]
    activities: list[ActivityOut]


class SearchHit(BaseModel):
    kind: str = Field(description="document or claim")
    id: str
    document_id: str
    snippet: str = Field(description="plain text from the document: escape it to show it")
    score: float = Field(description="the document's rank, higher first (bm25 or ts_rank)")


class SearchResult(BaseModel):
    query: str
    method: str = Field(description="how the text was matched: fts5 (SQLite) or postgres")
    terms: list[str] = Field(description="the words searched for, all of which must occur")
    hits: list[SearchHit]


class LedgerPage(BaseModel):
    items: list[LedgerEntry]
    next_since: int | None = Field(None, description="pass as ?since= for the next page")


class TokenOut(BaseModel):
    id: str
    role: str
    label: str
    created_at: datetime
    revoked: bool


class NewToken(BaseModel):
    token: TokenOut
    secret: str = Field(description="the bearer token; shown only once")


class ReviewRequest(BaseModel):
    """A review as a client sends it. The analyst is not part of it: the review is
    recorded under the label and id of the token that sends it."""

    target_kind: Literal["claim", "incident", "actor_merge"]
    target_id: str
    action: ReviewAction
    note: str = ""
    correction: dict[str, object] = Field(default_factory=dict)
    analyst: str | None = Field(
        None,
        max_length=200,
        description="not used: the review is recorded under the sending token's label and id",
    )


class TokenRequest(BaseModel):
    role: str = Field(pattern="^(reader|analyst|admin)$")
    label: str = ""


class Health(BaseModel):
    status: str
    database: str
    documents: int
    claims: int


class ErrorOut(BaseModel):
    """Every refusal: what was wrong and what to do instead."""

    detail: str
