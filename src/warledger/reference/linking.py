"""Which reference events are the same real event as which incidents.

An incident and a reference event are *compatible* when all three hold:

1. **dates**: their date ranges overlap once the incident's range is widened by
   ``DATE_SLACK_DAYS`` on each side (reports say "yesterday" and "overnight"; the
   reference side's precision is already in its range, see ``formats``);
2. **place**: their points are within a radius that grows with the coarser of the two
   precisions (25 km for a town on both sides, 50 km for a district, 150 km for a
   province, 500 km when one side knows only the country, in which case both must name
   the same country);
3. **type**: the incident's PLOVER type is one the reference event's type allows
   (``types.plover_types``).

Among compatible pairs, each reference event is linked to its *best* incident, the one
with the smallest score: distance over radius, plus the days between the two ranges'
midpoints over a week, plus ``MODE_PENALTY`` when the incident's mode and the ACLED
sub-event type disagree (shelling against an armed clash) and again when the event has
ACLED's residual code "Other" but the incident would have had a specific one
(``types.residual_misfit``: a protest or an attack, or a mode some sub-event names),
plus ``TOLL_WEIGHT`` times
the difference of log tolls when both give one. So a reference event
is counted once in a comparison; an incident may be linked to several reference events
(reports often group what a coder splits by location or day).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from warledger.geo.distance import haversine_km
from warledger.model import GeoPrecision, Incident
from warledger.reference.types import mode_agrees, names_modes, plover_types, residual_misfit
from warledger.store.reference import ReferenceEvent

DATE_SLACK_DAYS = 1
MODE_PENALTY = 0.5
TOLL_WEIGHT = 0.2
BASE_RADIUS_KM = 25.0
COUNTRY_RADIUS_KM = 500.0

_ACLED_RADIUS = {1: BASE_RADIUS_KM, 2: 50.0, 3: 150.0}
_UCDP_RADIUS = {1: BASE_RADIUS_KM, 2: BASE_RADIUS_KM, 3: 50.0, 4: 150.0, 5: 150.0}
_OUR_RADIUS = {GeoPrecision.EXACT: BASE_RADIUS_KM, GeoPrecision.REGION: 50.0}


@dataclass(frozen=True)
class Link:
    """A reference event matched to an incident, with how close they are."""

    incident_id: str
    reference_id: str
    distance_km: float
    days_apart: int
    score: float


def reference_radius_km(event: ReferenceEvent) -> float:
    """How far a point may be from the event for its geo precision."""
    table = _ACLED_RADIUS if event.dataset == "acled" else _UCDP_RADIUS
    return table.get(event.geo_precision, COUNTRY_RADIUS_KM)


def incident_radius_km(incident: Incident) -> float:
    precision = incident.place.precision if incident.place else GeoPrecision.COUNTRY
    return _OUR_RADIUS.get(precision, COUNTRY_RADIUS_KM)


def days_apart(start: date, end: date, other_start: date, other_end: date) -> int:
    """0 when the ranges overlap, else the days between them."""
    if end < other_start:
        return (other_start - end).days
    if other_end < start:
        return (start - other_end).days
    return 0


def compare_pair(incident: Incident, event: ReferenceEvent) -> Link | None:
    """The link between ``incident`` and ``event`` if they are compatible, else None."""
    place = incident.place
    if (
        incident.date_start is None
        or place is None
        or place.latitude is None
        or place.longitude is None
        or event.latitude is None
        or event.longitude is None
        or incident.type not in plover_types(event.dataset, event.event_type, event.sub_event_type)
    ):
        return None
    slack = timedelta(days=DATE_SLACK_DAYS)
    start = incident.date_start
    end = incident.date_end or start
    if days_apart(start - slack, end + slack, event.date_start, event.date_end):
        return None
    radius = max(incident_radius_km(incident), reference_radius_km(event))
    if radius >= COUNTRY_RADIUS_KM and not _same_country(place.country, event.country):
        return None
    distance = haversine_km(place.latitude, place.longitude, event.latitude, event.longitude)
    if distance > radius:
        return None
    apart = days_apart(start, end, event.date_start, event.date_end)
    return Link(incident.id, event.id, distance, apart, _score(incident, event, distance / radius))


def _score(incident: Incident, event: ReferenceEvent, near: float) -> float:
    """Lower is a better match (see the module docstring)."""
    start = incident.date_start
    assert start is not None
    end = incident.date_end or start
    ours = start.toordinal() + (end - start).days / 2
    theirs = event.date_start.toordinal() + (event.date_end - event.date_start).days / 2
    score = near + abs(ours - theirs) / 7
    agrees = mode_agrees(event.dataset, event.sub_event_type, incident.mode)
    if agrees is False:
        score += MODE_PENALTY
    elif agrees is None and names_modes(event.dataset, event.sub_event_type):
        score += MODE_PENALTY / 2  # our incident has no mode: no evidence either way
    if residual_misfit(event.dataset, event.sub_event_type, incident.type, incident.mode):
        score += MODE_PENALTY
    if incident.killed.best is not None and event.fatalities is not None:
        score += TOLL_WEIGHT * abs(math.log1p(incident.killed.best) - math.log1p(event.fatalities))
    return score


def _same_country(ours: str | None, theirs: str | None) -> bool:
    """A side located only to a country gives no spatial evidence but its country."""
    return bool(ours and theirs and ours.upper() == theirs.upper())


def candidates(incident: Incident, events: list[ReferenceEvent]) -> list[Link]:
    """Every event compatible with ``incident``, best first (for an incident's page)."""
    links = [link for e in events if (link := compare_pair(incident, e)) is not None]
    return sorted(links, key=lambda link: (link.score, link.reference_id))


def link_all(incidents: list[Incident], events: list[ReferenceEvent]) -> list[Link]:
    """Each reference event linked to its best compatible incident (at most one each).

    Events are bucketed by month so each incident is compared only with events whose
    dates can overlap its own, not with the whole file.
    """
    by_month: dict[tuple[int, int], list[ReferenceEvent]] = {}
    for event in events:
        for month in _months(event.date_start, event.date_end):
            by_month.setdefault(month, []).append(event)
    best: dict[str, Link] = {}
    slack = timedelta(days=DATE_SLACK_DAYS)
    for incident in incidents:
        if incident.date_start is None:
            continue
        end = incident.date_end or incident.date_start
        seen: set[str] = set()
        for month in _months(incident.date_start - slack, end + slack):
            for event in by_month.get(month, []):
                if event.id in seen:
                    continue
                seen.add(event.id)
                link = compare_pair(incident, event)
                if link is None:
                    continue
                current = best.get(event.id)
                if current is None or (link.score, link.incident_id) < (
                    current.score,
                    current.incident_id,
                ):
                    best[event.id] = link
    return sorted(best.values(), key=lambda link: (link.incident_id, link.reference_id))


def _months(start: date, end: date) -> list[tuple[int, int]]:
    """The (year, month) pairs a range touches (a long range is capped at 24 months)."""
    months: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month) and len(months) < 24:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
