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
after that model's pipes; one with its own small encoder runs anywhere. It
writes its spans through ``doc.ents`` (how spaCy's entity tagger reports)
and puts the document's own entities back afterwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from warledger.errors import ConfigError

FACTORY = "warledger_attribution_tagger_v1"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "attribution"
TAGGER_PIPE = "attribution_spans"
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
        self.tagger = trained.get_pipe(TAGGER_PIPE)
        for label in self.tagger.labels:  # the spans it writes are labelled in this vocab
            vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            doc._.attribution_spans = []
            return doc
        if self.reads_tensor and (doc.tensor is None or doc.tensor.shape[0] != len(doc)):
            raise ConfigError(
                "warledger_attribution_tagger needs the English model's tok2vec to run first"
            )
        own_entities = doc.ents
        doc.set_ents([], default="outside")
        self.tagger(doc)
        found = [
            TaggedSpan(ROLE_OF_LABEL[ent.label], ent.start, ent.end)
            for ent in doc.ents
            if ent.label in ROLE_OF_LABEL
        ]
        doc.set_ents(list(own_entities), default="outside")
        doc._.attribution_spans = found
        return doc


@Language.factory(FACTORY)
def make_attribution_tagger(nlp: Language, name: str) -> AttributionTagger:
    return AttributionTagger(nlp.vocab)
