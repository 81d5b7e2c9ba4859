"""What grading looks at: each incident claim with its source, side and blame.

Independence (DESIGN.md, principle 4): documents of one syndication group are
one source, and so are outlets of one ``owner_group``; the two are joined
transitively (union-find), so a wire story syndicated to another owner's paper
still counts once. A source's side is its outlet's side in the incident's
conflict; when the outlet is unknown, its claimant's side (knowledge-base actor
side, else the party its name points to) stands in.

An outlet missing from the registry is still one source across its reports: its
follow-up story about the same incident repeats (or updates) its own figure and
is not a second, independent witness.

Blame is who a source says did it: the initiators of its claims in the incident
and the targets of accusations (ACCUSE) in the same documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from warledger.kb import load_kb
from warledger.kb.outlets import OutletEntry, OutletRegistry, party_keywords, side_from_name
from warledger.model import (
    ActorKind,
    ActorMention,
    Claim,
    Document,
    Event,
    PloverType,
    Side,
    Stance,
)

PARTY_SIDES = frozenset({Side.PARTY_A, Side.PARTY_B})
# Event types someone can be blamed for; the initiators of an agreement or a
# meeting are its parties, not its culprits.
HARM_TYPES = frozenset({PloverType.ASSAULT, PloverType.COERCE, PloverType.THREATEN})
_PARTY_ACTOR_KINDS = frozenset(
    {ActorKind.STATE, ActorKind.STATE_FORCE, ActorKind.ARMED_GROUP, ActorKind.PROXY}
)


@dataclass(frozen=True)
class SourceClaim:
    """One member claim as grading sees it."""

    claim: Claim
    document: Document | None
    outlet: OutletEntry | None
    source: str
    side: Side
    speaker_side: Side
    party_speaker: bool
    blamed: frozenset[Side]


@dataclass
class Evidence:
    """All member claims of one incident, with the conflict they were judged in."""

    conflict: str | None
    claims: list[SourceClaim] = field(default_factory=list)

    @property
    def sources(self) -> dict[str, list[SourceClaim]]:
        out: dict[str, list[SourceClaim]] = {}
        for item in self.claims:
            out.setdefault(item.source, []).append(item)
        return dict(sorted(out.items()))

    def source_side(self, claims: list[SourceClaim]) -> Side:
        sides = {c.side for c in claims} - {Side.UNKNOWN}
        return sides.pop() if len(sides) == 1 else Side.UNKNOWN

    @property
    def sides(self) -> list[Side]:
        """Sides reporting, one per independent source's side (sorted, unknown last)."""
        found = {self.source_side(c) for c in self.sources.values()}
        return sorted(found, key=lambda s: (s == Side.UNKNOWN, s.value))

    @property
    def accused(self) -> frozenset[Side]:
        """The party most blamed by the sources (both when equally blamed)."""
        counts: Counter[Side] = Counter()
        for claims in self.sources.values():
            for side in frozenset().union(*(c.blamed for c in claims)):
                counts[side] += 1
        if not counts:
            return frozenset()
        top = max(counts.values())
        return frozenset(s for s, n in counts.items() if n == top)


class _Sources:
    """Union-find over syndication groups and owner groups."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def choose_conflict(outlets: list[OutletEntry | None]) -> str | None:
    """The conflict most of the incident's outlets take a side in."""
    counts: Counter[str] = Counter()
    for outlet in outlets:
        if outlet is not None:
            counts.update(list(outlet.side))
    if not counts:
        return None
    top = max(counts.values())
    return min(c for c, n in counts.items() if n == top)


class EvidenceBuilder:
    """Builds ``Evidence`` for incidents; holds the outlet registry and knowledge base."""

    def __init__(self, registry: OutletRegistry, documents: dict[str, Document]) -> None:
        self.registry = registry
        self.documents = documents
        self.kb = load_kb()
        self._accusations: dict[str, list[ActorMention]] = {}

    def index_accusations(self, claims: list[Claim]) -> None:
        """Remember the targets of every ACCUSE claim, by document."""
        for claim in claims:
            event = claim.proposition
            if isinstance(event, Event) and event.type == PloverType.ACCUSE and not event.negated:
                self._accusations.setdefault(claim.document_id, []).extend(event.targets)

    def outlet_of(self, document: Document | None) -> OutletEntry | None:
        if document is None:
            return None
        return self.registry.find(document.outlet, document.url)

    def actor_side(self, mention: ActorMention | None, conflict: str | None) -> Side:
        if mention is None or conflict is None:
            return Side.UNKNOWN
        actor = self.kb.actor(mention.actor_id) if mention.actor_id else None
        if actor is not None and conflict in actor.side:
            return actor.side[conflict]
        parties = self.registry.conflicts.get(conflict)
        return side_from_name(mention.name, party_keywords(parties)) if parties else Side.UNKNOWN

    def _is_party_actor(self, mention: ActorMention | None, side: Side) -> bool:
        if mention is None or side not in PARTY_SIDES:
            return False
        actor = self.kb.actor(mention.actor_id) if mention.actor_id else None
        return actor is None or actor.kind in _PARTY_ACTOR_KINDS

    def build(self, claims: list[Claim]) -> Evidence:
        docs = [self.documents.get(c.document_id) for c in claims]
        outlets = [self.outlet_of(d) for d in docs]
        conflict = choose_conflict(outlets)
        union = _Sources()
        for claim, doc, outlet in zip(claims, docs, outlets, strict=True):
            group = f"syn:{(doc.syndication_group if doc else None) or claim.document_id}"
            union.union(group, _owner(claim, doc, outlet))
        evidence = Evidence(conflict)
        for claim, doc, outlet in zip(claims, docs, outlets, strict=True):
            claimant_side = self.actor_side(claim.claimant, conflict)
            outlet_side = outlet.side_in(conflict) if outlet else Side.UNKNOWN
            side = outlet_side if outlet_side != Side.UNKNOWN else claimant_side
            speaker = claimant_side if claimant_side in PARTY_SIDES else outlet_side
            party_outlet = outlet is not None and outlet.is_party_outlet
            evidence.claims.append(
                SourceClaim(
                    claim=claim,
                    document=doc,
                    outlet=outlet,
                    source=union.find(
                        f"syn:{(doc.syndication_group if doc else None) or claim.document_id}"
                    ),
                    side=side,
                    speaker_side=speaker,
                    party_speaker=party_outlet
                    or (outlet is None and self._is_party_actor(claim.claimant, claimant_side)),
                    blamed=self._blamed(claim, conflict),
                )
            )
        return evidence

    def _blamed(self, claim: Claim, conflict: str | None) -> frozenset[Side]:
        event = claim.proposition
        if not isinstance(event, Event) or event.type not in HARM_TYPES:
            return frozenset()
        asserted = not event.negated and claim.stance != Stance.DENIED
        mentions = list(event.initiators) if asserted else []
        mentions += self._accusations.get(claim.document_id, [])
        sides = {self.actor_side(m, conflict) for m in mentions}
        return frozenset(sides & PARTY_SIDES)


def _owner(claim: Claim, doc: Document | None, outlet: OutletEntry | None) -> str:
    """Who stands behind a claim: the registered outlet's owner group, else the
    outlet's name as the document gives it, else the document itself."""
    if outlet is not None:
        return f"own:{outlet.source_key}"
    if doc is not None and doc.outlet and doc.outlet.strip():
        return f"name:{doc.outlet.strip().casefold()}"
    return f"doc:{claim.document_id}"
