"""The third invented attribution set (``attribution_cases_fresh.py``) through the shipped
tagger and rules, scored as PolNeAR is (exact spans, one-to-one, F1 per role).

Written before the changes of 7 Dec afternoon were measured on it: main (aab43b1) then
scored exact source / cue / content 0.909 / 0.945 / 0.879, the honest estimate for text
the rules were not tuned on. The floors sit just under what the shipped component
scores now (0.932 / 0.957 / 0.935, tuned on it): a change that loses a possessive
source ("The general's claim"), a reporting noun's content that the sentence goes on
past, a content that stops before a writer's ", but <clause>", or a name given to a
pronoun object ("calling them a provocation") fails here.
"""

from __future__ import annotations

import pytest
from attribution_case_scoring import exact_scores, where
from attribution_cases_fresh import CASES
from spacy.language import Language

from warledger.eval.polnear import ROLES
from warledger.extract.pipeline import build_pipeline

FLOORS = {"source": 0.92, "cue": 0.95, "content": 0.92}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(
        components=["warledger_actors", "warledger_attribution_tagger", "warledger_attribution"]
    )


def test_every_expected_span_is_found_once_in_its_case() -> None:
    for text, expected in CASES:
        for attribution in expected:
            for words in (attribution.source, attribution.cue, attribution.content):
                assert words is None or len(where(words, text)) == 1, (words, text)


def test_the_fresh_cases_score_above_their_floors(nlp: Language) -> None:
    scores = {role: round(prf.f1, 3) for role, prf in exact_scores(nlp, CASES).items()}
    assert {role: scores[role] >= FLOORS[role] for role in ROLES} == dict.fromkeys(ROLES, True), (
        scores
    )
