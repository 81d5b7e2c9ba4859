"""The history of an item: every ledger entry about it, oldest first.

Nothing in warledger is edited in place, so "what happened to this claim" is
answered by the ledger alone: the entries whose ``subject_id`` is the item's id.
Reviews are joined with their ``reviews`` row (analyst, note, correction), actor
merges carry their reason. Resolution entries cover the whole incident set at
once (subject "incidents"), so they are not part of any one item's history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select

from warledger.store.engine import IN_CHUNK
from warledger.store.repository import Store
from warledger.store.schema import ledger, reviews


@dataclass(frozen=True)
class HistoryItem:
    """One ledger entry as an item's history shows it.

    ``action``, ``analyst`` and ``correction`` are set for reviews only; ``note`` is
    the analyst's note of a review, or a one-line account of any other entry.
    """

    seq: int
    recorded_at: datetime
    kind: str
    action: str | None
    analyst: str | None
    note: str
    correction: Mapping[str, Any] = field(default_factory=dict)
    hash: str = ""


def _entries() -> Select[Any]:
    """Ledger columns and, for a review, its row's (NULL for other entries once outer-joined)."""
    return select(
        ledger.c.seq,
        ledger.c.kind,
        ledger.c.subject_id,
        ledger.c.hash,
        ledger.c.recorded_at,
        ledger.c.details,
        reviews.c.target_kind,
        reviews.c.action,
        reviews.c.analyst,
        reviews.c.note,
        reviews.c.correction,
    ).select_from(ledger)


def history_of(store: Store, target_ids: Sequence[str]) -> dict[str, list[HistoryItem]]:
    """Each id of ``target_ids`` -> its ledger entries, oldest first (an empty list when
    nothing but resolution runs ever touched it)."""
    wanted = list(dict.fromkeys(target_ids))
    out: dict[str, list[HistoryItem]] = {target: [] for target in wanted}
    query = _entries().outerjoin(reviews, reviews.c.ledger_seq == ledger.c.seq)
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            rows = conn.execute(query.where(ledger.c.subject_id.in_(chunk)))
            for row in rows:
                out[row.subject_id].append(_item(row._mapping))
    for items in out.values():
        items.sort(key=lambda item: item.seq)
    return out


def review_entry(store: Store, seq: int) -> tuple[str, str, HistoryItem] | None:
    """The review recorded as ledger entry ``seq``: (target kind, target id, item), or None
    when that entry is not a review (or does not exist)."""
    query = _entries().join(reviews, reviews.c.ledger_seq == ledger.c.seq)
    query = query.where(ledger.c.seq == seq)
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    return row.target_kind, row.subject_id, _item(row._mapping)


def _item(row: Mapping[str, Any]) -> HistoryItem:
    is_review = row["action"] is not None
    return HistoryItem(
        seq=row["seq"],
        recorded_at=row["recorded_at"],
        kind=row["kind"],
        action=row["action"],
        analyst=row["analyst"],
        note=row["note"] if is_review else _describe(row["kind"], row["details"] or {}),
        correction=dict(row["correction"] or {}) if is_review else {},
        hash=row["hash"],
    )


def _describe(kind: str, details: Mapping[str, Any]) -> str:
    """A line saying what a non-review entry recorded, from its details."""
    if kind == "actor_merge":
        merged = ", ".join(str(m) for m in details.get("merged", []))
        return f"merged {merged} into {details.get('canonical', '?')}: {details.get('reason', '')}"
    if kind == "extraction":
        producer = details.get("producer")
        claims = details.get("claims")
        count = len(claims) if isinstance(claims, Mapping | list) else 0
        kb = producer.get("kb") if isinstance(producer, Mapping) else None
        return f"{count} claims extracted" + (f" (knowledge base {kb})" if kb else "")
    if kind == "document":
        return f"document stored ({details.get('bytes', '?')} bytes)"
    return kind
