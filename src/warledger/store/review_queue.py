"""What the review queue lists: claims, recorded actor merges and incident groupings.

Claims come first where a mistake costs most: those in contested or single-source
incidents (one wrong claim there changes a grade), then those in denied or
party-only incidents, then the rest; within each tier, those the extractor was
least sure of first. warledger keeps no probability per claim, so "least sure"
means evidence it could not find: no linked claimant, no place, no date. Incident
groupings are incidents of more than one claim; actor merges have their own module
(``review_merges``). "Open" items have no review yet; every review is read from the
``reviews`` table, the latest one per item being its current decision.

All queries are SQLAlchemy Core with bound parameters, paged with LIMIT/OFFSET.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, case, func, select

from warledger.model import Claim, Incident
from warledger.store.actors import MERGE_KIND
from warledger.store.engine import IN_CHUNK
from warledger.store.excerpt import Piece, evidence_pieces
from warledger.store.incidents import incident_from_row
from warledger.store.repository import Store
from warledger.store.reviews import latest_decisions as reviews_latest
from warledger.store.rows import claim_from_row
from warledger.store.schema import (
    claims,
    documents,
    incident_claims,
    incidents,
    ledger,
    reviews,
)

STATUSES = ("open", "reviewed", "all")
FIRST_GRADES = ("contested", "single_source")
"""Grades whose claims are reviewed first: one wrong claim decides them."""
NEXT_GRADES = ("denied", "party_only")
MAX_MEMBERS = 200
"""Member claims shown on one incident's page; the rest are counted."""


@dataclass(frozen=True)
class Decision:
    """The latest review of an item."""

    seq: int
    action: str
    analyst: str
    recorded_at: datetime


@dataclass(frozen=True)
class ClaimItem:
    """A claim as the queue shows it, with the current values a correction may change."""

    claim: Claim
    evidence: list[Piece]
    claimant: str
    outlet: str | None
    title: str | None
    incident_id: str | None
    grade: str | None
    missing: list[str]
    decision: Decision | None

    @property
    def facts(self) -> dict[str, str]:
        """The correctable fields' current values, as text (empty when absent)."""
        event = self.claim.proposition
        out = dict.fromkeys(("event_type", "mode", "place", "date", "killed", "injured"), "")
        if event is None or event.kind != "event":
            return out
        out["event_type"] = event.type.value
        out["mode"] = event.mode or ""
        if event.place is not None:
            place = event.place
            out["place"] = place.place.name if place.place else place.span.text
        if event.date is not None and event.date.start is not None:
            out["date"] = event.date.start.isoformat()
        for figure in event.casualties:
            if figure.kind in ("killed", "injured") and not out[figure.kind]:
                out[figure.kind] = str(figure.low)
        return out


@dataclass(frozen=True)
class IncidentItem:
    """A multi-claim incident with (some of) its member claims."""

    incident: Incident
    members: list[ClaimItem]
    decision: Decision | None
    hidden_members: int = 0


def _reviewed(kind: str, target: Any) -> Any:
    return (
        select(reviews.c.ledger_seq)
        .where(reviews.c.target_kind == kind, reviews.c.target_id == target)
        .exists()
    )


def status_filter(query: Select[Any], kind: str, target: Any, status: str) -> Select[Any]:
    if status == "open":
        return query.where(~_reviewed(kind, target))
    if status == "reviewed":
        return query.where(_reviewed(kind, target))
    return query


def latest_decisions(store: Store, kind: str, ids: Sequence[str]) -> dict[str, Decision]:
    """Item id -> its latest review (``store.reviews.latest_decisions``), for the ids that
    have one, as the queue shows it."""
    found = reviews_latest(store, kind, target_ids=ids)
    return {
        target: Decision(r.seq, r.review.action.value, r.review.analyst, r.recorded_at)
        for target, r in found.items()
    }


# ------------------------------------------------------------------ claims


def _incident_of_claim() -> Any:
    """The incident a claim belongs to (the smallest id, should a claim be in two): a
    correlated lookup through the ``claim_id`` index, never a scan of every membership."""
    return (
        select(func.min(incident_claims.c.incident_id))
        .where(incident_claims.c.claim_id == claims.c.id)
        .correlate(claims)
        .scalar_subquery()
    )


def _claim_query() -> Select[Any]:
    return (
        select(
            claims.c.payload,
            claims.c.claimant_actor_id,
            claims.c.place_name,
            claims.c.date_start,
            documents.c.outlet,
            documents.c.source_name,
            documents.c.title,
            incidents.c.id.label("incident_id"),
            incidents.c.grade,
        )
        .join(documents, documents.c.id == claims.c.document_id)
        .outerjoin(incidents, incidents.c.id == _incident_of_claim())
    )


def _in_grades(grades: tuple[str, ...]) -> Any:
    """Claims that belong to an incident of one of ``grades`` (an uncorrelated subquery,
    which both databases compute once rather than once per claim)."""
    members = (
        select(incident_claims.c.claim_id)
        .join(incidents, incidents.c.id == incident_claims.c.incident_id)
        .where(incidents.c.grade.in_(grades))
    )
    return claims.c.id.in_(members)


