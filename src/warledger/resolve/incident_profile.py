"""The running profile of an incident being built: the union of its members' features.

Scoring a claim against an incident (``incident_score``) compares it with what the
members so far have in common or in total: their types and modes, the date window
they allow, the places they name and how many reports name each, their tolls, the
summed context vector and report leads. Keeping these as running sums makes adding
a member and scoring a claim cost the same however large the incident grows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from warledger.model import GeoPrecision
from warledger.resolve.accidents import ACCIDENT, ATTACK, means_told
from warledger.resolve.day_parts import DayPart
from warledger.resolve.incident_features import ClaimItem, PlaceFeature, place_of
from warledger.resolve.incident_text import unit_vector


@dataclass
class IncidentProfile:
    """The running union of an incident's member features."""

    id: str
    members: list[ClaimItem] = field(default_factory=list)
    types: Counter[str] = field(default_factory=Counter)
    modes: Counter[str] = field(default_factory=Counter)
    date_lo: date | None = None
    date_hi: date | None = None
    dated_days: set[date] = field(default_factory=set)
    weekdays: set[int] = field(default_factory=set)
    """Weekdays members name without a date (``weekdays``): stated days must fit them."""
    day_parts: set[DayPart] = field(default_factory=set)
    """Members' types and stated days with the part of the day named (``day_parts``)."""
    places: dict[str, PlaceFeature] = field(default_factory=dict)
    actors: set[str] = field(default_factory=set)
    killed: set[int] = field(default_factory=set)
    injured: set[int] = field(default_factory=set)
    place_counts: Counter[str] = field(default_factory=Counter)
    place_reports: dict[str, set[str]] = field(default_factory=dict)
    """Located place key -> the documents whose claims name it."""
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    documents: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    has_dated: bool = False
    passages: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    potential: bool = False
    common_lo: date | None = None
    common_hi: date | None = None
    """The window every member's date allows (their intersection; empty when lo > hi)."""
    told: dict[str, set[str]] = field(default_factory=dict)
    """Documents whose claims tell the incident as an accident or as an attack (``means_told``)."""
    leads: dict[str, float] = field(default_factory=dict)
    """The sum of the lead vectors (``ClaimItem.report``) of the incident's reports."""

    def add(self, item: ClaimItem) -> None:
        # Potential while every member is: a preview linked to the event it expected
        # (``report_links``) leaves an incident of reported acts.
        self.potential = item.potential and (self.potential or not self.members)
        self.members.append(item)
        self.types[item.type] += 1
        if item.mode:
            self.modes[item.mode] += 1
        if (kind := means_told(item.mode, item.type)) is not None:
            self.told.setdefault(kind, set()).add(item.document_id)
        if item.date_lo is not None and item.date_hi is not None:
            self.common_lo = max(self.common_lo or item.date_lo, item.date_lo)
            self.common_hi = min(self.common_hi or item.date_hi, item.date_hi)
            if item.dated and not self.has_dated:
                self.date_lo, self.date_hi, self.has_dated = item.date_lo, item.date_hi, True
            elif item.dated or not self.has_dated:
                self.date_lo = min(self.date_lo or item.date_lo, item.date_lo)
                self.date_hi = max(self.date_hi or item.date_hi, item.date_hi)
            if item.dated and item.date_lo == item.date_hi:
                self.dated_days.add(item.date_lo)
                self.day_parts.add((item.type, item.date_lo, item.day_part))
        if item.weekday is not None:
            self.weekdays.add(item.weekday)
        if item.place_key:
            # A reading one member's report made sure stays sure (``PlaceFeature.sure``).
            known = self.places.get(item.place_key)
            sure = item.place_sure or (known is not None and known.sure)
            self.places[item.place_key] = replace(place_of(item), sure=sure)
            if item.latitude is not None:
                self.place_counts[item.place_key] += 1
                self.place_reports.setdefault(item.place_key, set()).add(item.document_id)
        self.actors.update(item.actors)
        self.killed.update(item.killed)
        self.injured.update(item.injured)
        for word, weight in unit_vector(item):
            old = self.centroid.get(word, 0.0)
            self.norm2 += 2 * old * weight + weight * weight
            self.centroid[word] = old + weight
        if item.document_id not in self.documents:
            for word, weight in item.report:
                self.leads[word] = self.leads.get(word, 0.0) + weight
        self.documents.add(item.document_id)
        self.passages.setdefault(item.document_id, []).append(item.span)
        self.sources.add(item.source_key)

    def main_place(self) -> PlaceFeature | None:
        """The located place most members name (ties: the finest, then the first key),
        or None: one background sentence naming another place does not move an
        incident, and a town named as often as its region is the more exact answer."""
        if not self.place_counts:
            return None
        top = max(self.place_counts.values())
        tied = [self.places[k] for k, n in self.place_counts.items() if n == top]
        return min(tied, key=lambda p: (p.precision or GeoPrecision.EXACT, p.key or ""))

    def anchored_places(self) -> list[PlaceFeature]:
        """The located places the incident stands on: its main place and every place
        more than one of its reports names (a misread name or a background town one
        report names, however often, does not count: "the shooting follows two in
        Atlanta" is told by one report of the shooting, and Atlanta is not its place)."""
        keys = {k for k, docs in self.place_reports.items() if len(docs) > 1}
        main = self.main_place()
        if main is not None and main.key is not None:
            keys.add(main.key)
        return [self.places[k] for k in sorted(keys)]

    def told_as(self) -> tuple[str | None, int]:
        """What more of its reports tell the incident as (``ACCIDENT`` or ``ATTACK``,
        None on a tie or when none does), and how many reports tell it so."""
        accidents, attacks = (len(self.told.get(k, ())) for k in (ACCIDENT, ATTACK))
        if accidents == attacks:
            return None, 0
        return (ACCIDENT, accidents) if accidents > attacks else (ATTACK, attacks)

    def main_type(self) -> str | None:
        """The event type most members have, or None. Ties go to the type whose name
        sorts last, so the answer never depends on the order claims arrived in."""
        return max(self.types, key=lambda t: (self.types[t], t), default=None)
