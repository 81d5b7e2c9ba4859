"""Reference events (ACLED, UCDP GED): someone else's coding, stored apart from claims.

A load replaces the events of the same ids and appends one ``reference`` ledger entry
naming the file, its sha256, the format and the digest of every row it wrote; ``verify``
checks each row against the latest load that recorded it (as for outlets), and reports
rows that no load recorded.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select

from warledger.model import LedgerEntry
from warledger.store import ledger as chain
from warledger.store.engine import IN_CHUNK
from warledger.store.ledger import digest_of, digest_problems
from warledger.store.schema import reference_events

if TYPE_CHECKING:
    from warledger.store.repository import Store

LEDGER_KIND = "reference"
COLUMNS = tuple(c.name for c in reference_events.columns)


@dataclass(frozen=True)
class ReferenceEvent:
    """One event of a reference dataset; ``date_start..date_end`` already spans the
    dataset's own date precision (an ACLED month-precise event covers its month)."""

    id: str
    dataset: str
    source_sha256: str
    date_start: date
    date_end: date
    date_precision: int
    geo_precision: int
    event_type: str
    country: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)


def _digest(row: Any) -> str:
    return digest_of({name: row[name] for name in COLUMNS})


def save_reference_events(
    store: Store, events: list[ReferenceEvent], source: dict[str, Any]
) -> LedgerEntry:
    """Replace the events of the same ids; one ledger entry with ``source`` (file name,
    sha256, format, load time) and each row's digest."""
    rows = [asdict(event) for event in events]
    digests = {row["id"]: _digest(row) for row in rows}
    details = {**source, "events": digests}
    with store._write() as conn:
        ids = list(digests)
        for start in range(0, len(ids), IN_CHUNK):
            chunk = ids[start : start + IN_CHUNK]
            conn.execute(delete(reference_events).where(reference_events.c.id.in_(chunk)))
        for start in range(0, len(rows), IN_CHUNK):
            conn.execute(insert(reference_events), rows[start : start + IN_CHUNK])
        subject = str(source.get("sha256", ""))[:200]
        return chain.append(conn, LEDGER_KIND, subject, digest_of(digests), details)


def reference_events_between(
    store: Store,
    start: date | None = None,
    end: date | None = None,
    box: tuple[float, float, float, float] | None = None,
) -> list[ReferenceEvent]:
    """Events whose dates overlap ``start..end`` and (with ``box`` = south, west, north,
    east) whose point is inside the box; all events without bounds."""
    query = select(reference_events)
    if start is not None:
        query = query.where(reference_events.c.date_end >= start)
    if end is not None:
        query = query.where(reference_events.c.date_start <= end)
    if box is not None:
        south, west, north, east = box
        query = query.where(
            reference_events.c.latitude.between(south, north),
            reference_events.c.longitude.between(west, east),
        )
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(reference_events.c.id)).all()
    return [ReferenceEvent(**dict(row._mapping)) for row in rows]


def reference_entry_problem(entry: LedgerEntry, covered: dict[str, str]) -> str | None:
    """For ``verify``: note the rows a load recorded; a problem if the entry was edited."""
    recorded = entry.details.get("events")
    events = {str(k): str(v) for k, v in recorded.items()} if isinstance(recorded, dict) else {}
    covered.update(events)
    if digest_of(events) != entry.digest:
        return (
            f"ledger seq {entry.seq} (reference {entry.subject_id}): its recorded row digests "
            "do not match its digest (entry edited)"
        )
    return None


def verify_reference_rows(conn: Connection, latest: dict[str, str]) -> list[str]:
    """Rows that differ from the digest their latest load recorded, or that none recorded."""
    current = {r.id: _digest(r._mapping) for r in conn.execute(select(reference_events))}
    return digest_problems("reference event", latest, current, "its latest reference load")
