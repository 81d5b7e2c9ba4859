"""Shared by the relation tests: the trigger patterns run alone (``relation_model``
off, so each assertion is about a pattern; the trained classifier that runs beside
them is tested in ``test_relation_model``) and relations read as word triples."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.extract.relations import FACTORY
from warledger.model import Relation

UPSTREAM = ("warledger_actors", "warledger_places", "warledger_dates")
Triple = tuple[str, str, str | None]


def patterns_pipeline() -> Language:
    """The components relations read from, then the relation finder without its model."""
    pipeline = build_pipeline(components=(*UPSTREAM, "warledger_relations"))
    pipeline.replace_pipe("warledger_relations", FACTORY, config={"relation_model": False})
    return pipeline


def relations(nlp: Language, text: str) -> list[Relation]:
    doc = Extractor(nlp).process(TextInput(text, "t", date(2024, 5, 1)))
    return list(doc._.relations)


def as_triples(found: list[Relation]) -> set[Triple]:
    """(subject words, predicate, object words): the object actor, else the place."""
    out = set()
    for r in found:
        obj = r.object or r.object_place
        out.add((r.subject.span.text, r.predicate.value, obj.span.text if obj else None))
    return out


def triples(nlp: Language, text: str) -> set[Triple]:
    return as_triples(relations(nlp, text))
