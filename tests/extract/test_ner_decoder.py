"""The batched NER decoder gives spaCy's own greedy parse, entity for entity.

Sentences are invented for these tests. Each trained recogniser warledger ships is
decoded both ways on the same documents: by spaCy's ``Parser.pipe`` /
``Parser.predict`` (the reference) and by ``GreedyEntityDecoder``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

from warledger.extract import conflict_entities, roles
from warledger.extract.attribution_tagger import AttributionTagger
from warledger.extract.ner_decoder import FoundEntity
from warledger.extract.pipeline import build_pipeline

TEXTS = [
    "Colonel Amira Hassan of the 4th Armoured Brigade said the convoy returned safely.",
    "Insurgents fired a Kornet anti-tank missile at a Leopard tank near the crossing.",
    "The ministry said on Tuesday that guerrillas of the Northern Front attacked the farm.",
    '"We will not retreat," the commander told reporters in Dornavik. Police said two '
    "civilians were killed.",
    "Gunmen shot dead a judge outside the courthouse, according to local officials.",
    "Nothing happened.",
    "",
    "A drone struck a fuel depot; the regional governor said the fire was contained.  "
    "Residents fled.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_attribution_tagger"])


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


def _spacy_pipe(ner: EntityRecognizer, copies: list[Doc]) -> list[list[FoundEntity]]:
    for label in ner.labels:
        copies[0].vocab.strings.add(label)
    out = ner.pipe(copies, batch_size=len(copies))
    return [[FoundEntity(e.start, e.end, e.label_) for e in doc.ents] for doc in out]


def test_conflict_entities_as_spacy_decodes_them(nlp: Language, docs: list[Doc]) -> None:
    model = nlp.get_pipe("warledger_actors").entity_model
    bares = [conflict_entities._bare_copy(d) for d in docs if len(d)]
    expected = _spacy_pipe(model.ner, [conflict_entities._bare_copy(d) for d in docs if len(d)])
    found = model.decoder.entities(bares, group_size=max(len(bares) // 4, 2))
    assert found == expected
    assert any(found)  # the sentences do hold entities of the model's types


def test_role_spans_as_spacy_decodes_them(docs: list[Doc]) -> None:
    tagger = roles.RoleTagger()
    lowered = [roles._lower_copy(d) for d in docs]
    expected = _spacy_pipe(tagger.ner, [roles._lower_copy(d) for d in docs])
    assert tagger.decoder.entities(lowered, group_size=max(len(lowered) // 4, 2)) == expected


def test_attribution_spans_as_spacy_decodes_them_and_entities_stay(
    nlp: Language, docs: list[Doc]
) -> None:
    tagger = nlp.get_pipe("warledger_attribution_tagger")
    assert isinstance(tagger, AttributionTagger)
    own = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
    found = tagger.decoder.entities(docs)
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == own
    busy = [d for d in docs if len(d)]
    for doc in busy:
        doc.set_ents([], default="outside")
    tagger.tagger.set_annotations(busy, tagger.tagger.predict(busy))
    expected = {id(d): [FoundEntity(e.start, e.end, e.label_) for e in d.ents] for d in busy}
    assert found == [expected.get(id(d), []) for d in docs]
    assert {e.label for spans in found for e in spans} >= {"SOURCE", "CUE", "CONTENT"}
    assert found[TEXTS.index("")] == []


def test_one_long_document_as_spacy_decodes_it(nlp: Language) -> None:
    """One document alone (no other to share a step with): the same entities as
    spaCy's loop, and the document's own entities stay as they were."""
    tagger = nlp.get_pipe("warledger_attribution_tagger")
    doc = nlp(" ".join(TEXTS))
    own = [(e.start, e.end, e.label_) for e in doc.ents]
    assert own
    found = tagger.decoder.entities([doc])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == own
    doc.set_ents([], default="outside")
    tagger.tagger.set_annotations([doc], tagger.tagger.predict([doc]))
    assert found == [[FoundEntity(e.start, e.end, e.label_) for e in doc.ents]]
    assert any(len(e.label) and e.end - e.start > 3 for e in found[0])  # long contents too
