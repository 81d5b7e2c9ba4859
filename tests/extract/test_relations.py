"""warledger_relations on short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from relation_patterns import as_triples, patterns_pipeline, relations
from spacy.language import Language

from warledger.extract.pipeline import Extractor, TextInput
from warledger.extract.relations import RelationsComponent
from warledger.model import DateMention, DatePrecision, RelationPredicate, Span

P = RelationPredicate


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


def test_backs_is_sponsors(nlp: Language) -> None:
    found = relations(nlp, "Iran backs the Houthis.")
    assert ("Iran", "sponsors", "Houthis") in as_triples(found)
    [relation] = [r for r in found if r.predicate is P.SPONSORS]
    assert relation.trigger.text == "backs"


def test_passive_backing_keeps_direction(nlp: Language) -> None:
    assert ("Iran", "sponsors", "Houthis") in as_triples(
        relations(nlp, "The Houthis are backed by Iran.")
    )


def test_sending_fighters_is_deployment(nlp: Language) -> None:
    found = as_triples(relations(nlp, "Turkey is sending fighters to Azerbaijan."))
    assert ("Turkey", "deploys_fighters_to", "Azerbaijan") in found


def test_fighters_of_a_transferred_to_b(nlp: Language) -> None:
    found = relations(nlp, "Fighters of the Hamza Division are being transferred to Libya.")
    [relation] = [r for r in found if r.predicate is P.DEPLOYS_FIGHTERS_TO]
    assert "Hamza Division" in relation.subject.span.text
    destination = relation.object or relation.object_place
    assert destination is not None and destination.span.text == "Libya"


def test_aid_is_not_a_deployment(nlp: Language) -> None:
    found = relations(nlp, "Turkey is sending medicine to Azerbaijan.")
    assert not [r for r in found if r.predicate is P.DEPLOYS_FIGHTERS_TO]


def test_leader_apposition_is_command(nlp: Language) -> None:
    found = as_triples(
        relations(nlp, "Hassan Nasrallah, the leader of Hezbollah, spoke on Friday.")
    )
    assert ("Hassan Nasrallah", "commands", "Hezbollah") in found


def test_fighting_against_and_alongside(nlp: Language) -> None:
    found = as_triples(relations(nlp, "Hezbollah fought alongside Syria against Israel."))
    assert ("Hezbollah", "allied_with", "Syria") in found
    assert ("Hezbollah", "fighting_against", "Israel") in found


def test_strikes_against_is_enmity(nlp: Language) -> None:
    found = as_triples(relations(nlp, "Turkey conducted strikes against the PKK in Iraq."))
    assert ("Turkey", "fighting_against", "PKK") in found
    condemned = relations(nlp, "The United States condemned the attacks against Iraq.")
    assert [r for r in condemned if r.predicate is P.FIGHTING_AGAINST] == []


def test_on_the_side_of_is_alliance(nlp: Language) -> None:
    found = as_triples(relations(nlp, "Turkey took part in the war on the side of Azerbaijan."))
    assert ("Turkey", "allied_with", "Azerbaijan") in found


def test_no_relation_without_two_actors(nlp: Language) -> None:
    assert relations(nlp, "The weather was calm and the market reopened.") == []


def test_valid_time_comes_from_the_clause_date(nlp: Language) -> None:
    """The date mention in the trigger's clause bounds the relation."""
    text = "In March 2019 Iran backed the Houthis."
    doc = Extractor(nlp).process(TextInput(text, "t", date(2024, 5, 1)))
    start = text.index("March 2019")
    doc._.dates = [
        DateMention(
            span=Span(start=start, end=start + 10, text="March 2019"),
            start=date(2019, 3, 1),
            end=date(2019, 3, 31),
            precision=DatePrecision.MONTH,
        )
    ]
    doc = RelationsComponent()(doc)
    [relation] = [r for r in doc._.relations if r.predicate is P.SPONSORS]
    assert (relation.valid_from, relation.valid_to) == (date(2019, 3, 1), date(2019, 3, 31))


@pytest.mark.parametrize(
    "text",
    [
        "The Senate measure is sponsored by Senator Max Baucus.",
        "Boris Johnson joined John Kerry in Paris for talks.",
        "The injured driver was airlifted to John Peter Smith Hospital.",
    ],
)
def test_civil_look_alikes_are_not_relations(nlp: Language, text: str) -> None:
    """Sponsoring a bill, joining a person, moving a patient: no proxy network here."""
    found = relations(nlp, text)
    unwanted = {P.SPONSORS, P.MEMBER_OF, P.DEPLOYS_FIGHTERS_TO}
    assert [r for r in found if r.predicate in unwanted] == []


