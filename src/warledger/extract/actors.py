"""warledger_actors: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_actors_v1"


class ActorsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc


@Language.factory(FACTORY)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent()
