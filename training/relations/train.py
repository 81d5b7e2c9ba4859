"""Train the relation classifier on re3d's training part and export it.

Why a script: the classifier must be rebuilt from the gold folder alone
(``make train-relations``) on exactly the documents the conflict-entity model
trained on (``training/entities/split.json``), so that the validation part
stays unseen by both. Steps:

1. run the pipeline's mention stages (actors, places, dates) on every training
   document, list the candidate pairs with their features
   (``warledger.extract.relation_pairs``, the same code extraction uses) and
   keep the trigger patterns' relations of the document;
2. label each pair from re3d's relations of the four scored types (a pair is
   a relation when its mentions overlap the gold arguments; the label keeps the
   direction: ``member_of>`` first mention is the member, ``member_of<`` the
   second);
3. choose the regularisation, the class weighting and one decision threshold
   per predicate by 5-fold cross-validation grouped by document, on the
   training part only. The criterion is what the ledger gets: the held-out
   fold's classifier relations between found mentions (the pairs extraction
   scores), merged with the
   patterns' as extraction merges them (``relation_merging``), scored against
   every gold relation with the re3d scorer (overlap F1, micro);
4. fit a multinomial logistic regression (scikit-learn) on all training pairs
   and write its weights (``weights.npz``), feature names, classes and
   thresholds (``model.json``, which also lists the training document ids so
   that the evaluation can leave them out).

Usage: ``python training/relations/train.py GOLD_RE3D OUT_MODEL_DIR``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc

from warledger.eval.re3d import load_gold, publisher_folders
from warledger.eval.re3d_relations import (
    PREDICATES,
    ScoredRelation,
    load_gold_relations,
    match_relations,
    scored_relations,
)
from warledger.eval.scoring import PRF, LabeledSpan, spans_overlap
from warledger.extract.pipeline import build_pipeline
from warledger.extract.relation_merging import with_pair_relations
from warledger.extract.relation_model import NONE, pair_relations
from warledger.extract.relation_pairs import (
    Argument,
    arguments,
    candidate_pairs,
    found_pairs,
    pair_features,
)
from warledger.extract.relations import RelationFinder
from warledger.model import Relation, RelationPredicate

SPLIT_FILE = Path(__file__).resolve().parents[1] / "entities" / "split.json"
UPSTREAM = ("warledger_actors", "warledger_places", "warledger_dates")
MIN_FEATURE_COUNT = 2
SEED = 1337
C_GRID = (0.1, 0.3, 1.0)
WEIGHTINGS = ("none", "sqrt", "balanced")
"""Class weights: none, the square root of the balanced weights, or balanced
(inverse class frequency): rare predicates gain weight, the more the stronger."""
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(17))  # 0.1 ... 0.9
PREDICATE_NAMES = tuple(sorted(p.value for p in PREDICATES.values()))
PREDICATE_SET = frozenset(PREDICATES.values())
Pair = tuple[Argument, Argument]


@dataclass
class TrainingDoc:
    """One training document: its candidate pairs' rows in the feature matrix, the
    pairs extraction scores (both mentions found) and their rows, the patterns'
    relations and the gold."""

    doc: Doc
    finder: RelationFinder
    patterns: list[Relation]
    found: list[Pair]
    found_rows: list[int]
    rows: range
    gold: frozenset[ScoredRelation]


def label(first: Argument, second: Argument, gold: frozenset[ScoredRelation]) -> str:
    """The pair's class from the gold relations its mentions overlap."""
    a = LabeledSpan(first.mention.span.start, first.mention.span.end)
    b = LabeledSpan(second.mention.span.start, second.mention.span.end)
    for g in sorted(gold, key=lambda r: (r.subject.start, r.object.start, r.predicate.value)):
        forward = spans_overlap(a, g.subject) and spans_overlap(b, g.object)
        backward = spans_overlap(a, g.object) and spans_overlap(b, g.subject)
        if g.predicate is RelationPredicate.ALLIED_WITH and (forward or backward):
            return g.predicate.value
        if forward:
            return f"{g.predicate.value}>"
        if backward:
            return f"{g.predicate.value}<"
    return NONE


def examples(
    gold_dir: Path, train_ids: set[str]
) -> tuple[list[TrainingDoc], list[list[str]], list[str]]:
    """The training documents, and the features and label of every candidate pair."""
    docs = [d for d in load_gold(gold_dir)[0] if d.id in train_ids]
    relations = load_gold_relations(publisher_folders(gold_dir))
    nlp = build_pipeline(components=UPSTREAM)
    feats: list[list[str]] = []
    labels: list[str] = []
    out = []
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        doc_gold = relations.get(gold.id, frozenset())
        pairs = candidate_pairs(arguments(doc))
        start = len(labels)
        feats += [pair_features(doc, a, b) for a, b in pairs]
        labels += [label(a, b, doc_gold) for a, b in pairs]
        kept = {id(pair) for pair in found_pairs(pairs)}
        found_rows = [start + i for i, pair in enumerate(pairs) if id(pair) in kept]
        found = [pairs[row - start] for row in found_rows]
        finder = RelationFinder(doc)
        rows = range(start, len(labels))
        out.append(TrainingDoc(doc, finder, finder.relations(), found, found_rows, rows, doc_gold))
    positives = Counter(lab for lab in labels if lab != NONE)
    gold_count = sum(len(d.gold) for d in out)
    print(f"{len(out)} training documents, {len(labels)} candidate pairs", file=sys.stderr)
    print(f"gold relations {gold_count}, labelled pairs {dict(positives)}", file=sys.stderr)
    return out, feats, labels


