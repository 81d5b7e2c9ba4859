"""Reference events for the pages and the comparison: read, link, tabulate.

An incident's page lists every reference event compatible with it (``linking.candidates``);
the comparison links each reference event to its single best incident
(``linking.link_all``), so its counts add up. The two can differ only when a reference
event is compatible with several incidents: the page then shows it on each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from warledger.model import Incident
from warledger.reference.comparison import CompareRow, compare
from warledger.reference.linking import Link, candidates, link_all
from warledger.reference.types import type_label
from warledger.store import Store
from warledger.store.incidents import stored_incidents
from warledger.store.reference import ReferenceEvent, reference_events_between

WINDOW_DAYS = 45
"""Reference events read around an incident: wider than any date precision's range."""
WINDOW_DEGREES = 5.0
"""Half the side of the box read around an incident: wider than the largest radius."""


@dataclass(frozen=True)
class ReferenceMatch:
    """A reference event beside an incident, with the link's distance and days apart."""

    event: ReferenceEvent
    link: Link

    @property
    def type_label(self) -> str:
        return type_label(self.event.dataset, self.event.event_type, self.event.sub_event_type)


def incident_references(store: Store, incident: Incident) -> list[ReferenceMatch]:
    """The reference events compatible with ``incident``, closest first."""
    place = incident.place
    if incident.date_start is None or place is None or place.latitude is None:
        return []
    if place.longitude is None:
        return []
    window = timedelta(days=WINDOW_DAYS)
    box = (
        place.latitude - WINDOW_DEGREES,
        place.longitude - WINDOW_DEGREES,
        place.latitude + WINDOW_DEGREES,
        place.longitude + WINDOW_DEGREES,
    )
    end = incident.date_end or incident.date_start
    events = reference_events_between(store, incident.date_start - window, end + window, box)
    by_id = {event.id: event for event in events}
    return [ReferenceMatch(by_id[link.reference_id], link) for link in candidates(incident, events)]


def reference_comparison(store: Store, dataset: str | None = None) -> list[CompareRow]:
    """The month-and-country table for every stored incident against the reference events
    (of one ``dataset`` when given)."""
    incidents = [incident for incident, _details in stored_incidents(store)]
    events = [e for e in reference_events_between(store) if dataset in (None, e.dataset)]
    return compare(incidents, events, link_all(incidents, events))


def reference_links(store: Store) -> dict[str, list[str]]:
    """Incident id -> the reference event ids linked to it (for exports); nothing is read
    but the reference events when none is loaded."""
    events = reference_events_between(store)
    if not events:
        return {}
    incidents = [incident for incident, _details in stored_incidents(store)]
    linked: dict[str, list[str]] = {}
    for link in link_all(incidents, events):
        linked.setdefault(link.incident_id, []).append(link.reference_id)
    return linked
