"""Regrouping near-duplicates after the fact: new syndication groups, recorded in the ledger.

A document's group is chosen when it is stored. Groups chosen by runs that did not
see each other's documents (before placement moved into the write transaction), or
by an older threshold, can be wrong; ``warledger dedup --rebuild`` recomputes them
and ``apply_regroup`` writes the changes: one ``regroup`` ledger entry listing, for
each changed document, its group before and after, and the rows updated in the same
transaction. A document row's digest (its ``document`` entry) covers the group it was
stored with, so ``verify`` checks each regrouped row against its first ``before``
and its current group against its last ``after`` (``regroup_history``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, update

from warledger.model import LedgerEntry
from warledger.store import ledger as chain
from warledger.store.schema import documents, ledger

if TYPE_CHECKING:
    from warledger.store import Store

LEDGER_KIND = "regroup"


@dataclass
class RegroupHistory:
    """For each regrouped document: the group it was stored with, and its latest group."""

    stored_with: dict[str, str | None] = field(default_factory=dict)
    latest: dict[str, str] = field(default_factory=dict)


def apply_regroup(store: Store, groups: Mapping[str, str]) -> LedgerEntry | None:
    """Set each document's group to ``groups[doc_id]`` where it differs; None if none does."""
    with store.write_transaction() as conn:
        current = {
            row.id: row.syndication_group
            for row in conn.execute(select(documents.c.id, documents.c.syndication_group))
        }
        changes = {
            doc_id: [current[doc_id], group]
            for doc_id, group in sorted(groups.items())
            if doc_id in current and current[doc_id] != group
        }
        if not changes:
            return None
        for doc_id, (_before, after) in changes.items():
            conn.execute(
                update(documents).where(documents.c.id == doc_id).values(syndication_group=after)
            )
        details = {"groups": changes}
        return chain.append(conn, LEDGER_KIND, "documents", chain.digest_of(details), details)


def regroup_history(conn: Connection) -> RegroupHistory:
    """What the ``regroup`` entries say, in chain order (their hashes are checked by verify)."""
    history = RegroupHistory()
    query = select(ledger.c.details).where(ledger.c.kind == LEDGER_KIND).order_by(ledger.c.seq)
    for details in conn.execute(query).scalars():
        groups = details.get("groups") if isinstance(details, dict) else None
        for doc_id, change in (groups or {}).items():
            if isinstance(change, list) and len(change) == 2:
                history.stored_with.setdefault(str(doc_id), change[0])
                history.latest[str(doc_id)] = str(change[1])
    return history
