"""warledger_attribution_tagger: source, cue and content spans from a trained model.

Why a model: the reporting-verb rules miss cues that are not in their lexicon
("put the toll at", "have given figures of", "told reporters") and guess span
edges the annotators of real news draw differently. This component runs an
entity-style tagger trained with ``spacy train`` on PolNeAR
(``training/attribution/``) and writes the spans it finds to
``doc._.attribution_spans``; ``warledger_attribution`` pairs them into
attributions and keeps its rules as the fallback.

A tagger trained with a listener has no encoder of its own: it reads the
pinned English model's ``tok2vec`` output (``doc.tensor``), so it must run
after that model's pipes; one with its own small encoder that embeds the
English model's fine-grained tags and lemmas (``TAG``, ``LEMMA``) must run
after its tagger and lemmatizer. It writes its spans through ``doc.ents``
(how spaCy's entity tagger reports) and puts the document's own entities
back afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer, TrainablePipe
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import minibatch
from spacy.vocab import Vocab

from warledger.errors import ConfigError
from warledger.extract.blas_ops import use_numpy_blas
from warledger.extract.ner_decoder import GreedyEntityDecoder

FACTORY = "warledger_attribution_tagger_v1"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "attribution"
TAGGER_PIPE = "attribution_spans"
PIPELINE_COLUMNS = ("TAG", "LEMMA")  # token attributes the English model sets, not the tokenizer
ROLE_OF_LABEL = {
    hash_string(label): role
    for label, role in (("SOURCE", "source"), ("CUE", "cue"), ("CONTENT", "content"))
}


@dataclass(frozen=True)
class TaggedSpan:
    """One span the tagger found: its role and token range ``[start, end)``."""

    role: str
    start: int
    end: int


class AttributionTagger:
    """Runs the trained span tagger on a Doc that the English model has encoded."""

    def __init__(self, vocab: Vocab, model_dir: Path = MODEL_DIR) -> None:
        meta_file = model_dir / "meta.json"
        if not meta_file.is_file():
            raise ConfigError(f"{model_dir}: no trained attribution model (meta.json missing)")
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        self.model_version = f"{meta.get('name', '?')}-{meta.get('version', '?')}"
        trained = spacy.load(model_dir)
        encoder = trained.config["components"][TAGGER_PIPE]["model"]["tok2vec"]
        self.reads_tensor = encoder.get("@architectures", "").startswith("spacy.Tok2VecListener")
        embedded = encoder.get("embed", {}).get("attrs", [])
        self.reads_columns = [column for column in PIPELINE_COLUMNS if column in embedded]
        self.tagger = cast(TrainablePipe, trained.get_pipe(TAGGER_PIPE))
        use_numpy_blas(self.tagger.model)
        self.decoder = GreedyEntityDecoder(cast(EntityRecognizer, self.tagger))
        for label in self.tagger.labels:  # the spans it writes are labelled in this vocab
            vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        self._tag([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Tag documents in batches: the tagger's network runs once per batch."""
        for batch in minibatch(docs, size=batch_size):
            self._tag(batch)
            yield from batch

    def _tag(self, docs: list[Doc]) -> None:
        """Write ``attribution_spans`` on each doc, leaving its own entities as they were."""
        for doc in docs:
            if self.reads_tensor and len(doc) and doc.tensor.shape[0] != len(doc):
                raise ConfigError(
                    "warledger_attribution_tagger needs the English model's tok2vec to run first"
                )
            missing = [c for c in self.reads_columns if len(doc) and not doc.has_annotation(c)]
            if missing:
                raise ConfigError(
                    f"warledger_attribution_tagger reads {', '.join(missing)}: the English"
                    " model's tagger and lemmatizer must run first"
                )
        # Decoded as ``self.tagger.predict`` of the non-empty docs would, on the tokens
        # alone: the decoder ignores the document's own entities and leaves them as they are.
        for doc, entities in zip(docs, self.decoder.entities(docs), strict=True):
            doc._.attribution_spans = [
                TaggedSpan(ROLE_OF_LABEL[label], e.start, e.end)
                for e in entities
                if (label := hash_string(e.label)) in ROLE_OF_LABEL
            ]


@Language.factory(FACTORY, requires=["doc.ents"], assigns=["doc._.attribution_spans"])
def make_attribution_tagger(nlp: Language, name: str) -> AttributionTagger:
    return AttributionTagger(nlp.vocab)
