"""Build the extraction pipeline and run it on text: no database needed.

``Extractor`` owns one spaCy ``Language`` (the pinned English model plus
warledger's registered components) and turns text into ``Claim`` objects.
It is what ``warledger extract`` and ``warledger ingest`` call, and what a
worker process or a Ray actor holds one copy of.

A pipeline is built for one language (``kb/data/languages.yaml`` names its spaCy
model and date parser; ``kb/data/<language>/`` holds its word lists). A text in
another language is refused with ``UnsupportedLanguageError`` rather than read
with rules that do not know its words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_package_path, load_meta

from warledger.extract import english_attributes, english_lemmas, english_ner, factories
from warledger.extract.attrs import register_extensions
from warledger.kb.lexicon import DEFAULT_LANGUAGE, UnsupportedLanguageError, language_support
from warledger.model import Claim

SPACY_MODEL = language_support(DEFAULT_LANGUAGE).spacy_model
"""The default language's spaCy pipeline (a pinned PyPI package, never downloaded)."""


@dataclass(frozen=True)
class TextInput:
    """One text to extract from, with what the components need to know about it."""

    text: str
    document_id: str = ""
    published: date | None = None
    language: str | None = None
    """ISO 639-1 code; None when unknown (detection unsure), read as the default language."""


def build_pipeline(
    language: str = DEFAULT_LANGUAGE,
    components: Iterable[str] | None = None,
    places_file: Path | None = None,
) -> Language:
    """Load ``language``'s pinned spaCy model and append warledger's components in order.

    ``components`` limits which of ``factories.COMPONENTS`` are added (by pipe
    name); an evaluation of one component need not pay for the others.
    ``places_file`` is an analyst's own gazetteer for the places component.
    """
    support = language_support(language)
    register_extensions()
    nlp = load_model(support.spacy_model)
    wanted = set(components) if components is not None else None
    configs: dict[str, dict[str, object]] = {
        "warledger_dates": {"languages": list(support.dateparser_languages)}
    }
    if places_file:
        configs["warledger_places"] = {"places_file": str(places_file)}
    for pipe_name, factory_name in factories.COMPONENTS:
        if wanted is None or pipe_name in wanted:
            nlp.add_pipe(factory_name, name=pipe_name, config=configs.get(pipe_name, {}))
    return nlp


def load_model(name: str) -> Language:
    """The pinned spaCy package ``name``, its entity recogniser decoded by
    ``english_ner.BatchedEntityRecognizer``, its attribute ruler matched by
    ``english_attributes.ArrayAttributeRuler`` and its lemmatizer run once per word
    form by ``english_lemmas.CachedLemmatizer`` (the same annotations, set faster)."""
    pipes = load_meta(get_package_path(name) / "meta.json").get("pipeline", [])
    faster = {
        english_ner.SPACY_PIPE: english_ner.FACTORY,
        english_attributes.SPACY_PIPE: english_attributes.FACTORY,
        english_lemmas.SPACY_PIPE: english_lemmas.FACTORY,
    }
    components = {pipe: {"factory": faster[pipe]} for pipe in pipes if pipe in faster}
    return spacy.load(name, config={"components": components})


class Extractor:
    """Text in, claims out. Holds one pipeline; cheap to call, costly to build."""

    def __init__(self, nlp: Language | None = None, places_file: Path | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(places_file=places_file)

    @property
    def versions(self) -> dict[str, str]:
        """Component name -> versioned factory name, plus the knowledge-base version."""
        return factories.component_versions(self.nlp)

    def make_doc(self, item: TextInput) -> Doc:
        """A tokenised Doc for ``item``; refuses a text in another language than the pipeline's."""
        language = item.language or DEFAULT_LANGUAGE
        if language != self.nlp.lang:
            where = f"{item.document_id}: " if item.document_id else ""
            raise UnsupportedLanguageError(
                f"{where}the text is in {language!r}, this pipeline reads {self.nlp.lang!r}"
            )
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
