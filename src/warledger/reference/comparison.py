"""Agreement and disagreement with a reference dataset, per month and country.

For each (month, country) the table counts our incidents with and without a linked
reference event, the reference events no incident matches, and sets the fatalities
side by side: our best killed figure summed over the matched incidents against the
reference events' fatalities summed over the same links. Incidents are placed by their
own start date and country, reference events by theirs, so a row reads "in this month
and country, this is what each side has and where they differ".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields

from warledger.model import Incident
from warledger.reference.linking import Link
from warledger.store.reference import ReferenceEvent

UNKNOWN = "??"


@dataclass
class CompareRow:
    """One month and country."""

    month: str
    country: str
    incidents: int = 0
    incidents_matched: int = 0
    incidents_unmatched: int = 0
    reference_events: int = 0
    reference_unmatched: int = 0
    our_killed_matched: int = 0
    reference_fatalities_matched: int = 0

    @property
    def fatality_difference(self) -> int:
        """Ours minus theirs over the matched pairs (positive: we report more deaths)."""
        return self.our_killed_matched - self.reference_fatalities_matched


def compare(
    incidents: Iterable[Incident], events: Iterable[ReferenceEvent], links: Iterable[Link]
) -> list[CompareRow]:
    """The table, by month then country."""
    rows: dict[tuple[str, str], CompareRow] = {}

    def row(month: str, country: str | None) -> CompareRow:
        key = (month, (country or UNKNOWN).upper())
        if key not in rows:
            rows[key] = CompareRow(*key)
        return rows[key]

    by_event = {link.reference_id: link for link in links}
    events_by_id = {event.id: event for event in events}
    linked_incidents: dict[str, list[Link]] = {}
    for link in by_event.values():
        linked_incidents.setdefault(link.incident_id, []).append(link)
    for incident in incidents:
        month = incident.date_start.strftime("%Y-%m") if incident.date_start else "unknown"
        target = row(month, incident.place.country if incident.place else None)
        target.incidents += 1
        matched = linked_incidents.get(incident.id, [])
        if not matched:
            target.incidents_unmatched += 1
            continue
        target.incidents_matched += 1
        target.our_killed_matched += incident.killed.best or 0
        target.reference_fatalities_matched += sum(
            events_by_id[link.reference_id].fatalities or 0
            for link in matched
            if link.reference_id in events_by_id
        )
    for event in events_by_id.values():
        target = row(event.date_start.strftime("%Y-%m"), event.country)
        target.reference_events += 1
        if event.id not in by_event:
            target.reference_unmatched += 1
    return [rows[key] for key in sorted(rows)]


def as_dicts(rows: list[CompareRow]) -> list[dict[str, object]]:
    return [{**asdict(row), "fatality_difference": row.fatality_difference} for row in rows]


def to_csv(rows: list[CompareRow]) -> str:
    """The table as CSV, one row per month and country, header first."""
    names = [f.name for f in fields(CompareRow)] + ["fatality_difference"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows(as_dicts(rows))
    return out.getvalue()
