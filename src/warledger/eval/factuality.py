"""Event factuality adapter: Pearson r and mean absolute error per data set.

Layout (as in ``shared/train/factuality``): ``<set>/dev.jsonl`` for each of
``uds_ih2``, ``uw`` and ``meantime``, one sentence a line with its ``tokens``
and ``predicates`` (``token`` index, gold ``factuality`` in [-3, 3]).

The standard metrics of these sets are Pearson's r between gold and predicted
scores over all annotated predicates, and mean absolute error (Lee et al.
2015, Stanovsky et al. 2017, Rudinger et al. 2018; Jiang & de Marneffe 2021
report both per set). Docs are built from the given tokens and run through the
same pipeline warledger uses (the English model plus ``warledger_factuality``);
every annotated predicate is scored, whatever its part of speech.

The model knows which corpus's annotation convention a doc follows and reads
everything else as newswire (UW's convention), as warledger does with news.
The headline per set is that: the scores warledger itself would give. Under
``own_convention`` each set is scored with its own corpus's convention, the
usual multi-task set-up of the literature (one output per data set).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from warledger.errors import EvalError
from warledger.extract.factuality import FactualityComponent, mean_absolute_error, pearson
from warledger.extract.factuality_model import CORPUS_KEY
from warledger.extract.pipeline import build_pipeline

SETS: tuple[str, ...] = ("uds_ih2", "uw", "meantime")
SPLIT = "dev"
PIPE = "warledger_factuality"


def read_set(path: Path, limit: int | None) -> list[dict]:
    """The sentence records of one jsonl file; a bad line is an error naming file and line."""
    records: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                tokens, predicates = record["tokens"], record["predicates"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise EvalError(f"{path}:{number}: not a factuality record ({err})") from err
            if any(not 0 <= int(p["token"]) < len(tokens) for p in predicates):
                raise EvalError(f"{path}:{number}: a predicate index lies outside the tokens")
            records.append(record)
            if limit is not None and len(records) >= limit:
                break
    return records


def score_set(
    records: list[dict],
    annotate: Callable[[list[Doc]], list[Doc]],
    component: FactualityComponent,
    convention: str | None = None,
) -> dict[str, object]:
    """r and MAE of the component's scores against the gold scores of ``records``,
    read with the news convention or, if given, the corpus ``convention``."""
    vocab = component.vocab
    docs = [Doc(vocab, words=r["tokens"]) for r in records]
    if convention is not None:
        for doc in docs:
            doc.user_data[CORPUS_KEY] = convention
    gold: list[float] = []
    predicted: list[float] = []
    for doc, record in zip(annotate(docs), records, strict=True):
        indices = [int(p["token"]) for p in record["predicates"]]
        scores = component.score_tokens(doc, indices)
        for predicate in record["predicates"]:
            gold.append(float(predicate["factuality"]))
            predicted.append(scores[int(predicate["token"])])
    return {
        "pearson_r": round(pearson(gold, predicted), 4),
        "mae": round(mean_absolute_error(gold, predicted), 4),
        "predicates": len(gold),
        "sentences": len(records),
    }


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Score every set present under ``path``; each set's ``dev.jsonl`` is read whole."""
    present = [name for name in SETS if (path / name / f"{SPLIT}.jsonl").is_file()]
    if not present:
        raise EvalError(
            f"{path}: no <set>/{SPLIT}.jsonl for any of {', '.join(SETS)} "
            "(expected the layout of shared/train/factuality)"
        )
    nlp = build_pipeline(components=[PIPE])
    component = nlp.get_pipe(PIPE)
    if not isinstance(component, FactualityComponent):
        raise EvalError(f"pipe {PIPE} is not the factuality component")

    def run(docs: list[Doc]) -> list[Doc]:
        return list(nlp.pipe(docs, batch_size=64))

    records = {name: read_set(path / name / f"{SPLIT}.jsonl", limit) for name in present}
    per_set = {name: score_set(records[name], run, component) for name in present}
    own = {name: score_set(records[name], run, component, name) for name in present}
    return {
        "metric": "Pearson r and mean absolute error over annotated predicates "
        "(Lee et al. 2015; Rudinger et al. 2018; Jiang & de Marneffe 2021)",
        "split": SPLIT,
        "component": nlp.get_pipe_meta(PIPE).factory,
        "model_version": component.model_version,
        **per_set,
        "own_convention": own,
    }
