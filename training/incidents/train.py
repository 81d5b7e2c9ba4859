"""Train the report-linking scorer on the ECB+ training topics and export it.

Why a script: the scorer (``warledger.resolve.link_scorer``) must be rebuilt from
the training split alone, with the same code that uses it. Steps:

1. ingest ``train.jsonl`` (topics 1-35 less the dev topics) into a scratch store,
   or read a store already holding it (``--store``), and cluster its event claims
   as a run does, up to report linking (``IncidentClusterer.add`` and ``merge``);
2. take the pairs report linking would score (``report_links.candidate_pairs``:
   main incidents whose reports' leads are alike at all and that no date or
   place gate tells apart), label a pair 1 when the two incidents' main reports
   are mostly of one ECB+ subtopic (one seminal event), and compute its features
   (``link_scorer.link_features``);
3. choose the regularisation by cross-validation grouped by topic (the log loss
   of held-out topics' pairs), and the link threshold as the one maximising the
   F1 of the out-of-fold predictions;
4. fit a logistic regression (scikit-learn) on all pairs and write its weights,
   bias, threshold and the training topics and counts to ``model.json``.

The dev topics are never read. Usage:
``python training/incidents/train.py ECBPLUS_DIR OUT_MODEL_DIR [--store DIR]``
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import GroupKFold

from warledger.config import Settings
from warledger.eval.ecbplus import Report, ingest_reports, read_reports
from warledger.resolve.incidents import IncidentClusterer, claim_items
from warledger.resolve.link_scorer import FEATURES, link_features
from warledger.resolve.report_links import candidate_pairs, main_reports
from warledger.store import Store
from warledger.store.incidents import claims_stored

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5


Pairs = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def pairs_of(store: Store, reports: list[Report]) -> Pairs:
    """Features, labels, weights and topic (of the first incident) of every candidate
    pair; a pair weighs as many pairs of reports as it joins (what the document
    clustering measures count)."""
    documents = {d.id: d for d in store.iter_documents()}
    gold = {r.doc_id: (r.topic, r.subtopic) for r in reports}
    label_of_doc = {d.id: gold[str(d.external_id)] for d in documents.values()}
    clusterer = IncidentClusterer()
    items = claim_items(claims_stored(store), documents)
    touched = {clusterer.add(i) for i in sorted(items, key=lambda i: i.sort_key)}
    clusterer.merge(touched)
    incidents = clusterer.incidents
    label: dict[str, tuple[int, str]] = {}
    mains = main_reports(incidents)
    for inc_id, docs in mains.items():
        votes = Counter(label_of_doc[d] for d in docs)
        label[inc_id] = min(votes, key=lambda g: (-votes[g], g))
    rows, ys, weights, groups = [], [], [], []
    # Every gated pair, however unalike: the scorer learns what lead similarity is worth.
    for a, b, lead in candidate_pairs(
        incidents, clusterer.profile_candidates, lambda _a, _b: False, floor=0.0
    ):
        rows.append(link_features(incidents[a], incidents[b], lead))
        ys.append(1 if label[a] == label[b] else 0)
        weights.append(len(mains[a]) * len(mains[b]))
        groups.append(label[a][0])
    return np.array(rows), np.array(ys), np.array(weights, dtype=float), np.array(groups)


def choose(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, groups: np.ndarray
) -> tuple[float, float, dict]:
    """The C with the lowest held-out log loss and the threshold with the best
    out-of-fold F1; the cross-validation figures for the model card."""
    best: tuple[float, float, np.ndarray] | None = None
    losses = {}
    for c in C_GRID:
        predicted = np.zeros(len(y))
        for fit_rows, held in GroupKFold(FOLDS).split(x, y, groups):
            model = LogisticRegression(C=c, max_iter=2000)
            model.fit(x[fit_rows], y[fit_rows], sample_weight=w[fit_rows])
            predicted[held] = model.predict_proba(x[held])[:, 1]
        loss = log_loss(y, predicted, sample_weight=w)
        losses[c] = round(float(loss), 4)
        if best is None or loss < best[1]:
            best = (c, loss, predicted)
    assert best is not None
    c, _, predicted = best
    scores = []
    for threshold in np.arange(0.2, 0.81, 0.05):
        chosen = predicted >= threshold
        tp = float(np.sum(w[chosen & (y == 1)]))
        precision = tp / max(1.0, float(np.sum(w[chosen])))
        recall = tp / max(1.0, float(np.sum(w[y == 1])))
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        scores.append((f1, float(threshold), precision, recall))
    f1, threshold, precision, recall = max(scores)
    report = {
        "log_loss_by_C": losses,
        "oof_f1": round(f1, 4),
        "oof_precision": round(precision, 4),
        "oof_recall": round(recall, 4),
    }
    return c, round(threshold, 2), report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ecbplus", type=Path, help="the ECB+ folder (its train.jsonl is read)")
    parser.add_argument("out", type=Path, help="the model folder to write model.json into")
    parser.add_argument("--store", type=Path, help="a folder whose ecb.db already holds train")
    args = parser.parse_args()
    reports = read_reports(args.ecbplus / "train.jsonl")
    with tempfile.TemporaryDirectory(prefix="warledger-links-") as scratch:
        root = args.store or Path(scratch)
        settings = Settings(database_url=f"sqlite:///{root / 'ecb.db'}", blob_dir=root / "blobs")
        with Store.open(settings) as store:
            if args.store is None:
                ingest_reports(store, reports, root, settings)
            x, y, w, groups = pairs_of(store, reports)
    c, threshold, cv = choose(x, y, w, groups)
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y, sample_weight=w)
    out = {
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "C": c,
        "training": {
            "set": "ECB+ train split (topics 1-35 without 2, 5, 12, 18, 21, 23, 34, 35)",
            "topics": sorted({r.topic for r in reports}),
            "documents": len(reports),
            "pairs": len(y),
            "positive_pairs": int(y.sum()),
            "cross_validation": cv,
        },
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "model.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
