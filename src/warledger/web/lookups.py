"""Small reads the item pages share: one incident, documents' metadata, which incident
holds a claim, and the side an outlet takes.

Each is one bounded query (ids in chunks), so a page costs a handful of round trips
whatever the archive's size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from warledger.model import Incident, Side
from warledger.store import Store
from warledger.store.incidents import incident_from_row
from warledger.store.outlets import stored_outlets
from warledger.store.schema import documents, incident_claims, incidents

IN_CHUNK = 500


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    unique = list(dict.fromkeys(ids))
    return [unique[i : i + IN_CHUNK] for i in range(0, len(unique), IN_CHUNK)]


def incident_by_id(store: Store, incident_id: str) -> tuple[Incident, dict[str, Any]] | None:
    """The stored incident with this id and its details, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
        if row is None:
            return None
        members = conn.execute(
            select(incident_claims.c.claim_id).where(incident_claims.c.incident_id == incident_id)
        ).scalars()
        claim_ids = list(members)
    return incident_from_row(row._mapping, claim_ids), row.details or {}


@dataclass(frozen=True)
class DocumentMeta:
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published_at: datetime | None


def document_meta(store: Store, ids: Sequence[str]) -> dict[str, DocumentMeta]:
    """Title, outlet, url and publication time of each document (without its text)."""
    cols = (documents.c.id, documents.c.title, documents.c.outlet, documents.c.url)
    out: dict[str, DocumentMeta] = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(ids):
            query = select(*cols, documents.c.published_at).where(documents.c.id.in_(chunk))
            for row in conn.execute(query):
                out[row.id] = DocumentMeta(row.id, row.title, row.outlet, row.url, row.published_at)
    return out


def incidents_of_claims(store: Store, claim_ids: Sequence[str]) -> dict[str, str]:
    """claim id -> id of the stored incident it belongs to (claims in none are absent)."""
    out: dict[str, str] = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(claim_ids):
            query = select(incident_claims.c.claim_id, incident_claims.c.incident_id).where(
                incident_claims.c.claim_id.in_(chunk)
            )
            out.update({claim: incident for claim, incident in conn.execute(query)})
    return out


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
