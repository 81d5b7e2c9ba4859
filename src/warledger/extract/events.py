"""warledger_events: SKELETON written by the integrator; the owner replaces it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "warledger_events_v1"


class EventsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory(FACTORY)
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()
