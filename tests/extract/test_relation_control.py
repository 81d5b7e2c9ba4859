"""Control of ground and of arms as ``commands`` relations (``relation_control``).
Every sentence here is invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.extract.relations import FACTORY
from warledger.model import RelationPredicate

UPSTREAM = ("warledger_actors", "warledger_places", "warledger_dates")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The trigger patterns alone, so that what is asserted does not move with retraining."""
    pipeline = build_pipeline(components=(*UPSTREAM, "warledger_relations"))
    pipeline.replace_pipe("warledger_relations", FACTORY, config={"relation_model": False})
    return pipeline


def held(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(holder, held) names of each commands relation."""
    doc: Doc = Extractor(nlp).process(TextInput(text, "t", date(2024, 5, 1)))
    return {
        (r.subject.name, r.object.name)
        for r in doc._.relations
        if r.predicate is RelationPredicate.COMMANDS and r.object is not None
    }


def test_a_town_controlled_by_a_group(nlp: Language) -> None:
    found = held(nlp, "The city of Aleppo is the largest city controlled by the Crimson Front.")
    assert found == {("Crimson Front", "Aleppo")}


def test_control_as_a_noun_held_by_the_subject(nlp: Language) -> None:
    found = held(nlp, "Since May the Crimson Front has had control of Mosul.")
    assert found == {("Crimson Front", "Mosul")}


def test_a_seized_town_is_held_by_the_taker_and_was_held_by_the_loser(nlp: Language) -> None:
    found = held(nlp, "The Ukrainian army seized Kherson from the Crimson Front in May.")
    assert ("Crimson Front", "Kherson") in found
    assert any("army" in holder for holder, town in found if town == "Kherson")


def test_a_fused_holder_names_the_head_noun_only(nlp: Language) -> None:
    found = held(nlp, "The strikes destroyed a Crimson Front-held tank, two mortars and a bridge.")
    assert found == {("Crimson Front", "tank")}


def test_weapons_used_by_the_agent_of_the_clause(nlp: Language) -> None:
    found = held(nlp, "The Crimson Front conducted raids using armed drones near Kherson.")
    assert ("Crimson Front", "drones") in found


def test_an_actor_name_on_listed_materiel(nlp: Language) -> None:
    found = held(nlp, "Government forces destroyed Crimson Front tanks and mortars.")
    assert found == {("Crimson Front", "tanks"), ("Crimson Front", "mortars")}


def test_a_weapon_as_the_modifier_of_another_noun_is_not_held(nlp: Language) -> None:
    assert held(nlp, "The Crimson Front chemical weapons report was published on Monday.") == set()
