"""Shared by the relation tests: the trigger patterns run alone (``relation_model``
off, so each assertion is about a pattern; the trained classifier that runs beside
them is tested in ``test_relation_model``), relations read as word triples, and
relation claims of the whole pipeline read as (subject, object) word pairs."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.extract.relations import FACTORY
from warledger.model import Claim, Relation, RelationPredicate

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


def patterns_extractor() -> Extractor:
    """The whole pipeline, claims included, with the relation stage's trigger patterns
    alone."""
    nlp = build_pipeline()
    nlp.replace_pipe("warledger_relations", FACTORY, config={"relation_model": False})
    return Extractor(nlp)


def claims_of(extractor: Extractor, text: str) -> list[Claim]:
    doc = extractor.process(TextInput(text, "t", date(2024, 5, 1)))
    return list(doc._.claims)


def relation_claims(claims: list[Claim], predicate: RelationPredicate) -> list[Claim]:
    return [
        c
        for c in claims
        if isinstance(c.proposition, Relation) and c.proposition.predicate is predicate
    ]


def pair(claim: Claim) -> tuple[str, str | None]:
    """(subject words, object words): the object actor, else the place, else None."""
    relation = claim.proposition
    assert isinstance(relation, Relation)
    end = relation.object or relation.object_place
    return relation.subject.span.text, end.span.text if end else None


def claim_pairs(
    extractor: Extractor, text: str, predicate: RelationPredicate
) -> set[tuple[str, str | None]]:
    """The (subject, object) words of the text's relation claims of ``predicate``."""
    return {pair(c) for c in relation_claims(claims_of(extractor, text), predicate)}
