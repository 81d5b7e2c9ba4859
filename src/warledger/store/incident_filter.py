"""Which incidents to read: the filters of the incident list, map, timeline and exports.

``IncidentFilter`` is what every incident route accepts; ``PageFilter`` adds the web
form's free text and country. Both turn into bound SQL conditions on ``incidents``
(so keyset pages and facet counts stay database queries however large the archive),
and ``IncidentFilter.admits`` applies the same filter to an incident in memory, for
lists recomputed "as known at" a past time.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    cast,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
)

from warledger.model import Incident
from warledger.store.schema import claim_actors, claims, documents, incident_claims, incidents
from warledger.store.search import documents_with_words

BOX_SIDE_KEEPS = 0.25
"""What part of the incidents one side of a map or list box is taken to keep (SQLite only,
see ``_box_side``): a region, not a pin-point."""


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

    def conditions(self, dialect: str) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions on ``incidents`` (all bound parameters) in the SQL of
        ``dialect`` (the store engine's: the full-text filter of ``PageFilter`` needs it)."""
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
            out.append(_box_side(incidents.c.latitude.between(min_lat, max_lat), dialect))
            out.append(_box_side(incidents.c.longitude.between(min_lon, max_lon), dialect))
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


@dataclass(frozen=True)
class PageFilter(IncidentFilter):
    """The API's incident filter plus ``text`` (words that one of the incident's documents
    holds, matched with the full-text index like /search) and ``country`` (the ISO code
    of its place), which the web pages' form adds."""

    text: str | None = None
    country: str | None = None

    def conditions(self, dialect: str) -> list[ColumnElement[bool]]:
        out = super().conditions(dialect)
        if self.country is not None:
            out.append(incidents.c.country == self.country)
        if self.text is not None:
            matching = documents_with_words(dialect, self.text)
            if matching is None:  # no words at all (punctuation only): nothing matches
                out.append(false())
            else:
                with_text = (
                    select(incident_claims.c.incident_id)
                    .join(claims, claims.c.id == incident_claims.c.claim_id)
                    .where(claims.c.document_id.in_(matching))
                )
                out.append(incidents.c.id.in_(with_text))
        return out


def _box_side(condition: ColumnElement[bool], dialect: str) -> ColumnElement[bool]:
    """One side of the box, with SQLite told how much it usually keeps (``BOX_SIDE_KEEPS``).

    SQLite's planner has no histograms (no STAT4 in the usual builds): it guesses that a
    range keeps a small part of a table, so with a grade and type filter it preferred the
    coordinate index and read a table row per coordinate match (60 ms for the country
    facet of 43,000 incidents) to the list index that holds every filter column (0.5 ms).
    The hint keeps the range usable by an index when it is the only filter (the map)."""
    if dialect == "sqlite":
        # The constant is in the SQL text (SQLite refuses a bound parameter there), and the
        # call is left untyped: typed Boolean, it would be compared "= 1" on SQLite, which
        # hides the range from the planner, so no index could serve a box-only filter.
        hinted = func.likelihood(condition, literal_column(str(BOX_SIDE_KEEPS)))
        return typing.cast("ColumnElement[bool]", hinted)
    return condition


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
