"""A state's forces somewhere, fighters named by whom they belong to, and an ally read
at a purpose clause (sentences written for these tests): troops abroad are a
deployment, troops at home are not; "fighters belonging to X" act as X; a side the
patterns read as an ally at "sent ... to fight alongside Z" is not also an enemy."""

from __future__ import annotations

from datetime import date

import pytest
from relation_patterns import patterns_pipeline, relations, triples
from spacy.language import Language

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Relation

DEPLOYS = "deploys_fighters_to"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


def test_troops_of_a_nationality_stationed_abroad_were_sent(nlp: Language) -> None:
    found = triples(nlp, "Kenyan soldiers are stationed in Somalia under an AU mandate.")
    assert ("Kenyan soldiers", DEPLOYS, "Somalia") in found


def test_troops_operating_at_home_were_sent_nowhere(nlp: Language) -> None:
    found = triples(nlp, "Kenyan soldiers were operating in Kenya near the border.")
    assert not any(p == DEPLOYS for _, p, _ in found)


def test_advisers_operating_abroad_as_a_participle(nlp: Language) -> None:
    found = triples(nlp, "Turkish advisers operating in Libya trained the new recruits.")
    assert ("Turkish advisers", DEPLOYS, "Libya") in found


def test_a_states_own_soldiers_abroad_were_sent_by_the_state(nlp: Language) -> None:
    found = triples(nlp, "Kampala admitted that its soldiers are operating inside Sudan.")
    assert ("Kampala", DEPLOYS, "Sudan") in found


def test_groups_operating_somewhere_are_not_sent_there(nlp: Language) -> None:
    found = triples(nlp, "Armed groups operating in the Niger delta kidnapped two workers.")
    assert not any(p == DEPLOYS for _, p, _ in found)


def test_fighters_belonging_to_a_group_act_as_the_group(nlp: Language) -> None:
    found = triples(nlp, "Fighters belonging to the Hamza Division crossed into Libya.")
    assert ("Hamza Division", DEPLOYS, "Libya") in found


def test_a_recruiter_for_a_brigade_is_its_member(nlp: Language) -> None:
    text = "Omar Haddad, a recruiter for the Valdor Brigade, was arrested in Kilis."
    assert ("Omar Haddad", "member_of", "Valdor Brigade") in triples(nlp, text)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return worker_extractor(None)


def test_an_ally_at_a_purpose_clause_is_no_enemy(extractor: Extractor) -> None:
    text = "Minsk sent troops to the border to fight alongside the Valdor rebels."
    doc = extractor.process(TextInput(text, "t", None))
    enemies = [r for r in doc._.relations if r.predicate.value == "fighting_against"]
    allies = {
        (r.subject.span.text, r.object.span.text)
        for r in doc._.relations
        if r.object and r.predicate.value == "allied_with"
    }
    assert ("Minsk", "the Valdor rebels") in allies
    assert not [r for r in enemies if "Valdor" in (r.object.span.text if r.object else "")]


def test_no_troops_there_denies_the_deployment(extractor: Extractor) -> None:
    text = "There are no Burundian troops in Zambia, the army spokesman insisted."
    claims = extractor.extract(TextInput(text, "t", None))
    deployed = [
        c
        for c in claims
        if isinstance(c.proposition, Relation) and c.proposition.predicate.value == DEPLOYS
    ]
    assert [(c.proposition.subject.span.text, c.stance.value) for c in deployed] == [
        ("no Burundian troops", "denied")
    ]


def test_the_side_a_purpose_backs_is_no_destination_beside_a_named_place(
    nlp: Language,
) -> None:
    """ "sent fighters to Y to defend the government": they went to Y; the government
    is where they go only when no place is named ("sent forces to prop up Z")."""
    found = triples(nlp, "Vantoria sent 300 fighters to Chad to defend the government.")
    assert ("Vantoria", DEPLOYS, "Chad") in found
    assert not any(p == DEPLOYS and o == "the government" for _, p, o in found)
    found = triples(nlp, "Vantoria sent 300 fighters to prop up the government.")
    assert ("Vantoria", DEPLOYS, "the government") in found


def test_taking_part_in_the_fighting_abroad_is_presence(nlp: Language) -> None:
    """ "took part in the battle for Y": a force is where the fighting it takes part in
    is (a state's forces only abroad, as for "operating in Y"); "alongside Z" makes Z an
    ally. Taking part in talks is no fighting."""
    found = triples(nlp, "Hundreds of Kazakh soldiers took part in the battle for Aleppo.")
    assert ("Kazakh soldiers", DEPLOYS, "Aleppo") in found
    found = triples(nlp, "Kazakh soldiers had taken part in the fighting around Idlib.")
    assert ("Kazakh soldiers", DEPLOYS, "Idlib") in found
    found = triples(nlp, "Syrian soldiers took part in the battle for Aleppo.")
    assert not any(p == DEPLOYS for _, p, _ in found)
    found = triples(nlp, "Kazakh soldiers took part in the talks in Geneva.")
    assert not any(p == DEPLOYS for _, p, _ in found)
    found = triples(nlp, "Kazakh soldiers took part in the offensive alongside Syrian troops.")
    assert ("Kazakh soldiers", "allied_with", "Syrian troops") in found


def test_a_region_the_ner_took_for_a_person_is_the_place_sent_to(nlp: Language) -> None:
    """The English model tags "Tigray" as a person; the places stage resolves it, so the
    fighters go to a place, not to someone; "remain in" is being there."""
    found = relations(nlp, "Kenyan soldiers were deployed to Tigray in May.")
    [deployed] = [r for r in found if r.predicate.value == DEPLOYS]
    assert deployed.object is None
    assert deployed.object_place is not None and deployed.object_place.span.text == "Tigray"
    found_words = triples(nlp, "Kenyan soldiers remain in Cabo Delgado despite the truce.")
    assert ("Kenyan soldiers", DEPLOYS, "Cabo Delgado") in found_words


def test_a_withdrawal_ends_the_deployment_it_follows(nlp: Language) -> None:
    """The withdrawal's date is where the deployment stated before it ends; a
    withdrawal alone states no deployment."""
    found = relations(
        nlp,
        "Kenya deployed 600 soldiers to Ituri in January 2024 and withdrew them in March 2024.",
    )
    [deployed] = [r for r in found if r.predicate.value == DEPLOYS]
    assert (deployed.valid_from, deployed.valid_to) == (
        date(2024, 1, 1),
        date(2024, 3, 31),
    )
    found = relations(
        nlp,
        "The Brena Legion sent fighters to Bangui in 2019. It pulled its fighters out of"
        " Bangui in March 2024.",
    )
    [deployed] = [r for r in found if r.predicate.value == DEPLOYS]
    assert deployed.valid_to == date(2024, 3, 31)
    assert relations(nlp, "The Brena Legion pulled its fighters out of Bangui in March.") == []
