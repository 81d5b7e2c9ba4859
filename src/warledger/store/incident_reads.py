"""Reads of stored incidents: keyset pages in size order, facets, map points, day counts.

The incident list is ordered by size (independent sources, then claims, then id),
so its keyset cursor is that triple: a page starts strictly after the last
incident of the previous one, which never repeats or skips an incident however
deep the client pages. Every filter is a bound SQL condition, so a page of 50 out
of an archive of 100,000 claims reads about 50 rows; member claim ids are loaded
for the page's incidents only.

"As known at time T" (``as_of``) has no stored rows to query: it is recomputed
from the claims stored by then (``warledger.query.incidents``), and filtered and
paged in memory with the same filter and cursor (``member_claims``, ``after_key``).
"""

from __future__ import annotations

import base64
import binascii
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Row, and_, func, or_, select

from warledger.errors import BadQuery
from warledger.model import Incident
from warledger.store.engine import IN_CHUNK
from warledger.store.incident_counts import facet_counts
from warledger.store.incident_filter import IncidentFilter, claims_by_actor_and_source
from warledger.store.incidents import incident_from_row
from warledger.store.schema import claims, incident_claims, incidents

if TYPE_CHECKING:
    from warledger.store import Store

IncidentRow = tuple[Incident, dict[str, Any]]
SortKey = tuple[int, int, str]
"""(n_sources, n_claims, id): the incident list's order is by -n_sources, -n_claims, id."""
FACET_PLACES = 20
"""Places listed in the place facet (the most frequent ones)."""


def encode_incident_cursor(key: SortKey) -> str:
    n_sources, n_claims, incident_id = key
    raw = f"{n_sources}:{n_claims}:{incident_id}"
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii")


def decode_incident_cursor(cursor: str | None) -> SortKey | None:
    if cursor is None:
        return None
    problem = f"cursor {cursor!r} is not one this API returned; pass next_cursor unchanged"
    try:
        raw = base64.b64decode(cursor.encode("ascii"), altchars=b"-_", validate=True)
        n_sources, n_claims, incident_id = raw.decode("utf-8").split(":", 2)
        key = (int(n_sources), int(n_claims), incident_id)
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise BadQuery(problem) from exc
    if not incident_id or not all(0 <= n < 2**31 for n in key[:2]):
        raise BadQuery(problem)
    return key


def sort_key(incident: Incident) -> SortKey:
    return incident.n_sources, incident.n_claims, incident.id


def _after(key: SortKey) -> ColumnElement[bool]:
    """Rows that come after ``key`` in the order -n_sources, -n_claims, id."""
    n_sources, n_claims, incident_id = key
    c = incidents.c
    later = or_(
        c.n_sources < n_sources,
        and_(c.n_sources == n_sources, c.n_claims < n_claims),
        and_(c.n_sources == n_sources, c.n_claims == n_claims, c.id > incident_id),
    )
    # Implied by ``later``, but a plain range the planners can start an index scan from.
    return and_(c.n_sources <= n_sources, later)


def incident_page(
    store: Store, where: IncidentFilter, cursor: str | None, limit: int
) -> tuple[list[IncidentRow], str | None]:
    """Stored incidents matching ``where`` after ``cursor``, largest first, with their
    details; and the cursor of the next page (None on the last page)."""
    query = select(incidents).where(*where.conditions(store.engine.dialect.name))
    after = decode_incident_cursor(cursor)
    if after is not None:
        query = query.where(_after(after))
    order = (incidents.c.n_sources.desc(), incidents.c.n_claims.desc(), incidents.c.id)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(*order).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        members = _members_of(conn, [r.id for r in rows])
    page = [(incident_from_row(r._mapping, members[r.id]), r.details or {}) for r in rows]
    next_cursor = encode_incident_cursor(sort_key(page[-1][0])) if more else None
    return page, next_cursor