def test_proxy_of_y_means_y_sponsors(nlp: Language) -> None:
    found = as_triples(relations(nlp, "Hezbollah, a proxy of Iran, fired rockets."))
    assert ("Iran", "sponsors", "Hezbollah") in found
    assert ("Hezbollah", "sponsors", "Iran") not in found


def test_member_of_from_apposition(nlp: Language) -> None:
    found = as_triples(relations(nlp, "Ahmed Saleh, a member of Hezbollah, was arrested."))
    assert ("Ahmed Saleh", "member_of", "Hezbollah") in found


def test_unit_address_and_assignment_are_membership(nlp: Language) -> None:
    found = as_triples(
        relations(
            nlp,
            "Private Hallam Brecht, who was assigned to the 4th Battalion, 12th Mountain "
            "Regiment, died on Monday.",
        )
    )
    assert ("Hallam Brecht", "member_of", "4th Battalion") in found
    assert ("4th Battalion", "member_of", "Mountain Regiment") in found


def test_post_between_commas_is_command(nlp: Language) -> None:
    found = as_triples(
        relations(nlp, "General Ostrava Lintel, commander, Valdorian Central Command, spoke.")
    )
    assert ("General Ostrava Lintel", "commands", "Valdorian Central Command") in found or (
        "Ostrava Lintel",
        "commands",
        "Valdorian Central Command",
    ) in found, found


def test_alias_in_parentheses_is_no_unit_and_a_preposition_no_name(nlp: Language) -> None:
    assert relations(nlp, "The Syrian Democratic Forces (SDF) advanced on Tuesday.") == []
    found = as_triples(relations(nlp, "Near Ar Raqqah, 15 strikes engaged five Korvan units."))
    assert not any(s.startswith("Near") for s, _, _ in found)


def test_including_and_within_are_membership_between_bodies(nlp: Language) -> None:
    found = as_triples(
        relations(nlp, "The Valdorian coalition, including Korvia and Morvania, met on Monday.")
    )
    assert ("Korvia", "member_of", "The Valdorian coalition") in found
    assert ("Morvania", "member_of", "The Valdorian coalition") in found
    assert not as_triples(relations(nlp, "Rebel forces within Syria advanced."))


def test_the_one_helped_to_act_is_the_agent(nlp: Language) -> None:
    found = as_triples(
        relations(nlp, "The Korvian army is helping the Valdorian government to defeat ISIL.")
    )
    assert ("the Valdorian government", "fighting_against", "ISIL") in found
    assert not any(s.startswith("The Korvian") and p == "fighting_against" for s, p, _ in found)


def test_one_relation_per_pair_and_sentence(nlp: Language) -> None:
    found = relations(nlp, "Liwa al-Fajr fought alongside Jaysh al-Sahel near Sirte.")
    assert len([r for r in found if r.predicate is P.ALLIED_WITH]) == 1


def test_the_place_a_where_clause_hangs_on_is_no_agent(nlp: Language) -> None:
    text = (
        "The ministers met in Karvath, where both delegations talked about the drive to "
        "free the city from ISIL."
    )
    assert not any(r.subject.span.text == "Karvath" for r in relations(nlp, text))


def test_counted_fighters_and_sides_fought_for(nlp: Language) -> None:
    found = as_triples(
        relations(
            nlp, "Turkey has recruited hundreds of Syrian mercenaries to fight for Azerbaijan."
        )
    )
    assert ("Turkey", "deploys_fighters_to", "Azerbaijan") in found
    assert ("Sultan Murad Division", "allied_with", "Azerbaijan") in as_triples(
        relations(nlp, "The Sultan Murad Division is fighting for Azerbaijan.")
    )
    assert not as_triples(relations(nlp, "Iraqi forces fought for Mosul for months."))


def test_apposition_with_a_backed_modifier_names_the_backed(nlp: Language) -> None:
    found = as_triples(
        relations(
            nlp, "The Hamza Division, a Turkish-backed faction, sent 300 fighters to Azerbaijan."
        )
    )
    assert ("Turkish", "sponsors", "Hamza Division") in found


