"""Sides taken and arms supplied: the shapes proxy-war reporting uses for who fights
beside whom and who arms whom. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from relation_patterns import patterns_pipeline, triples
from spacy.language import Language

from warledger.model import RelationPredicate

P = RelationPredicate


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


def test_fighters_a_participle_follows_fight_beside_its_object(nlp: Language) -> None:
    found = triples(nlp, "Dozens of Syrian mercenaries fighting alongside Turkish forces died.")
    assert any(p == "allied_with" and o == "Turkish forces" for _, p, o in found)


def test_the_accused_of_a_passive_accusation_is_the_doer(nlp: Language) -> None:
    found = triples(nlp, "Pakistan was accused of sending troops to fight on the side of Turkey.")
    assert ("Pakistan", "allied_with", "Turkey") in found


def test_a_side_named_by_its_possessor(nlp: Language) -> None:
    found = triples(nlp, "Greek volunteers are fighting on Armenia's side.")
    assert any(p == "allied_with" and o == "Armenia" for _, p, o in found)


def test_a_backed_apposition_on_members_of_a_group(nlp: Language) -> None:
    found = triples(nlp, "Members of the Nour Brigade, an Iranian-backed faction, were killed.")
    assert any(p == "sponsors" and o == "Nour Brigade" for _, p, o in found)


def test_arms_supplied_with_are_backing(nlp: Language) -> None:
    assert ("Israel", "sponsors", "Azerbaijan") in triples(
        nlp, "Israel has supplied Azerbaijan with drones and rockets."
    )
    found = triples(nlp, "Weapons were delivered to the Houthis by Iran.")
    assert ("Iran", "sponsors", "Houthis") in found


def test_arms_supplied_to_and_the_noun(nlp: Language) -> None:
    assert ("Russia", "sponsors", "Armenia") in triples(
        nlp, "Russia sent missiles and ammunition to Armenia."
    )
    found = triples(nlp, "Iran's deliveries of missiles to the Houthis went on.")
    assert ("Iran", "sponsors", "Houthis") in found


def test_goods_that_are_not_arms_back_no_one(nlp: Language) -> None:
    assert not triples(nlp, "Russia supplied gas to Europe.")
    assert not triples(nlp, "Turkey sent medicine and food to Azerbaijan.")


def test_fighters_flown_or_brought_are_deployed(nlp: Language) -> None:
    found = triples(nlp, "Turkey flew hundreds of Syrian mercenaries to Baku.")
    assert ("Turkey", "deploys_fighters_to", "Baku") in found
    found = triples(nlp, "Armenia brought Kurdish fighters into Karabakh, Baku said.")
    assert ("Armenia", "deploys_fighters_to", "Karabakh") in found


def test_a_war_waged_by_a_state_against_another(nlp: Language) -> None:
    found = triples(
        nlp, "The war unleashed by Azerbaijan and Turkey against the Armenian forces went on."
    )
    assert ("Azerbaijan", "fighting_against", "Armenian forces") in found
    assert ("Turkey", "fighting_against", "Armenian forces") in found


def test_an_alliance_or_a_defence_pact_with_a_state(nlp: Language) -> None:
    assert ("Russia", "allied_with", "Armenia") in triples(
        nlp, "Russia has a military alliance with Armenia."
    )
    assert ("Russia", "allied_with", "Armenia") in triples(
        nlp, "Russia has a defence pact with Armenia."
    )
    assert not triples(nlp, "Russia signed a trade pact with Armenia.")


def test_standing_with_a_state_and_allies_named_together(nlp: Language) -> None:
    assert ("Turkey", "allied_with", "Azerbaijan") in triples(nlp, "Turkey stands with Azerbaijan.")
    found = triples(nlp, "Russia and Armenia are allies.")
    assert ("Russia", "allied_with", "Armenia") in found


def test_an_ally_named_after_its_partner(nlp: Language) -> None:
    found = triples(nlp, "Azerbaijan's ally Turkey has denied the reports.")
    assert ("Turkey", "allied_with", "Azerbaijan") in found


def test_the_noun_of_backing_and_support_by_a_participle(nlp: Language) -> None:
    assert ("Ankara", "sponsors", "Baku") in triples(nlp, "Ankara's backing of Baku was decisive.")
    found = triples(nlp, "Azerbaijan, supported by Turkey and Israel, regained territory.")
    assert {
        ("Turkey", "allied_with", "Azerbaijan"),
        ("Israel", "allied_with", "Azerbaijan"),
    } <= found


def test_fighters_of_a_group_arriving_somewhere(nlp: Language) -> None:
    found = triples(nlp, "Fighters of the Zagros Brigade have arrived in Azerbaijan.")
    assert ("Zagros Brigade", "deploys_fighters_to", "Azerbaijan") in found
    assert not triples(nlp, "The foreign minister arrived in Baku for talks.")


def test_a_deployment_in_a_place_and_a_front_in_a_place(nlp: Language) -> None:
    found = triples(
        nlp, "The deployment of Syrian mercenaries in Karabakh by Turkey was confirmed."
    )
    assert ("Turkey", "deploys_fighters_to", "Karabakh") in found
    found = triples(nlp, "Turkey has deployed Syrian mercenaries to the front line in Karabakh.")
    assert ("Turkey", "deploys_fighters_to", "Karabakh") in found


def test_fighters_hired_for_a_side_and_fighting_on_its_behalf(nlp: Language) -> None:
    found = triples(nlp, "Turkey has hired Syrian fighters for Azerbaijan, Armenia claims.")
    assert ("Turkey", "deploys_fighters_to", "Azerbaijan") in found
    found = triples(nlp, "The Syrian mercenaries are fighting on behalf of Azerbaijan.")
    assert any(p == "allied_with" and o == "Azerbaijan" for _, p, o in found)


def test_a_member_named_in_a_relative_clause_with_another(nlp: Language) -> None:
    found = triples(nlp, "Russia, which, along with Armenia, is a member of the CSTO, met.")
    assert {("Russia", "member_of", "CSTO"), ("Armenia", "member_of", "CSTO")} <= found
