"""Feed state for ``warledger watch``: each feed's validators, health and back-off, and the
identity of every item seen, so a restart never fetches or ingests an item twice.

This is operational state, not evidence, so it is written without ledger entries: the
documents the items became are stored (and ledgered) by ``Store.add_document`` as any
other input. Items are keyed by the sha256 of their GUID (or URL when a feed gives no
GUID), which is stable across restarts and across edits of the item's title.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update

from warledger.store.schema import feed_items, feeds

if TYPE_CHECKING:
    from warledger.store.repository import Store


@dataclass(frozen=True)
class FeedState:
    """One feed's row: what to send on the next poll and how it has gone."""

    url: str
    outlet: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = 0
    next_poll: datetime | None = None
    items: int = 0


@dataclass(frozen=True)
class SeenItem:
    """An item already handled: ``status`` is stored, duplicate or failed."""

    key: str
    status: str
    attempts: int


def feed_states(store: Store) -> list[FeedState]:
    """Every feed ever watched, by URL."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(feeds).order_by(feeds.c.url)).all()
    return [FeedState(**dict(row._mapping)) for row in rows]


def feed_state(store: Store, url: str) -> FeedState | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
    return FeedState(**dict(row._mapping)) if row else None


def save_feed_state(store: Store, state: FeedState) -> None:
    """Insert or replace the row of ``state.url``; ``items`` is recounted from the items."""
    values: dict[str, Any] = dict(state.__dict__)
    with store._write() as conn:
        values["items"] = conn.execute(
            select(func.count())
            .select_from(feed_items)
            .where(feed_items.c.feed_url == state.url, feed_items.c.status != "failed")
        ).scalar_one()
        exists = conn.execute(select(feeds.c.url).where(feeds.c.url == state.url)).first()
        if exists:
            conn.execute(update(feeds).where(feeds.c.url == state.url).values(**values))
        else:
            conn.execute(insert(feeds).values(**values))


def seen_items(store: Store, keys: Iterable[str]) -> dict[str, SeenItem]:
    """The items among ``keys`` that were handled before, by key."""
    wanted = list(keys)
    found: dict[str, SeenItem] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            query = select(feed_items.c.key, feed_items.c.status, feed_items.c.attempts).where(
                feed_items.c.key.in_(wanted[start : start + 500])
            )
            for row in conn.execute(query):
                found[row.key] = SeenItem(row.key, row.status, row.attempts)
    return found


def record_item(
    store: Store,
    key: str,
    feed_url: str,
    *,
    guid: str | None,
    url: str | None,
    status: str,
    seen_at: datetime,
    document_id: str | None = None,
    error: str | None = None,
) -> None:
    """Record what became of an item; a failed item keeps its count of attempts."""
    with store._write() as conn:
        row = conn.execute(select(feed_items.c.attempts).where(feed_items.c.key == key)).first()
        values = {
            "feed_url": feed_url,
            "guid": guid,
            "url": url,
            "document_id": document_id,
            "status": status,
            "error": error,
            "seen_at": seen_at,
        }
        if row is None:
            conn.execute(insert(feed_items).values(key=key, attempts=1, **values))
        else:
            conn.execute(
                update(feed_items)
                .where(feed_items.c.key == key)
                .values(attempts=row.attempts + 1, **values)
            )


def item_documents(store: Store) -> list[tuple[str, str | None]]:
    """``(item key, document id)`` of every item recorded, for checks and benchmarks."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(feed_items.c.key, feed_items.c.document_id)).all()
    return [(row.key, row.document_id) for row in rows]
