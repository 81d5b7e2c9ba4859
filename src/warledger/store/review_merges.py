"""The actor-merge tab of the review queue: each ``actor_merge`` ledger entry with both
actors' names, the reason resolution gave for merging them, and its latest review.

A merge is named by ids; the names come from the knowledge base, then from the
resolved actors, then from a claim whose claimant the actor is, so a reviewer sees
"BLF was merged into Brenic Liberation Front" rather than two slugs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from warledger.kb import load_kb
from warledger.store.actors import MERGE_KIND
from warledger.store.repository import Store
from warledger.store.review_queue import Decision, latest_decisions, status_filter
from warledger.store.schema import actor_aliases, actors, claims, ledger


@dataclass(frozen=True)
class MergeItem:
    """A recorded actor merge: both actors, the reason it was made, its review."""

    merge_id: str
    seq: int
    recorded_at: datetime
    merged_id: str
    merged_name: str
    canonical_id: str
    canonical_name: str
    reason: str
    aliases: list[str]
    decision: Decision | None


def merge_queue(store: Store, status: str, page: int, per_page: int) -> tuple[list[MergeItem], int]:
    """One page of recorded actor merges, oldest first, and how many there are in all."""
    base = select(ledger).where(ledger.c.kind == MERGE_KIND)
    query = status_filter(base, MERGE_KIND, ledger.c.subject_id, status).order_by(ledger.c.seq)
    counted = status_filter(
        select(func.count()).select_from(ledger).where(ledger.c.kind == MERGE_KIND),
        MERGE_KIND,
        ledger.c.subject_id,
        status,
    )
    with store.engine.connect() as conn:
        total = int(conn.execute(counted).scalar_one())
        rows = conn.execute(query.limit(per_page).offset((page - 1) * per_page)).all()
        return _merge_items(store, conn, rows), total


def merge_item(store: Store, merge_id: str) -> MergeItem | None:
    query = select(ledger).where(ledger.c.kind == MERGE_KIND, ledger.c.subject_id == merge_id)
    with store.engine.connect() as conn:
        items = _merge_items(store, conn, conn.execute(query).all())
    return items[0] if items else None


def _merge_items(store: Store, conn: Connection, rows: Sequence[Any]) -> list[MergeItem]:
    decisions = latest_decisions(store, MERGE_KIND, [row.subject_id for row in rows])
    pairs = [(row, str(row.details["merged"][0]), str(row.details["canonical"])) for row in rows]
    names = _actor_names(conn, {i for _, merged, canonical in pairs for i in (merged, canonical)})
    aliases = _aliases(conn, {canonical for _, _, canonical in pairs})
    return [
        MergeItem(
            merge_id=row.subject_id,
            seq=row.seq,
            recorded_at=row.recorded_at,
            merged_id=merged,
            merged_name=names.get(merged, merged),
            canonical_id=canonical,
            canonical_name=names.get(canonical, canonical),
            reason=str(row.details.get("reason", "")),
            aliases=aliases.get(canonical, []),
            decision=decisions.get(row.subject_id),
        )
        for row, merged, canonical in pairs
    ]


def _actor_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    """Names from the knowledge base, else from the resolved actors, else from a claim whose
    claimant is the actor."""
    kb = load_kb()
    names = {i: kb.by_id[i].name for i in ids if i in kb.by_id}
    rest = sorted(ids - set(names))
    if rest:
        rows = conn.execute(select(actors.c.id, actors.c.name).where(actors.c.id.in_(rest)))
        names.update((row.id, row.name) for row in rows)
    for actor_id in sorted(ids - set(names)):
        payload = conn.execute(
            select(claims.c.payload).where(claims.c.claimant_actor_id == actor_id).limit(1)
        ).scalar_one_or_none()
        if payload and payload.get("claimant"):
            names[actor_id] = str(payload["claimant"]["name"])
    return names


def _aliases(conn: Connection, canonical_ids: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not canonical_ids:
        return out
    query = (
        select(actor_aliases.c.actor_id, actor_aliases.c.alias)
        .where(actor_aliases.c.actor_id.in_(sorted(canonical_ids)))
        .order_by(actor_aliases.c.actor_id, actor_aliases.c.alias)
    )
    for row in conn.execute(query):
        out.setdefault(row.actor_id, []).append(row.alias)
    return out
