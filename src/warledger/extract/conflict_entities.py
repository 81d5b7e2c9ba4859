"""The trained conflict-entity recogniser: weapons, platforms, people, organisations.

Why a trained component: the knowledge base and the shape rules know the names
they were written for; a model trained on annotated conflict reporting (re3d,
see ``models/entities/MODEL_CARD.md``) also finds the weapon, platform, unit or
official no list names. It proposes typed spans; the actors component decides
what to keep and links what it keeps to the knowledge base.

The model is a spaCy NER that listens to the pinned English pipeline's own
``tok2vec`` (frozen while training). It therefore reads the ``doc.tensor`` the
pipeline has already computed and adds only its transition model: no second
encoder runs. It writes nothing to ``doc.ents``: it works on a bare copy of the
tokens, so the general NER's entities (dates, quantities, places) stay as they
are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from warledger.extract.ner_decoder import GreedyEntityDecoder
from warledger.extract.trained_ner import load_trained_ner

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "entities"
PIPE_NAME = "conflict_ner"
LABELS: tuple[str, ...] = (
    "Person",
    "Organisation",
    "Location",
    "Nationality",
    "Weapon",
    "MilitaryPlatform",
)


@dataclass(frozen=True)
class EntityProposal:
    """A span the model typed: token offsets into the Doc, and the re3d type."""

    start: int
    end: int
    label: str


class ConflictEntityModel:
    """Loads the trained NER once; ``propose(doc)`` reads a processed Doc's tensor."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.ner, self.version = load_trained_ner(
            model_dir, PIPE_NAME, "entity", "train-entities", "conflict_ner"
        )
        self.decoder = GreedyEntityDecoder(self.ner)

    def propose(self, doc: Doc) -> list[EntityProposal]:
        """The model's typed spans in ``doc`` (which the pinned pipeline has processed:
        an empty tensor, from a pipeline without ``tok2vec``, yields nothing)."""
        return self.propose_batch([doc])[0]

    def propose_batch(self, docs: Sequence[Doc]) -> list[list[EntityProposal]]:
        """``propose`` for several Docs at once (the transition model batches them)."""
        if not docs:
            return []
        for label in self.ner.labels:  # the model's labels, known to this pipeline's vocab
            docs[0].vocab.strings.add(label)
        ready = [i for i, doc in enumerate(docs) if len(doc) and doc.tensor.size]
        bares = [_bare_copy(docs[i]) for i in ready]
        found: list[list[EntityProposal]] = [[] for _ in docs]
        # Grouped as ``self.ner.pipe(bares, batch_size=len(bares))`` would group them.
        entities = self.decoder.entities(bares, group_size=max(len(bares) // 4, 2))
        for i, spans in zip(ready, entities, strict=True):
            found[i] = [EntityProposal(e.start, e.end, e.label) for e in spans]
        return found


def training_documents(model_dir: Path = MODEL_DIR) -> frozenset[str]:
    """Ids of the re3d documents the model was trained on, as its export listed them:
    an evaluation must score the others apart, or it measures memory, not skill."""
    listing = json.loads((model_dir / "training_documents.json").read_text(encoding="utf-8"))
    return frozenset(str(doc_id) for doc_id in listing["documents"])


def _bare_copy(doc: Doc) -> Doc:
    """The same tokens and tensor with no entities: the model must not be bound by the
    general NER's entities, which a transition-based NER would otherwise keep."""
    spaces = [bool(t.whitespace_) for t in doc]
    bare = Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces)
    bare.tensor = doc.tensor
    return bare
