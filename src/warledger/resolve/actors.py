"""Actor resolution across documents: which actor ids in stored claims are one actor.

Extraction links each mention on its own: a curated actor gets its knowledge-base
id, anything else a discovered id ``new:<slug>`` of its words. Across documents
the same group then shows up under several discovered ids ("Jaysh al-Izza",
"Jaish al-Izzah", "al-Izza Army"), or under a discovered id for a curated group.

``propose_merges`` reads every stored mention and proposes merges where the
evidence agrees (``resolve.evidence``: names, kinds, countries), so "Tal Hamra
Division" and "Tal Hamra Brigade" stay apart and a bare "Tal Hamra" joins
neither. Two curated actors are never merged: the knowledge base decides those
("Islamic State" vs "Islamic State of Iraq").

A merge takes effect only once it is a ledger entry (``record_merges``), so what
was merged, why and since when is auditable, and ``ActorIndex.load(as_of=T)``
reproduces resolution as known at T. A review rejecting a merge (``Review`` with
``target_kind="actor_merge"``) undoes it, and its two ids are kept apart by later
proposals too.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process

from warledger.kb import KnowledgeBase, load_kb, normalize_alias
from warledger.model import DISCOVERED_PREFIX, Actor, ActorKind, LedgerEntry
from warledger.resolve.evidence import (
    KbKeys,
    Seen,
    discovered_edges,
    link_to_kb,
    seen_actors,
    short_form_edges,
)
from warledger.resolve.names import name_key
from warledger.store import Store
from warledger.store import actors as actor_store

FIND_CUTOFF = 85.0
"""rapidfuzz ``WRatio`` a looked-up name must reach to be offered as a candidate."""
FIND_MARGIN = 5.0
"""Candidates scoring this much below the best one are not offered."""


@dataclass(frozen=True)
class ActorMerge:
    """One proposed merge: ``merged_id`` is the same actor as ``canonical_id``."""

    merged_id: str
    canonical_id: str
    reason: str

    @property
    def id(self) -> str:
        key = f"actor_merge:{self.merged_id}->{self.canonical_id}"
        return hashlib.sha256(key.encode()).hexdigest()[:24]

    def details(self) -> dict[str, Any]:
        return {"merged": [self.merged_id], "canonical": self.canonical_id, "reason": self.reason}


class _Clusters:
    """Union-find where two KB actors (unless ``allow_curated``), or two ids a review kept
    apart, never join."""

    def __init__(self, kept_apart: set[frozenset[str]], allow_curated: bool = False) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.kept_apart = kept_apart
        self.allow_curated = allow_curated
        self.reasons: dict[str, str] = {}

    def root(self, item: str) -> str:
        self.parent.setdefault(item, item)
        self.members.setdefault(item, {item})
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str, reason: str) -> bool:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return False
        left, right = self.members[ra], self.members[rb]
        curated = {m for m in left | right if not m.startswith(DISCOVERED_PREFIX)}
        if (len(curated) > 1 and not self.allow_curated) or any(
            frozenset((x, y)) in self.kept_apart for x in left for y in right
        ):
            return False
        self.parent[rb] = ra
        self.members[ra] = left | right
        del self.members[rb]
        for item in (a, b):
            self.reasons.setdefault(item, reason)
        return True


def propose_merges(
    store: Store, kb: KnowledgeBase | None = None, as_of: datetime | None = None
) -> list[ActorMerge]:
    """The merges the claims stored at or before ``as_of`` support, rejected ones excepted.

    Deterministic for a given set of claims and reviews, whatever order they were stored in.
    """
    kb = kb or load_kb()
    claims = (stored.claim for stored in actor_store.stored_claims(store, as_of))
    seen = seen_actors(claims)
    rejected = actor_store.rejected_merges(store, as_of)
    recorded = actor_store.recorded_merges(store, as_of)
    kept_apart = {
        frozenset((str(entry.details["merged"][0]), str(entry.details["canonical"])))
        for entry in recorded
        if entry.subject_id in rejected
    }
    standing = {str(e.details["canonical"]) for e in recorded if e.subject_id not in rejected}
    clusters = _Clusters(kept_apart)
    discovered = {i: name_key(s.name) for i, s in seen.items() if i.startswith(DISCOVERED_PREFIX)}
    kb_keys = KbKeys.build(kb)
    for actor_id in sorted(discovered):
        curated, reason = link_to_kb(seen[actor_id], discovered[actor_id], kb, kb_keys)
        if curated:
            clusters.join(curated, actor_id, reason)
    edges = [*discovered_edges(seen, discovered, kb_keys), *short_form_edges(seen, discovered)]
    for a, b, reason in edges:
        clusters.join(a, b, f"{seen[a].name!r} ~ {seen[b].name!r}: {reason}")
    merges = []
    for members in clusters.members.values():
        if len(members) < 2:
            continue
        canonical = _canonical(members, seen, standing)
        merges += [
            ActorMerge(member, canonical, clusters.reasons[member])
            for member in sorted(members - {canonical})
        ]
    return sorted(merges, key=lambda m: (m.canonical_id, m.merged_id))


def _canonical(members: set[str], seen: dict[str, Seen], standing: set[str]) -> str:
    """The curated id if there is one; else the id already canonical in recorded merges, so
    the ledger does not flip as evidence grows; else a full name (not a surname or
    acronym) seen in most documents."""
    curated = [m for m in members if not m.startswith(DISCOVERED_PREFIX)]
    if curated:
        return curated[0]
    return min(
        members,
        key=lambda m: (
            m not in standing,
            len(seen[m].name.split()) < 2,
            -len(seen[m].documents),
            -len(seen[m].claims),
            m,
        ),
    )


def record_merges(store: Store, merges: Iterable[ActorMerge]) -> list[LedgerEntry]:
    """Write each merge not recorded yet as an ``actor_merge`` ledger entry."""
    return actor_store.append_merges(store, [(m.id, m.details()) for m in merges])


def resolve_actors(store: Store, kb: KnowledgeBase | None = None) -> list[LedgerEntry]:
    """Propose and record merges for everything stored, then rewrite the ``actors`` and
    ``actor_aliases`` tables from the result. Returns the new ledger entries."""
    kb = kb or load_kb()
    entries = record_merges(store, propose_merges(store, kb))
    index = ActorIndex.load(store, kb=kb)
    actor_store.replace_actors(store, [index.actor(i) for i in sorted(index.seen_canonical())])
    return entries


def _components(merges: list[MergeApplied]) -> dict[str, str]:
    """Each merged id -> the canonical id of its group. Merges chain ("a" into "b", later "b"
    into "c"), so ids are grouped transitively; a group's canonical id is the one its most
    recent merge names, which also settles a canonical id that changed as evidence grew."""
    clusters = _Clusters(set(), allow_curated=True)
    for merge in merges:
        clusters.join(merge.merged_id, merge.canonical_id, merge.reason)
    latest = {clusters.root(m.merged_id): m.canonical_id for m in merges}
    return {
        member: latest[root]
        for root, members in clusters.members.items()
        if root in latest
        for member in members
        if member != latest[root]
    }


@dataclass(frozen=True)
class MergeApplied:
    """A recorded merge in effect: its ledger entry id and why it was made."""

    merge_id: str
    merged_id: str
    canonical_id: str
    reason: str


class ActorIndex:
    """Canonical actors as known at one time: knowledge base + recorded, unrejected merges."""

    def __init__(self, kb: KnowledgeBase, seen: dict[str, Seen], merges: list[MergeApplied]):
        self.kb = kb
        self.seen = seen
        self.merges = merges
        self._canonical = _components(merges)
        self._members: dict[str, set[str]] = defaultdict(set)
        for actor_id in {*seen, *kb.by_id}:
            self._members[self.canonical(actor_id)].add(actor_id)

    @classmethod
    def load(
        cls, store: Store, as_of: datetime | None = None, kb: KnowledgeBase | None = None
    ) -> ActorIndex:
        kb = kb or load_kb()
        claims = (stored.claim for stored in actor_store.stored_claims(store, as_of))
        rejected = actor_store.rejected_merges(store, as_of)
        merges = [
            MergeApplied(
                entry.subject_id,
                str(entry.details["merged"][0]),
                str(entry.details["canonical"]),
                str(entry.details.get("reason", "")),
            )
            for entry in actor_store.recorded_merges(store, as_of)
            if entry.subject_id not in rejected
        ]
        return cls(kb, seen_actors(claims), merges)

    def canonical(self, actor_id: str) -> str:
        """The id ``actor_id`` resolves to (itself if never merged)."""
        return self._canonical.get(actor_id, actor_id)

    def members(self, canonical_id: str) -> set[str]:
        return set(self._members.get(canonical_id, {canonical_id}))

    def seen_canonical(self) -> set[str]:
        """Canonical ids of every actor some stored claim mentions."""
        return {self.canonical(i) for i in self.seen}

    def claim_count(self, canonical_id: str) -> int:
        return len(
            set().union(
                *(self.seen[m].claims for m in self.members(canonical_id) if m in self.seen)
            )
        )

    def actor(self, canonical_id: str) -> Actor:
        """The canonical actor with every name its members were seen under as aliases."""
        members = self.members(canonical_id)
        names = Counter[str]()
        for member in members:
            if member in self.seen:
                names.update(self.seen[member].names)
        base = self.kb.actor(canonical_id)
        if base is None:
            seen = self.seen.get(canonical_id)
            kinds = Counter[ActorKind]()
            countries = Counter[str]()
            for member in members & set(self.seen):
                kinds.update(self.seen[member].kinds)
                countries.update(self.seen[member].countries)
            merged = Seen(canonical_id, names, kinds, countries)
            base = Actor(
                id=canonical_id,
                name=seen.name if seen else merged.name,
                kind=merged.kind,
                country=merged.country,
                discovered=True,
            )
        known = {normalize_alias(a) for a in [base.name, *base.aliases]}
        extra = [n for n, _ in names.most_common() if normalize_alias(n) not in known]
        extra = list(dict.fromkeys(extra))
        return base.model_copy(update={"aliases": [*base.aliases, *extra]})

    def top(self, limit: int) -> list[tuple[Actor, int]]:
        """The actors most claims mention, with their claim counts."""
        counted = sorted(
            ((self.claim_count(i), i) for i in self.seen_canonical()), key=lambda x: (-x[0], x[1])
        )
        return [(self.actor(i), n) for n, i in counted[:limit]]

    def find(self, name: str) -> list[Actor]:
        """Actors ``name`` may denote, best first: the one a knowledge-base name or alias
        names, else those a name or alias (also as seen in text) matches exactly, else fuzzy
        candidates (actors mentioned in claims before curated ones unseen)."""
        wanted = normalize_alias(name)
        if not wanted:
            return []
        names: list[tuple[str, str]] = []
        for canonical_id in sorted(self.seen_canonical() | set(self.kb.by_id)):
            actor = self.actor(canonical_id)
            names += [(normalize_alias(n), canonical_id) for n in [actor.name, *actor.aliases]]
            names.append((canonical_id.lower(), canonical_id))
        exact = sorted({i for n, i in names if n == wanted})
        curated = [i for i in exact if (a := self.kb.actor(i)) and self.kb.lookup(name) == a]
        if len(curated) == 1:  # the knowledge base's own name beats a name seen in text
            return [self.actor(curated[0])]
        if exact:
            return [self.actor(i) for i in exact]
        hits = process.extract(
            wanted, [n for n, _ in names], scorer=fuzz.WRatio, score_cutoff=FIND_CUTOFF, limit=50
        )
        ranked: dict[str, float] = {}
        for _, score, pos in hits:
            actor_id = names[pos][1]
            ranked[actor_id] = max(ranked.get(actor_id, 0.0), score)
        best = max(ranked.values(), default=0.0)
        seen = self.seen_canonical()
        order = sorted(
            (i for i in ranked if ranked[i] >= best - FIND_MARGIN),
            key=lambda i: (-ranked[i], i not in seen, i),
        )
        return [self.actor(i) for i in order[:10]]
