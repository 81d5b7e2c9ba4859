"""The incident list's filters as a browser sends them: a GET form, read leniently.

A GET form sends every field, blank ones as ``name=``, so the values are read here
rather than by FastAPI's typed query parameters (which would turn a blank date into a
422 JSON error). A value that is not blank and not valid is a ``BadQuery`` naming the
field and saying what to type. The same ``ListQuery`` serves the list, the map data
and the timeline, so the three views always agree on what "these incidents" means.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from sqlalchemy import select

from warledger.api.incident_queries import IncidentFilter, incident_facets, iter_incidents
from warledger.api.queries import BadQuery
from warledger.model import Grade, Incident, PloverType
from warledger.store import Store
from warledger.store.schema import claims, documents

MAX_TEXT = 200
"""Longest free-text or place value accepted from the form."""


@dataclass(frozen=True)
class ListQuery:
    """What the analyst asked for: the SQL filter, plus free text and a country code,
    which are checked in memory (``in_memory``)."""

    where: IncidentFilter
    text: str | None = None
    country: str | None = None

    @property
    def in_memory(self) -> bool:
        return self.text is not None or self.country is not None

    def params(self) -> dict[str, str]:
        """The non-blank form fields, as they would be sent again."""
        w = self.where
        values = {
            "grade": w.grade,
            "type": w.type,
            "mode": w.mode,
            "from": w.date_from.isoformat() if w.date_from else None,
            "to": w.date_to.isoformat() if w.date_to else None,
            "place": w.place,
            "min_sources": str(w.min_sources) if w.min_sources else None,
            "country": self.country,
            "q": self.text,
        }
        return {k: v for k, v in values.items() if v}

    def url(self, path: str = "/incidents", **changes: str | None) -> str:
        """``path`` with this query's fields, some changed (None removes one)."""
        params: dict[str, str | None] = {**self.params(), **changes}
        kept = {k: v for k, v in params.items() if v}
        return f"{path}?{urlencode(kept)}" if kept else path

    def is_empty(self) -> bool:
        return not self.params()


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name, "").strip()
    if len(value) > MAX_TEXT:
        raise BadQuery(f"{name} is {len(value)} characters long; use at most {MAX_TEXT}")
    return value or None


def _choice(params: Mapping[str, str], name: str, allowed: list[str]) -> str | None:
    value = _text(params, name)
    if value is not None and value not in allowed:
        raise BadQuery(f"{name} {value!r} is unknown; use one of {', '.join(allowed)}")
    return value


def _date(params: Mapping[str, str], name: str) -> date | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise BadQuery(f"{name} {value!r} is not a date; write it as YYYY-MM-DD") from exc


def _count(params: Mapping[str, str], name: str) -> int:
    value = _text(params, name)
    if value is None:
        return 0
    if not value.isdigit() or int(value) > 10_000:
        raise BadQuery(f"{name} {value!r} must be a whole number from 0 to 10000")
    return int(value)


def parse_list_query(params: Mapping[str, str]) -> ListQuery:
    """The filters in a request's query string; ``BadQuery`` names a bad field."""
    date_from, date_to = _date(params, "from"), _date(params, "to")
    if date_from and date_to and date_from > date_to:
        raise BadQuery(f"from {date_from} is after to {date_to}; swap them")
    where = IncidentFilter(
        grade=_choice(params, "grade", [g.value for g in Grade]),
        type=_choice(params, "type", [t.value for t in PloverType]),
        mode=_text(params, "mode"),
        date_from=date_from,
        date_to=date_to,
        min_sources=_count(params, "min_sources"),
        place=_text(params, "place"),
    )
    country = _text(params, "country")
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise BadQuery(f"country {country!r} must be a two-letter code such as UA")
    return ListQuery(where, _text(params, "q"), country.upper() if country else None)


def _text_claims(store: Store, text: str) -> set[str]:
    """Ids of claims whose document contains ``text`` (case-insensitive)."""
    query = (
        select(claims.c.id)
        .join(documents, documents.c.id == claims.c.document_id)
        .where(documents.c.text.icontains(text, autoescape=True))
    )
    with store.engine.connect() as conn:
        return set(conn.execute(query).scalars())


def matching_incidents(store: Store, query: ListQuery) -> Iterator[Incident]:
    """Every incident the query admits, largest first.

    The SQL filter does the work; free text keeps the incidents with a claim from a
    document containing it, ``country`` those placed in that country.
    """
    allowed = _text_claims(store, query.text) if query.text else None
    for incident, _details in iter_incidents(store, query.where):
        if allowed is not None and not any(c in allowed for c in incident.claim_ids):
            continue
        if query.country is not None and (
            incident.place is None or incident.place.country != query.country
        ):
            continue
        yield incident


def facet_counts(store: Store, query: ListQuery) -> dict[str, dict[str, int]]:
    """Counts by grade, type, country and place of the incidents the query admits."""
    if not query.in_memory:
        return incident_facets(store, query.where)
    counts: dict[str, dict[str, int]] = {"grade": {}, "type": {}, "country": {}, "place": {}}
    for incident in matching_incidents(store, query):
        place = incident.place
        keys = {
            "grade": incident.grade.value,
            "type": incident.type.value,
            "country": place.country if place else None,
            "place": place.name if place else None,
        }
        for facet, key in keys.items():
            if key:
                counts[facet][key] = counts[facet].get(key, 0) + 1
    return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in counts.items()}
