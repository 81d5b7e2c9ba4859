"""Train the relation classifier on re3d's training part and export it.

Why a script: the classifier must be rebuilt from the gold folder alone
(``make train-relations``) on exactly the documents the conflict-entity model
trained on (``training/entities/split.json``), so that the validation part
stays unseen by both. Steps:

1. run the pipeline's mention stages (actors, places) on every training
   document and list the candidate pairs with their features
   (``warledger.extract.relation_pairs``, the same code extraction uses);
2. label each pair from re3d's relations of the four scored types (a pair is
   a relation when its mentions overlap the gold arguments; the label keeps the
   direction: ``member_of>`` first mention is the member, ``member_of<`` the
   second);
3. choose the regularisation and the decision threshold by 5-fold
   cross-validation grouped by document, on the training part only;
4. fit a multinomial logistic regression (scikit-learn) on all training pairs
   and write its weights (``weights.npz``), feature names and classes
   (``model.json``, which also lists the training document ids so that the
   evaluation can leave them out).

Usage: ``python training/relations/train.py GOLD_RE3D OUT_MODEL_DIR``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from warledger.eval.re3d import load_gold, publisher_folders
from warledger.eval.re3d_relations import ScoredRelation, load_gold_relations
from warledger.eval.scoring import LabeledSpan, spans_overlap
from warledger.extract.pipeline import build_pipeline
from warledger.extract.relation_pairs import Argument, arguments, candidate_pairs, pair_features
from warledger.model import RelationPredicate

SPLIT_FILE = Path(__file__).resolve().parents[1] / "entities" / "split.json"
NONE = "none"
MIN_FEATURE_COUNT = 2
SEED = 1337
C_GRID = (0.1, 0.3, 1.0)
BALANCED = (False, True)
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


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


Examples = tuple[list[list[str]], list[str], list[str], int]


def examples(gold_dir: Path, train_ids: set[str]) -> Examples:
    """Features, labels and document ids of every candidate pair of the training part,
    and the number of gold relations in it."""
    docs, _ = load_gold(gold_dir)
    docs = [d for d in docs if d.id in train_ids]
    relations = load_gold_relations(publisher_folders(gold_dir))
    nlp = build_pipeline(components=("warledger_actors", "warledger_places"))
    feats: list[list[str]] = []
    labels: list[str] = []
    groups: list[str] = []
    covered = Counter[str]()
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        doc_gold = relations.get(gold.id, frozenset())
        args = arguments(doc)
        for first, second in candidate_pairs(args):
            feats.append(pair_features(doc, first, second))
            labels.append(label(first, second, doc_gold))
            groups.append(gold.id)
        covered["gold"] += len(doc_gold)
    positives = Counter(lab for lab in labels if lab != NONE)
    print(f"{len(docs)} training documents, {len(labels)} candidate pairs", file=sys.stderr)
    print(f"gold relations {covered['gold']}, labelled pairs {dict(positives)}", file=sys.stderr)
    return feats, labels, groups, covered["gold"]


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


def decide(probs: np.ndarray, classes: list[str], threshold: float) -> list[str]:
    """The most probable relation class when its probability reaches ``threshold``."""
    none = classes.index(NONE)
    masked = probs.copy()
    masked[:, none] = -1.0
    best = masked.argmax(axis=1)
    return [classes[b] if probs[i, b] >= threshold else NONE for i, b in enumerate(best)]


def relation_f1(gold: list[str], predicted: list[str], relations: int) -> float:
    """F1 against all ``relations`` gold relations (those no pair covers are missed)."""
    tp = sum(g == p != NONE for g, p in zip(gold, predicted, strict=True))
    fp = sum(p != NONE and p != g for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (tp + fp + relations) if tp else 0.0


def fit(x: csr_matrix, y: list[str], c: float, balanced: bool) -> LogisticRegression:
    weights = "balanced" if balanced else None
    model = LogisticRegression(C=c, max_iter=2000, class_weight=weights, random_state=SEED)
    return model.fit(x, y)


def choose(
    x: csr_matrix, y: list[str], groups: list[str], relations: int
) -> tuple[float, bool, float, float]:
    """(C, class weighting, threshold, cross-validated relation F1) maximising that F1
    over 5 folds grouped by document."""
    results = []
    folds = list(GroupKFold(n_splits=5).split(x, y, groups))
    classes = sorted(set(y))
    for c in C_GRID:
        for balanced in BALANCED:
            probs = np.zeros((len(y), len(classes)))
            for train, test in folds:
                model = fit(x[train], [y[i] for i in train], c, balanced)
                columns = [classes.index(k) for k in model.classes_]
                probs[np.ix_(test, columns)] = model.predict_proba(x[test])
            for t in THRESHOLDS:
                f1 = relation_f1(y, decide(probs, classes, t), relations)
                results.append((f1, c, balanced, t))
                print(f"C={c} balanced={balanced} threshold={t}: cv F1 {f1:.3f}", file=sys.stderr)
    score, c, balanced, t = max(results)
    return c, balanced, t, score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="the re3d folder (publisher sub-folders)")
    parser.add_argument("out", type=Path, help="the model folder to write")
    parser.add_argument(
        "--examples", type=Path, help="cache of the candidate pairs (read if present, else written)"
    )
    args = parser.parse_args()
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    train_ids = {i for part in split.values() for i in part["train"]}
    if args.examples and args.examples.is_file():
        feats, labels, groups, relations = json.loads(args.examples.read_text(encoding="utf-8"))
    else:
        feats, labels, groups, relations = examples(args.gold, train_ids)
        if args.examples:
            args.examples.write_text(json.dumps([feats, labels, groups, relations]), "utf-8")
    names = vocabulary(feats)
    index = {f: i for i, f in enumerate(names)}
    x = matrix(feats, index)
    c, balanced, threshold, cv_f1 = choose(x, labels, groups, relations)
    model = fit(x, labels, c, balanced)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "weights.npz",
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
    )
    meta = {
        "classes": [str(k) for k in model.classes_],
        "threshold": threshold,
        "features": names,
        "training": {
            "C": c,
            "class_weight": "balanced" if balanced else None,
            "cv_relation_f1": round(cv_f1, 4),
            "pairs": len(labels),
            "labels": dict(sorted(Counter(labels).items())),
            "documents": sorted(train_ids),
        },
    }
    (args.out / "model.json").write_text(json.dumps(meta, indent=0) + "\n", encoding="utf-8")
    print(
        f"C={c} balanced={balanced} threshold={threshold}: cv F1 {cv_f1:.3f}, {len(names)} features"
    )


if __name__ == "__main__":
    main()
