"""The trained relation classifier: which candidate pairs of mentions a relation joins.

Why a trained component beside the trigger patterns of ``relations``: the
patterns need an actor at a verb's subject and object positions, while much of
what conflict reporting relates is named otherwise ("Coalition strikes near
Raqqa destroyed an ISIL tactical unit", "the 158th Fighter Wing's Airmen").
A multinomial logistic regression over the features of ``relation_pairs``,
trained on re3d (``models/relations/MODEL_CARD.md``, ``make train-relations``),
scores every candidate pair of a sentence. Its weights are a plain matrix
(numpy), so scoring a document is a few sums: no second model runs.

Classes name the predicate and its direction over the pair in text order:
``member_of>`` says the first mention is the member, ``member_of<`` the second;
``allied_with`` is symmetric. A pair gets its most probable relation class when
that probability reaches the class's predicate threshold; the thresholds are
chosen per predicate by cross-validation at training (a rare predicate's
probabilities are lower and less calibrated than a frequent one's).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from warledger.errors import ConfigError
from warledger.extract.relation_pairs import (
    Argument,
    arguments,
    candidate_pairs,
    found_pairs,
    pair_features,
)
from warledger.model import ActorMention, RelationPredicate

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "relations"
NONE = "none"


@dataclass(frozen=True)
class PairRelation:
    """A relation the classifier found: subject and object arguments, the word that
    joins them in the parse (the evidence's trigger) and the class probability."""

    predicate: RelationPredicate
    subject: Argument
    object: Argument
    trigger: Token
    probability: float


class RelationModel:
    """Loads the exported weights once; ``find(doc)`` scores a processed Doc's pairs."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        meta_path, weights_path = model_dir / "model.json", model_dir / "weights.npz"
        if not meta_path.is_file() or not weights_path.is_file():
            raise ConfigError(
                f"{model_dir}: no trained relation model (model.json or weights.npz missing); "
                "rebuild it with `make train-relations`"
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path) as weights:
            # one row per feature: a pair's scores are the sum of its features' rows
            self.weights = np.ascontiguousarray(weights["coef"].T)
            self.intercept = weights["intercept"]
        self.classes: list[str] = list(meta["classes"])
        self.thresholds: dict[str, float] = {
            name: float(value) for name, value in meta["thresholds"].items()
        }
        self.index = {name: i for i, name in enumerate(meta["features"])}
        self.predicates = frozenset(RelationPredicate(n) for n in self.thresholds)
        self.training_documents = frozenset(meta["training"]["documents"])
        digest = hashlib.sha256(weights_path.read_bytes() + meta_path.read_bytes()).hexdigest()
        self.version = f"relclf-{digest[:12]}"
        if self.weights.shape != (len(self.index), len(self.classes)):
            raise ConfigError(f"{model_dir}: weights do not match the features and classes")

    def find(
        self, doc: Doc, referring: Mapping[int, list[ActorMention]] | None = None
    ) -> list[PairRelation]:
        """The relations between ``doc``'s found mentions that the classifier is sure
        enough of: the candidate pairs of two found mentions (``relation_pairs``), a
        pronoun or "the group" counting as found when ``referring`` resolves it."""
        pairs = found_pairs(candidate_pairs(arguments(doc, referring)))
        if not pairs:
            return []
        probs = self.probabilities(doc, pairs)
        return pair_relations(pairs, probs, self.classes, self.thresholds)

    def probabilities(self, doc: Doc, pairs: list[tuple[Argument, Argument]]) -> np.ndarray:
        """One row of class probabilities per pair (columns in ``self.classes`` order)."""
        scores = np.tile(self.intercept, (len(pairs), 1))
        for row, (first, second) in enumerate(pairs):
            columns = sorted(
                {self.index[f] for f in pair_features(doc, first, second) if f in self.index}
            )
            scores[row] += self.weights[columns].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        return probs


def decide(probs: np.ndarray, classes: list[str], thresholds: dict[str, float]) -> list[int | None]:
    """For each row, the column of the most probable relation class when that probability
    reaches its predicate's threshold (``thresholds`` by predicate name), else None.
    Training chooses the thresholds with this same rule."""
    cut = np.array([thresholds.get(c.rstrip("<>"), 2.0) for c in classes])  # none: never
    masked = np.where(np.array(classes) == NONE, -1.0, probs)
    best = masked.argmax(axis=1)
    return [int(b) if probs[row, b] >= cut[b] else None for row, b in enumerate(best)]


def pair_relations(
    pairs: list[tuple[Argument, Argument]],
    probs: np.ndarray,
    classes: list[str],
    thresholds: dict[str, float],
) -> list[PairRelation]:
    """The relations ``decide`` gives the pairs whose class probabilities are ``probs``."""
    return [
        _relation(classes[best], first, second, float(probs[row, best]))
        for row, ((first, second), best) in enumerate(
            zip(pairs, decide(probs, classes, thresholds), strict=True)
        )
        if best is not None
    ]


def _relation(label: str, first: Argument, second: Argument, probability: float) -> PairRelation:
    name = label.rstrip("<>")
    subject, obj = (second, first) if label.endswith("<") else (first, second)
    return PairRelation(
        RelationPredicate(name), subject, obj, joining_word(first, second), probability
    )


def joining_word(first: Argument, second: Argument) -> Token:
    """Where the two mentions' branches of the parse meet, or the highest word below it
    that is not inside a mention ("X, the leader of Y": leader); the head of the second
    mention when they attach to each other directly."""
    up_first = [first.head, *first.head.ancestors]
    up_second = {t.i for t in [second.head, *second.head.ancestors]}
    top = next((t for t in up_first if t.i in up_second), second.head)
    inside = range(first.start, first.end), range(second.start, second.end)
    if not any(top.i in r for r in inside):
        return top
    outside = [t for t in top.children if not any(t.i in r for r in inside)]
    linking = [t for t in outside if t.is_ancestor(first.head) or t.is_ancestor(second.head)]
    return linking[0] if linking else top