def _members_of(conn: Any, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        query = select(incident_claims.c.incident_id, incident_claims.c.claim_id).where(
            incident_claims.c.incident_id.in_(chunk)
        )
        for incident_id, claim_id in conn.execute(query):
            out[incident_id].append(claim_id)
    return out


def member_claims(store: Store, where: IncidentFilter) -> set[str] | None:
    """Ids of the claims meeting the actor/source filter; None when there is none."""
    if where.actor is None and where.source is None:
        return None
    query = claims_by_actor_and_source(select(claims.c.id), where.actor, where.source)
    with store.engine.connect() as conn:
        return set(conn.execute(query).scalars())


def incident_facets(store: Store, where: IncidentFilter) -> dict[str, dict[str, int]]:
    """Counts of the incidents matching ``where`` by grade, type, country and place (the
    ``FACET_PLACES`` most frequent), most frequent first, ties by value; unknown values are
    left out.

    With no filter (the list's first view) they are the counts kept by migration 0011's
    triggers (``store.incident_counts``): a few rows, however large the archive. With one,
    all four come from one count per (grade, type, place, country), summed here: one read
    of the matching entries of the list index instead of one per facet."""
    with store.engine.connect() as conn:
        if where == type(where)():
            return _archive_facets(conn)
        c = incidents.c
        columns = (c.grade, c.type, c.place_name, c.country)
        query = select(*columns, func.count()).where(*where.conditions(store.engine.dialect.name))
        groups = conn.execute(query.group_by(*columns)).all()
    return {
        "grade": _most_frequent((grade, n) for grade, _t, _p, _c, n in groups),
        "type": _most_frequent((kind, n) for _g, kind, _p, _c, n in groups),
        "country": _most_frequent((country, n) for _g, _t, _p, country, n in groups),
        "place": _first(_most_frequent((place, n) for _g, _t, place, _c, n in groups)),
    }


def _archive_facets(conn: Connection) -> dict[str, dict[str, int]]:
    out = {name: _most_frequent(facet_counts(conn, name)) for name in ("grade", "type", "country")}
    out["place"] = _first(_most_frequent(facet_counts(conn, "place", top=FACET_PLACES)))
    return out


def _first(counts: dict[str, int]) -> dict[str, int]:
    """The ``FACET_PLACES`` first of ``counts``."""
    return dict(itertools.islice(counts.items(), FACET_PLACES))


def _most_frequent(counts: Iterable[tuple[str | None, int]]) -> dict[str, int]:
    """Counts summed per value (None left out), most frequent first, ties by value."""
    summed: Counter[str] = Counter()
    for value, n in counts:
        if value is not None:
            summed[str(value)] += int(n)
    return dict(sorted(summed.items(), key=lambda item: (-item[1], item[0])))


def incident_by_id(store: Store, incident_id: str) -> IncidentRow | None:
    """One stored incident with its details and member claim ids, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
        if row is None:
            return None
        members = _members_of(conn, [row.id])
    return incident_from_row(row._mapping, members[row.id]), row.details or {}


def incidents_of_claims(store: Store, claim_ids: Sequence[str]) -> dict[str, str]:
    """claim id -> id of the stored incident it belongs to (claims in none are absent)."""
    out: dict[str, str] = {}
    unique = list(dict.fromkeys(claim_ids))
    with store.engine.connect() as conn:
        for start in range(0, len(unique), IN_CHUNK):
            query = select(incident_claims.c.claim_id, incident_claims.c.incident_id).where(
                incident_claims.c.claim_id.in_(unique[start : start + IN_CHUNK])
            )
            out.update({claim: incident for claim, incident in conn.execute(query)})
    return out


def placed_incident_rows(store: Store, where: IncidentFilter) -> list[Row[Any]]:
    """The map's columns of the incidents ``where`` admits that have coordinates, largest
    first: one query, whatever the number."""
    c = incidents.c
    conditions = where.conditions(store.engine.dialect.name)
    placed = (
        select(
            c.id,
            c.latitude,
            c.longitude,
            c.place,
            c.grade,
            c.type,
            c.mode,
            c.date_start,
            c.date_end,
            c.killed_low,
            c.killed_best,
            c.killed_high,
            c.n_sources,
            c.n_claims,
        )
        .where(*conditions, c.latitude.is_not(None), c.longitude.is_not(None))
        .order_by(c.n_sources.desc(), c.n_claims.desc(), c.id)
    )
    with store.engine.connect() as conn:
        return list(conn.execute(placed))


def daily_counts(store: Store, where: IncidentFilter) -> tuple[Counter[tuple[date, str]], int]:
    """(first date, grade) -> number of incidents ``where`` admits, and how many are undated:
    one GROUP BY, whatever the number of incidents."""
    c = incidents.c
    conditions = where.conditions(store.engine.dialect.name)
    grouped = (
        select(c.date_start, c.grade, func.count())
        .where(*conditions, c.date_start.is_not(None))
        .group_by(c.date_start, c.grade)
    )
    undated = select(func.count()).select_from(incidents).where(*conditions, c.date_start.is_(None))
    with store.engine.connect() as conn:
        counts = Counter({(day, grade): int(n) for day, grade, n in conn.execute(grouped)})
        return counts, int(conn.execute(undated).scalar_one())
