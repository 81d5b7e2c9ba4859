"""Relation claims on proxy-war news phrasing (``proxy_news_cases``): how many of
the expected claims the whole pipeline finds, by predicate, with claimant and
stance, and that sentences stating no relation yield none.

The floors are the figures measured when the cases were last improved; they
only move up. A miss is listed in the failure message so that a change that
loses one says which. Scoring is shared with the second set
(``proxy_news_scoring``).
"""

from __future__ import annotations

import pytest
from proxy_news_cases import CASES, Expected
from proxy_news_scoring import Found, assert_floors, run_cases, score

Results = list[tuple[str, frozenset[Expected], list[Found]]]
TRIPLE_FLOORS = {
    "allied_with": 13,  # of 17
    "deploys_fighters_to": 16,  # of 19
    "fighting_against": 7,  # of 7
    "member_of": 3,  # of 3
    "sponsors": 14,  # of 15
    "commands": 1,  # of 1
}
STRICT_FLOOR = 53  # of 62, with claimant and stance


@pytest.fixture(scope="module")
def results() -> Results:
    return run_cases(CASES)


def test_expected_relations_are_found(results: Results) -> None:
    scored = score(results)
    assert_floors(scored, TRIPLE_FLOORS, STRICT_FLOOR)


def test_sentences_stating_no_relation_yield_none(results: Results) -> None:
    stray = [(text[:60], found) for text, expected, found in results if not expected and found]
    assert not stray
