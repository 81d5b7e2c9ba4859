"""Relation claims on proxy-war news phrasing (``proxy_news_cases``): how many of
the expected claims the whole pipeline finds, by predicate, with claimant and
stance, and that sentences stating no relation yield none.

The floors are the figures measured when the cases were last improved; they
only move up. A miss is listed in the failure message so that a change that
loses one says which.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from proxy_news_cases import CASES, OUTLET, Expected

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Relation

Found = tuple[str, str, str, tuple[str, ...], str]
TRIPLE_FLOORS = {
    "allied_with": 11,  # of 17
    "deploys_fighters_to": 15,  # of 19
    "fighting_against": 7,  # of 7
    "member_of": 3,  # of 3
    "sponsors": 12,  # of 15
    "commands": 1,  # of 1
}
STRICT_FLOOR = 47  # of 62, with claimant and stance


def _alike(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _found(claims: list[Claim]) -> list[Found]:
    out = []
    for claim in claims:
        relation = claim.proposition
        if not isinstance(relation, Relation):
            continue
        obj = relation.object or relation.object_place
        if claim.claimant is None or claim.claimant_is_outlet:
            claimant: tuple[str, ...] = (OUTLET,)
        else:
            claimant = (claim.claimant.name, claim.claimant.span.text)
        out.append(
            (
                relation.subject.span.text,
                relation.predicate.value,
                obj.span.text if obj else "",
                claimant,
                claim.stance.value,
            )
        )
    return out


def _matches(found: Found, expected: Expected) -> bool:
    return (
        found[1] == expected[1] and _alike(found[0], expected[0]) and _alike(found[2], expected[2])
    )


def _strict(found: Found, expected: Expected) -> bool:
    return any(_alike(c, expected[3]) for c in found[3]) and found[4] == expected[4]


@pytest.fixture(scope="module")
def results() -> list[tuple[str, frozenset[Expected], list[Found]]]:
    extractor = worker_extractor(None)
    return [
        (text, expected, _found(extractor.extract(TextInput(text, "t", date(2020, 10, 15)))))
        for text, expected in CASES
    ]


def test_expected_relations_are_found(
    results: list[tuple[str, frozenset[Expected], list[Found]]],
) -> None:
    triple: Counter[str] = Counter()
    strict = 0
    missed = []
    for text, expected, found in results:
        for wanted in expected:
            hits = [f for f in found if _matches(f, wanted)]
            triple[wanted[1]] += bool(hits)
            strict += any(_strict(f, wanted) for f in hits)
            if not hits:
                missed.append((wanted, text[:60]))
    low = {p: (triple[p], floor) for p, floor in TRIPLE_FLOORS.items() if triple[p] < floor}
    assert not low, f"found below floor {low}; missed {missed}"
    assert strict >= STRICT_FLOOR, f"strict {strict} < {STRICT_FLOOR}; missed {missed}"


def test_sentences_stating_no_relation_yield_none(
    results: list[tuple[str, frozenset[Expected], list[Found]]],
) -> None:
    stray = [(text[:60], found) for text, expected, found in results if not expected and found]
    assert not stray
