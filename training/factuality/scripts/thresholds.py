"""Choose the score thresholds of ``warledger.extract.event_stance`` on the dev splits.

Why: a regression score must become a stance (asserted / not committed /
denied). Gold scores >= 1.5 count as asserted, <= -1.5 as denied, the rest as
uncommitted; the pair of thresholds with the best macro F1 over the three
classes, on the annotated predicates of the newswire dev sets (UW, MEANTIME:
warledger reads news, with the news convention), is printed. Run after packaging:

    python thresholds.py DATA_DIR
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy
from spacy.tokens import Doc

from warledger.eval.factuality import read_set
from warledger.extract.event_stance import ASSERT_MIN, DENY_MAX
from warledger.extract.pipeline import build_pipeline

GOLD_ASSERTED = 1.5
GOLD_DENIED = -1.5
NEWSWIRE_SETS = ("uw", "meantime")


def classes(values: numpy.ndarray, assert_min: float, deny_max: float) -> numpy.ndarray:
    """2 asserted, 0 denied, 1 uncommitted."""
    return numpy.where(values >= assert_min, 2, numpy.where(values <= deny_max, 0, 1))


def macro_f1(gold: numpy.ndarray, predicted: numpy.ndarray) -> float:
    scores = []
    for label in (0, 1, 2):
        tp = float(((gold == label) & (predicted == label)).sum())
        fp = float(((gold != label) & (predicted == label)).sum())
        fn = float(((gold == label) & (predicted != label)).sum())
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    nlp = build_pipeline(components=["warledger_factuality"])
    component = nlp.get_pipe("warledger_factuality")
    gold: list[float] = []
    predicted: list[float] = []
    for name in NEWSWIRE_SETS:
        records = read_set(args.data_dir / name / "dev.jsonl", None)
        docs = nlp.pipe(Doc(nlp.vocab, words=r["tokens"]) for r in records)
        for doc, record in zip(docs, records, strict=True):
            indices = [int(p["token"]) for p in record["predicates"]]
            scores = component.score_tokens(doc, indices)
            gold += [float(p["factuality"]) for p in record["predicates"]]
            predicted += [scores[i] for i in indices]
    truth = classes(numpy.asarray(gold), GOLD_ASSERTED, GOLD_DENIED)
    values = numpy.asarray(predicted)
    grid = numpy.arange(-2.5, 2.55, 0.1)
    best = max(
        (macro_f1(truth, classes(values, a, d)), round(a, 1), round(d, 1))
        for a in grid
        for d in grid
        if d < a
    )
    print(f"macro F1 {best[0]:.3f}: ASSERT_MIN = {best[1]}, DENY_MAX = {best[2]}")
    in_use = macro_f1(truth, classes(values, ASSERT_MIN, DENY_MAX))
    print(f"macro F1 {in_use:.3f} with the thresholds in use ({ASSERT_MIN}, {DENY_MAX})")


if __name__ == "__main__":
    main()
