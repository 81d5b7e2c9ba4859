"""The English model's own entity recogniser, decoded many tokens per step.

Why: spaCy's greedy NER loop checks each action's validity per token in compiled
code that re-enters the interpreter's lock (``ner_decoder``); on the benchmark
machine that made the pinned model's ``ner`` pipe slower than its tagger, parser,
attribute ruler and lemmatizer together. ``BatchedEntityRecognizer`` is spaCy's
``EntityRecognizer`` (the same config, weights and serialisation) whose ``pipe``
and ``__call__`` decode with ``GreedyEntityDecoder``, which finds the same
entities as spaCy's greedy parse; ``build_pipeline`` names its factory for the
model's ``ner`` pipe. A document that already holds entities (which spaCy's
loop keeps, and the decoder does not read) or a recogniser the decoder cannot
run (a beam, say) goes to spaCy's own loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import Model

from warledger.errors import ConfigError
from warledger.extract.ner_decoder import GreedyEntityDecoder

FACTORY = "warledger_batched_ner_v1"
SPACY_PIPE = "ner"
"""The name of the pinned model's entity recogniser, whose factory this replaces."""


class BatchedEntityRecognizer(EntityRecognizer):
    """spaCy's entity recogniser with the batched greedy decoder."""

    _greedy: GreedyEntityDecoder | bool | None
    """The decoder of the loaded weights; False when it cannot run them; None: not built."""

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc], None)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """As ``Parser.pipe``: batches of ``batch_size``, encoded in groups by length."""
        error_handler = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            in_order = list(batch)
            try:
                self._annotate(in_order, max(batch_size // 4, 2))
                yield from in_order
            except Exception as e:
                error_handler(self.name, self, in_order, e)

    def from_disk(self, *args: Any, **kwargs: Any) -> BatchedEntityRecognizer:
        self._greedy = None  # the decoder reads the weights it was built with
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args: Any, **kwargs: Any) -> BatchedEntityRecognizer:
        self._greedy = None
        return super().from_bytes(*args, **kwargs)

    def _annotate(self, docs: list[Doc], group_size: int | None) -> None:
        """Set the entities of ``docs``: encoded together (``group_size`` None, as
        ``Parser.predict``) or in groups of ``group_size`` by length (``Parser.pipe``)."""
        decoder = self._decoder()
        if decoder is None or any(doc.has_annotation("ENT_IOB") for doc in docs):
            if group_size is None:
                self.set_annotations(docs, self.predict(docs))
            else:
                by_length = sorted(docs, key=len)
                for group in minibatch(by_length, size=group_size):
                    self.set_annotations(group, self.predict(group))
            return
        for doc, entities in zip(docs, decoder.entities(docs, group_size), strict=True):
            # As spaCy's BiluoPushDown.set_annotations leaves a document that held no
            # entities: the entities found, every other token outside.
            spans = [Span(doc, e.start, e.end, label=e.label) for e in entities]
            doc.set_ents(spans, default="outside")

    def _decoder(self) -> GreedyEntityDecoder | None:
        """The decoder of the loaded weights, built on first use; None when it cannot
        run this recogniser."""
        if getattr(self, "_greedy", None) is None:
            try:
                self._greedy = GreedyEntityDecoder(self)
            except ConfigError:
                self._greedy = False
        return self._greedy if isinstance(self._greedy, GreedyEntityDecoder) else None


@Language.factory(
    FACTORY,
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_batched_ner(
    nlp: Language,
    name: str,
    model: Model,
    moves: Any,
    update_with_oracle_cut_size: int,
    incorrect_spans_key: str | None,
    scorer: Callable[..., Any] | None,
) -> BatchedEntityRecognizer:
    """The arguments of spaCy's ``ner`` factory, which the model's config gives."""
    return BatchedEntityRecognizer(
        nlp.vocab,
        model,
        name=name,
        moves=moves,
        update_with_oracle_cut_size=update_with_oracle_cut_size,
        incorrect_spans_key=incorrect_spans_key,
        scorer=scorer,
    )
