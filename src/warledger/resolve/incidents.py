"""Incident clustering: event claims that describe the same real event become one incident.

Claims are taken in a stable order (``ClaimItem.sort_key``: event date, type,
document hash, position) so that ingesting documents in another order gives the
same incidents; an incident's id is the hash of the claim that founded it. Each
claim is compared only with incidents found through a blocking index keyed by
(event type, actual or potential, day), over the days its date window covers plus a day's
tolerance, for every type (a report much like another may code the same act as another
type), and joins the best-scoring one (``incident_score.score``) or founds a new one.
Text similarity is TF-IDF over the run's reports (``incident_features.weigh``), so
the claims are weighed together before any is clustered.

Everything the clusterer does follows the stable order (candidates, merges and
ties are taken sorted), so the incidents depend only on the set of claims, not
on the order they are given in; ``resolve_incidents`` relies on that to make an
incremental run equal a full one.

Statements and relations are not clustered, nor a report's background (a claim
dated by a period wider than an incident that ended before the report's own days,
"in 2024, attacks killed 400 people"); denials, threats and hypotheticals are,
because grading needs them beside the assertions.

Analysts' grouping decisions (``GroupingRules``) are obeyed throughout: a claim
never joins, and two incidents never merge into, an incident holding a claim it
must be kept apart from; ``pin`` founds the incidents of pinned claims before
anything else is clustered.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from warledger.grade.incident import MAX_WINDOW_DAYS
from warledger.model import Claim, Document, GeoPrecision
from warledger.resolve.incident_dates import DATE_TOLERANCE, dates_overlap
from warledger.resolve.incident_features import (
    ClaimItem,
    claim_item,
    place_of,
    places_compatible,
)
from warledger.resolve.incident_profile import IncidentProfile
from warledger.resolve.incident_score import JOIN_THRESHOLD, distinct, score
from warledger.resolve.incident_text import report_words, weigh
from warledger.resolve.place_readings import read_as_chosen
from warledger.resolve.report_links import link_round
from warledger.review.grouping import Families, GroupingRules, add_families, clash

# Longest date window indexed day by day; wider (month-precision) windows are
# indexed at their first and last days only, which their overlap gate still checks.
_MAX_INDEXED_DAYS = 10
# What a member counts for in the merge average when a gate rules it out.
MERGE_GATE = -3.0
# What a member with its own date or a located town counts for when a gate rules it
# out: a claim that names another day or town speaks against the merge far more
# than one that says too little (claims with no place or date never bridge).
ANCHORED_MERGE_GATE = -15.0
# How far after its own dates a potential incident looks for the event it expected
# ("is expected to unveil its phone next week", "will strike on Wednesday").
PREVIEW_REACH = timedelta(days=7)
# How much better than the runner-up an incident must fit a claim with no date
# for the claim to join it (about the weight of a shared place).
AMBIGUITY_MARGIN = 1.0


def incident_id(seed_claim_id: str) -> str:
    """The id of an incident founded by ``seed_claim_id`` (stable as claims join it)."""
    return hashlib.sha256(f"incident:{seed_claim_id}".encode()).hexdigest()[:24]


def _days(item: ClaimItem) -> list[date]:
    return _window(item.date_lo, item.date_hi)


def _window(first: date | None, last: date | None, widest: int = _MAX_INDEXED_DAYS) -> list[date]:
    """The indexed days of a date window, with a day's tolerance either side: every
    day of a window up to ``widest`` days, the first and last of a wider one."""
    if first is None or last is None:
        return []
    lo, hi = first - DATE_TOLERANCE, last + DATE_TOLERANCE
    span = (hi - lo).days
    if span > widest:
        return [lo, hi]
    return [lo + timedelta(days=i) for i in range(span + 1)]


def _looked_up(item: ClaimItem) -> list[date]:
    """The days a claim looks for incidents on: every day of a window up to a month
    (``MAX_WINDOW_DAYS``). A follow-up dates the act it recalls by "last month" or "in
    June"; indexed at that month's first and last days only, it never found the
    incident of the day inside it that it is about."""
    return _window(item.date_lo, item.date_hi, MAX_WINDOW_DAYS + 2 * DATE_TOLERANCE.days)


class IncidentClusterer:
    """Holds incidents being built and the blocking index over them, under ``rules``."""

    def __init__(self, rules: GroupingRules | None = None) -> None:
        self.incidents: dict[str, IncidentProfile] = {}
        self._index: dict[tuple[str, bool, date], set[str]] = defaultdict(set)
        self._by_type: dict[tuple[str, bool], set[str]] = defaultdict(set)
        self._undated: dict[tuple[str, bool], set[str]] = defaultdict(set)
        self._kinds: set[str] = set()
        self._assigned: set[str] = set()
        self._by_document: dict[str, set[str]] = defaultdict(set)
        self._rules = rules if rules is not None else GroupingRules()
        self._families: dict[str, Families] = {}

    @property
    def assigned(self) -> frozenset[str]:
        """Claim ids already in an incident."""
        return frozenset(self._assigned)

    def pin(self, items: Iterable[ClaimItem]) -> set[str]:
        """Found one incident per pinned group (``GroupingRules.pins``) of the items not yet
        in one, with the id its first claim in stable order gives; returns their ids."""
        by_id = {i.claim_id: i for i in items if i.claim_id not in self._assigned}
        founded: set[str] = set()
        for group in self._rules.pins:
            present = sorted((by_id[c] for c in group if c in by_id), key=lambda i: i.sort_key)
            if len(present) < 2:
                continue
            profile = IncidentProfile(incident_id(present[0].claim_id))
            self.incidents[profile.id] = profile
            for item in present:
                self._join(profile, item)
            founded.add(profile.id)
        return founded

    def add_all(self, items: Iterable[ClaimItem]) -> set[str]:
        """Cluster new items in stable order, then merge what they brought together
        and link alike reports (``settle``); the ids of incidents created or changed."""
        items = list(items)
        touched = self.pin(items)
        for item in sorted(items, key=lambda i: i.sort_key):
            if item.claim_id not in self._assigned:
                touched.add(self.add(item))
        return self.settle(touched)

    def merge(self, touched: set[str]) -> set[str]:
        """Merge each touched incident with the candidate its members match best on
        average (``MERGE_GATE`` for a member a gate rules out, ``ANCHORED_MERGE_GATE``
        for one with its own date or town), until none qualifies; never across
        stated dates (``distinct``).

        One claim at a time, an incident can be founded by a claim that a later
        claim shows belongs with another; this pass repairs that, and keeps the id
        of the incident whose founding claim sorts first, so the result does not
        depend on the order of the pass.
        """
        changed = {i for i in touched if i in self.incidents}
        queue = sorted(changed)
        while queue:
            inc_id = queue.pop(0)
            profile = self.incidents.get(inc_id)
            if profile is None:
                continue
            other_id = self._best_merge(profile)
            if other_id is None:
                continue
            keep, drop = self._absorb(inc_id, other_id)
            changed.discard(drop)
            changed.add(keep)
            queue.append(keep)
        return changed

    def settle(self, touched: set[str]) -> set[str]:
        """Merge what the touched incidents brought together (``merge``), then link
        the main incidents of alike reports (``report_links``); the ids changed."""
        return self.link_reports(self.merge(touched))

    def link_reports(self, changed: set[str]) -> set[str]:
        """Merge main incidents of alike reports, round by round (``link_round``);
        ``changed`` with the ids of the incidents this changed."""
        changed = set(changed)
        while pairs := link_round(self.incidents, self.profile_candidates, self._apart):
            for a, b in pairs:
                keep, drop = self._absorb(a, b)
                changed.discard(drop)
                changed.add(keep)
        return changed

    def _apart(self, a: str, b: str) -> bool:
        mine = self._families.get(a, {})
        return bool(mine) and clash(mine, self._families.get(b, {}))

    def _absorb(self, a: str, b: str) -> tuple[str, str]:
        """Merge incidents ``a`` and ``b`` into the one whose founding claim sorts
        first (so the result does not depend on the order of merges); (kept, dropped)."""
        keep, drop = sorted(
            (self.incidents[a], self.incidents[b]), key=lambda p: p.members[0].sort_key
        )
        del self.incidents[drop.id]
        self._families.pop(drop.id, None)
        for item in drop.members:
            self._join(keep, item)
        return keep.id, drop.id

    def _best_merge(self, profile: IncidentProfile) -> str | None:
        candidates: set[str] = set()
        for member in profile.members:
            candidates |= self._candidates(member)
        best: tuple[float, str] | None = None
        mine = self._families.get(profile.id, {})
        for other_id in sorted(candidates - {profile.id}):
            if mine and clash(mine, self._families.get(other_id, {})):
                continue
            other = self.incidents[other_id]
            if distinct(profile, other, places=False):
                continue
            small, big = sorted((profile, other), key=lambda p: (len(p.members), p.id))
            values = [score(m, big) for m in small.members]
            mean = sum(
                (ANCHORED_MERGE_GATE if _anchored_against(m, big) else MERGE_GATE)
                if v is None
                else v
                for v, m in zip(values, small.members, strict=True)
            ) / len(values)
            if mean >= JOIN_THRESHOLD and (best is None or mean > best[0]):
                best = (mean, other_id)
        return best[1] if best else None

    def add(self, item: ClaimItem) -> str:
        """Put one item into its best incident or a new one; return that incident's id.

        A claim with no date at all (nor a dated report), with no place, or placed
        only at region or country level may be about any incident of its type there:
        such a claim joins its own report's incident if one fits (one whose toll it
        repeats first, ``_repeats_toll``), else one of another
        report only when no incident that fits it about as well (within
        ``AMBIGUITY_MARGIN``) is told apart from it by date or place (``distinct``),
        so that it never stands between two incidents that could each be its own."""
        qualifying: list[tuple[float, str]] = []
        mine = self._rules.families_of([item.claim_id])
        for inc_id in sorted(self._candidates(item)):
            if mine and clash(mine, self._families.get(inc_id, {})):
                continue
            value = score(item, self.incidents[inc_id])
            if value is not None and value >= JOIN_THRESHOLD:
                qualifying.append((value, inc_id))
        best = max(qualifying, key=lambda q: (q[0], q[1]), default=None)
        if best is not None and _vague(item):
            own = [q for q in qualifying if item.document_id in self.incidents[q[1]].documents]
            if own:
                best = max(own, key=lambda q: (_repeats_toll(item, self.incidents[q[1]]), *q))
            else:
                top = self.incidents[best[1]]
                near = (self.incidents[i] for v, i in qualifying if v > best[0] - AMBIGUITY_MARGIN)
                if any(distinct(top, other) for other in near):
                    best = None
        if best is None:
            profile = IncidentProfile(incident_id(item.claim_id))
            self.incidents[profile.id] = profile
        else:
            profile = self.incidents[best[1]]
        self._join(profile, item)
        return profile.id

    def profile_candidates(self, profile: IncidentProfile) -> set[str]:
        """Incidents that may share ``profile``'s dates, of any type, reported or
        potential (blocking for links: a preview may link to the event it expected,
        up to ``PREVIEW_REACH`` after its own dates)."""
        found: set[str] = set()
        days = _window(profile.date_lo, profile.date_hi)
        if profile.potential and profile.date_hi is not None:
            ahead = profile.date_hi + DATE_TOLERANCE
            days += [ahead + timedelta(days=n) for n in range(1, PREVIEW_REACH.days + 1)]
        for kind in sorted(self._kinds):
            for potential in (False, True):
                key = (kind, potential)
                if not days:
                    found.update(self._by_type.get(key, ()))
                    continue
                for day in days:
                    found.update(self._index.get((kind, potential, day), ()))
                found.update(self._undated.get(key, ()))
        return {i for i in found if i in self.incidents and i != profile.id}

    def _candidates(self, item: ClaimItem) -> set[str]:
        found: set[str] = set()
        for kind in sorted(self._kinds):
            key = (kind, item.potential)
            if item.date_lo is None:
                found.update(self._by_type.get(key, ()))
                continue
            for day in _looked_up(item):
                found.update(self._index.get((kind, item.potential, day), ()))
            found.update(self._undated.get(key, ()))
        found.update(self._by_document.get(item.document_id, ()))
        return {i for i in found if i in self.incidents}

    def _join(self, profile: IncidentProfile, item: ClaimItem) -> None:
        labels = self._rules.labels.get(item.claim_id)
        if labels:
            add_families(self._families.setdefault(profile.id, {}), labels)
        profile.add(item)
        self._assigned.add(item.claim_id)
        self._by_document[item.document_id].add(profile.id)
        key = (item.type, item.potential)
        self._kinds.add(item.type)
        self._by_type[key].add(profile.id)
        if profile.date_lo is None:
            self._undated[key].add(profile.id)
        else:
            for kind in profile.types:
                self._undated[(kind, profile.potential)].discard(profile.id)
        for day in _days(item):
            self._index[(item.type, item.potential, day)].add(profile.id)


def _anchored_against(item: ClaimItem, profile: IncidentProfile) -> bool:
    """A claim whose own date or located town rules out what ``profile`` anchors (its
    stated dates, its main place): if so, the incident it belongs to is ruled out
    too. A claim ruled out only by a place one member names (a background town, a
    misread name) says no more against the merge than any other gated member."""
    if item.dated and profile.has_dated and not dates_overlap(item, profile):
        return True
    main = profile.main_place()
    if item.latitude is None or item.precision != GeoPrecision.EXACT or main is None:
        return False
    return places_compatible(place_of(item), main) is False


def _repeats_toll(item: ClaimItem, profile: IncidentProfile) -> bool:
    """Whether the claim gives a toll the incident already holds exactly: a report
    that says "eleven killed" and later "the names of the eleven dead" speaks of
    one event twice, whichever of its incidents is more alike in words."""
    return bool(set(item.killed) & profile.killed or set(item.injured) & profile.injured)


def _vague(item: ClaimItem) -> bool:
    """A claim with no date, no place, or a place only at region or country level:
    it fits every incident of its kind then, or there."""
    coarse = item.precision is not None and item.precision > GeoPrecision.EXACT
    return item.date_lo is None or item.place_key is None or coarse


def claim_items(claims: Iterable[Claim], documents: dict[str, Document]) -> list[ClaimItem]:
    """The clustering features of every event claim (statements and relations dropped)."""
    contexts: dict[str, tuple[tuple[str, int], ...]] = {}
    items = []
    for claim in claims:
        document = documents.get(claim.document_id)
        if document is not None and document.id not in contexts:
            contexts[document.id] = report_words(document)
        items.append(claim_item(claim, document, contexts.get(claim.document_id, ())))
    return weigh(read_as_chosen([i for i in items if i is not None]))


def cluster(claims: Iterable[Claim], documents: dict[str, Document]) -> dict[str, list[str]]:
    """Cluster claims from scratch: incident id -> member claim ids (in stable order)."""
    clusterer = IncidentClusterer()
    clusterer.add_all(claim_items(claims, documents))
    return {
        inc_id: [m.claim_id for m in sorted(p.members, key=lambda i: i.sort_key)]
        for inc_id, p in sorted(clusterer.incidents.items())
    }
