"""Analysts' reviews: checked before they are recorded, read back as each item's latest decision.

A review is a ledger entry plus a ``reviews`` row (``Store.add_review``); the claim,
incident or merge it is about is never edited. What reviews change is computed
from the ledger each time it is needed (``review.overlay``), so "as known
at T" replays only the reviews recorded by T, and a later review of an item
replaces an earlier one (accepting after a reject restores the item).

``check_review`` runs inside ``add_review``'s write transaction, before the
append, so a refused review leaves nothing behind. It checks that the target
exists, that the action fits its kind, and that a correction names only the
fields that kind allows, each with a value of the right type:

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

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, func, select

from warledger.errors import ReviewError
from warledger.model import LedgerEntry, PloverType, Review, ReviewAction
from warledger.store.engine import IN_CHUNK
from warledger.store.incidents import LEDGER_KIND as RESOLUTION_KIND
from warledger.store.schema import claims, incident_claims, incidents, ledger, reviews

if TYPE_CHECKING:
    from warledger.store.repository import Store

MERGE_KIND = "actor_merge"
"""Target kind (and ledger entry kind) of an actor merge, as ``store.actors`` records it."""
MAX_TOLL = 1_000_000
MAX_MODE_CHARS = 64
MAX_PLACE_CHARS = 200
MAX_ID_CHARS = 200
MAX_ANALYST_CHARS = 200
MAX_NOTE_CHARS = 10_000
MAX_REMOVED = 10_000

CLAIM_FIELDS: dict[str, str] = {
    "event_type": "a PLOVER type (" + ", ".join(t.value for t in PloverType) + ")",
    "mode": f"text of 1 to {MAX_MODE_CHARS} characters, e.g. shelling",
    "place": f"a place name of 1 to {MAX_PLACE_CHARS} characters",
    "killed": f"a whole number from 0 to {MAX_TOLL:,}",
    "injured": f"a whole number from 0 to {MAX_TOLL:,}",
    "date": "an ISO date YYYY-MM-DD",
}
"""Fields a claim correction may set, and what each takes."""
INCIDENT_FIELDS: dict[str, str] = {
    "remove_claim_ids": "a non-empty list of member claim ids of the incident",
}
"""Fields an incident correction may set, and what each takes."""
FIELDS: dict[str, dict[str, str]] = {"claim": CLAIM_FIELDS, "incident": INCIDENT_FIELDS}
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


# ------------------------------------------------------------------ values


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(kind: str, field: str, value: object) -> ReviewError:
    return ReviewError(
        f"correction {field}={_show(value)} is not allowed: {field} takes {FIELDS[kind][field]}"
    )


def _text(kind: str, field: str, limit: int) -> Callable[[object], None]:
    def check(value: object) -> None:
        if not isinstance(value, str) or not value.strip() or len(value) > limit:
            raise _bad(kind, field, value)

    return check


def _toll(field: str) -> Callable[[object], None]:
    def check(value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_TOLL:
            raise _bad("claim", field, value)

    return check


def _event_type(value: object) -> None:
    if not isinstance(value, str) or value not in {t.value for t in PloverType}:
        raise _bad("claim", "event_type", value)


def _date(value: object) -> None:
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise _bad("claim", "date", value) from None


def _claim_ids(value: object) -> None:
    if (
        not isinstance(value, list)
        or not value
        or len(value) > MAX_REMOVED
        or not all(isinstance(i, str) and 0 < len(i) <= MAX_ID_CHARS for i in value)
        or len(set(value)) != len(value)
    ):
        raise ReviewError(
            f"correction remove_claim_ids={_show(value)} is not allowed: remove_claim_ids "
            "takes a non-empty list of distinct member claim ids of the incident"
        )


_CHECKS: dict[str, dict[str, Callable[[object], None]]] = {
    "claim": {
        "event_type": _event_type,
        "mode": _text("claim", "mode", MAX_MODE_CHARS),
        "place": _text("claim", "place", MAX_PLACE_CHARS),
        "killed": _toll("killed"),
        "injured": _toll("injured"),
        "date": _date,
    },
    "incident": {"remove_claim_ids": _claim_ids},
}


def _check_field_name(kind: str, field: str) -> None:
    checks = _CHECKS.get(kind, {})
    if field not in checks:
        allowed = ", ".join(sorted(checks)) or "none (this kind takes no correction)"
        raise ReviewError(
            f"correction field {_show(field)} is not allowed in {kind} reviews; "
            f"allowed fields: {allowed}"
        )


def check_correction(kind: str, correction: Mapping[str, object]) -> None:
    """Raise ``ReviewError`` unless every field is allowed for ``kind`` and well typed."""
    for field in sorted(correction):
        _check_field_name(kind, field)
        _CHECKS[kind][field](correction[field])


def parse_correction(kind: str, pairs: Iterable[str]) -> dict[str, object]:
    """``FIELD=VALUE`` texts (command line, web form) as a typed correction: tolls as
    numbers, event types upper-cased, ``remove_claim_ids`` split on commas."""
    correction: dict[str, object] = {}
    for pair in pairs:
        field, sep, raw = pair.partition("=")
        field, raw = field.strip(), raw.strip()
        if not sep or not field:
            raise ReviewError(f"correction {_show(pair)}: write FIELD=VALUE, e.g. killed=12")
        if field in correction:
            raise ReviewError(f"correction field {field!r} is given twice; give it once")
        _check_field_name(kind, field)
        value: object = raw
        if field in ("killed", "injured"):
            try:
                value = int(raw)
            except ValueError:
                raise _bad(kind, field, raw) from None
        elif field == "event_type":
            value = raw.upper()
        elif field == "remove_claim_ids":
            value = [i.strip() for i in raw.split(",") if i.strip()]
        correction[field] = value
    check_correction(kind, correction)
    return correction


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
        raise ReviewError(f"review target id {_show(target)} is empty or too long")
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
            f"actor merge {_show(target)} is not recorded; review a merge id that "
            "`warledger resolve` recorded (ledger entries of kind actor_merge)"
        )
    return {}


def _check_claim(conn: Connection, review: Review) -> None:
    row = conn.execute(select(claims.c.event_type).where(claims.c.id == review.target_id)).first()
    if row is None:
        raise ReviewError(
            f"claim {_show(review.target_id)} is not stored; review a claim id as "
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
            f"incident {_show(target)} is not in the current incident set: incident ids "
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
