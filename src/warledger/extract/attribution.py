"""warledger_attribution: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_attribution_v1"


class AttributionComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = []
        return doc


@Language.factory(FACTORY)
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent()
