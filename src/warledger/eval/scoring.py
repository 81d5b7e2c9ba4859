"""Scorers shared by every gold-set adapter: counts in, P/R/F1 out.

Adapters turn a gold set and warledger's output into comparable items (spans
with labels, strings per role, labels per record) and use these functions, so
every set is scored the same way and the JSON has one shape.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from scipy.optimize import linear_sum_assignment

from warledger.errors import EvalError

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class PRF:
    """True positive, false positive and false negative counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class LabeledSpan:
    start: int
    end: int
    label: str = ""


def spans_overlap(a: LabeledSpan, b: LabeledSpan) -> bool:
    return a.start < b.end and b.start < a.end


def match_spans(
    predicted: Iterable[LabeledSpan],
    gold: Iterable[LabeledSpan],
    mode: Literal["exact", "overlap"] = "exact",
    typed: bool = True,
) -> PRF:
    """One-to-one greedy matching of predicted to gold spans in one document.

    ``exact`` needs identical offsets; ``overlap`` any shared character. With
    ``typed`` the labels must agree too. Each gold span matches at most once.
    """
    gold_left = sorted(set(gold), key=lambda s: (s.start, s.end, s.label))
    counts = PRF()
    for pred in sorted(set(predicted), key=lambda s: (s.start, s.end, s.label)):
        for i, cand in enumerate(gold_left):
            same_place = (
                (pred.start, pred.end) == (cand.start, cand.end)
                if mode == "exact"
                else spans_overlap(pred, cand)
            )
            if same_place and (not typed or pred.label == cand.label):
                del gold_left[i]
                counts.tp += 1
                break
        else:
            counts.fp += 1
    counts.fn += len(gold_left)
    return counts


def normalise_string(text: str) -> str:
    """Lower-case, strip articles and punctuation: MUC-style lenient string compare."""
    words = "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()
    return " ".join(w for w in words if w not in {"the", "a", "an"})


@dataclass(frozen=True)
class ReeAlignment:
    """A CEAF-REE alignment of one role of one document: the distinct normalised
    predicted strings, the gold entities (sets of normalised mention strings) and
    the aligned (guess index, entity index) pairs, each a fit."""

    guesses: list[str]
    entities: list[set[str]]
    pairs: list[tuple[int, int]]

    def counts(self) -> PRF:
        tp = len(self.pairs)
        return PRF(tp=tp, fp=len(self.guesses) - tp, fn=len(self.entities) - tp)


def align_ree(predicted: Iterable[str], gold: Sequence[Sequence[str]]) -> ReeAlignment:
    """The optimal one-to-one alignment that ``ceaf_ree`` counts (Kuhn-Munkres over
    fits: a guess fits an entity when it equals one of its normalised mentions)."""
    entities = [{normalise_string(m) for m in entity} - {""} for entity in gold]
    entities = [e for e in entities if e]
    guesses = list(dict.fromkeys(p for p in map(normalise_string, predicted) if p))
    if not guesses or not entities:
        return ReeAlignment(guesses, entities, [])
    fits = [[1 if guess in entity else 0 for entity in entities] for guess in guesses]
    rows, cols = linear_sum_assignment(fits, maximize=True)
    pairs = [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if fits[r][c]]
    return ReeAlignment(guesses, entities, pairs)


def ceaf_ree(predicted: Iterable[str], gold: Sequence[Sequence[str]]) -> PRF:
    """CEAF-REE counts for one role of one document (Du, Rush & Cardie 2021, GRIT).

    Each distinct normalised predicted string is one predicted entity; a gold
    entity is the list of its coreferent mention strings. A predicted entity
    fits a gold entity when its string equals one of the entity's mentions
    after ``normalise_string`` (exact, no containment or head-noun match); the
    entities are aligned one-to-one so that the number of fits is largest
    (Kuhn-Munkres). tp = aligned fits, fp = predicted entities left over,
    fn = gold entities left over.
    """
    return align_ree(predicted, gold).counts()


def headline(
    metric: str, reference: str, figures: dict[str, float], scope: str = ""
) -> dict[str, object]:
    """The standard figure(s) of a gold set, named with the paper that defines them.

    Every adapter puts this first in its result so that its headline can be set
    beside published results; looser variants sit under ``secondary``.
    """
    result: dict[str, object] = {"metric": metric, "reference": reference}
    if scope:
        result["scope"] = scope
    result["figures"] = {name: round(value, 4) for name, value in figures.items()}
    return result


def label_scores(pairs: Sequence[tuple[str, str]]) -> dict[str, object]:
    """Accuracy, weighted and macro F1, and per-label P/R/F1 from (gold, predicted) pairs."""
    per_label: dict[str, PRF] = {}
    support = Counter(g for g, _ in pairs)
    for gold_label, pred_label in pairs:
        per_label.setdefault(gold_label, PRF())
        per_label.setdefault(pred_label, PRF())
        if gold_label == pred_label:
            per_label[gold_label].tp += 1
        else:
            per_label[gold_label].fn += 1
            per_label[pred_label].fp += 1
    total = len(pairs)
    weighted = (
        sum(per_label[label].f1 * n for label, n in support.items()) / total if total else 0.0
    )
    gold_labels = list(support)
    macro = (
        sum(per_label[label].f1 for label in gold_labels) / len(gold_labels) if gold_labels else 0.0
    )
    accuracy = sum(1 for g, p in pairs if g == p) / total if total else 0.0
    return {
        "n": total,
        "accuracy": round(accuracy, 4),
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "per_label": {k: v.as_dict() for k, v in sorted(per_label.items())},
    }


def match_one_to_one(
    predicted: Iterable[P], gold: Iterable[G], same: Callable[[P, G], bool]
) -> PRF:
    """Greedy one-to-one matching in prediction order: each gold item matches once.

    For items that are not spans (role-filler strings, actor names), where
    ``same`` says when a prediction counts as that gold item.
    """
    counts = PRF()
    left = list(gold)
    for item in predicted:
        hit = next((g for g in left if same(item, g)), None)
        if hit is None:
            counts.fp += 1
        else:
            left.remove(hit)
            counts.tp += 1
    counts.fn += len(left)
    return counts


def jsonl_objects(file: Path, layout: str) -> Iterator[tuple[str, dict[str, object]]]:
    """``("file:LINE", object)`` for each non-blank line of a gold JSON-lines file.

    A missing file or a line that is not a JSON object is an ``EvalError`` naming
    the place and the expected ``layout``, so a misplaced gold folder is obvious.
    """
    if not file.is_file():
        raise EvalError(f"{file.parent}: no {file.name} (expected the layout of {layout})")
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{file}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvalError(f"{where}: not valid JSON ({error})") from error
        if not isinstance(record, dict):
            raise EvalError(f"{where}: expected a JSON object ({layout})")
        yield where, record
