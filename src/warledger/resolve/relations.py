"""Relation claims merged into a time-aware graph (an actor's activities: ``activities``).

An edge is (subject, predicate, object) between *canonical* actors (``ActorIndex``),
so "Liwa al-Fajr" and "al-Fajr Brigade" are one node once merged. The edge keeps
every claim behind it - who says so, in which outlet, when, with which stance
and the words - because a proxy relationship is only ever as good as its
sources. A denial stays on the edge as a denial: it is never counted as support.

Two times are kept apart, as in a bitemporal table:

* record time: a claim counts "as known at T" if it was stored at or before T
  (``claims.stored_at``); the graph is built for one ``as_of``;
* valid time: when the relation held. A claim's period is its ``valid_from`` ..
  ``valid_to``; a missing end is the day it was said (the relation is reported
  to hold at least until then), and a claim with no valid time at all is dated
  by when it was said or, failing that, its document's publication date. An
  edge's period spans its supporting claims (all claims if none supports it).

Analysts' reviews recorded by ``as_of`` apply (``review.overlay``): a rejected
claim is on no edge and in no activity, a corrected event claim is shown as
corrected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from warledger.kb import normalize_alias
from warledger.model import ActorKind, ActorMention, Event, PlaceMention, Relation, Stance
from warledger.resolve.actors import ActorIndex
from warledger.review.overlay import ReviewOverlay
from warledger.store import Store
from warledger.store.actors import StoredClaim, stored_claims

Period = tuple[date | None, date | None]
"""A closed date interval; None at either end means open on that side."""


@dataclass(frozen=True)
class Source:
    """One claim as a source: who said it, where, when, how (stance) and in which words."""

    claim_id: str
    document_id: str
    claimant: str
    claimant_id: str | None
    own_voice: bool
    outlet: str | None
    said_at: date | None
    stance: Stance
    evidence: str
    stored_at: datetime
    start: date | None
    end: date | None
    dated_as: str | None = None
    """The words that date the claim ("On October 6"), kept for a reader when they name
    no day the ledger can resolve (a text with no publication date to count from)."""

    def overlaps(self, period: Period) -> bool:
        """Whether this claim's valid time meets ``period`` (undated claims never do)."""
        if self.start is None and self.end is None:
            return False
        lo, hi = period
        start, end = self.start or self.end, self.end or self.start
        assert start is not None and end is not None
        return (hi is None or start <= hi) and (lo is None or end >= lo)


@dataclass
class RelationEdge:
    """Everything claimed about one (subject, predicate, object)."""

    subject_id: str
    predicate: str
    object_id: str
    subject_name: str
    object_name: str
    sources: list[Source] = field(default_factory=list)

    @property
    def supporting(self) -> list[Source]:
        return [s for s in self.sources if s.stance == Stance.ASSERTED]

    @property
    def denying(self) -> list[Source]:
        return [s for s in self.sources if s.stance == Stance.DENIED]

    @property
    def status(self) -> str:
        """asserted, denied, contested (both) or unconfirmed (only threats, plans, questions)."""
        if self.supporting and self.denying:
            return "contested"
        if self.supporting:
            return "asserted"
        return "denied" if self.denying else "unconfirmed"

    @property
    def period(self) -> Period:
        basis = self.supporting or self.sources
        starts = [d for s in basis for d in (s.start, s.end) if d is not None]
        return (min(starts), max(starts)) if starts else (None, None)


def source_of(stored: StoredClaim, index: ActorIndex) -> Source:
    """``stored`` as a source: claimant, outlet, stance, words and valid time."""
    claim = stored.claim
    prop = claim.proposition
    said = claim.said_at or stored.published_on
    start = end = None
    words = None
    if isinstance(prop, Relation):
        start, end = prop.valid_from, prop.valid_to
        words = prop.dated_by.span.text if prop.dated_by else None
    elif isinstance(prop, Event) and prop.date is not None:
        start, end = prop.date.start, prop.date.end
        words = prop.date.span.text
    if start is None and end is None:
        start = end = said
    elif end is None:
        end = max(start, said) if start and said else start
    return Source(
        claim_id=claim.id,
        document_id=claim.document_id,
        claimant=claim.claimant_label(
            stored.outlet, claim.cue.text if claim.cue else "unattributed"
        ),
        claimant_id=resolve_mention(claim.claimant, index) if claim.claimant else None,
        own_voice=claim.claimant is None and claim.claimant_is_outlet,
        outlet=stored.outlet,
        said_at=said,
        stance=claim.stance,
        evidence=claim.content.text,
        stored_at=stored.stored_at,
        start=start,
        end=end,
        dated_as=words,
    )


