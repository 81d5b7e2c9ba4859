"""warledger_factuality: a trained score of how certainly each event happened.

Word lists cannot tell "the strike killed six" from "residents feared a new
strike" or "if the missiles are used, the war will widen"; annotated corpora
of event factuality (UDS-IH2, UW, MEANTIME) can. This trainable spaCy pipe
scores every candidate predicate token (verbs, nouns, adjectives) in [-3, 3]:
+3 the text commits to it having happened, -3 to it not having happened, 0 no
commitment (possible, feared, asked about, conditional, generic).

Scores go to ``doc._.factuality`` as ``{token index: score}``. Training
(``training/factuality``) stores the gold scores of the reference docs in
``doc.user_data[GOLD_KEY]`` as ``[[token index, score], ...]``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab
from thinc.api import Model, Optimizer
from thinc.types import Floats2d

from warledger.extract.attrs import register_extensions
from warledger.extract.blas_ops import use_numpy_blas

# Importing the model module registers its architecture for spaCy configs.
from warledger.extract.factuality_model import CORPUS_KEY, NEWS_CONVENTION, FactualityInput

FACTORY = "warledger_factuality_v1"
PACKAGED = "packaged"
PACKAGED_DIR = Path(__file__).resolve().parents[1] / "models" / "factuality"
GOLD_KEY = "warledger_factuality_gold"
SCORE_RANGE = (-3.0, 3.0)
CANDIDATE_POS = ("VERB", "NOUN", "ADJ", "AUX", "PROPN")

DEFAULT_MODEL = {
    "@architectures": "warledger.FactualityHead.v1",
    "tensor_width": 96,
    "embed_width": 16,
    "hash_rows": 20000,
    "hidden_width": 128,
    "dropout": 0.1,
}


def gold_scores(doc: Doc) -> dict[int, float]:
    """The annotated scores of a training doc, by token index."""
    return {int(i): float(score) for i, score in doc.user_data.get(GOLD_KEY, [])}


class FactualityComponent(TrainablePipe):
    """Scores candidate predicates with a head over ``doc.tensor`` and the parse."""

    def __init__(self, vocab: Vocab, model: Model, name: str, candidate_pos: Sequence[str]):
        register_extensions()
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg = {"candidate_pos": list(candidate_pos)}
        self.model_version = "untrained"

    def load_weights(self, folder: Path) -> None:
        """Load trained weights saved by ``training/factuality/scripts/package.py``.

        The version names the training run and the weights' digest, so every
        claim's producer says exactly which trained model scored it.
        """
        weights = folder / "model"
        if not weights.is_file():
            raise FileNotFoundError(f"{folder}: no trained factuality weights (file 'model')")
        self.from_disk(folder, exclude=["vocab"])
        use_numpy_blas(self.model)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:12]
        self.model_version = f"{meta['version']}+sha256.{digest}"

    def candidates(self, doc: Doc) -> list[int]:
        """The tokens that may be event predicates: content words by part of speech."""
        wanted = self.cfg["candidate_pos"]
        return [t.i for t in doc if t.pos_ in wanted]

    def predict(self, docs: Iterable[Doc]) -> list[dict[int, float]]:
        """A score per candidate token of each doc."""
        inputs = [(doc, self.candidates(doc)) for doc in docs]
        scores = self.model.predict(inputs)
        return _split(inputs, self.model.ops.to_numpy(scores))

    def score_tokens(self, doc: Doc, indices: Sequence[int]) -> dict[int, float]:
        """Scores of the given tokens of an annotated doc, whatever their part of speech."""
        inputs = [(doc, list(indices))]
        return _split(inputs, self.model.ops.to_numpy(self.model.predict(inputs)))[0]

    def set_annotations(self, docs: Iterable[Doc], scores: list[dict[int, float]]) -> None:
        for doc, doc_scores in zip(docs, scores, strict=True):
            doc._.factuality = doc_scores

    def _training_inputs(self, examples: Iterable[Example]) -> list[FactualityInput]:
        inputs = []
        for eg in examples:
            if len(eg.predicted) != len(eg.reference):
                raise ValueError(
                    f"factuality example {eg.reference.text[:40]!r}: predicted and gold docs "
                    "are tokenised differently (build the gold docs from the given words)"
                )
            inputs.append((eg.predicted, sorted(gold_scores(eg.reference))))
        return inputs

    def update(
        self,
        examples: Iterable[Example],
        *,
        drop: float = 0.0,
        sgd: Optimizer | None = None,
        losses: dict[str, float] | None = None,
    ) -> dict[str, float]:
        """One gradient step on the annotated predicates of ``examples``."""
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        inputs = self._training_inputs(examples)
        if not any(indices for _, indices in inputs):
            return losses
        scores, backprop = self.model.begin_update(inputs)
        loss, d_scores = self.get_loss(examples, scores)
        backprop(d_scores)
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def get_loss(self, examples: Iterable[Example], scores: Floats2d) -> tuple[float, Floats2d]:
        """Huber loss (smooth L1, squared within 1 point, linear beyond) against the gold
        scores, in the order of ``_training_inputs``.

        Why not squared error: crowd ratings averaged over few annotators put some
        predicates far from where their context says; squaring lets those few pull
        the model more than the many consistent ones (smaller mean absolute error
        and higher r on the UW dev split than with squared error).
        """
        gold = [s for eg in examples for _, s in sorted(gold_scores(eg.reference).items())]
        truth = self.model.ops.asarray2f(numpy.asarray(gold, dtype="f").reshape((-1, 1)))
        diff = scores - truth
        size = self.model.ops.xp.abs(diff)
        loss = self.model.ops.xp.where(size <= 1.0, 0.5 * diff**2, size - 0.5)
        return float(loss.sum()), self.model.ops.xp.clip(diff, -1.0, 1.0) / max(len(gold), 1)

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None
    ) -> None:
        """Allocate the weights; every dimension is fixed by the config."""
        self.model.initialize()

    def score(self, examples: Iterable[Example], **kwargs: object) -> dict[str, float]:
        """Pearson r and mean absolute error over every annotated predicate, and r per
        corpus with their mean (``factuality_macro_r``).

        Why the mean per corpus: pooled r is dominated by the two large corpora and
        by the offsets between their conventions; the mean gives the small newswire
        set (MEANTIME) the same say in choosing the model as the others.
        """
        gold: dict[str, list[float]] = {}
        predicted: dict[str, list[float]] = {}
        for eg in examples:
            truth = gold_scores(eg.reference)
            scores = self.score_tokens(eg.predicted, sorted(truth))
            corpus = str(eg.reference.user_data.get(CORPUS_KEY, NEWS_CONVENTION))
            for i, value in truth.items():
                gold.setdefault(corpus, []).append(value)
                predicted.setdefault(corpus, []).append(scores[i])
        pooled_gold = [v for values in gold.values() for v in values]
        pooled = [v for values in predicted.values() for v in values]
        per_corpus = {f"factuality_r_{c}": pearson(gold[c], predicted[c]) for c in sorted(gold)}
        return {
            "factuality_r": pearson(pooled_gold, pooled),
            "factuality_mae": mean_absolute_error(pooled_gold, pooled),
            "factuality_macro_r": sum(per_corpus.values()) / max(len(per_corpus), 1),
            **per_corpus,
        }


def _split(inputs: Sequence[FactualityInput], scores: numpy.ndarray) -> list[dict[int, float]]:
    low, high = SCORE_RANGE
    flat = numpy.clip(scores.reshape(-1), low, high).tolist()
    out: list[dict[int, float]] = []
    k = 0
    for _doc, indices in inputs:
        out.append({i: round(flat[k + j], 3) for j, i in enumerate(indices)})
        k += len(indices)
    return out


def pearson(gold: Sequence[float], predicted: Sequence[float]) -> float:
    """Pearson's r (0.0 when either side is constant or empty)."""
    if len(gold) < 2:
        return 0.0
    a, b = numpy.asarray(gold, dtype="f8"), numpy.asarray(predicted, dtype="f8")
    if a.std() == 0 or b.std() == 0:
        return 0.0
    return float(numpy.corrcoef(a, b)[0, 1])


def mean_absolute_error(gold: Sequence[float], predicted: Sequence[float]) -> float:
    """Mean of |gold - predicted| (0.0 when empty)."""
    if not gold:
        return 0.0
    diff = numpy.asarray(gold, dtype="f8") - numpy.asarray(predicted, dtype="f8")
    return float(numpy.abs(diff).mean())


@Language.factory(
    FACTORY,
    default_config={
        "model": DEFAULT_MODEL,
        "candidate_pos": list(CANDIDATE_POS),
        "weights": PACKAGED,
    },
    default_score_weights={"factuality_macro_r": 1.0, "factuality_r": None, "factuality_mae": None},
    requires=["doc.tensor", "token.dep", "token.pos", "token.lemma"],
    assigns=["doc._.factuality"],
)
def make_factuality(
    nlp: Language, name: str, model: Model, candidate_pos: list[str], weights: str
) -> FactualityComponent:
    """``weights``: "packaged" (the trained model shipped with warledger), a folder,
    or "" for fresh weights (training)."""
    component = FactualityComponent(nlp.vocab, model, name, candidate_pos)
    if weights:
        component.model.initialize()
        component.load_weights(PACKAGED_DIR if weights == PACKAGED else Path(weights))
    return component
