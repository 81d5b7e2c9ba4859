"""Analysts' reviews: checked before they are recorded, read back as each item's latest decision.

A review is a ledger entry plus a ``reviews`` row (``Store.add_review``); the claim,
incident or merge it is about is never edited. What reviews change is computed
from the ledger each time it is needed (``review.overlay``), so "as known
at T" replays only the reviews recorded by T, and a later review of an item
replaces an earlier one (accepting after a reject restores the item).

``check_review`` runs inside ``add_review``'s write transaction, before the
append, so a refused review leaves nothing behind. It checks that the target
exists, that the action fits its kind, and that a correction names only the
fields that kind allows, each with a value of the right type
(``review_corrections``):

* claim (event claims only): ``event_type`` (a PLOVER type), ``mode`` (text, up to
  64 characters), ``place`` (a place name, up to 200 characters), ``killed`` and
  ``injured`` (whole numbers from 0 to 1,000,000), ``date`` (YYYY-MM-DD);
* incident: ``remove_claim_ids`` (member claim ids that do not belong with the rest);
* actor_merge: accept or reject only, no correction.

A corrected place is kept as the name the analyst wrote and is not looked up in
the gazetteer: a name has homonyms, and picking one is the analyst's call, not a
ranking's. Clustering then compares it by name, without coordinates.

Incident ids are only as stable as the resolution run that made them, so an
incident review must name an incident of the current set, and ``add_review``
records that incident's member claim ids in the entry's details (``members``):
the decision stays about those claims whatever later runs call the incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, func, select

from warledger.errors import ReviewError
from warledger.model import LedgerEntry, Review, ReviewAction
from warledger.store.engine import IN_CHUNK
from warledger.store.incidents import LEDGER_KIND as RESOLUTION_KIND
from warledger.store.review_corrections import FIELDS, MAX_ID_CHARS, check_correction, shown
from warledger.store.schema import claims, incident_claims, incidents, ledger, reviews

if TYPE_CHECKING:
    from warledger.store.repository import Store

MERGE_KIND = "actor_merge"
"""Target kind (and ledger entry kind) of an actor merge, as ``store.actors`` records it."""
MAX_ANALYST_CHARS = 200
MAX_NOTE_CHARS = 10_000

ACTIONS: dict[str, frozenset[ReviewAction]] = {
    "claim": frozenset(ReviewAction),
    "incident": frozenset(ReviewAction),
    MERGE_KIND: frozenset({ReviewAction.ACCEPT, ReviewAction.REJECT}),
}


@dataclass(frozen=True)
class RecordedReview:
    """A review as the ledger recorded it: its entry's seq and time and, for an incident
    review, the member claim ids the decision is about."""

    review: Review
    seq: int
    recorded_at: datetime
    members: tuple[str, ...] = ()


# -------------------------------------------------------------- validation


def analyst_name(token_id: str, label: str) -> str:
    """How a review names its analyst: the token's label and its (unique) id.

    The API and the pages both name the analyst this way, from the token that made
    the request, never from what the request body says."""
    label = " ".join(label.split())
    if not label:
        return token_id
    room = MAX_ANALYST_CHARS - len(token_id) - len(" ()")
    shown = label if len(label) <= room else label[: room - 1] + "…"
    return f"{shown} ({token_id})"


def _check_text(name: str, value: str, limit: int, required: bool) -> None:
    if required and not value.strip():
        raise ReviewError(f"review {name} is empty; say who is reviewing (e.g. --analyst NAME)")
    if len(value) > limit:
        raise ReviewError(f"review {name} is {len(value):,} characters; the limit is {limit:,}")


def latest_review_entry(conn: Connection, kind: str, target_id: str) -> LedgerEntry | None:
    """The ledger entry of the latest review of item ``kind``/``target_id``, if any."""
    seq = conn.execute(
        select(func.max(reviews.c.ledger_seq)).where(
            reviews.c.target_kind == kind, reviews.c.target_id == target_id
        )
    ).scalar_one()
    if seq is None:
        return None
    row = conn.execute(select(ledger).where(ledger.c.seq == seq)).one()
    return LedgerEntry.model_validate(row._asdict())


def check_review(conn: Connection, review: Review) -> dict[str, Any]:
    """Refuse (``ReviewError``) a review whose target is unknown or stale, whose action does
    not fit its kind, or whose correction is not allowed; else return what the ledger
    entry should record beside it (an incident's ``members``)."""
    _check_text("analyst", review.analyst, MAX_ANALYST_CHARS, required=True)
    _check_text("note", review.note, MAX_NOTE_CHARS, required=False)
    kind, target, action = review.target_kind, review.target_id, review.action
    if not target.strip() or len(target) > MAX_ID_CHARS:
        raise ReviewError(f"review target id {shown(target)} is empty or too long")
    if action not in ACTIONS[kind]:
        raise ReviewError(
            "an actor merge can only be accepted or rejected (it has no fields to correct); "
            "to undo a merge, reject it"
        )
    if action == ReviewAction.CORRECT and not review.correction:
        fields = ", ".join(FIELDS[kind])
        raise ReviewError(f"a correct review needs a correction: give at least one of {fields}")
    if action != ReviewAction.CORRECT and review.correction:
        raise ReviewError(
            f"only a correct review carries a correction, and this one is {action.value}: "
            "drop the correction or make the action correct"
        )
    if kind == "claim":
        _check_claim(conn, review)
        return {}
    if kind == "incident":
        return {"members": _check_incident(conn, review)}
    found = conn.execute(
        select(ledger.c.seq).where(ledger.c.kind == MERGE_KIND, ledger.c.subject_id == target)
    ).first()
    if found is None:
        raise ReviewError(
            f"actor merge {shown(target)} is not recorded; review a merge id that "
            "`warledger resolve` recorded (ledger entries of kind actor_merge)"
        )
    return {}


def _check_claim(conn: Connection, review: Review) -> None:
    row = conn.execute(select(claims.c.event_type).where(claims.c.id == review.target_id)).first()
    if row is None:
        raise ReviewError(
            f"claim {shown(review.target_id)} is not stored; review a claim id as "
            "`warledger claims --json` or GET /api/claims lists it"
        )
    if review.correction:
        check_correction("claim", review.correction)
        if row.event_type is None:
            raise ReviewError(
                f"claim {review.target_id} states a relation or a statement, not an event; "
                "only event claims can be corrected: accept or reject it instead"
            )


def _check_incident(conn: Connection, review: Review) -> list[str]:
    target = review.target_id
    if conn.execute(select(incidents.c.id).where(incidents.c.id == target)).first() is None:
        raise ReviewError(
            f"incident {shown(target)} is not in the current incident set: incident ids "
            "change when `warledger resolve` runs again; re-open the incident from the "
            "incident list and review it under its current id"
        )
    query = select(incident_claims.c.claim_id).where(incident_claims.c.incident_id == target)
    members = sorted(conn.execute(query).scalars())
    if review.correction:
        check_correction("incident", review.correction)
        removed = set(review.correction["remove_claim_ids"])  # type: ignore[arg-type]
        outside = sorted(removed - set(members))
        if outside:
            raise ReviewError(
                f"remove_claim_ids: {', '.join(outside[:5])} "
                f"{'are' if len(outside) > 1 else 'is'} not a member of incident {target}; "
                f"its members are {', '.join(members[:20])}"
            )
        if removed == set(members):
            raise ReviewError(
                f"remove_claim_ids names every member of incident {target}; to say the "
                "whole grouping is wrong, reject the incident instead"
            )
    return members


# ------------------------------------------------------------------- reads


def _history_query(
    target_kind: str | None, target_id: str | None, as_of: datetime | None
) -> Select[Any]:
    query = select(reviews, ledger.c.details).join(ledger, ledger.c.seq == reviews.c.ledger_seq)
    if target_kind is not None:
        query = query.where(reviews.c.target_kind == target_kind)
    if target_id is not None:
        query = query.where(reviews.c.target_id == target_id)
    if as_of is not None:
        query = query.where(reviews.c.recorded_at <= as_of)
    return query


def _recorded(row: Any) -> RecordedReview:
    members = (row.details or {}).get("members") or []
    return RecordedReview(
        review=Review(
            target_kind=row.target_kind,
            target_id=row.target_id,
            action=row.action,
            analyst=row.analyst,
            note=row.note,
            correction=row.correction or {},
        ),
        seq=row.ledger_seq,
        recorded_at=row.recorded_at,
        members=tuple(str(m) for m in members),
    )


def review_history(
    store: Store,
    target_id: str | None = None,
    target_kind: str | None = None,
    as_of: datetime | None = None,
    limit: int | None = None,
) -> list[RecordedReview]:
    """Reviews (of one item, one kind, or all), oldest first; with ``limit``, the latest
    ``limit`` of them."""
    query = _history_query(target_kind, target_id, as_of).order_by(reviews.c.ledger_seq.desc())
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        found = [_recorded(row) for row in conn.execute(query)]
    return found[::-1]


def latest_decisions(
    store: Store,
    target_kind: str,
    as_of: datetime | None = None,
    target_ids: Sequence[str] | None = None,
) -> dict[str, RecordedReview]:
    """target id -> its latest review recorded at or before ``as_of`` (all when None), for
    every reviewed item of ``target_kind`` or only those of ``target_ids`` (read in
    chunks, for the few items of a page)."""
    if target_ids is None:
        history = review_history(store, target_kind=target_kind, as_of=as_of)
    else:
        wanted = list(dict.fromkeys(target_ids))
        history = []
        with store.engine.connect() as conn:
            for start in range(0, len(wanted), IN_CHUNK):
                chunk = wanted[start : start + IN_CHUNK]
                query = _history_query(target_kind, None, as_of)
                query = query.where(reviews.c.target_id.in_(chunk))
                history.extend(_recorded(row) for row in conn.execute(query))
        history.sort(key=lambda recorded: recorded.seq)
    return {recorded.review.target_id: recorded for recorded in history}


def reviews_applied_last(store: Store) -> list[int] | None:
    """The review seqs the last resolution run applied (None when there was no run)."""
    query = (
        select(ledger.c.details)
        .where(ledger.c.kind == RESOLUTION_KIND)
        .order_by(ledger.c.seq.desc())
        .limit(1)
    )
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    return [int(seq) for seq in (row.details or {}).get("reviews", [])]
