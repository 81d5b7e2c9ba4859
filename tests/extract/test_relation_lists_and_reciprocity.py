"""Relation claims from lists after a colon, reciprocal combat, a state's officers
named by nationality, coordinated passives and appositions the parser hangs on the
wrong word. Every sentence is invented for these tests; each runs the whole pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from relation_patterns import claim_pairs, pair, patterns_extractor, relation_claims

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Relation, RelationPredicate, Stance

P = RelationPredicate


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return patterns_extractor()


def test_a_colon_list_names_the_groups_a_backed_plural_stands_for(extractor: Extractor) -> None:
    text = (
        "Monitors said fighters had arrived in Libya from two Turkish-backed brigades:"
        " the Hamza Division and the Mutasim Brigade."
    )
    assert claim_pairs(extractor, text, P.SPONSORS) == {
        ("Turkish", "Hamza Division"),
        ("Turkish", "Mutasim Brigade"),
    }
    deployed = claim_pairs(extractor, text, P.DEPLOYS_FIGHTERS_TO)
    assert {subject for subject, _ in deployed} == {"Hamza Division", "Mutasim Brigade"}
    assert {place for _, place in deployed} == {"Libya"}


def test_a_colon_list_after_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "Officials listed two factions whose men were flown to Tripoli: the Sultan Murad"
        " Division and Faylaq al-Sham."
    )
    assert claim_pairs(extractor, text, P.DEPLOYS_FIGHTERS_TO) == {
        ("Sultan Murad Division", "Tripoli"),
        ("Faylaq al-Sham", "Tripoli"),
    }


def test_a_colon_that_opens_a_clause_lists_no_one(extractor: Extractor) -> None:
    text = "Turkey backs two factions: it pays the Hamza Division and arms the Mutasim Brigade."
    backed = claim_pairs(extractor, text, P.SPONSORS)
    assert ("Turkey", "Hamza Division") not in backed  # not read as the factions listed


def test_clashes_between_two_sides_are_recorded_both_ways(extractor: Extractor) -> None:
    text = "Clashes between Syrian government forces and Turkish troops erupted near Saraqib."
    assert claim_pairs(extractor, text, P.FIGHTING_AGAINST) == {
        ("Syrian government forces", "Turkish troops"),
        ("Turkish troops", "Syrian government forces"),
    }


def test_fighting_each_other_is_recorded_both_ways(extractor: Extractor) -> None:
    text = "Ukrainian troops and Russian forces fought each other for the bridge overnight."
    assert claim_pairs(extractor, text, P.FIGHTING_AGAINST) == {
        ("Ukrainian troops", "Russian forces"),
        ("Russian forces", "Ukrainian troops"),
    }


def test_clashing_with_someone_stays_told_from_the_subject(extractor: Extractor) -> None:
    text = "Kurdish fighters clashed with Turkish troops near Manbij."
    fought = claim_pairs(extractor, text, P.FIGHTING_AGAINST)
    assert ("Turkish troops", "Kurdish fighters") not in fought


def test_a_states_officers_named_by_nationality_are_an_actor(extractor: Extractor) -> None:
    text = "Russian military advisers are commanding Syrian units near Palmyra, the monitor said."
    commands = claim_pairs(extractor, text, P.COMMANDS)
    assert commands == {("Russian military advisers", "Syrian units")}


def test_a_coordinated_passive_shares_the_first_verbs_agent(extractor: Extractor) -> None:
    text = "The fighters were hired by the Wagner Group and flown to Bangui last spring."
    assert claim_pairs(extractor, text, P.DEPLOYS_FIGHTERS_TO) == {("Wagner Group", "Bangui")}


def test_an_apposition_hung_on_the_phrase_head_describes_the_name_before_it(
    extractor: Extractor,
) -> None:
    text = (
        "Hundreds of fighters from the Hamza Division, a faction funded by Ankara, were sent"
        " to Libya, the observatory said."
    )
    assert ("Ankara", "Hamza Division") in claim_pairs(extractor, text, P.SPONSORS)


def test_fighters_of_a_body_are_not_a_second_claim_of_membership() -> None:
    """With the classifier on: "fighters from X" names X's men (the ones sent), and the
    membership the classifier reads there is no claim about anyone."""
    claims = worker_extractor(None).extract(
        TextInput(
            "Two fighters from the Sham Legion said they had been sent to Azerbaijan by"
            " Turkish officers.",
            "t",
            date(2020, 10, 15),
        )
    )
    assert not relation_claims(claims, P.MEMBER_OF)
    [sent] = relation_claims(claims, P.DEPLOYS_FIGHTERS_TO)
    assert pair(sent) == ("Turkish officers", "Azerbaijan")
    assert sent.stance is Stance.ASSERTED


def test_a_counted_subject_stands_for_the_names_listed_before(extractor: Extractor) -> None:
    text = (
        "Monitors named two brigades that had lost men in Libya: the Hamza Division and the"
        " Mutasim Brigade. Both belong to the Syrian National Army."
    )
    claims = extractor.process(TextInput(text, "t", date(2024, 5, 1)))._.claims
    members = [c.proposition for c in relation_claims(claims, P.MEMBER_OF)]
    assert {r.subject.name for r in members if isinstance(r, Relation)} == {
        "Hamza Division",
        "Mutasim Brigade",
    }
    assert {r.subject.span.text for r in members if isinstance(r, Relation)} == {"Both"}


def test_a_count_of_another_size_stands_for_no_list(extractor: Extractor) -> None:
    text = (
        "The Hamza Division and the Mutasim Brigade sent men to Libya. All three belong to"
        " the Syrian National Army."
    )
    assert not claim_pairs(extractor, text, P.MEMBER_OF)


def test_exchanging_fire_is_combat_both_ways(extractor: Extractor) -> None:
    text = "Turkish troops exchanged fire with Syrian government forces near Saraqib."
    assert claim_pairs(extractor, text, P.FIGHTING_AGAINST) == {
        ("Turkish troops", "Syrian government forces"),
        ("Syrian government forces", "Turkish troops"),
    }
    assert not claim_pairs(extractor, "The two sides exchanged prisoners.", P.FIGHTING_AGAINST)


def test_on_the_side_of_one_against_another(extractor: Extractor) -> None:
    text = "Chechen volunteers are fighting on the side of Ukraine against Russia, officials said."
    assert claim_pairs(extractor, text, P.FIGHTING_AGAINST) == {("Chechen volunteers", "Russia")}


def test_a_possessive_in_a_later_clause_is_the_main_subjects(extractor: Extractor) -> None:
    text = (
        "Hezbollah fought beside the Syrian army in Qusayr until its fighters were sent to Aleppo."
    )
    assert claim_pairs(extractor, text, P.DEPLOYS_FIGHTERS_TO) == {("Hezbollah", "Aleppo")}


def test_ground_named_by_its_place_in_the_war_is_a_destination(extractor: Extractor) -> None:
    text = "Baku accused Yerevan of moving Kurdish militants into the occupied areas."
    sent = claim_pairs(extractor, text, P.DEPLOYS_FIGHTERS_TO)
    assert sent == {("Yerevan", "the occupied areas")}
    named = "Ankara sent 300 fighters to the front in Karabakh."
    assert claim_pairs(extractor, named, P.DEPLOYS_FIGHTERS_TO) == {("Ankara", "Karabakh")}


def test_an_armed_groups_men_somewhere_were_sent_there(extractor: Extractor) -> None:
    claims = extractor.process(
        TextInput("Hezbollah has denied that its fighters are in Syria.", "t", date(2024, 5, 1))
    )._.claims
    [sent] = relation_claims(claims, P.DEPLOYS_FIGHTERS_TO)
    assert pair(sent) == ("Hezbollah", "Syria")
    assert sent.stance is Stance.DENIED
    # a state's troops may be at home; a group named as where it is tells of no one sent
    assert not claim_pairs(
        extractor, "Armenia said its troops are operating in Martuni.", P.DEPLOYS_FIGHTERS_TO
    )
    assert not claim_pairs(extractor, "Hezbollah is in Lebanon.", P.DEPLOYS_FIGHTERS_TO)
