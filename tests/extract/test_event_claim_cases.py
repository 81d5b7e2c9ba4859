"""Event claims on news-style sentences (``event_claim_cases``, and the hold-outs
``event_claim_holdout``, ``_c``, ``_d`` and ``_e`` written after them): precision,
recall and strict F1 (type, claimant and stance all right) of the whole pipeline's
event claims against what a reader expects.

The floors are the figures measured when the cases were last improved; they only
move up. The failure message lists the false and the missed claims, so a change
that loses one says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from event_claim_cases import CASES, OUTLET, Expected
from event_claim_holdout import HOLDOUT
from event_claim_holdout_c import HOLDOUT_C
from event_claim_holdout_d import HOLDOUT_D
from event_claim_holdout_e import HOLDOUT_E

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Event

# (precision, recall, strict F1). On main before the fixes these cases drove:
# cases 0.698 / 0.949 / 0.739, hold-out 0.520 / 0.765 / 0.571.
# Main after 86722a2 (checked at ab20994, without this branch) tells "were killed when
# their vehicle hit a roadside bomb" as two claims again: 0.974 / 0.974 / 0.974 before.
# Hold-out C, main d965105 before any fix for it: 0.622 / 0.800 / 0.425; after the
# fixes it drove (a split particle or object, forces that mass or move, a passive
# agent's condemnation, permission, a vow's trigger past its cue, words that only
# look like events): cases 0.951 / 1.000 / 0.975, hold-out 0.700 / 0.824 / 0.757,
# hold-out C 0.717 / 0.943 / 0.593.
# Hold-out D, main 211be8d before any fix for it: 0.688 / 0.786 / 0.622 (modes 16/17);
# after the fixes it drove (lookalikes of sport, jobs and fiction, a device that goes
# off, a projectile that lands, a hijacked vehicle, forces ordered somewhere, set on
# fire, freed captives, shared habitual adverbs, readiness, questions asked, the
# accused, a toll of none): 0.830 / 0.929 / 0.764 (modes 20/21); hold-out B 0.714 /
# 0.882 / 0.789, hold-out C 0.767 / 0.943 / 0.615. Then (a crewed aircraft shot down,
# live ammunition used, a protest and its purpose as one act): D 0.851 / 0.952 /
# 0.787, B 0.750 / 0.882 / 0.811, C 0.786 / 0.943 / 0.623. The sports rule then kept
# to a game's own violent words: C's "hold talks with the strikers" is no longer
# dropped as a game and comes out AGREE where C expects CONSULT (C 0.767 / 0.943).
# Hold-out E, main 076e308 before any fix for it: 0.619 / 0.897 / 0.535 (modes 11/14);
# after the fixes it drove (fears braced for, verbs of tendency, "leave" that is no
# withdrawal, weapons only in a found object's own words, fighter nouns as people,
# "drive out", a time after "by" is no speaker, an appositive name as the speaker, a
# cue hung on an act's verb, a fight against "them", the press's own calls, an event
# noun naming a target's kind, "pull out" with people, a find's conjunction clause):
# 0.875 / 0.966 / 0.787; D 0.851 / 0.952 / 0.787 -> 0.889 / 0.952 / 0.805, C 0.767 /
# 0.943 / 0.615 -> 0.641, B 0.750 / 0.882 / 0.811 -> 0.789 / 0.882 / 0.833, the cases
# unchanged.
FLOORS = {
    "cases": (0.95, 1.0, 0.975),
    "holdout": (0.78, 0.88, 0.83),
    "holdout_c": (0.76, 0.94, 0.64),
    "holdout_d": (0.88, 0.95, 0.80),
    "holdout_e": (0.87, 0.96, 0.78),
}


@dataclass(frozen=True)
class Found:
    type: str
    words: str
    claimants: tuple[str, ...]
    stance: str
    mode: str = ""


@dataclass
class Score:
    """Counts over all sentences, with the claims that went wrong for the message."""

    found: int = 0
    right: int = 0
    strict: int = 0
    wanted: int = 0
    modes_wanted: int = 0
    modes_right: int = 0
    false: list[tuple[str, Found]] = field(default_factory=list)
    missed: list[tuple[str, Expected]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.wanted if self.wanted else 1.0

    @property
    def strict_f1(self) -> float:
        total = self.found + self.wanted
        return 2 * self.strict / total if total else 1.0


def _alike(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return bool(a) and bool(b) and (a in b or b in a)


def _found(claims: list[Claim]) -> list[Found]:
    out = []
    for claim in claims:
        event = claim.proposition
        if not isinstance(event, Event):
            continue
        if claim.claimant is None or claim.claimant_is_outlet:
            claimants: tuple[str, ...] = (OUTLET,)
        else:
            claimants = (claim.claimant.name, claim.claimant.span.text)
        out.append(
            Found(
                event.type.value,
                event.trigger.text,
                claimants,
                claim.stance.value,
                event.mode or "",
            )
        )
    return out


def _tells(found: Found, expected: Expected) -> bool:
    return any(_alike(found.words, word) for word in expected.words.split("|"))


def _is_strict(found: Found, expected: Expected) -> bool:
    return (
        found.type == expected.type
        and found.stance == expected.stance
        and any(_alike(c, expected.claimant) for c in found.claimants)
    )


def score_sentence(
    text: str, expected: tuple[Expected, ...], found: list[Found], into: Score
) -> None:
    """Each found claim takes the first unmatched required claim it tells (of its own
    type first); else it is tolerated by an optional claim of its type (unless a
    feared or generic event is asserted); else it is false."""
    required = [e for e in expected if not e.optional]
    taken: set[int] = set()
    into.wanted += len(required)
    for claim in found:
        free = [i for i, e in enumerate(required) if i not in taken and _tells(claim, e)]
        free.sort(key=lambda i: required[i].type != claim.type)
        if free:
            taken.add(free[0])
            into.found += 1
            into.right += 1
            into.strict += _is_strict(claim, required[free[0]])
            if required[free[0]].mode and claim.type == required[free[0]].type:
                into.modes_wanted += 1
                into.modes_right += claim.mode == required[free[0]].mode
            continue
        tolerated = any(
            e.optional
            and claim.type in e.type.split("|")
            and _tells(claim, e)
            and not (claim.stance == "asserted" and e.stance != "asserted")
            for e in expected
        )
        if not tolerated:
            into.found += 1
            into.false.append((text[:50], claim))
    into.missed += [(text[:50], e) for i, e in enumerate(required) if i not in taken]


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    extractor = worker_extractor(None)
    out = {}
    for name, cases in (
        ("cases", CASES),
        ("holdout", HOLDOUT),
        ("holdout_c", HOLDOUT_C),
        ("holdout_d", HOLDOUT_D),
        ("holdout_e", HOLDOUT_E),
    ):
        total = Score()
        for text, expected in cases:
            claims = extractor.extract(TextInput(text, "t", date(2024, 5, 1)))
            score_sentence(text, expected, _found(claims), total)
        out[name] = total
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_event_claims_reach_their_floors(scores: dict[str, Score], name: str) -> None:
    score = scores[name]
    precision, recall, strict_f1 = FLOORS[name]
    figures = f"P {score.precision:.3f} R {score.recall:.3f} strict F1 {score.strict_f1:.3f}"
    detail = f"{figures}; false {score.false}; missed {score.missed}"
    assert score.precision >= precision, detail
    assert score.recall >= recall, detail
    assert score.strict_f1 >= strict_f1, detail


def test_a_second_claim_on_one_event_is_false() -> None:
    expected = (Expected("opened fire|killing", "ASSAULT", OUTLET, "asserted"),)
    found = [
        Found("ASSAULT", "opened fire", (OUTLET,), "asserted"),
        Found("ASSAULT", "killing", (OUTLET,), "asserted"),
    ]
    total = Score()
    score_sentence("t", expected, found, total)
    assert (total.found, total.right, total.strict, total.wanted) == (2, 1, 1, 1)


def test_a_feared_event_asserted_is_false_and_held_possible_is_tolerated() -> None:
    expected = (Expected("strike", "ASSAULT", "", "hypothetical", optional=True),)
    total = Score()
    score_sentence("t", expected, [Found("ASSAULT", "strike", (OUTLET,), "hypothetical")], total)
    assert (total.found, total.wanted) == (0, 0)
    score_sentence("t", expected, [Found("ASSAULT", "strike", (OUTLET,), "asserted")], total)
    score_sentence("t", expected, [Found("PROTEST", "strike", (OUTLET,), "hypothetical")], total)
    assert (total.found, total.right) == (2, 0)
