"""Incident list queries in SQL: filters, keyset pages in size order, and facet counts.

The incident list is ordered by size (independent sources, then claims, then id),
so its keyset cursor is that triple: a page starts strictly after the last
incident of the previous one, which never repeats or skips an incident however
deep the client pages. Every filter is a bound SQL condition, so a page of 50 out
of an archive of 100,000 claims reads about 50 rows; member claim ids are loaded
for the page's incidents only.

"As known at time T" (``as_of``) has no stored rows to query: it is recomputed
from the claims stored by then, so that list is filtered and paged in memory with
the same filter and the same cursor (``incident_page_as_of``).
"""

from __future__ import annotations

import base64
import binascii
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, exists, func, or_, select

from warledger.api.queries import BadQuery
from warledger.model import Incident
from warledger.store.incidents import incident_from_row
from warledger.store.schema import claim_actors, claims, documents, incident_claims, incidents

if TYPE_CHECKING:
    from warledger.store import Store

IncidentRow = tuple[Incident, dict[str, Any]]
SortKey = tuple[int, int, str]
"""(n_sources, n_claims, id): the incident list's order is by -n_sources, -n_claims, id."""
FACET_PLACES = 20
"""Places listed in the place facet (the most frequent ones)."""
_IN_CHUNK = 500


