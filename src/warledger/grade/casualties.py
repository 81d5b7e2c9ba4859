"""Casualty ranges per incident, in the spirit of UCDP GED, every source's figure kept.

Only the incident's own figures count. A figure that is a running total over a
period or a whole conflict ("the war has killed 200,000", "this year's toll",
a claim dated across more than a month) is kept and shown, marked
``cumulative``, but is not this incident's toll (UCDP codes the event, not the
war): ``cumulative`` says how it is recognised.

Each independent source contributes one figure per measure (killed or injured,
civilians or all): the largest it gives across its claims in the incident,
because a report's later, higher count updates its own earlier one ("at least
seven", then "seven... and a wounded man died"). Over the sources:

- low is the lowest figure any source gives (the lowest credible count);
- high is the highest, using a source's own upper bound ("13 to 17") if it has one;
- best is the figure the most independent sources agree on; when no figure is
  given by more sources than the others, it is the median of the source figures
  (the lower middle one for an even count), so no single outlier sets it;
- except when the toll has risen: the source that reported last (alone at its
  publication time, no party to a conflict) gives the highest figure of all. A
  wounded victim died and the count went up ("raising the death toll to two");
  the earlier, lower figures are out of date, not independent estimates to
  weigh against it. A later figure below an earlier one (a monitor's verified
  seven after a ministry's eleven) leaves the agreement and the median to decide.

``SourceFigure`` keeps each claim's figure (claim, outlet, claimant) so the range
can always be shown beside the figures it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from warledger.grade.evidence import Evidence
from warledger.kb.lexicon import load_lexicon, phrase_tuple, word_set
from warledger.model import (
    NON_ATTACK_MODES,
    CasualtyRange,
    Claim,
    DatePrecision,
    Event,
    PloverType,
)

_TOLLS = load_lexicon("tolls")
PERIOD_CUES = phrase_tuple(_TOLLS["period_cues"])
_LATE_DEATH = re.compile(
    r"\b(?:" + "|".join(sorted(word_set(_TOLLS["late_death_wounds"]))) + r")\b.*\bdied\b",
    re.IGNORECASE,
)
del _TOLLS
_PERIOD = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in sorted(PERIOD_CUES, key=len, reverse=True)) + r")\b"
)
PERIOD_DAYS = 31
"""A claim dated across more than a month is about a period, and so is its toll."""


@dataclass(frozen=True)
class SourceFigure:
    """One claim's toll as that source gave it."""

    claim_id: str
    source: str
    outlet: str | None
    claimant: str | None
    kind: str
    group: str
    low: int
    high: int | None
    cumulative: bool = False
    published: datetime | None = None
    """When the report that gave the figure appeared (None when unknown)."""
    party: bool = False
    """The figure's speaker is a party to the conflict (its outlet or claimant)."""
    late_death: bool = False
    """One wounded victim who died since ("a woman wounded Saturday died Monday"):
    a death added to what earlier reports counted (``late_death``)."""
    other_event: bool = False
    """The claim tells another kind of event than the incident's (``other_kind``): an
    accident's or a natural hazard's toll among an attack's claims is shown, not counted."""

    def as_dict(self) -> dict[str, object]:
        return {
            k: v.isoformat() if isinstance(v, datetime) else v for k, v in self.__dict__.items()
        }


def _attack(event: Event) -> bool:
    """An act of violence told as one (an assault of a known means): not an accident,
    a natural hazard or a bare toll."""
    return (
        event.type == PloverType.ASSAULT
        and event.mode is not None
        and event.mode not in NON_ATTACK_MODES
    )


def other_kind(event: Event, attack: bool) -> bool:
    """Whether ``event``'s tolls are another event's than an incident's that holds an
    ``attack``: those an accident or a natural hazard explains ("39 deaths were
    recorded in the programme", "two died when the car overturned") count that
    happening's dead, not the shooting's the incident is about."""
    return attack and event.mode in NON_ATTACK_MODES


def source_figures(evidence: Evidence) -> list[SourceFigure]:
    """Every killed/injured figure in the incident's claims, with who gave it."""
    out = []
    attack = any(
        isinstance(i.claim.proposition, Event) and _attack(i.claim.proposition)
        for i in evidence.claims
    )
    for item in evidence.claims:
        event = item.claim.proposition
        if not isinstance(event, Event):
            continue
        outlet = (
            item.outlet.name if item.outlet else (item.document.outlet if item.document else None)
        )
        claimant = item.claim.claimant.name if item.claim.claimant else None
        total = cumulative(item.claim, event)
        for figure in event.casualties:
            if figure.kind in ("killed", "injured"):
                out.append(
                    SourceFigure(
                        item.claim.id,
                        item.source,
                        outlet,
                        claimant,
                        figure.kind,
                        figure.group,
                        figure.low,
                        figure.high,
                        total,
                        item.document.published_at if item.document else None,
                        item.party_speaker,
                        late_death(figure.kind, figure.low, figure.high, figure.span.text),
                        other_kind(event, attack),
                    )
                )
    return sorted(out, key=lambda f: (f.kind, f.source, f.claim_id, f.low))


