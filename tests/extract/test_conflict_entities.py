"""The trained conflict-entity model and how the actors component combines it.

Sentences are invented for these tests. The committed model is deterministic, so
its spans on them are fixed; a retrained model may need these values revised.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from warledger.errors import ConfigError
from warledger.extract.conflict_entities import ConflictEntityModel, training_documents
from warledger.extract.factories import component_versions
from warledger.extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors"])


@pytest.fixture(scope="module")
def model(nlp: Language) -> ConflictEntityModel:
    entity_model = nlp.get_pipe("warledger_actors").entity_model
    assert isinstance(entity_model, ConflictEntityModel)
    return entity_model


def test_model_types_people_and_units(nlp: Language, model: ConflictEntityModel) -> None:
    doc = nlp("Colonel Amira Hassan of the 4th Armoured Brigade said the convoy returned safely.")
    found = {(doc[p.start : p.end].text, p.label) for p in model.propose(doc)}
    assert ("Colonel Amira Hassan", "Person") in found
    assert ("Armoured Brigade", "Organisation") in found


def test_weapon_and_platform_are_instruments_not_actors(nlp: Language) -> None:
    doc = nlp("Insurgents fired a Kornet anti-tank missile at a Leopard tank near the crossing.")
    assert [(i.name, i.label) for i in doc._.instruments] == [
        ("anti-tank missile", "WEAPON"),
        ("tank", "MILITARY_PLATFORM"),
    ]
    # The model reads "Kornet anti-tank missile" as an organisation; a span over a
    # weapon is never made an actor.
    assert all("missile" not in a.name for a in doc._.actors)


def test_a_common_phrase_the_model_proposes_is_no_actor(
    nlp: Language, model: ConflictEntityModel
) -> None:
    doc = nlp("Commander Ilya Varsk told reporters that his men held the bridge.")
    proposed = {(doc[p.start : p.end].text, p.label) for p in model.propose(doc)}
    assert ("his men", "Organisation") in proposed
    found = [(a.name, a.label, a.source) for a in doc._.actors]
    assert found == [("Ilya Varsk", "PERSON", "ner")]


def test_empty_text_proposes_nothing(nlp: Language, model: ConflictEntityModel) -> None:
    assert model.propose(nlp("")) == []


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=str(tmp_path)):
        ConflictEntityModel(tmp_path)


def test_producer_names_the_model_version(nlp: Language, model: ConflictEntityModel) -> None:
    versions = component_versions(nlp)
    assert versions["entity_model"] == model.version
    assert model.version.startswith("conflict_ner-")
    assert versions["warledger_actors"] == "warledger_actors_v2"


def test_rules_alone_without_the_model() -> None:
    rules_only = build_pipeline(components=[])
    rules_only.add_pipe(
        "warledger_actors_v2", name="warledger_actors", config={"entity_model": False}
    )
    assert rules_only.get_pipe("warledger_actors").entity_model is None
    assert "entity_model" not in component_versions(rules_only)


def test_the_model_lists_the_re3d_documents_it_was_trained_on() -> None:
    split = json.loads(
        (Path(__file__).parents[2] / "training" / "entities" / "split.json").read_text("utf-8")
    )
    trained = {doc_id for part in split.values() for doc_id in part["train"]}
    held_out = {doc_id for part in split.values() for doc_id in part["validation"]}
    assert training_documents() == trained
    assert len(trained) == 52 and not trained & held_out