def test_the_one_supported_in_a_fight_is_the_one_fighting(nlp: Language) -> None:
    """ "X's support for Y in the fight against Z": Y fights Z (X is Y's ally)."""
    text = (
        "Canada reiterated its support for the Kurdistan Regional Government in the fight "
        "against the Red Banner Brigade."
    )
    found = as_triples(relations(nlp, text))
    assert ("the Kurdistan Regional Government", "fighting_against", "Red Banner Brigade") in found
    assert ("Canada", "fighting_against", "Red Banner Brigade") not in found


def test_support_phrase_on_the_verb_still_names_the_fighter(nlp: Language) -> None:
    """The parser hangs "in the fight" on "reiterates", whose object is the support."""
    text = (
        "The minister welcomed the news and reiterated Canadian support for the Kurdistan "
        "Regional Government in the fight against the Red Banner Brigade."
    )
    found = as_triples(relations(nlp, text))
    assert ("the Kurdistan Regional Government", "fighting_against", "Red Banner Brigade") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah chief Hassan Nasrallah spoke on Monday.", ("Hassan Nasrallah", "Hezbollah")),
        (
            "The Libyan National Army's commander Khalifa Haftar spoke on Monday.",
            ("Khalifa Haftar", "Libyan National Army"),
        ),
    ],
)
def test_a_title_before_a_name_is_command(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    found = as_triples(relations(nlp, text))
    assert (expected[0], "commands", expected[1]) in found


def test_weapons_used_against_a_group_on_a_listed_object(nlp: Language) -> None:
    """ "X conducted strikes using A and B aircraft against Y targets": the parser puts the
    "against" phrase on the last object; X still fights Y."""
    text = (
        "In Freedonia, Alliance military forces conducted 12 strikes using bomber and "
        "fighter aircraft against Red Banner Brigade targets."
    )
    found = as_triples(relations(nlp, text))
    assert ("Alliance military forces", "fighting_against", "Red Banner Brigade") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Front, made up of the Red Banner Brigade and the Falcon Battalion, "
        "attacked the town.",
        "The Northern Front consists of the Red Banner Brigade and the Falcon Battalion.",
        "The Northern Front is composed of the Red Banner Brigade and the Falcon Battalion.",
    ],
)
def test_what_a_body_is_made_up_of_are_its_members(nlp: Language, text: str) -> None:
    found = as_triples(relations(nlp, text))
    assert ("Red Banner Brigade", "member_of", "Northern Front") in found
    assert ("Falcon Battalion", "member_of", "Northern Front") in found


def test_made_of_a_material_is_no_membership(nlp: Language) -> None:
    found = relations(nlp, "The Northern Front built a wall made of stone by the river.")
    assert not [r for r in found if r.predicate is P.MEMBER_OF]


def test_an_operation_named_by_apposition_undertakes_its_aim(nlp: Language) -> None:
    """ "Z, the operation to destroy Y": the name the apposition describes fights Y."""
    text = "The Northern Front, the operation to destroy the Red Banner Brigade, began in May."
    found = as_triples(relations(nlp, text))
    assert ("Northern Front", "fighting_against", "Red Banner Brigade") in found


def test_halting_strikes_against_a_group_presupposes_waging_them(nlp: Language) -> None:
    text = "The Northern Front halted the strikes against the Red Banner Brigade on Monday."
    found = as_triples(relations(nlp, text))
    assert ("Northern Front", "fighting_against", "Red Banner Brigade") in found


def test_coordinated_attackers_each_fight_the_attacked_and_are_allies(nlp: Language) -> None:
    found = as_triples(
        relations(nlp, "The Red Banner Brigade and Hezbollah attacked the Northern Front.")
    )
    assert ("Red Banner Brigade", "fighting_against", "Northern Front") in found
    assert ("Hezbollah", "fighting_against", "Northern Front") in found
    assert ("Red Banner Brigade", "allied_with", "Hezbollah") in found


def test_the_passive_patient_of_an_attack_is_the_enemy(nlp: Language) -> None:
    found = as_triples(relations(nlp, "The Northern Front was attacked by the Red Banner Brigade."))
    assert ("Red Banner Brigade", "fighting_against", "Northern Front") in found


def test_an_attacked_town_is_no_side(nlp: Language) -> None:
    found = relations(nlp, "The Red Banner Brigade attacked Aden on Monday.")
    assert not [r for r in found if r.predicate is P.FIGHTING_AGAINST]
