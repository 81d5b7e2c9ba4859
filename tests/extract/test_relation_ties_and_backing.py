"""Relation claims from the shapes proxy set D showed missing: a state's support of
an armed group, pay and purpose ("paid by X to fight Y"), a people's adjective that
names no actor, ties of command and membership told by a verb ("answer to", "serve
in"), arms received, examples that are no members, and pronouns after a place.

Every sentence is invented for these tests (none is in the proxy-news sets). Each
runs the whole pipeline with the trigger patterns alone.
"""

from __future__ import annotations

import pytest
from relation_patterns import claim_pairs, patterns_extractor

from warledger.extract.pipeline import Extractor
from warledger.model import RelationPredicate

P = RelationPredicate


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return patterns_extractor()


def pairs(extractor: Extractor, text: str, predicate: RelationPredicate) -> set[tuple[str, str]]:
    return {(subject, obj or "") for subject, obj in claim_pairs(extractor, text, predicate)}


def test_a_state_supporting_a_group_in_a_relative_clause_sponsors_it(
    extractor: Extractor,
) -> None:
    text = "Hezbollah, which is supported by Iran, fired rockets at the border town."
    assert pairs(extractor, text, P.SPONSORS) == {("Iran", "Hezbollah")}
    assert pairs(extractor, text, P.ALLIED_WITH) == set()


def test_a_peoples_adjective_leads_no_one(extractor: Extractor) -> None:
    text = "The Kurdish-led YPG pushed into the town on Friday."
    assert pairs(extractor, text, P.COMMANDS) == set()


def test_fighters_paid_to_fight_do_the_fighting_not_the_payer(extractor: Extractor) -> None:
    text = "Dozens of Chadian fighters were paid by Tripoli to fight the Wagner Group."
    fights = pairs(extractor, text, P.FIGHTING_AGAINST)
    assert ("Chadian fighters", "Wagner Group") in fights
    assert not any(subject == "Tripoli" for subject, _ in fights)
    assert ("Tripoli", "Chadian fighters") in pairs(extractor, text, P.SPONSORS)


def test_a_body_that_answers_to_another_is_commanded_by_it(extractor: Extractor) -> None:
    text = "Kataib Hezbollah answers to the Quds Force, the officials said."
    assert pairs(extractor, text, P.COMMANDS) == {("Quds Force", "Kataib Hezbollah")}


def test_serving_in_a_body_is_membership_serving_in_a_country_is_not(
    extractor: Extractor,
) -> None:
    body = "The Chechen volunteers serve in the Dzhokhar Dudayev Battalion."
    assert {o for _, o in pairs(extractor, body, P.MEMBER_OF)} == {"Dzhokhar Dudayev Battalion"}
    assert pairs(extractor, "Georgian volunteers served in Ukraine.", P.MEMBER_OF) == set()


def test_arms_received_from_a_state_are_its_backing(extractor: Extractor) -> None:
    text = "Hamas received rockets from Iran, Israeli officials said."
    assert pairs(extractor, text, P.SPONSORS) == {("Iran", "Hamas")}


def test_a_plural_kind_including_names_gives_examples_not_members(extractor: Extractor) -> None:
    text = "Militias including Asaib Ahl al-Haq attacked the embassy."
    assert pairs(extractor, text, P.MEMBER_OF) == set()


def test_they_after_a_destination_are_the_fighters_sent_there(extractor: Extractor) -> None:
    text = "Moscow sent Wagner fighters to Mali, where they fought alongside the army."
    allies = pairs(extractor, text, P.ALLIED_WITH)
    assert allies and not any(subject == "Mali" for subject, _ in allies)


def test_examples_of_a_plural_kind_do_what_it_does(extractor: Extractor) -> None:
    text = "Groups including Hamas and Islamic Jihad fired rockets at Israeli positions."
    subjects = {s for s, _ in pairs(extractor, text, P.FIGHTING_AGAINST)}
    assert subjects == {"Hamas", "Islamic Jihad"}


def test_a_commanders_men_are_the_unit_he_is_described_by(extractor: Extractor) -> None:
    text = (
        "Major Karim Haddad, who commands the Desert Hawks Brigade, said his fighters had"
        " fought against the Islamic State."
    )
    fights = pairs(extractor, text, P.FIGHTING_AGAINST)
    assert {s for s, _ in fights} == {"Desert Hawks Brigade"}
