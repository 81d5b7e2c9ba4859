"""One resolution run over the store: cluster claims, grade, save, record.

Every run that has something new clusters all stored event claims from scratch,
in their stable order (``IncidentClusterer``): the incidents are then a function
of the claims stored, whatever order the reports arrived in, so an incremental
run always equals ``full=True`` (a late report about an old event can found or
join as it would have had it come first). Clustering is the cheap part of a run;
every incident is graded again anyway, because outlet sides may have been loaded
since. Rows are rewritten only for incidents that changed, and the run is one
``resolution`` ledger entry (``full`` in it: asked for, or forced by changed
reviews; ``new_claims``: claims that were in no stored incident).

When the ledger's newest entry is the last run's own (nothing stored since), the
run reads nothing else: it is recorded as unchanged (a small entry naming the run
whose incidents it repeats) and the stored incidents are read only if the caller
asks for them, so a run with nothing new costs the same at any archive size.

``as_of=T`` answers "as known at time T": it computes from the claims stored at
or before T and writes nothing.

Analysts' reviews recorded by then (by ``as_of``) are laid over the claims and
groupings first (``review.overlay``). A run also re-clusters everything when the
reviews in effect differ from those the last run applied, because a rejection,
correction or grouping decision can change incidents already stored. The run's
ledger entry lists the seqs of the reviews it applied (``reviews``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from warledger.errors import StoreError
from warledger.grade import EvidenceBuilder, grade_incident
from warledger.model import Claim, Document, Incident, LedgerEntry
from warledger.resolve.incidents import IncidentClusterer, claim_items
from warledger.review.overlay import ReviewOverlay
from warledger.store import Store
from warledger.store.incidents import (
    LEDGER_KIND,
    claims_stored,
    kept_incidents,
    last_entry,
    record_unchanged,
    save_incidents,
    stored_members,
)
from warledger.store.outlets import stored_outlets
from warledger.store.reviews import reviews_applied_last

Progress = Callable[[str, int, int], None]
"""Called with (stage, done, total)."""


@dataclass
class ResolveResult:
    """What a run found; ``ledger_entry`` is None for as-of runs (nothing written).

    ``found`` holds the incidents with their details. A run that found nothing new
    keeps the stored incidents and leaves ``found`` None: they are read from ``kept``
    (the store) on first use of ``incidents`` or ``details``, so such a run costs a few
    small queries however large the archive, and callers that only need to know the
    run happened (the watch loop) never read them.
    """

    found: list[tuple[Incident, dict[str, Any]]] | None = field(default_factory=list)
    claims_clustered: int = 0
    new_claims: int = 0
    reviews_applied: list[int] = field(default_factory=list)
    ledger_entry: LedgerEntry | None = None
    kept: Store | None = None

    @cached_property
    def incidents(self) -> list[Incident]:
        return [incident for incident, _ in self._found()]

    @cached_property
    def details(self) -> dict[str, dict[str, Any]]:
        return {incident.id: extra for incident, extra in self._found()}

    def _found(self) -> list[tuple[Incident, dict[str, Any]]]:
        if self.found is None:
            if self.kept is None or self.ledger_entry is None:
                raise StoreError("this run kept the stored incidents but has no store to read")
            self.found = kept_incidents(self.kept, self.ledger_entry.digest)
        return self.found

    def summary(self) -> dict[str, int]:
        grades: dict[str, int] = {}
        for incident in self.incidents:
            grades[incident.grade.value] = grades.get(incident.grade.value, 0) + 1
        return {
            "event claims": self.claims_clustered,
            "newly clustered": self.new_claims,
            "incidents": len(self.incidents),
            "multi-source incidents": sum(1 for i in self.incidents if i.n_sources > 1),
            "reviews applied": len(self.reviews_applied),
            **{f"grade {k}": v for k, v in sorted(grades.items())},
        }


def resolve_incidents(
    store: Store,
    *,
    as_of: datetime | None = None,
    full: bool = False,
    progress: Progress | None = None,
) -> ResolveResult:
    """Cluster and grade stored event claims (see the module docstring for the modes)."""
    if as_of is None and not full:
        last = last_entry(store)
        if last is not None and last.kind == LEDGER_KIND:
            return _unchanged(store, last)
    overlay = ReviewOverlay.load(store, as_of)
    claims = overlay.claims(claims_stored(store, as_of))
    documents = {d.id: d for d in store.iter_documents()}
    items = claim_items(claims, documents)
    clusterer = IncidentClusterer(overlay.rules)
    incremental = (
        as_of is None and not full and reviews_applied_last(store) == list(overlay.applied)
    )
    stored = {c for ids in stored_members(store).values() for c in ids} if incremental else set()
    touched = clusterer.pin(items)
    pinned = clusterer.assigned
    ordered = sorted(items, key=lambda i: i.sort_key)
    for done, item in enumerate(ordered, start=1):
        if item.claim_id not in pinned:
            touched.add(clusterer.add(item))
        if progress and (done % 200 == 0 or done == len(ordered)):
            progress("cluster", done, len(ordered))
    clusterer.settle(touched)
    graded = _grade(store, clusterer, claims, documents, overlay, progress)
    result = ResolveResult(
        found=graded,
        claims_clustered=len(items),
        new_claims=sum(1 for i in items if i.claim_id not in stored),
        reviews_applied=list(overlay.applied),
    )
    if as_of is None:
        details = {
            "claims": len(items),
            "full": not incremental,
            "new_claims": result.new_claims,
            "reviews": result.reviews_applied,
        }
        result.ledger_entry = save_incidents(store, graded, details)
    return result


def _unchanged(store: Store, last: LedgerEntry) -> ResolveResult:
    """The stored incidents as they are (read on first use): the ledger's newest entry
    is the last run's, so no claim, document, outlet or review has been written since."""
    return ResolveResult(
        found=None,
        claims_clustered=int(str(last.details.get("claims", 0))),
        reviews_applied=[int(str(seq)) for seq in _listed(last.details.get("reviews"))],
        ledger_entry=record_unchanged(store, last),
        kept=store,
    )


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _grade(
    store: Store,
    clusterer: IncidentClusterer,
    claims: list[Claim],
    documents: dict[str, Document],
    overlay: ReviewOverlay,
    progress: Progress | None,
) -> list[tuple[Incident, dict[str, Any]]]:
    """Grade every clustered incident: the incident and its details, in incident id order."""
    builder = EvidenceBuilder(stored_outlets(store), documents)
    builder.index_accusations(claims)
    by_id = {c.id: c for c in claims}
    graded: list[tuple[Incident, dict[str, Any]]] = []
    profiles = [p for _, p in sorted(clusterer.incidents.items()) if p.members]
    for done, profile in enumerate(profiles, start=1):
        members = [by_id[m.claim_id] for m in sorted(profile.members, key=lambda i: i.sort_key)]
        evidence = builder.build(members)
        incident, toll = grade_incident(profile.id, evidence)
        reviewed = overlay.reason(incident.claim_ids)
        if reviewed:
            incident.reasons.append(reviewed)
        details = {
            "conflict": evidence.conflict,
            "accused": sorted(s.value for s in evidence.accused),
            "civilians_killed": toll.civilians_killed.model_dump(),
            "civilians_injured": toll.civilians_injured.model_dump(),
            "figures": [f.as_dict() for f in toll.figures],
        }
        graded.append((incident, details))
        if progress and (done % 200 == 0 or done == len(profiles)):
            progress("grade", done, len(profiles))
    return graded
