"""The invented attribution cases (``attribution_cases.py``) through the shipped tagger
and rules, scored as PolNeAR is (exact spans, one-to-one, F1 per role).

The floors sit just under what the tagger 1.1.0 with the rules of 7 Dec scored when
the cases were written (exact source / cue / content 0.955 / 0.966 / 0.921): a change
that loses one of these general constructions fails here.
"""

from __future__ import annotations

import pytest
from attribution_case_scoring import exact_scores
from attribution_cases import CASES
from spacy.language import Language

from warledger.eval.polnear import ROLES
from warledger.extract.pipeline import build_pipeline

FLOORS = {"source": 0.95, "cue": 0.95, "content": 0.90}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(
        components=["warledger_actors", "warledger_attribution_tagger", "warledger_attribution"]
    )


def test_every_expected_span_is_found_in_its_case() -> None:
    for text, expected in CASES:
        for attribution in expected:
            for words in (attribution.source, attribution.cue, attribution.content):
                assert words is None or text.count(words) == 1, (words, text)


def test_the_invented_cases_score_above_their_floors(nlp: Language) -> None:
    scores = {role: round(prf.f1, 3) for role, prf in exact_scores(nlp, CASES).items()}
    assert {role: scores[role] >= FLOORS[role] for role in ROLES} == dict.fromkeys(ROLES, True), (
        scores
    )