def cumulative(claim: Claim, event: Event) -> bool:
    """Whether the claim's tolls are running totals: it is dated by a year or across
    more than ``PERIOD_DAYS``, or its words name a period or a whole conflict (``PERIOD_CUES``,
    kb/data/en/tolls.yaml)."""
    when = event.date
    if when is not None and when.precision == DatePrecision.YEAR:
        return True
    if (
        when is not None
        and when.start is not None
        and when.end is not None
        and (when.end - when.start).days > PERIOD_DAYS
    ):
        return True
    return _PERIOD.search(claim.content.text.lower()) is not None


def late_death(kind: str, low: int, high: int | None, words: str) -> bool:
    """Whether a figure tells one victim, first counted among the wounded, who died:
    its words name the wound and the death ("An 18-year-old man wounded at the party
    early Saturday died Monday")."""
    return kind == "killed" and low == 1 and high == 1 and bool(_LATE_DEATH.search(words))


def _with_late_deaths(figures: list[SourceFigure], kind: str) -> list[SourceFigure]:
    """Each late death raised to the dead that earlier reports counted (by any source,
    its own outlet's first story included) plus that death: the follow-up "a woman
    wounded Saturday has died" after "one man was killed" says two died, though its
    own words count one."""
    if kind != "killed":
        return figures
    out = []
    for f in figures:
        if f.late_death and f.published is not None and not f.cumulative:
            before = [
                g.low
                for g in figures
                if g.kind == kind
                and not g.cumulative
                and g.published is not None
                and g.published < f.published
            ]
            if before:
                total = max(before) + f.low
                f = replace(f, low=total, high=total)
        out.append(f)
    return out


def casualty_range(figures: list[SourceFigure], kind: str, civilians: bool) -> CasualtyRange:
    """low/best/high over independent sources for one measure (see module docstring)."""
    per_source: dict[str, tuple[int, int]] = {}
    reported: dict[str, list[datetime | None]] = {}
    parties: set[str] = set()
    for f in _with_late_deaths(figures, kind):
        if f.kind != kind or f.cumulative or f.other_event:
            continue
        # Who reported last is asked of every figure of the kind: a later count of all
        # the dead that does not say who they were still dates the civilians' count.
        reported.setdefault(f.source, []).append(f.published)
        if f.party:
            parties.add(f.source)
        if civilians and f.group != "civilians":
            continue
        high = max(f.low, f.high or f.low)
        low, top = per_source.get(f.source, (f.low, high))
        per_source[f.source] = (max(low, f.low), max(top, high))
    if not per_source:
        return CasualtyRange()
    lows = sorted(v[0] for v in per_source.values())
    counts = Counter(lows).most_common()
    risen = _risen_to({s: v[0] for s, v in per_source.items()}, reported, parties)
    if risen is not None:
        best = risen
    elif len(counts) == 1 or counts[0][1] > counts[1][1]:
        best = counts[0][0]
    else:
        best = lows[(len(lows) - 1) // 2]
    return CasualtyRange(low=lows[0], best=best, high=max(v[1] for v in per_source.values()))


def _risen_to(
    figures: dict[str, int], reported: dict[str, list[datetime | None]], parties: set[str]
) -> int | None:
    """The figure of the source that reported last (its latest report of any figure of
    the kind), when it is the highest of all, that source is alone at its time and no
    party (module docstring)."""
    if len(figures) < 2:
        return None
    times: dict[str, datetime] = {}
    for source, published in reported.items():
        known = [t for t in published if t is not None]
        if len(known) < len(published):
            return None
        times[source] = max(known)
    last = max(times, key=lambda source: times[source])
    if last in parties or last not in figures or sum(t == times[last] for t in times.values()) > 1:
        return None
    return figures[last] if figures[last] == max(figures.values()) else None


@dataclass(frozen=True)
class Casualties:
    killed: CasualtyRange
    injured: CasualtyRange
    civilians_killed: CasualtyRange
    civilians_injured: CasualtyRange
    figures: list[SourceFigure]


def casualties(evidence: Evidence) -> Casualties:
    figures = source_figures(evidence)
    return Casualties(
        killed=casualty_range(figures, "killed", civilians=False),
        injured=casualty_range(figures, "injured", civilians=False),
        civilians_killed=casualty_range(figures, "killed", civilians=True),
        civilians_injured=casualty_range(figures, "injured", civilians=True),
        figures=figures,
    )
