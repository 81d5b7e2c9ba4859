"""The invented attribution cases (``attribution_cases.py``) through the shipped tagger
and rules, scored as PolNeAR is (exact spans, one-to-one, F1 per role).

The floors sit just under what the tagger 1.1.0 with the rules of 7 Dec scored when
the cases were written (exact source / cue / content 0.955 / 0.966 / 0.921): a change
that loses one of these general constructions fails here.
"""

from __future__ import annotations

import pytest
from attribution_case_scoring import attribution_pipeline, misplaced_spans, under_floors
from attribution_cases import CASES
from spacy.language import Language

FLOORS = {"source": 0.95, "cue": 0.95, "content": 0.90}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return attribution_pipeline()


def test_every_expected_span_is_found_once_in_its_case() -> None:
    assert misplaced_spans(CASES) == []


def test_the_invented_cases_score_above_their_floors(nlp: Language) -> None:
    assert under_floors(nlp, CASES, FLOORS) == {}
