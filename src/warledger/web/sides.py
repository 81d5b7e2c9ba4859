"""The side each document's outlet takes in a conflict, in words the pages show.

The outlets file (stored with ``warledger outlets load``) says which side each
outlet speaks for in each conflict; the incident page labels every claim with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from warledger.model import Side
from warledger.query.documents import DocumentMeta, stored_outlets
from warledger.store import Store


def outlet_sides(
    store: Store, docs: Sequence[DocumentMeta], conflict: str | None
) -> dict[str, str]:
    """document id -> the side its outlet takes, in words ("party_a: Ostrelia").

    The side is the one in ``conflict``; without a conflict, the outlet's only side if it
    has exactly one. "unknown" when the outlet is not in the outlets file.
    """
    registry = stored_outlets(store)
    out = {}
    for doc in docs:
        entry = registry.find(doc.outlet, doc.url)
        side, where = Side.UNKNOWN, conflict
        if entry is not None and conflict:
            side = entry.side_in(conflict)
        elif entry is not None and len(entry.side) == 1:
            where, side = next(iter(entry.side.items()))
        parties = registry.conflicts.get(where) if where else None
        party = None
        if parties is not None and side in (Side.PARTY_A, Side.PARTY_B):
            party = parties.party_a if side == Side.PARTY_A else parties.party_b
        out[doc.id] = f"{side.value}: {party}" if party else side.value
    return out