def _claim_priority() -> tuple[Any, Any]:
    grade_rank = case((_in_grades(FIRST_GRADES), 0), (_in_grades(NEXT_GRADES), 1), else_=2)
    missing = (
        case((claims.c.claimant_actor_id.is_(None), 1), else_=0)
        + case((claims.c.place_name.is_(None), 1), else_=0)
        + case((claims.c.date_start.is_(None), 1), else_=0)
    )
    return grade_rank, missing


def claim_queue(store: Store, status: str, page: int, per_page: int) -> tuple[list[ClaimItem], int]:
    """One page of claims in review order, and how many there are in all.

    The order is computed over ids and a few narrow columns only; the page's payloads
    and evidence are read afterwards for its ``per_page`` claims.
    """
    grade_rank, missing = _claim_priority()
    ordered = status_filter(select(claims.c.id), "claim", claims.c.id, status)
    ordered = ordered.order_by(grade_rank, missing.desc(), claims.c.id)
    counted = status_filter(select(func.count()).select_from(claims), "claim", claims.c.id, status)
    with store.engine.connect() as conn:
        total = int(conn.execute(counted).scalar_one())
        page_ids = list(
            conn.execute(ordered.limit(per_page).offset((page - 1) * per_page)).scalars()
        )
    return claim_items(store, page_ids), total


def claim_items(store: Store, claim_ids: Sequence[str]) -> list[ClaimItem]:
    """The claims with these ids (in the order given; unknown ids are left out)."""
    found: dict[str, ClaimItem] = {}
    wanted = list(dict.fromkeys(claim_ids))
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            rows = conn.execute(_claim_query().where(claims.c.id.in_(chunk))).all()
            found.update((item.claim.id, item) for item in _claim_items(store, conn, rows))
    return [found[i] for i in wanted if i in found]


def _claim_items(store: Store, conn: Connection, rows: Sequence[Any]) -> list[ClaimItem]:
    parsed = [(claim_from_row(row._mapping), row) for row in rows]
    decisions = latest_decisions(store, "claim", [claim.id for claim, _ in parsed])
    items = []
    for claim, row in parsed:
        missing = [
            label
            for label, value in (
                ("linked claimant", row.claimant_actor_id),
                ("place", row.place_name),
                ("date", row.date_start),
            )
            if value is None
        ]
        items.append(
            ClaimItem(
                claim=claim,
                evidence=evidence_pieces(conn, claim),
                claimant=claim.claimant_label(row.outlet or row.source_name),
                outlet=row.outlet or row.source_name,
                title=row.title,
                incident_id=row.incident_id,
                grade=row.grade,
                missing=missing,
                decision=decisions.get(claim.id),
            )
        )
    return items


# --------------------------------------------------------------- incidents


def _incident_rank() -> Any:
    return case(
        (incidents.c.grade.in_(FIRST_GRADES), 0),
        (incidents.c.grade.in_(NEXT_GRADES), 1),
        else_=2,
    )


def incident_queue(
    store: Store, status: str, page: int, per_page: int, members_shown: int
) -> tuple[list[IncidentItem], int]:
    """One page of incidents grouping more than one claim, and how many there are in all."""
    base = select(incidents).where(incidents.c.n_claims > 1)
    query = status_filter(base, "incident", incidents.c.id, status).order_by(
        _incident_rank(), incidents.c.n_claims.desc(), incidents.c.id
    )
    counted = status_filter(
        select(func.count()).select_from(incidents).where(incidents.c.n_claims > 1),
        "incident",
        incidents.c.id,
        status,
    )
    with store.engine.connect() as conn:
        total = int(conn.execute(counted).scalar_one())
        rows = conn.execute(query.limit(per_page).offset((page - 1) * per_page)).all()
    return [_incident_item(store, row, members_shown) for row in rows], total


def incident_item(store: Store, incident_id: str) -> IncidentItem | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
    return _incident_item(store, row, MAX_MEMBERS) if row is not None else None


def _incident_item(store: Store, row: Any, members_shown: int) -> IncidentItem:
    with store.engine.connect() as conn:
        member_ids = sorted(
            conn.execute(
                select(incident_claims.c.claim_id).where(incident_claims.c.incident_id == row.id)
            ).scalars()
        )
    decision = latest_decisions(store, "incident", [row.id]).get(row.id)
    incident = incident_from_row(row._mapping, member_ids)
    shown = claim_items(store, member_ids[:members_shown])
    return IncidentItem(
        incident=incident,
        members=shown,
        decision=decision,
        hidden_members=max(0, len(member_ids) - len(shown)),
    )


def open_counts(store: Store) -> dict[str, int]:
    """How many claims, actor merges and incident groupings have no review yet."""
    queries = {
        "claims": status_filter(
            select(func.count()).select_from(claims), "claim", claims.c.id, "open"
        ),
        "merges": status_filter(
            select(func.count()).select_from(ledger).where(ledger.c.kind == MERGE_KIND),
            MERGE_KIND,
            ledger.c.subject_id,
            "open",
        ),
        "incidents": status_filter(
            select(func.count()).select_from(incidents).where(incidents.c.n_claims > 1),
            "incident",
            incidents.c.id,
            "open",
        ),
    }
    with store.engine.connect() as conn:
        return {tab: int(conn.execute(query).scalar_one()) for tab, query in queries.items()}
