"""warledger_relations: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_relations_v1"


class RelationsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = []
        return doc


@Language.factory(FACTORY)
def make_relations(nlp: Language, name: str) -> RelationsComponent:
    return RelationsComponent()
