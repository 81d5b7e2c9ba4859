"""Scoring of relation claims against the proxy-news case sets (``proxy_news_cases``
and ``proxy_news_cases_b``): which expected claims the pipeline finds, by predicate,
with claimant and stance, and which found claims no case expects.

Words match loosely (one text inside the other, case aside) against a mention's
text or its resolved name, so "Turkey" is found in "Turkey's" and "his fighters"
resolved to Hezbollah counts for Hezbollah. ``allied_with`` is symmetric. A side's
hold on ground or arms (``commands`` with a place, weapon or platform as object) is
no tie between actors, which is what the cases list, so it is neither expected nor
spurious here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from proxy_news_cases import OUTLET, Expected

from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Relation, RelationPredicate

Cases = tuple[tuple[str, frozenset[Expected]], ...]
_HELD = frozenset({"WEAPON", "MILITARY_PLATFORM", "GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Found:
    """One relation claim as the cases see it: the words of each argument."""

    subject: tuple[str, ...]
    predicate: str
    object: tuple[str, ...]
    claimant: tuple[str, ...]
    stance: str

    def describe(self) -> str:
        return (
            f"{self.predicate}({self.subject[0]} -> {self.object[0] if self.object else ''})"
            f" by {self.claimant[0]} {self.stance}"
        )


@dataclass
class Score:
    """Counts by predicate over a case set."""

    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    strict: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[Expected, str]] = field(default_factory=list)
    stray: list[tuple[str, str]] = field(default_factory=list)

    def table(self) -> str:
        rows = [f"{'predicate':22}{'found/exp':>10}{'strict':>8}{'spurious':>9}"]
        for predicate in sorted(set(self.expected) | set(self.spurious)):
            rows.append(
                f"{predicate:22}{self.found[predicate]:>5}/{self.expected[predicate]:<4}"
                f"{self.strict[predicate]:>8}{self.spurious[predicate]:>9}"
            )
        total = sum(self.expected.values())
        right, spurious = sum(self.right.values()), sum(self.spurious.values())
        found, strict = sum(self.found.values()), sum(self.strict.values())
        rows.append(f"{'all':22}{found:>5}/{total:<4}{strict:>8}{spurious:>9}")
        precision = right / (right + spurious) if right + spurious else 0.0
        rows.append(
            f"claims right {right}, spurious {spurious}: P {precision:.2f},"
            f" R {found / total:.2f}, strict R {strict / total:.2f}"
        )
        return "\n".join(rows)


def _alike(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return bool(a and b) and (a in b or b in a)


def _held(relation: Relation) -> bool:
    if relation.predicate is not RelationPredicate.COMMANDS:
        return False
    return relation.object is None or relation.object.label in _HELD


def found_relations(claims: list[Claim]) -> list[Found]:
    """The actor-to-actor relation claims among ``claims``."""
    out = []
    for claim in claims:
        relation = claim.proposition
        if not isinstance(relation, Relation) or _held(relation):
            continue
        if relation.object is not None:
            obj: tuple[str, ...] = (relation.object.span.text, relation.object.name)
        elif relation.object_place is not None:
            place = relation.object_place
            obj = (place.span.text, place.place.name if place.place else place.span.text)
        else:
            obj = ("",)
        if claim.claimant is None or claim.claimant_is_outlet:
            claimant: tuple[str, ...] = (OUTLET,)
        else:
            claimant = (claim.claimant.span.text, claim.claimant.name)
        subject = (relation.subject.span.text, relation.subject.name)
        out.append(Found(subject, relation.predicate.value, obj, claimant, claim.stance.value))
    return out


def _any_alike(words: tuple[str, ...], wanted: str) -> bool:
    return any(_alike(word, wanted) for word in words)


def matches(found: Found, expected: Expected) -> bool:
    """Same predicate and arguments (either way round for ``allied_with``)."""
    if found.predicate != expected[1]:
        return False
    if _any_alike(found.subject, expected[0]) and _any_alike(found.object, expected[2]):
        return True
    return (
        expected[1] == RelationPredicate.ALLIED_WITH.value
        and _any_alike(found.subject, expected[2])
        and _any_alike(found.object, expected[0])
    )


def strict(found: Found, expected: Expected) -> bool:
    """Claimant and stance right as well."""
    return _any_alike(found.claimant, expected[3]) and found.stance == expected[4]


def score(results: list[tuple[str, frozenset[Expected], list[Found]]]) -> Score:
    """Counts over ``results``: (text, expected claims, found claims) per case."""
    out = Score()
    for text, expected, found in results:
        for wanted in expected:
            hits = [f for f in found if matches(f, wanted)]
            out.expected[wanted[1]] += 1
            out.found[wanted[1]] += bool(hits)
            out.strict[wanted[1]] += any(strict(f, wanted) for f in hits)
            if not hits:
                out.missed.append((wanted, text[:70]))
        for claim in found:
            if any(matches(claim, wanted) for wanted in expected):
                out.right[claim.predicate] += 1
            else:
                out.spurious[claim.predicate] += 1
                out.stray.append((claim.describe(), text[:70]))
    return out


def run_cases(cases: Cases) -> list[tuple[str, frozenset[Expected], list[Found]]]:
    """Extract every case with the whole pipeline, as a worker would."""
    from warledger.engines.local import worker_extractor

    extractor = worker_extractor(None)
    return [
        (
            text,
            expected,
            found_relations(extractor.extract(TextInput(text, "t", date(2020, 10, 15)))),
        )
        for text, expected in cases
    ]


def assert_floors(scored: Score, found_floors: dict[str, int], strict_floor: int) -> None:
    """Fail when a predicate's found count or the strict total drops below its floor,
    naming the misses so that a change that loses one says which."""
    low = {p: (scored.found[p], f) for p, f in found_floors.items() if scored.found[p] < f}
    assert not low, f"found below floor {low}; missed {scored.missed}"
    strict = sum(scored.strict.values())
    assert strict >= strict_floor, f"strict {strict} < {strict_floor}; missed {scored.missed}"
