"""The incident list's filters as a browser sends them: a GET form, read leniently.

A GET form sends every field, blank ones as ``name=``, so the values are read here
rather than by FastAPI's typed query parameters (which would turn a blank date into a
422 JSON error). A value that is not blank and not valid is a ``BadQuery`` naming the
field and saying what to type. The same ``ListQuery`` serves the list, the map data
and the timeline, so the three views always agree on what "these incidents" means.

Every filter is SQL: ``PageFilter`` (in the store) adds the page's two extra fields
(free text and a country code) to the API's ``IncidentFilter`` conditions, so keyset
pages and facet counts stay database queries however large the archive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from warledger.errors import BadQuery
from warledger.model import Grade, PloverType, RelationPredicate
from warledger.query.incidents import PageFilter

MAX_TEXT = 200
"""Longest free-text or place value accepted from the form."""


@dataclass(frozen=True)
class ListQuery:
    """What the analyst asked for, as a filter and as the form fields that ask for it."""

    where: PageFilter

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
            "country": w.country,
            "q": w.text,
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
    country = _text(params, "country")
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise BadQuery(f"country {country!r} must be a two-letter code such as UA")
    where = PageFilter(
        grade=_choice(params, "grade", [g.value for g in Grade]),
        type=_choice(params, "type", [t.value for t in PloverType]),
        mode=_text(params, "mode"),
        date_from=date_from,
        date_to=date_to,
        min_sources=_count(params, "min_sources"),
        place=_text(params, "place"),
        text=_text(params, "q"),
        country=country.upper() if country else None,
    )
    return ListQuery(where)


@dataclass(frozen=True)
class RelationFilter:
    """The actor page's network filter: one predicate and a period of valid time."""

    predicate: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def valid_in(self) -> tuple[date | None, date | None] | None:
        """The period to keep relations in, or None when no date was given."""
        if self.date_from is None and self.date_to is None:
            return None
        return self.date_from, self.date_to


def parse_relation_filter(params: Mapping[str, str]) -> RelationFilter:
    """The actor page's query parameters; a bad value raises ``BadQuery`` naming it."""
    predicate = _choice(params, "predicate", [p.value for p in RelationPredicate])
    date_from, date_to = _date(params, "from"), _date(params, "to")
    if date_from and date_to and date_from > date_to:
        raise BadQuery(f"from {date_from} is after to {date_to}; swap them")
    return RelationFilter(predicate, date_from, date_to)
