"""warledger_places: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_places_v1"


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc


@Language.factory(FACTORY)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()
