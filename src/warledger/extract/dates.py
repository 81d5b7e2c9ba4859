"""warledger_dates: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_dates_v1"


class DatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = []
        return doc


@Language.factory(FACTORY)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()