def vocabulary(feats: list[list[str]]) -> list[str]:
    counts = Counter(f for row in feats for f in set(row))
    return sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)


def matrix(feats: list[list[str]], index: dict[str, int]) -> csr_matrix:
    rows, cols = [], []
    for r, row in enumerate(feats):
        for c in sorted({index[f] for f in row if f in index}):
            rows.append(r)
            cols.append(c)
    data = np.ones(len(rows), dtype=np.float32)
    return csr_matrix((data, (rows, cols)), shape=(len(feats), len(index)))


def class_weights(y: list[str], weighting: str) -> dict[str, float] | None:
    if weighting == "none":
        return None
    counts = Counter(y)
    balanced = {k: len(y) / (len(counts) * n) for k, n in counts.items()}
    return balanced if weighting == "balanced" else {k: w**0.5 for k, w in balanced.items()}


def fit(x: csr_matrix, y: list[str], c: float, weighting: str) -> LogisticRegression:
    model = LogisticRegression(
        C=c, max_iter=2000, class_weight=class_weights(y, weighting), random_state=SEED
    )
    return model.fit(x, y)


def ledger_score(
    docs: list[TrainingDoc], probs: np.ndarray, classes: list[str], thresholds: dict[str, float]
) -> PRF:
    """Overlap counts of the patterns' relations merged with the classifier's (between
    found mentions, probabilities ``probs`` by feature row), as extraction merges them."""
    counts = PRF()
    for d in docs:
        pairs = pair_relations(d.found, probs[d.found_rows], classes, thresholds)
        merged = with_pair_relations(d.doc, d.patterns, pairs, d.finder.from_pair, PREDICATE_SET)
        judged = {r for r in scored_relations(merged) if r.predicate in PREDICATES.values()}
        counts.add(match_relations(judged, d.gold, "overlap"))
    return counts


def best_thresholds(
    docs: list[TrainingDoc], probs: np.ndarray, classes: list[str]
) -> tuple[dict[str, float], float]:
    """Per-predicate thresholds by coordinate ascent (two rounds over the predicates,
    starting from 0.5 each), maximising the merged relations' overlap F1."""
    thresholds = dict.fromkeys(PREDICATE_NAMES, 0.5)
    best = ledger_score(docs, probs, classes, thresholds).f1
    for _ in range(2):
        for name in PREDICATE_NAMES:
            for t in THRESHOLDS:
                trial = {**thresholds, name: t}
                f1 = ledger_score(docs, probs, classes, trial).f1
                if f1 > best:
                    best, thresholds = f1, trial
    return thresholds, best


def choose(
    docs: list[TrainingDoc], x: csr_matrix, y: list[str]
) -> tuple[float, str, dict[str, float], float]:
    """(C, class weighting, thresholds, cross-validated F1): out-of-fold probabilities
    over 5 folds grouped by document, thresholds chosen on them."""
    groups = [i for i, d in enumerate(docs) for _ in d.rows]
    folds = list(GroupKFold(n_splits=5).split(x, y, groups))
    classes = sorted(set(y))
    results = []
    for c in C_GRID:
        for weighting in WEIGHTINGS:
            probs = np.zeros((len(y), len(classes)))
            for train, test in folds:
                model = fit(x[train], [y[i] for i in train], c, weighting)
                columns = [classes.index(k) for k in model.classes_]
                probs[np.ix_(test, columns)] = model.predict_proba(x[test])
            thresholds, f1 = best_thresholds(docs, probs, classes)
            results.append((f1, c, weighting, thresholds))
            print(f"C={c} weights={weighting} {thresholds}: cv F1 {f1:.3f}", file=sys.stderr)
    f1, c, weighting, thresholds = max(results, key=lambda r: r[0])
    return c, weighting, thresholds, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="the re3d folder (publisher sub-folders)")
    parser.add_argument("out", type=Path, help="the model folder to write")
    args = parser.parse_args()
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    train_ids = {i for part in split.values() for i in part["train"]}
    docs, feats, labels = examples(args.gold, train_ids)
    names = vocabulary(feats)
    index = {f: i for i, f in enumerate(names)}
    x = matrix(feats, index)
    c, weighting, thresholds, cv_f1 = choose(docs, x, labels)
    model = fit(x, labels, c, weighting)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "weights.npz",
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
    )
    meta = {
        "classes": [str(k) for k in model.classes_],
        "thresholds": thresholds,
        "features": names,
        "training": {
            "C": c,
            "class_weight": weighting,
            "cv_ledger_relation_f1_overlap": round(cv_f1, 4),
            "pairs": len(labels),
            "labels": dict(sorted(Counter(labels).items())),
            "documents": sorted(train_ids),
        },
    }
    (args.out / "model.json").write_text(json.dumps(meta, indent=0) + "\n", encoding="utf-8")
    print(f"C={c} weights={weighting} {thresholds}: cv F1 {cv_f1:.3f}, {len(names)} features")


if __name__ == "__main__":
    main()
