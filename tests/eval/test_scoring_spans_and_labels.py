"""Span matching (exact vs overlap, typed vs untyped) and label scores, by hand."""

from __future__ import annotations

import pytest

from warledger.eval.scoring import PRF, LabeledSpan, headline, label_scores, match_spans

GOLD = [LabeledSpan(0, 10, "Person"), LabeledSpan(20, 30, "Location")]


def triple(counts: PRF) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


def test_exact_needs_identical_offsets_overlap_one_shared_character() -> None:
    # (0, 10) exact and right; (25, 40) shares 5 characters with the Location.
    predicted = [LabeledSpan(0, 10, "Person"), LabeledSpan(25, 40, "Location")]
    assert triple(match_spans(predicted, GOLD, mode="exact")) == (1, 1, 1)
    assert triple(match_spans(predicted, GOLD, mode="overlap")) == (2, 0, 0)
    # Touching is not overlapping: [10, 20) shares no character with either.
    assert triple(match_spans([LabeledSpan(10, 20, "Person")], GOLD, "overlap")) == (0, 1, 2)


def test_typed_matching_needs_the_label_too() -> None:
    predicted = [LabeledSpan(0, 10, "Organisation"), LabeledSpan(20, 30, "Location")]
    assert triple(match_spans(predicted, GOLD, mode="exact", typed=True)) == (1, 1, 1)
    assert triple(match_spans(predicted, GOLD, mode="exact", typed=False)) == (2, 0, 0)


def test_one_gold_span_matches_once() -> None:
    predicted = [LabeledSpan(0, 4, "Person"), LabeledSpan(5, 10, "Person")]
    assert triple(match_spans(predicted, GOLD[:1], mode="overlap")) == (1, 1, 0)


def test_weighted_and_macro_f1_on_a_tiny_confusion_matrix() -> None:
    # gold -> predicted: A A, A A, A B, B B, C A
    # A: tp 2, fp 1 (C read as A), fn 1 (A read as B): P = R = F1 = 2/3, support 3
    # B: tp 1, fp 1, fn 0: P 1/2, R 1, F1 2/3, support 1
    # C: tp 0, fn 1: F1 0, support 1
    # weighted = (3 * 2/3 + 1 * 2/3 + 0) / 5 = 0.5333; macro = (2/3 + 2/3 + 0) / 3 = 0.4444
    pairs = [("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("C", "A")]
    scores = label_scores(pairs)
    assert scores["accuracy"] == 0.6
    assert scores["weighted_f1"] == 0.5333
    assert scores["macro_f1"] == 0.4444
    per_label = scores["per_label"]
    assert isinstance(per_label, dict)
    assert per_label["B"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
        "tp": 1,
        "fp": 1,
        "fn": 0,
    }


def test_a_label_no_gold_record_has_weighs_nothing_but_costs_recall() -> None:
    # A prediction of a label outside the gold set (no event found) is wrong for
    # its record and adds no weight of its own.
    scores = label_scores([("A", "A"), ("A", "NO_EVENT")])
    assert scores["accuracy"] == 0.5
    assert scores["weighted_f1"] == pytest.approx(0.6667)


def test_headline_rounds_and_names_its_paper() -> None:
    result = headline("accuracy", "Someone 2020", {"accuracy": 2 / 3}, scope="all records")
    assert result == {
        "metric": "accuracy",
        "reference": "Someone 2020",
        "scope": "all records",
        "figures": {"accuracy": 0.6667},
    }
