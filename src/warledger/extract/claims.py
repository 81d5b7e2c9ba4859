"""warledger_claims: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_claims_v1"


class ClaimsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc


@Language.factory(FACTORY)
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()
