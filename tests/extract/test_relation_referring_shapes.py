"""Relations whose argument the text names by reference or description (sentences
written for these tests, with invented names): "the regiment" and "the group's"
for a body named a sentence before, "whose commander, X", "a colonel named X",
people named by their nationality ("Lebanese volunteers"), coordinated passives
sharing one agent, hiring with no war named (the hirer pays the group), "deployed
near X", "a supplier to Y", and a surname the tagger read as an organisation that
"he" in its own words stands for."""

from __future__ import annotations

import pytest
from relation_patterns import patterns_pipeline, triples
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


def test_the_regiment_stands_for_the_regiment_named_before(nlp: Language) -> None:
    text = (
        "Volunteers of the Varna Regiment fought near the river. The regiment is part of"
        " the Northern Legion."
    )
    assert ("The regiment", "member_of", "Northern Legion") in triples(nlp, text)


def test_the_groups_commander_commands_the_group_named_before(nlp: Language) -> None:
    text = (
        "The Qaran Division sent 300 of its men to Azerbaijan. The group's commander, Omar"
        " Haddad, denied it."
    )
    assert ("Omar Haddad", "commands", "The group") in triples(nlp, text)


def test_whose_commander_commands_the_body_of_the_clause(nlp: Language) -> None:
    text = (
        "The men were recruited through the Qaran Brigade, whose commander, Omar Haddad,"
        " works with Turkish intelligence."
    )
    assert ("Omar Haddad", "commands", "Qaran Brigade") in triples(nlp, text)


def test_a_description_giving_the_name_holds_the_role(nlp: Language) -> None:
    text = "The commander of the Qaran Brigade, a former officer named Ivo Petrov, spoke."
    assert ("Ivo Petrov", "commands", "Qaran Brigade") in triples(nlp, text)


def test_fighters_named_by_their_people_are_not_their_state(nlp: Language) -> None:
    found = triples(nlp, "Polish and Georgian volunteers serve in the Northern Legion.")
    assert ("Polish and Georgian volunteers", "member_of", "Northern Legion") in found
    assert not any(s in {"Polish", "Georgian"} for s, _, _ in found)


def test_coordinated_passives_share_the_agent(nlp: Language) -> None:
    text = "The Qaran Brigade, which has been trained and equipped by Turkey, took the town."
    assert ("Turkey", "sponsors", "Qaran Brigade") in triples(nlp, text)


def test_hiring_with_no_war_named_is_paying(nlp: Language) -> None:
    assert ("Mali's junta", "sponsors", "Russian paramilitaries") in triples(
        nlp, "Mali's junta has hired Russian paramilitaries."
    )


def test_hiring_for_a_war_stays_a_deployment(nlp: Language) -> None:
    found = triples(nlp, "The company hired Syrian fighters for Libya.")
    assert not any(p == "sponsors" for _, p, _ in found)


def test_deployed_near_a_place(nlp: Language) -> None:
    text = "Fighters of the Qaran Brigade are deployed near Horadiz, officials said."
    assert ("Qaran Brigade", "deploys_fighters_to", "Horadiz") in triples(nlp, text)


def test_a_supplier_to_y_sponsors_y(nlp: Language) -> None:
    text = "Israel, a major arms supplier to Baku, has sold it loitering munitions."
    assert ("Israel", "sponsors", "Baku") in triples(nlp, text)


def test_he_stands_for_a_surname_read_as_an_organisation(nlp: Language) -> None:
    text = "Kadyrov said he had sent another 3,000 Chechen volunteers to Ukraine."
    assert ("Kadyrov", "deploys_fighters_to", "Ukraine") in triples(nlp, text)
