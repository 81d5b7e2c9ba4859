"""The append-only, hash-chained ledger.

Every write appends one entry: ``digest`` is the sha256 of the canonical JSON of the
rows it wrote, and ``hash = sha256(prev_hash + canonical JSON of {seq, kind,
subject_id, digest, recorded_at, details})``. Changing any stored row, entry or the
order of entries therefore breaks a hash that ``verify`` recomputes.

Appends must be serialised or two writers would both extend the same entry and
fork the chain. The caller's transaction holds the lock: on SQLite the store's
write transactions start with ``BEGIN IMMEDIATE`` (one writer at a time, across
processes); on PostgreSQL ``lock_for_append`` takes ``LOCK TABLE ledger IN
EXCLUSIVE MODE``, which readers pass through but other appenders wait on until
commit. The unique ``prev_hash`` column is a second guard.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, select, text

from warledger.model import LedgerEntry
from warledger.store.bulk_copy import insert_rows
from warledger.store.schema import ledger

GENESIS_HASH = "0" * 64
"""The ``prev_hash`` of the first entry."""

EXTRACTION_FAILED = "extraction_failed"
"""Entry kind: extracting a stored document failed (``details["reason"]`` says why)."""


def _json_default(value: object) -> object:
    """Canonical forms for the non-JSON values stored rows contain."""
    if isinstance(value, datetime):
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot put {type(value).__name__} into a ledger digest")


def canonical_json(value: object) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8, fixed datetime format."""
    return json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_json_default,
    )


def digest_of(value: object) -> str:
    """sha256 of the canonical JSON of ``value``: what a ledger entry records of its rows."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def entry_hash(
    prev_hash: str,
    seq: int,
    kind: str,
    subject_id: str,
    digest: str,
    recorded_at: datetime,
    details: Mapping[str, Any],
) -> str:
    """The chained hash of one entry."""
    body = canonical_json(
        {
            "seq": seq,
            "kind": kind,
            "subject_id": subject_id,
            "digest": digest,
            "recorded_at": recorded_at,
            "details": dict(details),
        }
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def lock_for_append(conn: Connection) -> None:
    """Serialise appenders for the rest of this transaction (see module docstring)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE ledger IN EXCLUSIVE MODE"))


NewEntry = tuple[str, str, str, Mapping[str, Any]]
"""``(kind, subject_id, digest, details)`` of an entry to append with ``append_many``."""


def append(
    conn: Connection,
    kind: str,
    subject_id: str,
    digest: str,
    details: Mapping[str, Any] | None = None,
) -> LedgerEntry:
    """Append one entry inside the caller's transaction, which must hold the append lock."""
    return append_many(conn, [(kind, subject_id, digest, details or {})])[0]


def append_many(conn: Connection, new: Sequence[NewEntry]) -> list[LedgerEntry]:
    """Append entries in order, inside the caller's transaction (which must hold the append
    lock), with one read of the chain's end and one multi-row insert: a batch write records
    each of its documents or extractions without paying a round trip per entry."""
    if not new:
        return []
    last = conn.execute(
        select(ledger.c.seq, ledger.c.hash).order_by(ledger.c.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last.seq, last.hash) if last else (0, GENESIS_HASH)
    recorded_at = datetime.now(UTC)
    made: list[LedgerEntry] = []
    for kind, subject_id, digest, raw_details in new:
        details = dict(raw_details)
        canonical_json(details)  # fail before writing if details are not JSON-serialisable
        seq += 1
        entry = LedgerEntry(
            seq=seq,
            kind=kind,
            subject_id=subject_id,
            digest=digest,
            prev_hash=prev_hash,
            hash=entry_hash(prev_hash, seq, kind, subject_id, digest, recorded_at, details),
            recorded_at=recorded_at,
            details=details,
        )
        made.append(entry)
        prev_hash = entry.hash
    insert_rows(conn, ledger, [entry.model_dump() for entry in made])
    return made


def entries(conn: Connection, since_seq: int = 0) -> Iterator[LedgerEntry]:
    """Entries with ``seq > since_seq`` in chain order."""
    rows = conn.execute(select(ledger).where(ledger.c.seq > since_seq).order_by(ledger.c.seq))
    for row in rows:
        yield LedgerEntry.model_validate(row._asdict())


def last_seq(conn: Connection) -> int:
    """The seq of the last entry (0 for an empty ledger)."""
    return int(conn.execute(select(func.max(ledger.c.seq))).scalar_one() or 0)


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(ledger)).scalar_one()


def chain_problem(entry: LedgerEntry, expected_seq: int, prev_hash: str) -> str | None:
    """Why ``entry`` does not continue the chain after ``prev_hash``, or None if it does."""
    if entry.seq != expected_seq:
        return (
            f"ledger seq {entry.seq}: expected seq {expected_seq} "
            f"(entries {expected_seq}..{entry.seq - 1} are missing or reordered)"
        )
    if entry.prev_hash != prev_hash:
        return f"ledger seq {entry.seq}: prev_hash does not match the hash of the entry before it"
    recomputed = entry_hash(
        entry.prev_hash,
        entry.seq,
        entry.kind,
        entry.subject_id,
        entry.digest,
        entry.recorded_at,
        entry.details,
    )
    if recomputed != entry.hash:
        return f"ledger seq {entry.seq}: stored hash does not match its contents (entry edited)"
    return None


def digest_problems(
    label: str, recorded: Mapping[str, str], current: Mapping[str, str], recorder: str
) -> list[str]:
    """Rows that a ledger entry recorded but are gone, that no entry recorded, or that changed.

    ``recorded`` and ``current`` map row id -> digest; ``label`` names the kind of
    row and ``recorder`` the entry that recorded it, so each problem reads alone.
    """
    problems = []
    for row_id in sorted(set(recorded) | set(current)):
        if row_id not in current:
            problems.append(f"{label} {row_id} recorded by {recorder} is missing")
        elif row_id not in recorded:
            problems.append(f"{label} {row_id} has no ledger entry (inserted directly)")
        elif current[row_id] != recorded[row_id]:
            problems.append(f"{label} {row_id} differs from what {recorder} recorded")
    return problems
