"""The PolNeAR scorer on small hand-worked cases (invented offsets and texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warledger.errors import EvalError
from warledger.eval.polnear import (
    match_by_overlap,
    overlap_ratio,
    pairs,
    read_ann,
    score_document,
)
from warledger.eval.scoring import LabeledSpan


def span(start: int, end: int, label: str = "content") -> LabeledSpan:
    return LabeledSpan(start, end, label)


def test_overlap_ratio_is_shared_characters_over_the_longer_span() -> None:
    assert overlap_ratio(span(0, 10), span(0, 10)) == 1.0
    assert overlap_ratio(span(0, 10), span(5, 25)) == 5 / 20
    assert overlap_ratio(span(0, 10), span(10, 20)) == 0.0


def test_half_overlap_counts_and_less_does_not() -> None:
    # gold 0-10; a prediction 0-20 shares 10 of its 20 characters (exactly half)
    assert match_by_overlap([span(0, 20)], [span(0, 10)]).tp == 1
    # a prediction 0-21 shares 10 of 21: below half, so one false positive, one miss
    counts = match_by_overlap([span(0, 21)], [span(0, 10)])
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_one_to_one_gives_each_gold_span_its_best_prediction() -> None:
    # both predictions overlap gold 0-10 by half or more; only the better one matches
    counts = match_by_overlap([span(0, 9), span(2, 12)], [span(0, 10)])
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_the_three_modes_on_one_document() -> None:
    gold = {
        "source": {span(0, 8, "source")},
        "cue": {span(9, 13, "cue")},
        "content": {span(14, 60, "content")},
    }
    predicted = {
        "source": [span(0, 8, "source")],  # exact
        "cue": [span(9, 17, "cue")],  # 4 of 8 shared: half
        "content": [span(14, 20, "content")],  # one word of a long content: lenient only
    }
    counts = score_document(predicted, gold)
    assert [counts[r, "exact"].tp for r in ("source", "cue", "content")] == [1, 0, 0]
    assert [counts[r, "overlap_50"].tp for r in ("source", "cue", "content")] == [1, 1, 0]
    assert [counts[r, "lenient_overlap"].tp for r in ("source", "cue", "content")] == [1, 1, 1]


def test_read_ann_skips_span_text_continued_on_the_next_line(tmp_path: Path) -> None:
    ann = tmp_path / "a_x.ann"
    ann.write_text(
        "T1\tSource 0 8\tThe mayor\n"
        "T2\tCue 9 13\tsaid\n"
        "T3\tContent 20 30;40 50\tfirst line\n"
        "Then a second line\n"
        "T4\tAttribution 9 13\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    gold = read_ann(ann)
    assert gold.spans["source"] == {span(0, 8, "source")}
    assert gold.spans["content"] == {span(20, 50, "content")}
    assert gold.discontinuous == 1


def test_read_ann_names_the_file_on_bad_offsets(tmp_path: Path) -> None:
    ann = tmp_path / "a_x.ann"
    ann.write_text("T1\tCue 9 x\tsaid\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"a_x\.ann:1"):
        read_ann(ann)


def test_pairs_use_the_first_annotator_only(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("x", encoding="utf-8")
    for name in ("a_one.ann", "a_two.ann"):
        (tmp_path / "attributions" / name).write_text("", encoding="utf-8")
    assert pairs(tmp_path) == [
        (tmp_path / "text" / "a.txt", tmp_path / "attributions" / "a_one.ann")
    ]
