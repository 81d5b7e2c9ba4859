"""Incidents in the store: each resolution run is one ledger entry over the whole set.

A run replaces the incident set: rows of incidents that no longer exist are
deleted, changed ones rewritten, unchanged ones left alone, and a ``resolution``
entry records the digest of every incident (its columns and member claim ids).
``verify`` checks the current rows against the latest such entry.

Queries: ``stored_incidents`` filters by valid time (``period``: events that
overlap it); "as known at time T" is ``resolve_incidents(store, as_of=T)``,
which recomputes from the claims stored at or before T (``claims_stored``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, delete, insert, or_, select

from warledger.errors import StoreError
from warledger.model import CasualtyRange, Claim, Incident, LedgerEntry, Place
from warledger.store import ledger as chain
from warledger.store.engine import IN_CHUNK
from warledger.store.ledger import digest_of, digest_problems
from warledger.store.rows import claim_from_row
from warledger.store.schema import claims, incident_claims, incidents
from warledger.store.schema import ledger as ledger_rows

if TYPE_CHECKING:
    from warledger.store.repository import Store

LEDGER_KIND = "resolution"
_DIGESTED = tuple(c.name for c in incidents.columns if c.name not in ("stored_at", "country"))
"""``country`` is left out: it is copied from ``place`` (which is digested) for the facets'
index, and resolution entries written before migration 0009 added it must still verify."""


def incident_values(incident: Incident, details: dict[str, Any]) -> dict[str, Any]:
    """The incidents row (without ``stored_at``)."""
    place = incident.place
    return {
        "id": incident.id,
        "type": incident.type.value,
        "mode": incident.mode,
        "place": place.model_dump(mode="json") if place else None,
        "place_name": place.name if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "date_start": incident.date_start,
        "date_end": incident.date_end,
        "killed_low": incident.killed.low,
        "killed_best": incident.killed.best,
        "killed_high": incident.killed.high,
        "injured_low": incident.injured.low,
        "injured_best": incident.injured.best,
        "injured_high": incident.injured.high,
        "n_claims": incident.n_claims,
        "n_sources": incident.n_sources,
        "sides": [s.value for s in incident.sides],
        "grade": incident.grade.value,
        "reasons": list(incident.reasons),
        "details": details,
    }


def incident_digest(row: Any, claim_ids: list[str]) -> str:
    """Digest of an incident row and its member claims (same function at write and verify)."""
    body = {name: row[name] for name in _DIGESTED}
    body["claim_ids"] = sorted(claim_ids)
    return digest_of(body)


def save_incidents(
    store: Store, graded: list[tuple[Incident, dict[str, Any]]], details: dict[str, Any]
) -> LedgerEntry:
    """Replace the stored incident set with ``graded``; one ``resolution`` ledger entry."""
    now = datetime.now(UTC)
    rows = {inc.id: (incident_values(inc, extra), inc.claim_ids) for inc, extra in graded}
    digests = {i: incident_digest(row, ids) for i, (row, ids) in rows.items()}
    with store._write() as conn:
        current = _current_digests(conn)
        stale = sorted(i for i in current if digests.get(i) != current[i])
        for start in range(0, len(stale), IN_CHUNK):
            chunk = stale[start : start + IN_CHUNK]
            conn.execute(delete(incident_claims).where(incident_claims.c.incident_id.in_(chunk)))
            conn.execute(delete(incidents).where(incidents.c.id.in_(chunk)))
        new = [i for i in sorted(rows) if current.get(i) != digests[i]]
        if new:
            conn.execute(insert(incidents), [{**rows[i][0], "stored_at": now} for i in new])
            links = [{"incident_id": i, "claim_id": c} for i in new for c in rows[i][1]]
            for start in range(0, len(links), IN_CHUNK * 4):
                conn.execute(insert(incident_claims), links[start : start + IN_CHUNK * 4])
        body = {**details, "incidents": digests, "written": len(new), "removed": len(stale)}
        return chain.append(conn, LEDGER_KIND, "incidents", digest_of(digests), body)


def last_entry(store: Store) -> LedgerEntry | None:
    """The newest ledger entry: when it is a resolution, nothing was written since."""
    with store.engine.connect() as conn:
        row = conn.execute(select(ledger_rows).order_by(ledger_rows.c.seq.desc()).limit(1)).first()
    return LedgerEntry.model_validate(row._asdict()) if row is not None else None


def record_unchanged(store: Store, previous: LedgerEntry) -> LedgerEntry:
    """A resolution entry for a run that found nothing new since ``previous`` (itself
    a resolution): the same incidents, none written or removed.

    It carries the digest of the incident set but not the per-incident digests again:
    ``same_as`` names the entry that lists them, so a run that changes nothing writes
    a few hundred bytes however many incidents there are (``verify`` checks the digest
    against that entry's)."""
    body = {
        "claims": previous.details.get("claims", 0),
        "reviews": previous.details.get("reviews", []),
        "full": False,
        "new_claims": 0,
        "written": 0,
        "removed": 0,
        "same_as": previous.details.get("same_as", previous.seq),
    }
    with store._write() as conn:
        return chain.append(conn, LEDGER_KIND, "incidents", previous.digest, body)


def _members(conn: Connection) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    query = select(incident_claims.c.incident_id, incident_claims.c.claim_id)
    for inc_id, claim_id in conn.execute(query):
        out[inc_id].append(claim_id)
    return out


def _current_digests(conn: Connection) -> dict[str, str]:
    members = _members(conn)
    return {
        row.id: incident_digest(row._mapping, members.get(row.id, []))
        for row in conn.execute(select(incidents))
    }


def stored_members(store: Store) -> dict[str, list[str]]:
    """incident id -> member claim ids, as stored by the last run."""
    with store.engine.connect() as conn:
        return dict(_members(conn))


def claims_stored(store: Store, as_of: datetime | None = None) -> list[Claim]:
    """Every claim stored at or before ``as_of`` (all when None), in id order."""
    query = select(claims.c.payload).order_by(claims.c.id)
    if as_of is not None:
        query = query.where(claims.c.stored_at <= as_of)
    with store.engine.connect() as conn:
        return [claim_from_row(r._mapping) for r in conn.execute(query)]


def incident_from_row(row: Any, claim_ids: list[str]) -> Incident:
    return Incident(
        id=row["id"],
        claim_ids=sorted(claim_ids),
        type=row["type"],
        mode=row["mode"],
        place=Place.model_validate(row["place"]) if row["place"] else None,
        date_start=row["date_start"],
        date_end=row["date_end"],
        killed=CasualtyRange(
            low=row["killed_low"], best=row["killed_best"], high=row["killed_high"]
        ),
        injured=CasualtyRange(
            low=row["injured_low"], best=row["injured_best"], high=row["injured_high"]
        ),
        n_claims=row["n_claims"],
        n_sources=row["n_sources"],
        sides=row["sides"],
        grade=row["grade"],
        reasons=row["reasons"],
    )


def stored_incidents(
    store: Store, period: tuple[date | None, date | None] | None = None
) -> list[tuple[Incident, dict[str, Any]]]:
    """Stored incidents (with their details) whose event dates overlap ``period``,
    largest first (independent sources, then claims, then id)."""
    query = select(incidents)
    if period is not None:
        start, end = period
        if start is not None:
            query = query.where(or_(incidents.c.date_end >= start, incidents.c.date_end.is_(None)))
        if end is not None:
            query = query.where(
                or_(incidents.c.date_start <= end, incidents.c.date_start.is_(None))
            )
    with store.engine.connect() as conn:
        return _read(conn, query)


def kept_incidents(store: Store, digest: str) -> list[tuple[Incident, dict[str, Any]]]:
    """The stored incidents, largest first, provided they are still the set whose digest
    is ``digest`` (the newest resolution entry's): a run that found nothing new returns
    these on demand, and must not hand out another run's incidents as its own."""
    newest = select(ledger_rows.c.digest).where(ledger_rows.c.kind == LEDGER_KIND)
    with store.engine.connect() as conn:
        current = conn.execute(newest.order_by(ledger_rows.c.seq.desc()).limit(1)).scalar()
        if current != digest:
            raise StoreError(
                "the incidents were resolved again since this run: read the current ones "
                "with stored_incidents"
            )
        return _read(conn, select(incidents))


def _read(conn: Connection, query: Select[Any]) -> list[tuple[Incident, dict[str, Any]]]:
    members = _members(conn)
    rows = conn.execute(query).all()
    out = [(incident_from_row(r._mapping, members.get(r.id, [])), r.details or {}) for r in rows]
    return sorted(out, key=lambda pair: (-pair[0].n_sources, -pair[0].n_claims, pair[0].id))


def verify_incident_rows(conn: Connection, latest: dict[str, str] | None) -> list[str]:
    """Incidents that differ from the latest resolution entry, or that it does not list."""
    return digest_problems("incident", latest or {}, _current_digests(conn), "the last resolution")
