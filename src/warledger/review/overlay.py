"""What analysts' reviews change in resolution, computed from the ledger, never written back.

Stored claims are evidence as extracted and stay exactly as recorded (``verify``
keeps checking them). Each resolution run, as-of query and relation view reads
the latest review of every claim and incident grouping recorded at or before its
``as_of`` (``store.reviews.latest_decisions``) and lays them over the claims:

* a claim whose latest review is **reject** is left out: no incident, grade,
  casualty range, relation edge or activity counts it;
* **correct** replaces the claim by a *copy* with the corrected fields: event
  type, mode, place (by name, without coordinates), date (that day), killed or
  injured (one figure, low = high = the analyst's number, for the group the
  claim's own figures gave if they agreed on one, else "unknown");
* **accept** leaves the claim as it is (the decision is recorded and shown).

An incident whose claims were accepted or corrected, or whose grouping was
accepted, gets a last grading reason saying so (``reason``), so a reader of the
casualty range knows an analyst's figure is in it.

A correction that does not pass ``store.review_corrections.check_correction`` (one recorded
before reviews were checked) is skipped rather than failing the run.

Incident reviews become ``GroupingRules`` for clustering. Actor resolution still
reads every claim: a rejected claim is wrong about what happened, not about what
a group is called.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from warledger.errors import ReviewError
from warledger.model import (
    CasualtyFigure,
    Claim,
    DateMention,
    DatePrecision,
    Event,
    Place,
    PlaceMention,
    PloverType,
    ReviewAction,
)
from warledger.review.grouping import GroupingRules
from warledger.store import Store
from warledger.store.review_corrections import check_correction
from warledger.store.reviews import RecordedReview, latest_decisions


@dataclass(frozen=True)
class ReviewOverlay:
    """The reviews in effect at one time: rejected claim ids, corrections by claim id,
    grouping rules, and the ledger seqs of every review that was applied."""

    rejected: frozenset[str] = frozenset()
    accepted: frozenset[str] = frozenset()
    corrections: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    rules: GroupingRules = field(default_factory=GroupingRules)
    applied: tuple[int, ...] = ()

    @classmethod
    def load(cls, store: Store, as_of: datetime | None = None) -> ReviewOverlay:
        """The latest review of each claim and incident recorded at or before ``as_of``."""
        claims = latest_decisions(store, "claim", as_of)
        groupings = latest_decisions(store, "incident", as_of)
        return cls(
            rejected=frozenset(
                i for i, r in claims.items() if r.review.action == ReviewAction.REJECT
            ),
            accepted=frozenset(
                i for i, r in claims.items() if r.review.action == ReviewAction.ACCEPT
            ),
            corrections={
                i: dict(r.review.correction)
                for i, r in claims.items()
                if r.review.action == ReviewAction.CORRECT and _well_formed(r)
            },
            rules=GroupingRules.from_decisions(groupings.values()),
            applied=tuple(sorted(r.seq for r in [*claims.values(), *groupings.values()])),
        )

    def claim(self, claim: Claim) -> Claim | None:
        """The claim as reviewed: None if rejected, a corrected copy, or itself."""
        if claim.id in self.rejected:
            return None
        correction = self.corrections.get(claim.id)
        return corrected(claim, correction) if correction else claim

    def reason(self, claim_ids: Iterable[str]) -> str | None:
        """What analysts decided about an incident's claims, as a grading reason."""
        ids = set(claim_ids)
        parts = []
        accepted = len(ids & self.accepted)
        if accepted:
            parts.append(f"{accepted} claim{'s' if accepted > 1 else ''} accepted")
        fixed = sorted(ids & set(self.corrections))
        if fixed:
            fields = sorted({f for i in fixed for f in self.corrections[i]})
            plural = "s" if len(fixed) > 1 else ""
            parts.append(f"{len(fixed)} claim{plural} corrected ({', '.join(fields)})")
        if any(set(group) <= ids for group in self.rules.pins):
            parts.append("grouping accepted")
        return "analyst review: " + "; ".join(parts) if parts else None

    def claims(self, claims: Iterable[Claim]) -> list[Claim]:
        """The claims as reviewed, rejected ones left out, in their order."""
        out = []
        for claim in claims:
            reviewed = self.claim(claim)
            if reviewed is not None:
                out.append(reviewed)
        return out


def _well_formed(recorded: RecordedReview) -> bool:
    try:
        check_correction("claim", recorded.review.correction)
    except ReviewError:
        return False
    return True


def corrected(claim: Claim, correction: Mapping[str, object]) -> Claim:
    """A copy of an event claim with the corrected fields (see the module docstring); the
    evidence spans kept are those of the words corrected, else the claim's content."""
    event = claim.proposition
    if not isinstance(event, Event):
        return claim
    update: dict[str, object] = {}
    if "event_type" in correction:
        update["type"] = PloverType(str(correction["event_type"]))
    if "mode" in correction:
        update["mode"] = str(correction["mode"]).strip()
    if "place" in correction:
        span = event.place.span if event.place else claim.content
        name = str(correction["place"]).strip()
        update["place"] = PlaceMention(span=span, place=Place(name=name), score=1.0)
    if "date" in correction:
        day = date.fromisoformat(str(correction["date"]))
        span = event.date.span if event.date else claim.content
        update["date"] = DateMention(span=span, start=day, end=day, precision=DatePrecision.DAY)
    figures = list(event.casualties)
    for kind in ("killed", "injured"):
        value = correction.get(kind)
        if not isinstance(value, int):
            continue
        own = [f for f in figures if f.kind == kind]
        groups = {f.group for f in own}
        figures = [f for f in figures if f.kind != kind]
        figures.append(
            CasualtyFigure(
                span=own[0].span if own else claim.content,
                kind=kind,
                group=groups.pop() if len(groups) == 1 else "unknown",
                low=value,
                high=value,
            )
        )
    update["casualties"] = figures
    return claim.model_copy(update={"proposition": event.model_copy(update=update)})
