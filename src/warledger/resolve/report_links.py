"""Report linking: reports about one event put their main incidents together.

Claim by claim, two reports of one event are often kept apart: each codes the
act in its own words and types, names its own background places, and an undated
report gives no day to meet on. What they do share is their particulars (the
names, places and details of their title and lead), and a report is mostly about
one event, its *main incident*: the incident holding most of its reported
(not potential) claims, ties going to the one told first in the report.

After claims are clustered and incidents merged, the main incidents of reports
whose leads are alike are merged: on average, a report of one and a report of
the other must reach ``LINK_SIMILARITY`` (cosine of their TF-IDF lead vectors,
``ClaimItem.report``). Background events a report recalls (a former coach's
earlier firing, last year's attack) are not its main incident, so they neither
link reports nor are linked. What tells incidents apart still does: stated dates
that do not overlap, main places (``IncidentProfile.main_place``) that cannot be
one, a reported act against a potential one,
and incidents of different event types unless the reports are alike enough
(``LINK_CROSS_TYPE_SIMILARITY``) to be coding one act two ways.

Linking goes in rounds: in each, the pairs that qualify are taken from the most
alike down, each incident at most once; main incidents are then found again.
Everything is taken sorted, so the result depends only on the incidents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from warledger.resolve.incident_score import IncidentProfile, distinct

# Average lead similarity of two incidents' main reports for them to be linked:
# reports of one event share its names and places far above what two events of
# a kind share (their typical cosine is a third of this or less).
LINK_SIMILARITY = 0.15
# Main incidents of different event types are linked only for reports this alike.
LINK_CROSS_TYPE_SIMILARITY = 0.3

Vector = dict[str, float]


def main_reports(incidents: Mapping[str, IncidentProfile]) -> dict[str, set[str]]:
    """Incident id -> the reports (document ids) it is the main incident of."""
    counts: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for inc_id, profile in incidents.items():
        for member in profile.members:
            if member.potential:
                continue
            n, first = counts[member.document_id].get(inc_id, (0, member.span[0]))
            counts[member.document_id][inc_id] = (n + 1, min(first, member.span[0]))
    mains: dict[str, set[str]] = defaultdict(set)
    for document_id, found in counts.items():
        inc_id = min(found, key=lambda i: (-found[i][0], found[i][1], i))
        mains[inc_id].add(document_id)
    return dict(mains)


def report_sum(profile: IncidentProfile, documents: set[str]) -> Vector:
    """The sum of the lead vectors of ``documents`` (reports of ``profile``)."""
    total: Vector = {}
    seen: set[str] = set()
    for member in profile.members:
        if member.document_id in documents and member.document_id not in seen:
            seen.add(member.document_id)
            for word, weight in member.report:
                total[word] = total.get(word, 0.0) + weight
    return total


def linkable(a: IncidentProfile, b: IncidentProfile, alike: float) -> bool:
    """Whether two main incidents with reports ``alike`` may be one (module docstring)."""
    if a.potential != b.potential or alike < LINK_SIMILARITY:
        return False
    if distinct(a, b):
        return False
    return bool(a.types.keys() & b.types.keys()) or alike >= LINK_CROSS_TYPE_SIMILARITY


def link_round(
    incidents: Mapping[str, IncidentProfile],
    candidates: Callable[[IncidentProfile], set[str]],
    apart: Callable[[str, str], bool],
) -> list[tuple[str, str]]:
    """One round's pairs of incident ids to merge, most alike first, each incident
    at most once. ``candidates`` blocks (incidents that may share dates and type);
    ``apart`` says when analysts' decisions keep two incidents apart."""
    mains = main_reports(incidents)
    sums = {i: report_sum(incidents[i], docs) for i, docs in mains.items()}
    found: list[tuple[float, str, str]] = []
    for a in sorted(mains):
        for b in sorted(candidates(incidents[a]) & mains.keys()):
            if b <= a or apart(a, b):
                continue
            small, big = sorted((sums[a], sums[b]), key=len)
            dot = sum(weight * big.get(word, 0.0) for word, weight in small.items())
            alike = dot / (len(mains[a]) * len(mains[b]))
            if linkable(incidents[a], incidents[b], alike):
                found.append((alike, a, b))
    pairs: list[tuple[str, str]] = []
    used: set[str] = set()
    for _, a, b in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        if a not in used and b not in used:
            used.update((a, b))
            pairs.append((a, b))
    return pairs
