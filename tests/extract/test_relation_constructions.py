"""Relation claims from the constructions news uses for proxy networks.

Every sentence here is invented for these tests. Each test runs the whole
pipeline and checks the claim a monitor would read: the relation, who claims
it, with what stance and cue, and the evidence spans.
"""

from __future__ import annotations

from datetime import date

import pytest
from relation_patterns import claims_of, pair, patterns_extractor, relation_claims

from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Event, PloverType, Relation, RelationPredicate, Stance

P = RelationPredicate


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The classifier beside the trigger patterns has its own tests."""
    return patterns_extractor()


def test_backed_modifier_is_sponsorship_with_the_group_as_object(extractor: Extractor) -> None:
    [claim] = relation_claims(
        claims_of(extractor, "The Iran-backed Houthi militia attacked the port."), P.SPONSORS
    )
    assert pair(claim) == ("Iran", "Houthi militia")
    assert claim.proposition.trigger.text == "backed"  # type: ignore[union-attr]
    assert claim.claimant_is_outlet and claim.stance is Stance.ASSERTED


def test_affiliated_modifier_makes_the_head_a_member(extractor: Extractor) -> None:
    text = "The Hezbollah-affiliated Kataib Sayyid militia clashed with police."
    [claim] = relation_claims(claims_of(extractor, text), P.MEMBER_OF)
    assert pair(claim) == ("Kataib Sayyid militia", "Hezbollah")


def test_name_inside_a_longer_name_is_the_sponsor(extractor: Extractor) -> None:
    text = "The Russian-led coalition and the Turkish-backed Syrian National Army fought in Idlib."
    pairs = {pair(c) for c in relation_claims(claims_of(extractor, text), P.SPONSORS)}
    assert pairs == {("Turkish", "Syrian National Army")}


def test_participle_with_by_agent_and_arrival_place(extractor: Extractor) -> None:
    text = "Fighters deployed by Turkey arrived in Tripoli on Monday."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert pair(claim) == ("Turkey", "Tripoli")


def test_passive_by_agent_is_the_sender(extractor: Extractor) -> None:
    text = "Syrian fighters were deployed by Turkey to Azerbaijan."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert pair(claim) == ("Turkey", "Azerbaijan")


def test_nominalised_transfer(extractor: Extractor) -> None:
    text = "Turkey's transfer of Syrian fighters to Azerbaijan was confirmed by the ministry."
    found = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert {pair(c) for c in found} == {("Turkey", "Azerbaijan")}
    assert found[0].proposition.trigger.text == "transfer"  # type: ignore[union-attr]


def test_fighting_on_the_side_of_one_against_another(extractor: Extractor) -> None:
    text = "The Sultan Murad Division is fighting on the side of Azerbaijan against Armenia."
    claims = claims_of(extractor, text)
    assert {pair(c) for c in relation_claims(claims, P.ALLIED_WITH)} == {
        ("Sultan Murad Division", "Azerbaijan")
    }
    assert {pair(c) for c in relation_claims(claims, P.FIGHTING_AGAINST)} == {
        ("Sultan Murad Division", "Armenia")
    }


def test_denied_sending_is_a_denial_by_the_denier(extractor: Extractor) -> None:
    text = "On Tuesday, Ankara denied sending fighters to Azerbaijan."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert pair(claim) == ("Ankara", "Azerbaijan")
    assert claim.stance is Stance.DENIED
    assert claim.claimant is not None and claim.claimant.name == "Ankara"
    assert claim.cue is not None and claim.cue.text == "denied"


def test_reports_that_are_not_true_are_denied_by_the_speaker(extractor: Extractor) -> None:
    text = (
        "The Turkish foreign ministry said reports that Turkey recruited Syrian fighters "
        "for Azerbaijan are not true."
    )
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert pair(claim) == ("Turkey", "Azerbaijan")
    assert claim.stance is Stance.DENIED
    assert claim.claimant is not None and "ministry" in claim.claimant.span.text


def test_rejected_claims_resolve_the_pronoun_to_the_rejecter(extractor: Extractor) -> None:
    text = "Ankara rejected claims that it had sent fighters to Azerbaijan."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert pair(claim) == ("Ankara", "Azerbaijan")
    assert claim.stance is Stance.DENIED and not claim.claimant_is_outlet
    assert claim.claimant is not None and claim.claimant.name == "Ankara"
    assert claim.cue is not None and claim.cue.text == "rejected"


def test_baseless_reports_are_denied(extractor: Extractor) -> None:
    text = "Turkey dismissed as baseless reports that it deployed militants to Azerbaijan."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert claim.stance is Stance.DENIED and claim.claimant is not None


def test_accusation_names_the_accused_as_sender(extractor: Extractor) -> None:
    text = "Armenia accused Turkey of sending militants to Azerbaijan."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert pair(claim) == ("Turkey", "Azerbaijan")
    assert claim.claimant is not None and claim.claimant.name == "Armenia"
    assert claim.stance is Stance.ASSERTED


def test_unknown_sender_does_not_promote_the_fighters_or_their_origin(
    extractor: Extractor,
) -> None:
    text = "Private security companies have transferred mercenaries from Syria to Libya."
    assert relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO) == []


def test_a_list_of_senders_gives_one_relation_each(extractor: Extractor) -> None:
    text = "Russia, Iran and Turkey sent troops to Syria."
    found = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    assert sorted(pair(c) for c in found) == [
        ("Iran", "Syria"),
        ("Russia", "Syria"),
        ("Turkey", "Syria"),
    ]


def test_transfer_event_names_the_moved_groups_and_cites_the_relations(
    extractor: Extractor,
) -> None:
    text = (
        "The ministry announced that fighters of the Hamza Division and the Sultan Murad "
        "Division were being transferred to Libya."
    )
    claims = claims_of(extractor, text)
    relations = relation_claims(claims, P.DEPLOYS_FIGHTERS_TO)
    assert {pair(c)[0] for c in relations} == {"Hamza Division", "Sultan Murad Division"}
    [mobilize] = [
        c
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.MOBILIZE
    ]
    assert isinstance(mobilize.proposition, Event)
    assert {a.span.text for a in mobilize.proposition.initiators} == {
        "Hamza Division",
        "Sultan Murad Division",
    }
    assert mobilize.proposition.targets == []
    assert sorted(mobilize.cites) == sorted(c.id for c in relations)
    assert all(c.cites == [mobilize.id] for c in relations)


def test_inclusion_lists_members_without_pairing_them(extractor: Extractor) -> None:
    text = "The Northern Alliance includes Ostrava, Belmont and Carinthia."
    claims = claims_of(extractor, text)
    members = {pair(c) for c in relation_claims(claims, P.MEMBER_OF)}
    assert members == {
        ("Ostrava", "Northern Alliance"),
        ("Belmont", "Northern Alliance"),
        ("Carinthia", "Northern Alliance"),
    }
    # A list is not a set of relations between its own items.
    assert relation_claims(claims, P.ALLIED_WITH) == []


def test_as_part_of_is_membership(extractor: Extractor) -> None:
    text = "Canada is working as part of NATO to train the army."
    found = relation_claims(claims_of(extractor, text), P.MEMBER_OF)
    assert {pair(c) for c in found} == {("Canada", "NATO")}


def test_support_between_forces_is_alliance_and_efforts_name_their_owner(
    extractor: Extractor,
) -> None:
    text = (
        "The Free Syrian Army supports the Kurdish YPG. "
        "The Kurdish YPG is leading efforts to defeat ISIS."
    )
    claims = claims_of(extractor, text)
    assert {pair(c) for c in relation_claims(claims, P.ALLIED_WITH)} == {
        ("Free Syrian Army", "Kurdish YPG")
    }
    assert {pair(c) for c in relation_claims(claims, P.FIGHTING_AGAINST)} == {
        ("Kurdish YPG", "ISIS")
    }


def test_actors_fighting_one_enemy_together_are_allies(extractor: Extractor) -> None:
    text = "Hezbollah and the Syrian army fought against the Nusra Front near Qusayr."
    claims = claims_of(extractor, text)
    assert len(relation_claims(claims, P.FIGHTING_AGAINST)) == 2
    [allied] = relation_claims(claims, P.ALLIED_WITH)
    assert "Hezbollah" in pair(allied)


def test_taking_a_town_from_a_group_is_fighting_it(extractor: Extractor) -> None:
    text = "The Free Syrian Army liberated the village from ISIS on Sunday."
    found = relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST)
    assert {pair(c) for c in found} == {("Free Syrian Army", "ISIS")}


def test_hostile_noun_names_its_actor_by_a_modifier(extractor: Extractor) -> None:
    text = "Russian airstrikes against the Nusra Front continued overnight."
    found = relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST)
    assert {pair(c) for c in found} == {("Russian", "Nusra Front")}


def test_role_noun_with_the_unit_beside_it(extractor: Extractor) -> None:
    first = "Gen. Walter Brandt, commander, Northern Task Force, visited the base on Monday."
    second = "The Vanguard Brigade commander, Colonel Hasan Demir, said the attack failed."
    assert {pair(c) for c in relation_claims(claims_of(extractor, first), P.COMMANDS)} == {
        ("Walter Brandt", "Northern Task Force")
    }
    assert {pair(c) for c in relation_claims(claims_of(extractor, second), P.COMMANDS)} == {
        ("Hasan Demir", "Vanguard Brigade")
    }


def test_relation_takes_its_time_bounds_from_the_text(extractor: Extractor) -> None:
    text = "In March 2020, Turkey sent Syrian fighters to Libya."
    [claim] = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    relation = claim.proposition
    assert isinstance(relation, Relation)
    assert (relation.valid_from, relation.valid_to) == (date(2020, 3, 1), date(2020, 3, 31))
    assert relation.subject.span.text == "Turkey" and relation.trigger.text == "sent"
    assert relation.dated_by is not None and relation.dated_by.span.text == "March 2020"


def test_a_transfer_in_an_undated_text_keeps_the_words_that_date_it(
    extractor: Extractor,
) -> None:
    """With no publication date "On May 3" names no year; the relation claim keeps
    the words as its MOBILIZE event does, and claims no days it cannot know."""
    text = "On May 3, the ministry said that Turkey had sent Syrian fighters to Libya."
    doc = extractor.process(TextInput(text, "t", None))
    [claim] = relation_claims(list(doc._.claims), P.DEPLOYS_FIGHTERS_TO)
    relation = claim.proposition
    assert isinstance(relation, Relation)
    assert relation.dated_by is not None and relation.dated_by.span.text == "May 3"
    assert (relation.valid_from, relation.valid_to) == (None, None)
    [event] = [c.proposition for c in doc._.claims if isinstance(c.proposition, Event)]
    assert event.date is not None and event.date.span == relation.dated_by.span


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Turkey of sending militants to Azerbaijan, an allegation Ankara rejected.",
        "Armenia accused Turkey of sending militants to Azerbaijan, a claim that Ankara denied.",
    ],
)
def test_rejected_allegation_is_one_side_asserting_and_the_other_denying(
    extractor: Extractor, text: str
) -> None:
    found = relation_claims(claims_of(extractor, text), P.DEPLOYS_FIGHTERS_TO)
    sides = {(c.claimant.name if c.claimant else None, c.stance) for c in found}
    assert sides == {("Armenia", Stance.ASSERTED), ("Ankara", Stance.DENIED)}
    assert {pair(c) for c in found} == {("Turkey", "Azerbaijan")}
    assert not any(c.claimant_is_outlet for c in found)


def test_unnamed_coalition_phrase_is_a_relation_argument(extractor: Extractor) -> None:
    text = "Coalition nations that conducted strikes include Ostrava and Belmont."
    found = relation_claims(claims_of(extractor, text), P.MEMBER_OF)
    assert {pair(c) for c in found} == {
        ("Ostrava", "Coalition nations"),
        ("Belmont", "Coalition nations"),
    }


def test_possessive_pronoun_stands_for_the_nearest_actor_before_it(extractor: Extractor) -> None:
    text = "Canada reaffirmed its support for the Peshmerga in their fight against ISIS."
    claims = claims_of(extractor, text)
    assert {pair(c) for c in relation_claims(claims, P.ALLIED_WITH)} == {("Canada", "Peshmerga")}
    assert {pair(c) for c in relation_claims(claims, P.FIGHTING_AGAINST)} == {("Peshmerga", "ISIS")}


def test_sender_and_sent_keep_their_places(extractor: Extractor) -> None:
    text = "Turkey has transferred mercenaries of the Hamza Division to Libya."
    claims = claims_of(extractor, text)
    found = relation_claims(claims, P.DEPLOYS_FIGHTERS_TO)
    assert {pair(c) for c in found} == {("Turkey", "Libya")}
    [mobilize] = [c.proposition for c in claims if isinstance(c.proposition, Event)]
    assert isinstance(mobilize, Event) and mobilize.type is PloverType.MOBILIZE
    assert [a.span.text for a in mobilize.initiators] == ["Turkey", "Hamza Division"]
    assert mobilize.targets == []


def test_groups_moved_by_a_passive_transfer_are_the_events_actors(extractor: Extractor) -> None:
    """A deployment whose moved units are named: those units act in the MOBILIZE
    event (they are mobilised into the war), they are not its targets."""
    text = (
        "The agency said on Monday that fighters of the Kestrel Brigade and the Falcon "
        "Legion were being moved to Libya."
    )
    claims = claims_of(extractor, text)
    relations = relation_claims(claims, P.DEPLOYS_FIGHTERS_TO)
    assert sorted(pair(c) for c in relations) == [
        ("Falcon Legion", "Libya"),
        ("Kestrel Brigade", "Libya"),
    ]
    [mobilize] = [c for c in claims if isinstance(c.proposition, Event)]
    event = mobilize.proposition
    assert isinstance(event, Event) and event.type is PloverType.MOBILIZE
    assert [a.span.text for a in event.initiators] == ["Kestrel Brigade", "Falcon Legion"]
    assert event.targets == []
    assert mobilize.claimant is not None and mobilize.claimant.span.text == "The agency"
    assert sorted(mobilize.cites) == sorted(c.id for c in relations)


def test_fighters_counted_not_named_stay_the_ones_moved(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Turkey sent 300 fighters to Libya.")
    [mobilize] = [c.proposition for c in claims if isinstance(c.proposition, Event)]
    assert isinstance(mobilize, Event) and mobilize.type is PloverType.MOBILIZE
    assert [a.span.text for a in mobilize.initiators] == ["Turkey"]
    assert [a.span.text for a in mobilize.targets] == ["300 fighters"]


def test_together_with_and_in_support_of_are_alliance(extractor: Extractor) -> None:
    first = "The Vanguard Brigade, together with the Peshmerga, pushed ISIS out of the town."
    second = "Canadian forces conducted raids coordinated with and in support of the Peshmerga."
    allied_first = relation_claims(claims_of(extractor, first), P.ALLIED_WITH)
    allied_second = relation_claims(claims_of(extractor, second), P.ALLIED_WITH)
    assert {pair(c) for c in allied_first} == {("Vanguard Brigade", "Peshmerga")}
    assert {pair(c) for c in allied_second} == {("Canadian forces", "Peshmerga")}


def test_support_given_by_a_light_verb_is_alliance(extractor: Extractor) -> None:
    text = "Canadian forces provided air support to the Peshmerga near the dam."
    allied = relation_claims(claims_of(extractor, text), P.ALLIED_WITH)
    assert {pair(c) for c in allied} == {("Canadian forces", "Peshmerga")}


def test_support_welcomed_by_a_speaker_is_no_alliance_of_the_speaker(
    extractor: Extractor,
) -> None:
    text = "Canada welcomed the support for the Peshmerga."
    assert relation_claims(claims_of(extractor, text), P.ALLIED_WITH) == []


def test_transfer_event_happens_at_the_destination_not_the_origin(extractor: Extractor) -> None:
    text = "Mercenaries are being sent from Chad to Sudan."
    claims = claims_of(extractor, text)
    [mobilize] = [
        c.proposition
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.MOBILIZE
    ]
    assert isinstance(mobilize, Event) and mobilize.place is not None
    assert mobilize.place.span.text == "Sudan"


def test_denied_transfer_event_is_denied_by_the_denier_too(extractor: Extractor) -> None:
    claims = claims_of(
        extractor,
        "Qatar denied sending fighters to Libya, a foreign ministry spokesman said on "
        "Thursday. Iran has denied sponsoring Liwa al-Fajr.",
    )
    [relation] = relation_claims(claims, P.DEPLOYS_FIGHTERS_TO)
    [event] = [
        c
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.MOBILIZE
    ]
    for claim in (relation, event):
        assert claim.stance is Stance.DENIED
        assert claim.claimant is not None and claim.claimant.name == "Qatar"
    assert relation.id in event.cites


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 3rd Brigade of the Valdorian 1st Armored Division entered the town.",
            ("3rd Brigade", "Armored Division"),
        ),
        ("The Valdorian army's 9th Division retook the bridge.", ("9th Division", "army")),
        (
            "The 12th Mechanized Brigade, part of the Valdorian Ground Forces, moved north.",
            ("Mechanized Brigade", "Valdorian Ground Forces"),
        ),
    ],
)
def test_unit_of_a_larger_body_is_its_member(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    [claim] = relation_claims(claims_of(extractor, text), P.MEMBER_OF)
    unit, body = pair(claim)
    assert expected[0] in unit and body is not None and expected[1] in body


def test_owner_or_possessive_post_of_a_unit_commands_it(extractor: Extractor) -> None:
    owned = "General Omar Tarik's 106th Brigade retook the bridge."
    post = "The 4th Infantry Brigade's commander, Col. Mira Sand, said the road was open."
    for text, person, unit in [
        (owned, "Omar Tarik", "106th Brigade"),
        (post, "Mira Sand", "Infantry Brigade"),
    ]:
        claims = claims_of(extractor, text)
        assert {pair(c) for c in relation_claims(claims, P.COMMANDS)} == {(person, unit)}
        assert relation_claims(claims, P.MEMBER_OF) == []


def test_a_defence_against_an_enemy_is_hostility_both_ways(extractor: Extractor) -> None:
    text = "Kurdish forces held their defensive positions against the Crimson Front."
    fights = {pair(c) for c in relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST)}
    assert ("Crimson Front", "Kurdish forces") in fights
    assert ("Kurdish forces", "Crimson Front") in fights


def test_support_of_an_undertaking_is_alliance_with_its_owner(extractor: Extractor) -> None:
    text = "Canadian forces conducted ten strikes in support of Peshmerga operations."
    allied = relation_claims(claims_of(extractor, text), P.ALLIED_WITH)
    assert {pair(c) for c in allied} == {("Canadian forces", "Peshmerga")}


def test_operations_named_by_a_town_are_no_one_supported(extractor: Extractor) -> None:
    text = "Canadian forces conducted ten strikes in support of the Mosul operations."
    assert relation_claims(claims_of(extractor, text), P.ALLIED_WITH) == []


def test_the_one_supported_by_an_attack_is_at_war_with_its_target(extractor: Extractor) -> None:
    text = "Canadian forces conducted raids against the Crimson Front in support of the Peshmerga."
    fights = {pair(c) for c in relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST)}
    assert ("Peshmerga", "Crimson Front") in fights
    assert ("Canadian forces", "Crimson Front") in fights


def test_support_outside_a_fight_makes_no_war(extractor: Extractor) -> None:
    text = "Canadian forces trained in support of the Peshmerga."
    assert relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST) == []


def test_the_side_a_place_falls_to_holds_it(extractor: Extractor) -> None:
    verb = "The town of Kidal fell to the MNLA after two days of fighting."
    noun = "A year after the fall of Gao to Ansar Dine, the army returned."
    for text, holder, place in [(verb, "MNLA", "Kidal"), (noun, "Ansar Dine", "Gao")]:
        claims = relation_claims(claims_of(extractor, text), P.COMMANDS)
        assert {pair(c) for c in claims} == {(holder, place)}
    assert relation_claims(claims_of(extractor, "Prices fell to a record low."), P.COMMANDS) == []


def test_incoming_fire_names_the_shooter_its_enemy_and_its_weapons(extractor: Extractor) -> None:
    text = "The Malian army came under heavy mortar fire from Ansar Dine on Monday."
    claims = claims_of(extractor, text)
    [fight] = relation_claims(claims, P.FIGHTING_AGAINST)
    assert pair(fight) == ("Ansar Dine", "Malian army")
    assert fight.proposition.trigger.text == "fire"  # type: ignore[union-attr]
    [weapon] = relation_claims(claims, P.COMMANDS)
    shooter, arms = pair(weapon)
    assert shooter == "Ansar Dine" and arms is not None and "mortar" in arms


def test_fire_with_no_shooter_named_relates_no_one(extractor: Extractor) -> None:
    text = "The Malian army came under heavy mortar fire near Gao on Monday."
    claims = claims_of(extractor, text)
    assert relation_claims(claims, P.FIGHTING_AGAINST) == []
    assert relation_claims(claims, P.COMMANDS) == []


def test_a_leader_of_a_part_of_a_body_is_its_member(extractor: Extractor) -> None:
    part = "Hamid Saleh, an Ansar Dine cell leader, was killed on Monday."
    whole = "Hamas chief Yahya Sinwar said the truce was over."
    part_claims = claims_of(extractor, part)
    assert {pair(c) for c in relation_claims(part_claims, P.MEMBER_OF)} == {
        ("Hamid Saleh", "Ansar Dine")
    }
    assert relation_claims(part_claims, P.COMMANDS) == []
    whole_claims = claims_of(extractor, whole)
    assert {pair(c) for c in relation_claims(whole_claims, P.COMMANDS)} == {
        ("Yahya Sinwar", "Hamas")
    }


def test_a_post_held_in_a_body_is_membership_and_in_a_country_nothing(
    extractor: Extractor,
) -> None:
    inside = claims_of(extractor, "Hamid Saleh, a commander in Ansar Dine, was killed on Monday.")
    assert {pair(c) for c in relation_claims(inside, P.MEMBER_OF)} == {
        ("Hamid Saleh", "Ansar Dine")
    }
    assert relation_claims(inside, P.COMMANDS) == []
    country = claims_of(extractor, "Hamid Saleh, the top commander in Syria, was killed.")
    assert relation_claims(country, P.MEMBER_OF) == relation_claims(country, P.COMMANDS) == []


def test_platforms_from_a_body_are_in_its_hands(extractor: Extractor) -> None:
    text = "Six F-16 fighter jets from the Royal Danish Air Force arrived at the base on Monday."
    claims = relation_claims(claims_of(extractor, text), P.COMMANDS)
    assert {pair(c) for c in claims} == {("the Royal Danish Air Force", "F-16 fighter jets")}
    people = claims_of(extractor, "Refugees from Syria arrived at the border on Monday.")
    assert relation_claims(people, P.COMMANDS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ansar Dine fighters opened fire on government troops near the market.",
            ("Ansar Dine fighters", "government troops"),
        ),
        (
            "Ansar Dine fighters fired at the Malian army on Monday.",
            ("Ansar Dine fighters", "Malian army"),
        ),
    ],
)
def test_shooting_at_a_side_is_fighting_it(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    [claim] = relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST)
    assert pair(claim) == expected


def test_firing_a_person_from_a_post_relates_no_one(extractor: Extractor) -> None:
    text = "The president fired the defence minister on Monday."
    assert relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST) == []


def test_fire_a_negated_subject_never_opened_is_denied(extractor: Extractor) -> None:
    text = "The colonel said no unit of the Malian army had opened artillery fire on Sunday."
    [weapon] = relation_claims(claims_of(extractor, text), P.COMMANDS)
    assert pair(weapon) == ("Malian army", "artillery")
    assert weapon.stance is Stance.DENIED


def test_a_negated_hostile_noun_is_a_denied_relation(extractor: Extractor) -> None:
    text = "No unit of the Malian army conducted strikes against Ansar Dine on Sunday."
    [claim] = relation_claims(claims_of(extractor, text), P.FIGHTING_AGAINST)
    assert pair(claim) == ("Malian army", "Ansar Dine")
    assert claim.stance is Stance.DENIED
