"""Typing an event by what its trigger acts on, and the codebook's other
context rules added with it, on invented sentences.

Each test states a general pattern of the PLOVER codebook (and of ACLED,
which warledger derives from it); the sentences were written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_events"])


def kinds(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.type.value, e.mode) for e in nlp(text)._.events or []]


def test_seizing_or_freeing_a_place_is_taking_territory(nlp: Language) -> None:
    assert kinds(nlp, "Rebel fighters seized the district centre on Saturday.") == [
        ("ASSAULT", "capture_territory")
    ]
    assert kinds(nlp, "Government troops freed three villages from the militants.") == [
        ("ASSAULT", "capture_territory")
    ]
    # Freeing people stays the release of captives.
    assert kinds(nlp, "The militia freed the three engineers on Sunday.") == [
        ("RETREAT", "release")
    ]


def test_the_seized_things_head_decides_weapons(nlp: Language) -> None:
    assert kinds(nlp, "Troops seized a cache of rifles in the hills.") == [
        ("COERCE", "disrupt_weapons")
    ]
    # A weapon word that only modifies the seized place is no weapons seizure.
    assert kinds(nlp, "The militants seized an abandoned rocket-launching site.") != [
        ("COERCE", "disrupt_weapons")
    ]


def test_intercepting_people_is_an_arrest(nlp: Language) -> None:
    assert kinds(nlp, "Coast guards intercepted four smugglers off the coast.") == [
        ("COERCE", "arrest")
    ]
    assert kinds(nlp, "The navy intercepted a missile over the sea.") == [
        ("COERCE", "disrupt_weapons")
    ]
    assert kinds(nlp, "The drone captured footage of the flooded valley.") == []


def test_a_surrender_is_a_military_retreat_unless_things_are_handed_over(nlp: Language) -> None:
    assert kinds(nlp, "Forty rebel fighters surrendered to the army on Monday.") == [
        ("RETREAT", "surrender")
    ]
    assert kinds(nlp, "The militants surrendered their rifles at the checkpoint.") == [
        ("RETREAT", "disarm")
    ]
    assert kinds(nlp, "The mayor surrendered his passport to the court.") == [("CONCEDE", None)]


def test_states_and_figurative_fights_are_no_events(nlp: Language) -> None:
    assert kinds(nlp, "Banned cluster munitions were stored in the depot.") == []
    assert kinds(nlp, "The workers were engaged in packing boxes.") == []
    # Armed forces engaged in something still act, in a way the words do not name.
    assert kinds(nlp, "The militia was engaged in terrorising farmers.") == [("ASSAULT", None)]
    assert ("ASSAULT", "clash") not in kinds(nlp, "She has been fighting deportation for years.")


def test_occupation_by_armed_forces_is_no_protest(nlp: Language) -> None:
    # Blocking is PROTEST/obstruct whoever blocks (the codebook's rebels do).
    assert kinds(nlp, "Rebels blocked the main road into the town.") == [("PROTEST", "obstruct")]
    assert kinds(nlp, "Militants occupying the town fired on the convoy.") == [
        ("ASSAULT", "firearms")
    ]
    assert kinds(nlp, "Rebel fighters occupied the town on Monday.") == [
        ("ASSAULT", "capture_territory")
    ]
    assert kinds(nlp, "A sniper fired from the occupied city.") == [("ASSAULT", "firearms")]
    assert kinds(nlp, "Farmers blocked roads across the province.") == [("PROTEST", "obstruct")]


def test_thrown_grenades_and_stones_wherever_the_object_stands(nlp: Language) -> None:
    assert kinds(nlp, "A militant threw a grenade at a police patrol in the market.") == [
        ("ASSAULT", "grenade")
    ]
    assert kinds(nlp, "Two grenades were hurled at the checkpoint overnight.") == [
        ("ASSAULT", "grenade")
    ]
    assert ("PROTEST", "riot") in kinds(nlp, "Bottles and stones were thrown at police.")


def test_military_and_labour_strikes(nlp: Language) -> None:
    assert kinds(nlp, "Teachers began a strike on Monday over unpaid wages.") == [
        ("PROTEST", "general_strike")
    ]
    assert ("ASSAULT", None) in kinds(nlp, "Israeli strikes on the port destroyed two sheds.")
    assert kinds(nlp, "The strikes targeted army positions near the airport.")[0] == (
        "ASSAULT",
        None,
    )


def test_raids_told_as_the_occasion_of_arrests_are_the_arrests(nlp: Language) -> None:
    assert kinds(nlp, "Police arrested forty people during raids in the northern districts.") == [
        ("COERCE", "arrest")
    ]
    assert kinds(nlp, "Soldiers raided the village and killed two men.")[0] == ("ASSAULT", None)


def test_accidents_and_illness_are_no_assaults(nlp: Language) -> None:
    # The explosion is the accident's (one event, no attack); the killing is its toll.
    assert kinds(nlp, "A chemical plant exploded on Monday, killing six workers.") == [
        ("ASSAULT", "accident")
    ]
    assert kinds(nlp, "The former minister died of a heart attack at home.") == []
    # A violent cue keeps the attack even beside an accident word.
    assert ("ASSAULT", "aerial") in kinds(nlp, "Drones attacked the power plant on Monday.")


def test_killing_is_not_crowd_control(nlp: Language) -> None:
    found = kinds(nlp, "Police fired tear gas and live rounds, killing two protesters.")
    assert ("ASSAULT", None) in found
    assert found.count(("ASSAULT", "crowd_control")) == 1


def test_new_triggers(nlp: Language) -> None:
    assert ("COERCE", "restrict") in kinds(nlp, "Soldiers suppressed a peaceful march.")
    assert ("PROTEST", "demonstration") in kinds(nlp, "Students staged a die-in outside the hall.")


def test_violent_repression_is_assault(nlp: Language) -> None:
    assert ("ASSAULT", None) in kinds(nlp, "Soldiers violently dispersed the sit-in.")
    assert ("COERCE", "disperse") in kinds(nlp, "Police dispersed the sit-in on Friday.")


def test_raped_is_sexual_violence(nlp: Language) -> None:
    assert ("ASSAULT", "sexual_violence") in kinds(nlp, "Soldiers raped women in the village.")


def test_sending_troops_and_forming_units_mobilise(nlp: Language) -> None:
    assert kinds(nlp, "Hundreds of soldiers have been dispatched to the border province.") == [
        ("MOBILIZE", "troops")
    ]
    assert kinds(nlp, "The army has formed a new drone brigade.") == [("MOBILIZE", None)]
    assert kinds(nlp, "The government formed a committee on Monday.") == []


def test_storming_is_no_storm(nlp: Language) -> None:
    # "Storm" the weather explains away an explosion; "stormed" the verb does not.
    found = kinds(nlp, "Gunmen stormed a police post and set off a bomb, killing four officers.")
    assert found and all(kind == "ASSAULT" for kind, _ in found)
    # The explosion the storm caused is the hazard's, no attack.
    assert kinds(nlp, "The storm caused an explosion at the depot.") == [
        ("ASSAULT", "natural_hazard")
    ]


def test_dropping_munitions_is_an_attack(nlp: Language) -> None:
    assert kinds(nlp, "Banned chlorine munitions were dropped on the town in June.") == [
        ("ASSAULT", "chemical")
    ]
    assert kinds(nlp, "Helicopters dropped barrel bombs on the market.") == [("ASSAULT", "aerial")]
    assert kinds(nlp, "The army dropped leaflets over the city.") == []


def test_killing_a_leader_is_an_assassination(nlp: Language) -> None:
    assert kinds(nlp, "Gunmen killed the deputy chief of the provincial council.") == [
        ("ASSAULT", "assassination")
    ]
    assert kinds(nlp, "The district mayor was killed on Monday.") == [("ASSAULT", "assassination")]
    assert kinds(nlp, "Gunmen killed four farmers on Monday.")[0] == ("ASSAULT", "firearms")


def test_promises_on_a_condition_are_threats(nlp: Language) -> None:
    found = kinds(nlp, "The government will withdraw its peacekeepers unless the rebels agree.")
    assert found[0] == ("THREATEN", "retreat")
    assert kinds(nlp, "The government will withdraw its peacekeepers next month.") == [
        ("AGREE", "retreat")
    ]
    assert kinds(nlp, "The cabinet is prepared to impose martial law in the capital.") == [
        ("THREATEN", "martial_law")
    ]
    assert kinds(nlp, "The army has strengthened its forces along the border.") == [
        ("MOBILIZE", "troops")
    ]


def test_forces_that_gather_or_head_somewhere_are_mobilised(nlp: Language) -> None:
    assert kinds(nlp, "Soldiers have been massing along the river since Friday.") == [
        ("MOBILIZE", "troops")
    ]
    assert kinds(nlp, "Dozens of tanks were spotted heading towards the capital.") == [
        ("MOBILIZE", "troops")
    ]
    # People who gather, and forces that move nowhere in particular, are no mobilisation.
    assert kinds(nlp, "Shoppers gathered outside the bakery.") == []
    assert kinds(nlp, "The soldiers moved quickly.") == []


def test_abandoning_a_place_is_a_withdrawal(nlp: Language) -> None:
    assert kinds(nlp, "The militia abandoned the village overnight.") == [("RETREAT", None)]
    assert kinds(nlp, "The council abandoned its plan for a new bridge.") == []


def test_delivering_relief_goods_is_aid(nlp: Language) -> None:
    assert kinds(nlp, "Volunteers delivered tents to the camp.") == [("AID", None)]


def test_vehicles_taken_with_their_people_are_hijacked(nlp: Language) -> None:
    assert kinds(nlp, "Pirates seized a ferry carrying 200 passengers.") == [
        ("ASSAULT", "abduction")
    ]
    assert kinds(nlp, "Customs officers seized a lorry carrying cigarettes.") == [
        ("COERCE", "seize")
    ]


def test_set_on_fire_and_devices_that_go_off(nlp: Language) -> None:
    assert kinds(nlp, "Attackers set the market stalls on fire.") == [("ASSAULT", "arson")]
    assert kinds(nlp, "Attackers set two cars ablaze.") == [("ASSAULT", "arson")]
    assert kinds(nlp, "A device went off near the post office.") == [("ASSAULT", "explosion")]


def test_forces_ordered_to_a_place_are_deployed(nlp: Language) -> None:
    assert kinds(nlp, "The minister ordered two battalions to the northern border.") == [
        ("MOBILIZE", "troops")
    ]
    assert kinds(nlp, "The minister ordered the troops to withdraw.") == [("RETREAT", None)]


def test_a_landing_projectile_is_a_strike_unless_one_is_named(nlp: Language) -> None:
    assert kinds(nlp, "A rocket landed in a schoolyard on Monday.") == [("ASSAULT", "shelling")]
    assert kinds(nlp, "Shells landed near the hospital during the air raid.") == [
        ("ASSAULT", "aerial")
    ]


def test_captives_freed_with_a_participle_are_released(nlp: Language) -> None:
    # "released N soldiers captured ..." is no "left two people dead"
    assert ("RETREAT", "release") in kinds(
        nlp, "The militia released nine soldiers captured in the fighting."
    )


def test_shooting_down_an_aircraft_with_a_crew_is_an_attack(nlp: Language) -> None:
    assert kinds(nlp, "Militants shot down an army helicopter over the valley.") == [
        ("ASSAULT", None)
    ]
    assert kinds(nlp, "Air defences shot down two drones over the valley.") == [
        ("COERCE", "disrupt_weapons")
    ]


def test_live_ammunition_used_is_gunfire(nlp: Language) -> None:
    assert kinds(nlp, "Troops used live ammunition against the marchers.") == [
        ("ASSAULT", "firearms")
    ]


def test_a_protest_and_its_purpose_are_one_act(nlp: Language) -> None:
    assert kinds(nlp, "Fishermen blocked the harbour to protest against the new quotas.") == [
        ("PROTEST", "obstruct")
    ]
    assert kinds(nlp, "Teachers marched through the city to demand better pay.") == [
        ("PROTEST", "demonstration")
    ]
