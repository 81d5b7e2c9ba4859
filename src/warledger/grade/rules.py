"""Grading rules: small named functions, applied in order, the first match wins.

Each rule takes an incident's ``Evidence`` and returns ``(matched, reason)``;
the reason is a sentence the UI can show as it stands, and it is kept even for
rules that did not match, so a reader can see why an incident is *not*, say,
denied. The order goes from the most to the least qualifying finding:

1. denied: a party accused of the act denies it;
2. contested: sources blame different parties for the same act;
3. party_only: every independent source is a party's own outlet or spokesperson;
4. single_source: one independent source;
5. reported: several independent sources, all from one side (or of unknown side);
6. corroborated: independent sources from more than one side, at least one not
   aligned with the accused.
"""

from __future__ import annotations

from collections.abc import Callable

from warledger.grade.evidence import PARTY_SIDES, Evidence
from warledger.model import Grade, Side, Stance

RuleResult = tuple[bool, str]
Rule = Callable[[Evidence], RuleResult]
QUOTE_CHARS = 120
"""How much of a denial a reason quotes; the incident page shows the whole claim."""


def _names(sides: frozenset[Side] | set[Side]) -> str:
    return " and ".join(sorted(s.value for s in sides)) or "nobody"


def _label(evidence: Evidence, source: str) -> str:
    claims = evidence.sources[source]
    outlets = sorted({c.outlet.name for c in claims if c.outlet})
    if outlets:
        return ", ".join(outlets)
    docs = sorted(
        {(c.document.outlet or c.document.source_name or "?") for c in claims if c.document}
    )
    return ", ".join(docs) or source


def denied(evidence: Evidence) -> RuleResult:
    """A denial by the accused party (or, when nobody is blamed, by any party)."""
    accused = evidence.accused
    for item in evidence.claims:
        is_denial = item.claim.stance == Stance.DENIED or getattr(
            item.claim.proposition, "negated", False
        )
        speaker = item.speaker_side
        if not is_denial or speaker not in PARTY_SIDES:
            continue
        if not accused or speaker in accused:
            who = item.claim.claimant.name if item.claim.claimant else _label(evidence, item.source)
            role = (
                f"the accused side ({speaker.value})" if accused else f"a party ({speaker.value})"
            )
            return True, f"denied by {who}, {role}: “{_quote(item.claim.content.text)}”"
    return False, f"no denial by the accused side ({_names(accused)})"


def _quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The claim's words for a reason, cut at a word with an ellipsis when too long."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def contested(evidence: Evidence) -> RuleResult:
    """Different sources blame different parties."""
    blame: dict[Side, list[str]] = {}
    for source, claims in evidence.sources.items():
        for side in frozenset().union(*(c.blamed for c in claims)):
            blame.setdefault(side, []).append(_label(evidence, source))
    if len(blame) > 1:
        parts = "; ".join(
            f"{', '.join(sorted(set(v)))} blame {k.value}" for k, v in sorted(blame.items())
        )
        return True, f"competing attributions of responsibility: {parts}"
    return False, f"responsibility attributed to {_names(set(blame))} only"


def party_only(evidence: Evidence) -> RuleResult:
    """Every independent source is a party's own outlet or spokesperson, all of one side."""
    sides = set()
    for claims in evidence.sources.values():
        if not all(c.party_speaker for c in claims):
            return False, "at least one independent source is not a party to the conflict"
        sides.add(evidence.source_side(claims))
    if len(sides) == 1 and sides <= PARTY_SIDES:
        labels = ", ".join(_label(evidence, s) for s in evidence.sources)
        return True, f"claimed only by {sides.pop().value} outlets or officials: {labels}"
    return False, "sources of more than one party"


def single_source(evidence: Evidence) -> RuleResult:
    n = len(evidence.sources)
    if n == 1:
        label = _label(evidence, next(iter(evidence.sources)))
        copies = len({c.claim.document_id for c in evidence.claims})
        extra = f" ({copies} documents, syndicated or one owner)" if copies > 1 else ""
        return True, f"one independent source: {label}{extra}"
    return False, f"{n} independent sources"


def reported(evidence: Evidence) -> RuleResult:
    known = set(evidence.sides) - {Side.UNKNOWN}
    n = len(evidence.sources)
    if not known:
        return True, f"{n} independent sources, none of a known side (outlets not in the list)"
    if len(known) == 1:
        return True, f"{n} independent sources, all of one side ({next(iter(known)).value})"
    return False, f"{n} independent sources from {len(known)} sides"


def corroborated(evidence: Evidence) -> RuleResult:
    known = set(evidence.sides) - {Side.UNKNOWN}
    accused = evidence.accused
    outside = known - accused
    if len(known) > 1 and outside:
        labels = ", ".join(
            f"{_label(evidence, s)} ({evidence.source_side(c).value})"
            for s, c in evidence.sources.items()
        )
        return True, (
            f"{len(evidence.sources)} independent sources from {len(known)} sides, "
            f"including {_names(outside)} (not the accused): {labels}"
        )
    return False, "no independent source outside the accused side"


RULES: tuple[tuple[Grade, Rule], ...] = (
    (Grade.DENIED, denied),
    (Grade.CONTESTED, contested),
    (Grade.PARTY_ONLY, party_only),
    (Grade.SINGLE_SOURCE, single_source),
    (Grade.REPORTED, reported),
    (Grade.CORROBORATED, corroborated),
)


def grade(evidence: Evidence) -> tuple[Grade, list[str]]:
    """The first matching rule's grade; reasons: its reason first, then the others'."""
    reasons: list[str] = []
    for name, rule in RULES:
        matched, reason = rule(evidence)
        if matched:
            return name, [reason, *reasons]
        reasons.append(f"not {name.value}: {reason}")
    return Grade.REPORTED, ["sources could not be told apart by side", *reasons]
