"""Store access for actor resolution: claims with their record time, merge entries,
merge reviews, and the ``actors`` / ``actor_aliases`` projection.

Merges are ledger entries of kind ``actor_merge`` whose digest is the digest of
their details, so ``verify`` can recheck them without any other row. The
``actors`` and ``actor_aliases`` tables are a *projection*: rebuilt from stored
claims, the knowledge base and the recorded merges each time merges are
recorded, so they can always be reproduced and are not ledgered themselves.

Every read takes ``as_of``: only claims stored, merges recorded and reviews made
at or before that instant count, which is how "as known at time T" is answered.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, delete, insert, select

from warledger.model import Actor, Claim, LedgerEntry, ReviewAction
from warledger.store import ledger as chain
from warledger.store.ledger import digest_of
from warledger.store.repository import Store
from warledger.store.rows import claim_from_row
from warledger.store.schema import actor_aliases, actors, claims, documents, ledger, reviews

MERGE_KIND = "actor_merge"
"""Ledger entry kind of one actor merge (``details``: merged ids, canonical id, reason)."""


@dataclass(frozen=True)
class StoredClaim:
    """A claim with what the store knows around it: when it was stored, and its document's
    outlet and publication date (the fallback valid time of a relation)."""

    claim: Claim
    stored_at: datetime
    outlet: str | None
    published_on: date | None


def _stored_claims_query(as_of: datetime | None) -> Select[Any]:
    query = select(
        claims.c.payload,
        claims.c.stored_at,
        documents.c.outlet,
        documents.c.source_name,
        documents.c.published_at,
    ).join(documents, documents.c.id == claims.c.document_id)
    if as_of is not None:
        query = query.where(claims.c.stored_at <= as_of)
    return query.order_by(claims.c.stored_at, claims.c.id)


def stored_claims(
    store: Store, as_of: datetime | None = None, kind: str | None = None
) -> Iterator[StoredClaim]:
    """Claims stored at or before ``as_of`` (all if None); ``kind`` "relation" or "event"
    keeps only claims whose proposition is of that kind."""
    query = _stored_claims_query(as_of)
    if kind == "relation":
        query = query.where(claims.c.predicate.is_not(None))
    elif kind == "event":
        query = query.where(claims.c.event_type.is_not(None))
    with store.engine.connect() as conn:
        for row in conn.execution_options(yield_per=500).execute(query):
            published = row.published_at
            yield StoredClaim(
                claim=claim_from_row(row._mapping),
                stored_at=row.stored_at,
                outlet=row.outlet or row.source_name,
                published_on=published.date() if published else None,
            )


def recorded_merges(store: Store, as_of: datetime | None = None) -> list[LedgerEntry]:
    """``actor_merge`` ledger entries recorded at or before ``as_of``, oldest first."""
    query = select(ledger).where(ledger.c.kind == MERGE_KIND)
    if as_of is not None:
        query = query.where(ledger.c.recorded_at <= as_of)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(ledger.c.seq))
        return [LedgerEntry.model_validate(row._asdict()) for row in rows]


def rejected_merges(store: Store, as_of: datetime | None = None) -> set[str]:
    """Ids of merges whose latest review (at or before ``as_of``) rejects them; a later
    accepting review restores a rejected merge."""
    query = select(reviews.c.target_id, reviews.c.action).where(reviews.c.target_kind == MERGE_KIND)
    if as_of is not None:
        query = query.where(reviews.c.recorded_at <= as_of)
    latest: dict[str, str] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query.order_by(reviews.c.ledger_seq)):
            latest[row.target_id] = row.action
    return {target for target, action in latest.items() if action == ReviewAction.REJECT.value}


def append_merges(store: Store, merges: Sequence[tuple[str, dict[str, Any]]]) -> list[LedgerEntry]:
    """Append one ``actor_merge`` entry per ``(merge_id, details)`` not recorded yet, in one
    transaction; returns the new entries."""
    if not merges:
        return []
    new: list[LedgerEntry] = []
    with store.write_transaction() as conn:
        ids = [merge_id for merge_id, _ in merges]
        existing = set(
            conn.execute(
                select(ledger.c.subject_id).where(
                    ledger.c.kind == MERGE_KIND, ledger.c.subject_id.in_(ids)
                )
            ).scalars()
        )
        for merge_id, details in merges:
            if merge_id in existing:
                continue
            existing.add(merge_id)
            new.append(chain.append(conn, MERGE_KIND, merge_id, digest_of(details), details))
    return new


def replace_actors(store: Store, resolved: Sequence[Actor]) -> None:
    """Rewrite the ``actors`` / ``actor_aliases`` projection with ``resolved``."""
    actor_rows = [
        {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "country": actor.country,
            "payload": actor.model_dump(mode="json"),
        }
        for actor in resolved
    ]
    alias_rows = [
        {"actor_id": actor.id, "alias": alias[:300]}
        for actor in resolved
        for alias in sorted({a[:300] for a in [actor.name, *actor.aliases]})
    ]
    with store.write_transaction() as conn:
        conn.execute(delete(actor_aliases))
        conn.execute(delete(actors))
        if actor_rows:
            conn.execute(insert(actors), actor_rows)
        if alias_rows:
            conn.execute(insert(actor_aliases), alias_rows)


def stored_actors(store: Store) -> list[Actor]:
    """The ``actors`` projection as last written by ``replace_actors``."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(actors.c.payload).order_by(actors.c.id))
        return [Actor.model_validate(row.payload) for row in rows]