def reviewed_claims(store: Store, as_of: datetime | None, kind: str) -> Iterator[StoredClaim]:
    """``stored_claims`` of ``kind`` with the reviews recorded by ``as_of`` laid over them."""
    overlay = ReviewOverlay.load(store, as_of)
    for stored in stored_claims(store, as_of, kind=kind):
        claim = overlay.claim(stored.claim)
        if claim is not None:
            yield stored if claim is stored.claim else replace(stored, claim=claim)


def resolve_mention(mention: ActorMention, index: ActorIndex) -> str:
    """The canonical id of a mention; an unlinked one by its knowledge-base alias, else by
    its normalised words (``name:<words>``), so it still forms one node."""
    if mention.actor_id:
        return index.canonical(mention.actor_id)
    actor = index.kb.lookup(mention.name)
    if actor is not None:
        return index.canonical(actor.id)
    return f"name:{normalize_alias(mention.name)}"


def resolve_place(place: PlaceMention, index: ActorIndex) -> tuple[str, str]:
    """The node and name of a place a relation leads to: the state the knowledge base
    knows by the place's words or gazetteer name, so that fighters sent "to
    Nagorno-Karabakh" reach the same node as the claims that name it "Artsakh" (one
    actor, aliases of each other); else the place itself, by its gazetteer name."""
    name = place.place.name if place.place else place.span.text
    for words in (place.span.text, name):
        actor = index.kb.lookup(words)
        if actor is not None and actor.kind is ActorKind.STATE:
            canonical = index.canonical(actor.id)
            return canonical, index.actor(canonical).name
    return f"place:{normalize_alias(name)}", name


class RelationGraph:
    """Relation claims stored at or before ``as_of``, merged into edges between canonical
    actors. Build with ``RelationGraph.build``."""

    def __init__(self, edges: Iterable[RelationEdge]) -> None:
        self.edges = {(e.subject_id, e.predicate, e.object_id): e for e in edges}

    @classmethod
    def build(cls, store: Store, index: ActorIndex, as_of: datetime | None = None) -> RelationGraph:
        edges: dict[tuple[str, str, str], RelationEdge] = {}
        for stored in reviewed_claims(store, as_of, kind="relation"):
            prop = stored.claim.proposition
            assert isinstance(prop, Relation)
            subject_id = resolve_mention(prop.subject, index)
            if prop.object is not None:
                object_id = resolve_mention(prop.object, index)
                object_name = prop.object.name
            elif prop.object_place is not None:
                object_id, object_name = resolve_place(prop.object_place, index)
            else:
                continue
            key = (subject_id, prop.predicate.value, object_id)
            if key not in edges:
                edges[key] = RelationEdge(
                    subject_id,
                    prop.predicate.value,
                    object_id,
                    _display(subject_id, prop.subject.name, index),
                    _display(object_id, object_name, index),
                )
            edges[key].sources.append(source_of(stored, index))
        return cls(edges.values())

    def select(
        self, valid_in: Period | None = None, predicate: str | None = None
    ) -> list[RelationEdge]:
        """Every edge, strongest first; with ``predicate``, only edges of it; with
        ``valid_in``, only the claims whose valid time meets that period (an edge left
        with none is dropped)."""
        out = []
        for edge in self.edges.values():
            if predicate is not None and edge.predicate != predicate:
                continue
            if valid_in is not None:
                kept = [s for s in edge.sources if s.overlaps(valid_in)]
                if not kept:
                    continue
                edge = RelationEdge(
                    edge.subject_id,
                    edge.predicate,
                    edge.object_id,
                    edge.subject_name,
                    edge.object_name,
                    kept,
                )
            out.append(edge)
        return sorted(
            out,
            key=lambda e: (-len(e.supporting), e.predicate, e.subject_name, e.object_name),
        )

    def relations_of(
        self, actor_id: str, valid_in: Period | None = None, predicate: str | None = None
    ) -> list[RelationEdge]:
        """``select``'s edges with ``actor_id`` (canonical) as subject or object."""
        return [
            e for e in self.select(valid_in, predicate) if actor_id in (e.subject_id, e.object_id)
        ]


def _display(actor_id: str, fallback: str, index: ActorIndex) -> str:
    if actor_id.startswith(("name:", "place:")):
        return fallback
    return index.actor(actor_id).name
