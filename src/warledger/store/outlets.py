"""Outlets and conflicts in the store: each load is one ledger entry.

A load upserts the file's outlets and conflicts and appends an ``outlets`` entry
whose details hold the digest of every row it wrote, so ``verify`` can check
that each outlet row is still what its latest load recorded. ``stored_outlets``
returns the packaged registry overlaid with everything loaded, which is what
grading reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select

from warledger.kb.outlets import (
    ConflictParties,
    OutletEntry,
    OutletRegistry,
    load_packaged_outlets,
)
from warledger.model import LedgerEntry, Side
from warledger.store import ledger as chain
from warledger.store.ledger import digest_of, digest_problems
from warledger.store.schema import conflicts, outlets

if TYPE_CHECKING:
    from warledger.store.repository import Store

LEDGER_KIND = "outlets"


def outlet_values(entry: OutletEntry) -> dict[str, Any]:
    """The outlets row: one ``side`` column (the first conflict's) plus the full entry."""
    first_side = next(iter(entry.side.values()), Side.UNKNOWN)
    return {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind.value,
        "country": entry.country,
        "side": first_side.value,
        "owner_group": entry.owner_group,
        "payload": entry.model_dump(mode="json"),
    }


def conflict_values(conflict: ConflictParties) -> dict[str, Any]:
    return conflict.model_dump()


def row_digest(row: Any, table_columns: tuple[str, ...]) -> str:
    """Digest of a stored outlets or conflicts row (the same function at write and verify)."""
    return digest_of({name: row[name] for name in table_columns})


OUTLET_COLUMNS = tuple(c.name for c in outlets.columns)
CONFLICT_COLUMNS = tuple(c.name for c in conflicts.columns)


def save_outlets(store: Store, registry: OutletRegistry, source: str) -> LedgerEntry:
    """Upsert ``registry``'s outlets and conflicts; one ledger entry naming ``source``."""
    outlet_rows = [outlet_values(o) for o in registry.outlets.values()]
    conflict_rows = [conflict_values(c) for c in registry.conflicts.values()]
    details = {
        "source": source,
        "outlets": {r["id"]: row_digest(r, OUTLET_COLUMNS) for r in outlet_rows},
        "conflicts": {r["id"]: row_digest(r, CONFLICT_COLUMNS) for r in conflict_rows},
    }
    with store._write() as conn:
        _replace(conn, outlets, outlet_rows)
        _replace(conn, conflicts, conflict_rows)
        digest = digest_of({"outlets": details["outlets"], "conflicts": details["conflicts"]})
        return chain.append(conn, LEDGER_KIND, source[:200], digest, details)


def _replace(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
    if rows:
        conn.execute(insert(table), rows)


def stored_outlets(store: Store) -> OutletRegistry:
    """The packaged outlets overlaid with every outlet and conflict loaded into the store."""
    with store.engine.connect() as conn:
        outlet_rows = conn.execute(select(outlets).order_by(outlets.c.id)).all()
        conflict_rows = conn.execute(select(conflicts).order_by(conflicts.c.id)).all()
    loaded = OutletRegistry.build(
        {r.id: ConflictParties.model_validate(dict(r._mapping)) for r in conflict_rows},
        [_entry_from_row(r._mapping) for r in outlet_rows],
    )
    return load_packaged_outlets().merged(loaded)


def _entry_from_row(row: Any) -> OutletEntry:
    if row["payload"]:
        return OutletEntry.model_validate(row["payload"])
    return OutletEntry(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        country=row["country"],
        owner_group=row["owner_group"],
    )


def verify_outlet_rows(conn: Connection, latest: dict[str, str], table: Any) -> list[str]:
    """Rows that differ from the digest their latest load recorded, or that no load recorded."""
    columns = OUTLET_COLUMNS if table is outlets else CONFLICT_COLUMNS
    current = {r.id: row_digest(r._mapping, columns) for r in conn.execute(select(table))}
    return digest_problems(f"{table.name} row", latest, current, "its latest outlets load")
