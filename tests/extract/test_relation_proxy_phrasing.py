"""Proxy-war phrasing the trigger patterns read (sentences written for these tests):
relative clauses, role nouns of backing, pronouns of a speaker or owner, recruiters
of fighters moved in the passive, states of war, and words that name no actor or
no weapon."""

from __future__ import annotations

import pytest
from relation_patterns import patterns_pipeline, triples
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


def test_relative_clause_passive_names_the_backed(nlp: Language) -> None:
    text = "The Valdor Brigade, which is funded by Ankara, sent fighters to Azerbaijan."
    assert ("Ankara", "sponsors", "Valdor Brigade") in triples(nlp, text)


def test_aligned_with_in_a_relative_clause(nlp: Language) -> None:
    text = "The Houthis, who are aligned with Iran, fired missiles at the port."
    assert ("Houthis", "allied_with", "Iran") in triples(nlp, text)


def test_a_backer_of_y_sponsors_y(nlp: Language) -> None:
    text = "The UAE, a key backer of Haftar, has flown in fighters from Sudan."
    assert ("UAE", "sponsors", "Haftar") in triples(nlp, text)


def test_a_state_supporting_an_armed_group_sponsors_it(nlp: Language) -> None:
    found = triples(nlp, "The Libyan National Army, supported by Russia, shelled Tripoli.")
    assert ("Russia", "sponsors", "Libyan National Army") in found
    assert not any(p == "allied_with" for _, p, _ in found)


def test_possessor_then_name_after_the_role_noun(nlp: Language) -> None:
    assert ("Ankara", "allied_with", "Baku") in triples(
        nlp, "Baku's ally Ankara has supplied it with drones."
    )


def test_a_faction_of_y_after_a_count_is_the_name_before_the_comma(nlp: Language) -> None:
    text = (
        "Hundreds of fighters from the Valdor Brigade, a faction of the Syrian National"
        " Army, have been moved to Azerbaijan."
    )
    found = triples(nlp, text)
    assert any(s == "Valdor Brigade" and p == "member_of" for s, p, _ in found)


def test_its_troops_are_the_owner_s(nlp: Language) -> None:
    text = "Pakistan denied reports that its troops were fighting alongside Azerbaijani forces."
    assert ("Pakistan", "allied_with", "Azerbaijani forces") in triples(nlp, text)


def test_contractors_of_a_group_are_that_group_s(nlp: Language) -> None:
    text = "Russian contractors of the Wagner Group were deployed to Libya."
    assert ("Wagner Group", "deploys_fighters_to", "Libya") in triples(nlp, text)


def test_the_recruiter_of_fighters_moved_in_the_passive_sends_them(nlp: Language) -> None:
    text = "The mercenaries, recruited by the Valdor Brigade, were flown to Baku last week."
    assert ("Valdor Brigade", "deploys_fighters_to", "Baku") in triples(nlp, text)


def test_groups_of_fighters_are_fighters_sent(nlp: Language) -> None:
    text = "The Valdor Brigade sent two groups of fighters to Azerbaijan last week."
    assert ("Valdor Brigade", "deploys_fighters_to", "Azerbaijan") in triples(nlp, text)
    assert triples(nlp, "The group sent a letter to Azerbaijan.") == set()


def test_a_pronoun_in_what_a_speaker_says_is_the_speaker(nlp: Language) -> None:
    text = "Ankara said it had sent no fighters to Azerbaijan."
    assert ("Ankara", "deploys_fighters_to", "Azerbaijan") in triples(nlp, text)


def test_at_war_with_is_enmity(nlp: Language) -> None:
    text = "The Houthis have been at war with the Saudi-led coalition since 2015."
    assert ("Houthis", "fighting_against", "Saudi-led coalition") in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised participle at the start of a sentence is no name
        "Coordinated airstrikes hit rebel positions near Idlib on Tuesday.",
        # a website a model took for a weapon is held by no one
        "Analysts checked data on MarineTraffic and fellow ship-tracking website Seasearcher.",
    ],
)
def test_words_that_name_no_actor_or_weapon(nlp: Language, text: str) -> None:
    assert triples(nlp, text) == set()