@dataclass(frozen=True)
class IncidentFilter:
    """Which incidents to list; None means any.

    ``place`` is a case-insensitive substring of the place name; ``actor`` an actor
    id that claims of the incident were made by (claimant) or are about (initiator,
    target, relation subject or object); ``source`` the outlet of one of its
    documents; ``side`` one of the sides reporting it.
    """

    grade: str | None = None
    type: str | None = None
    mode: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_sources: int = 0
    place: str | None = None
    actor: str | None = None
    source: str | None = None
    side: str | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions on ``incidents`` (all bound parameters)."""
        out: list[ColumnElement[bool]] = []
        exact = (
            (incidents.c.grade, self.grade),
            (incidents.c.type, self.type),
            (incidents.c.mode, self.mode),
        )
        out.extend(column == value for column, value in exact if value is not None)
        if self.min_sources > 0:
            out.append(incidents.c.n_sources >= self.min_sources)
        if self.date_from is not None:
            end = func.coalesce(incidents.c.date_end, incidents.c.date_start)
            out.append(end >= self.date_from)
        if self.date_to is not None:
            out.append(incidents.c.date_start <= self.date_to)
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            out.append(incidents.c.latitude.between(min_lat, max_lat))
            out.append(incidents.c.longitude.between(min_lon, max_lon))
        if self.place is not None:
            out.append(incidents.c.place_name.icontains(self.place, autoescape=True))
        if self.side is not None:
            # sides is a JSON list of Side values; the value is one of the enum's words
            # (the route validates it), so its quoted form matches only that element.
            quoted = f'"{self.side}"'
            out.append(cast(incidents.c.sides, String).contains(quoted, autoescape=True))
        if self.actor is not None or self.source is not None:
            out.append(incidents.c.id.in_(self._member_incidents()))
        return out

    def _member_incidents(self) -> Select[tuple[str]]:
        """Ids of incidents with a member claim by or about ``actor`` and from ``source``."""
        query = select(incident_claims.c.incident_id).join(
            claims, claims.c.id == incident_claims.c.claim_id
        )
        return claims_by_actor_and_source(query, self.actor, self.source)

    def admits(self, incident: Incident, member_ok: set[str] | None = None) -> bool:
        """The same filter on an incident in memory (``as_of`` lists); ``member_ok`` holds
        the claim ids meeting the actor/source filter, when there is one."""
        checks = (
            self.grade is None or incident.grade.value == self.grade,
            self.type is None or incident.type.value == self.type,
            self.mode is None or incident.mode == self.mode,
            incident.n_sources >= self.min_sources,
            self._in_period(incident),
            self._in_box(incident),
            self.place is None
            or (
                incident.place is not None
                and self.place.casefold() in incident.place.name.casefold()
            ),
            self.side is None or self.side in {s.value for s in incident.sides},
            member_ok is None or any(c in member_ok for c in incident.claim_ids),
        )
        return all(checks)

    def _in_period(self, incident: Incident) -> bool:
        end = incident.date_end or incident.date_start
        if self.date_from is not None and (end is None or end < self.date_from):
            return False
        start = incident.date_start
        return self.date_to is None or (start is not None and start <= self.date_to)

    def _in_box(self, incident: Incident) -> bool:
        if self.bbox is None:
            return True
        place = incident.place
        if place is None or place.latitude is None or place.longitude is None:
            return False
        min_lon, min_lat, max_lon, max_lat = self.bbox
        return min_lon <= place.longitude <= max_lon and min_lat <= place.latitude <= max_lat


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


def _sort_key(incident: Incident) -> SortKey:
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
    query = select(incidents).where(*where.conditions())
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
    next_cursor = encode_incident_cursor(_sort_key(page[-1][0])) if more else None
    return page, next_cursor


def _members_of(conn: Any, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        query = select(incident_claims.c.incident_id, incident_claims.c.claim_id).where(
            incident_claims.c.incident_id.in_(chunk)
        )
        for incident_id, claim_id in conn.execute(query):
            out[incident_id].append(claim_id)
    return out


def iter_incidents(
    store: Store, where: IncidentFilter, page_size: int = 500
) -> Iterable[IncidentRow]:
    """Every stored incident matching ``where``, largest first, read page by page."""
    cursor: str | None = None
    while True:
        page, cursor = incident_page(store, where, cursor, page_size)
        yield from page
        if cursor is None:
            return


def incident_page_as_of(
    store: Store,
    where: IncidentFilter,
    as_of: datetime,
    cursor: str | None,
    limit: int,
) -> tuple[list[IncidentRow], str | None]:
    """Incidents as known at ``as_of`` (recomputed, nothing written), filtered and paged in
    memory with the same filter and cursor as ``incident_page``."""
    from warledger.resolve.incident_run import resolve_incidents

    after = decode_incident_cursor(cursor)
    result = resolve_incidents(store, as_of=as_of)
    member_ok = _member_claims(store, where)
    kept = sorted(
        (i for i in result.incidents if where.admits(i, member_ok)),
        key=lambda i: (-i.n_sources, -i.n_claims, i.id),
    )
    if after is not None:
        n_sources, n_claims, incident_id = after
        kept = [
            i
            for i in kept
            if (-i.n_sources, -i.n_claims, i.id) > (-n_sources, -n_claims, incident_id)
        ]
    page = kept[:limit]
    next_cursor = encode_incident_cursor(_sort_key(page[-1])) if len(kept) > limit else None
    return [(i, result.details.get(i.id, {})) for i in page], next_cursor


def claims_by_actor_and_source(
    query: Select[tuple[str]], actor: str | None, source: str | None
) -> Select[tuple[str]]:
    """``query`` (over ``claims``) kept to claims by or about ``actor`` (claimant, or
    ``claim_actors``) and published by outlet ``source``; either may be None."""
    if actor is not None:
        about = exists().where(
            claim_actors.c.claim_id == claims.c.id, claim_actors.c.actor_id == actor
        )
        query = query.where(or_(claims.c.claimant_actor_id == actor, about))
    if source is not None:
        query = query.join(documents, documents.c.id == claims.c.document_id).where(
            documents.c.outlet == source
        )
    return query


def _member_claims(store: Store, where: IncidentFilter) -> set[str] | None:
    """Ids of the claims meeting the actor/source filter; None when there is none."""
    if where.actor is None and where.source is None:
        return None
    query = claims_by_actor_and_source(select(claims.c.id), where.actor, where.source)
    with store.engine.connect() as conn:
        return set(conn.execute(query).scalars())


def incident_facets(store: Store, where: IncidentFilter) -> dict[str, dict[str, int]]:
    """Counts of the incidents matching ``where`` by grade, type, country and place (the
    ``FACET_PLACES`` most frequent), most frequent first; unknown values are left out."""
    conditions = where.conditions()
    country = incidents.c.place["country"].as_string()
    groups = {
        "grade": incidents.c.grade,
        "type": incidents.c.type,
        "country": country,
        "place": incidents.c.place_name,
    }
    out: dict[str, dict[str, int]] = {}
    with store.engine.connect() as conn:
        for name, column in groups.items():
            query = (
                select(column.label("value"), func.count().label("n"))
                .where(*conditions, column.is_not(None))
                .group_by(column)
                .order_by(func.count().desc(), column)
            )
            if name == "place":
                query = query.limit(FACET_PLACES)
            counts = Counter({str(row.value): int(row.n) for row in conn.execute(query)})
            out[name] = dict(counts.most_common())
    return out


def incident_by_id(store: Store, incident_id: str) -> IncidentRow | None:
    """One stored incident with its details and member claim ids, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
        if row is None:
            return None
        members = _members_of(conn, [row.id])
    return incident_from_row(row._mapping, members[row.id]), row.details or {}
