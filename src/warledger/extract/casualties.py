"""warledger_casualties: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_casualties_v1"


class CasualtiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.casualties = []
        return doc


@Language.factory(FACTORY)
def make_casualties(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent()
