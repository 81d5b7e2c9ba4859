"""How the invented attribution sets are scored: as PolNeAR is (exact spans, one-to-one,
F1 per role), with each expected span found in its text as whole words (so a pronoun
source "he" is never found inside "the"). Shared by the tests of every set."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language

from warledger.eval.polnear import ROLES, score_document
from warledger.eval.scoring import PRF, LabeledSpan
from warledger.extract.pipeline import build_pipeline


def where(words: str, text: str) -> list[int]:
    """The start of every whole-word occurrence of ``words`` in ``text``."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]


def exact_scores(nlp: Language, cases: Iterable[tuple[str, Sequence[Any]]]) -> dict[str, PRF]:
    """Exact-span counts per role over the cases; each case is a text and its expected
    attributions (objects with ``source``, ``cue`` and ``content`` words or None)."""
    totals = {role: PRF() for role in ROLES}
    for text, expected in cases:
        gold: dict[str, set[LabeledSpan]] = {role: set() for role in ROLES}
        for attribution in expected:
            for role in ROLES:
                words = getattr(attribution, role)
                if words is not None:
                    start = where(words, text)[0]
                    gold[role].add(LabeledSpan(start, start + len(words), role))
        predicted: dict[str, list[LabeledSpan]] = {role: [] for role in ROLES}
        for found in nlp(text)._.attributions:
            for role in ROLES:
                span = getattr(found, role)
                if span is not None:
                    predicted[role].append(LabeledSpan(span.start, span.end, role))
        for (role, mode), counts in score_document(predicted, gold).items():
            if mode == "exact":
                totals[role].add(counts)
    return totals


def attribution_pipeline() -> Language:
    """The shipped components that attribution needs, and no others."""
    return build_pipeline(
        components=["warledger_actors", "warledger_attribution_tagger", "warledger_attribution"]
    )


def misplaced_spans(cases: Iterable[tuple[str, Sequence[Any]]]) -> list[tuple[str, str]]:
    """Expected words not found exactly once in their case's text (a set's own fault:
    its scoring places each expected span at its one occurrence)."""
    return [
        (words, text)
        for text, expected in cases
        for attribution in expected
        for words in (attribution.source, attribution.cue, attribution.content)
        if words is not None and len(where(words, text)) != 1
    ]


def under_floors(
    nlp: Language, cases: Iterable[tuple[str, Sequence[Any]]], floors: dict[str, float]
) -> dict[str, float]:
    """The roles whose exact F1 (to three places) falls under its floor, with the F1."""
    scores = {role: round(prf.f1, 3) for role, prf in exact_scores(nlp, cases).items()}
    return {role: scores[role] for role in ROLES if scores[role] < floors[role]}
