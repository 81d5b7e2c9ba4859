"""PLOVER coding conventions (``event_conventions`` and the lexicon) on invented sentences.

Each test is one convention of the PLOVER codebook / CAMEO-to-PLOVER mapping,
stated as a general pattern: the sentences were written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.acled import AGREEMENT, PROTEST_WITH_INTERVENTION, document_category
from warledger.extract.pipeline import build_pipeline
from warledger.model import Event, PloverType

P = PloverType


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_events"])


def events(nlp: Language, text: str) -> list[Event]:
    return list(nlp(text)._.events or [])


def kinds(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.type.value, e.mode) for e in events(nlp, text)]


def test_release_of_captives_is_retreat(nlp: Language) -> None:
    assert kinds(nlp, "The rebels released twelve captured soldiers on Friday.") == [
        ("RETREAT", "release")
    ]
    found = kinds(nlp, "The militia freed the three engineers on Sunday.")
    assert found == [("RETREAT", "release")]


def test_released_information_is_no_event(nlp: Language) -> None:
    assert kinds(nlp, "The ministry released a video of the parade on Monday.") == []
    assert kinds(nlp, "The survey released last week counted fewer schools.") == []
    assert kinds(nlp, "The institute released its annual index on Monday.") == []


def test_demobilisation_is_retreat(nlp: Language) -> None:
    assert kinds(nlp, "Two hundred fighters were demobilized last week.") == [("RETREAT", "disarm")]


def test_crowd_control_weapons_on_a_crowd_are_assault(nlp: Language) -> None:
    found = events(nlp, "Riot police fired tear gas at hundreds of demonstrators on Sunday.")
    assert [(e.type, e.mode) for e in found] == [
        (P.ASSAULT, "crowd_control"),
        (P.PROTEST, "demonstration"),
    ]
    assert [a.name for a in found[0].initiators] == ["Riot police"]
    # ACLED still codes it as a protest met with intervention, not excessive force.
    assert document_category(found) == PROTEST_WITH_INTERVENTION


def test_dispersal_without_weapons_stays_coerce(nlp: Language) -> None:
    assert kinds(nlp, "Police dispersed the crowd outside the court.") == [("COERCE", "disperse")]


def test_claimed_responsibility_is_the_claimed_assault(nlp: Language) -> None:
    found = events(nlp, "The Northern Front claimed responsibility for the bombing of the bridge.")
    assert [(e.type, e.mode) for e in found] == [(P.ASSAULT, "explosion")]
    assert [a.name for a in found[0].initiators] == ["Northern Front"]


def test_claim_without_a_named_attack_becomes_an_assault(nlp: Language) -> None:
    found = events(nlp, "The Northern Front claimed responsibility on Tuesday.")
    assert [e.type for e in found] == [P.ASSAULT]
    assert [a.name for a in found[0].initiators] == ["Northern Front"]


def test_stopping_cooperation_is_sanction(nlp: Language) -> None:
    assert kinds(nlp, "Norland halted economic aid to Sorvia after the coup.") == [
        ("SANCTION", "discontinue")
    ]
    assert kinds(nlp, "The foreign minister cancelled her visit to the capital.") == [
        ("SANCTION", "discontinue")
    ]


def test_arriving_troops_are_deployed_not_visiting(nlp: Language) -> None:
    assert kinds(nlp, "A battalion of peacekeeping troops arrived in the border town.") == [
        ("AID", "peacekeeping")
    ]
    assert kinds(nlp, "Fresh troops arrived in the northern province on Monday.") == [
        ("MOBILIZE", "troops")
    ]
    assert kinds(nlp, "The envoy arrived in the capital on Monday.") == [("CONSULT", "visit")]


def test_calling_off_a_strike_concedes(nlp: Language) -> None:
    found = kinds(nlp, "The union called off its strike.")
    assert found[0] == ("CONCEDE", None)


def test_extradition_is_cooperation(nlp: Language) -> None:
    assert kinds(nlp, "Norland extradited the suspect to Sorvia on Sunday.") == [
        ("COOPERATE", None)
    ]


def test_official_protest_is_accuse(nlp: Language) -> None:
    assert kinds(nlp, "Sorvia lodged an official protest with Norland over the border.") == [
        ("ACCUSE", None)
    ]


def test_raised_alert_is_mobilize(nlp: Language) -> None:
    assert kinds(nlp, "Troops in the valley were placed on high alert.") == [("MOBILIZE", "troops")]


def test_setting_up_a_base_is_mobilize(nlp: Language) -> None:
    assert kinds(nlp, "Foreign forces have set up two new military bases near the dam.") == [
        ("MOBILIZE", "base")
    ]
    assert kinds(nlp, "The army established twelve observation points along the river.") == [
        ("MOBILIZE", "base")
    ]
    assert kinds(nlp, "The company set up a new office in the port.") == []


def test_suicide_bombers_blowing_themselves_up(nlp: Language) -> None:
    assert kinds(nlp, "Two attackers blew themselves up at the checkpoint.") == [
        ("ASSAULT", "suicide_bombing")
    ]


def test_released_captives_are_an_acled_agreement(nlp: Language) -> None:
    found = events(nlp, "The militia released forty prisoners on Monday.")
    assert document_category(found) == AGREEMENT


def test_a_batch_of_peacekeepers_arriving_is_peacekeeping(nlp: Language) -> None:
    assert kinds(nlp, "The first batch of peacekeeping troops arrived in the capital.") == [
        ("AID", "peacekeeping")
    ]
    assert kinds(nlp, "A delegation of ministers arrived in the capital.") == [("CONSULT", "visit")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a report of violence: a bare strike is a military one
        ("Shelling hit the market, and the clinic was empty at the time of the strike.", "ASSAULT"),
        # unless its sentence speaks of work, or people are on it, or a noun names its kind
        ("Shelling hit the market while dock workers held a strike over pay.", "PROTEST"),
        ("Shelling hit the market as the drivers went on strike.", "PROTEST"),
        ("Shelling hit the market on the first day of the transport strike.", "PROTEST"),
        ("Shelling hit the market a day after the rocket strike.", "ASSAULT"),
        # no violence reported: a strike is a labour strike
        ("The clinic was empty at the time of the strike.", "PROTEST"),
    ],
)
def test_a_bare_strike_is_read_from_its_report(nlp: Language, text: str, kind: str) -> None:
    strikes = [e for e in events(nlp, text) if "strike" in e.trigger.text]
    assert [e.type.value for e in strikes] == [kind]


@pytest.mark.parametrize(
    ("text", "consults"),
    [
        ("A spokesman told reporters by telephone that the convoy was safe.", 0),
        ("Researchers interviewed nine residents over the phone.", 0),
        ("The president spoke by phone with his counterpart on Sunday.", 1),
        ("The two ministers held a phone call on Monday.", 1),
    ],
)
def test_a_telephone_is_a_consultation_only_between_the_parties(
    nlp: Language, text: str, consults: int
) -> None:
    assert kinds(nlp, text).count(("CONSULT", "phone")) == consults


def test_a_reporters_request_for_comment_is_no_event(nlp: Language) -> None:
    assert kinds(nlp, "The ministry did not respond to a request for comment.") == []
    assert kinds(nlp, "The embassy did not reply to an inquiry from this newspaper.") == []
    assert kinds(nlp, "The tribunal opened an inquiry into the massacre.") != []
    assert ("REQUEST", None) in kinds(nlp, "The army answered the governor's request for troops.")


@pytest.mark.parametrize(
    ("text", "found", "other_side"),
    [
        ("Government troops fought rebels near the dam.", [("ASSAULT", "clash")], ["rebels"]),
        (
            "Border guards fought with smugglers on Sunday night.",
            [("ASSAULT", "clash")],
            ["smugglers"],
        ),
        ("Rebels fought in the hills for three days.", [("ASSAULT", "clash")], []),
        ("The army will fight the rebels.", [("THREATEN", "clash")], ["the rebels"]),
        ("She fought for her rights for years.", [], None),
        ("The lawyers will fight the charges in court.", [], None),
        ("Two neighbours fought over a fence.", [], None),
    ],
)
def test_a_fight_is_combat_only_against_someone_or_by_the_armed(
    nlp: Language, text: str, found: list[tuple[str, str]], other_side: list[str] | None
) -> None:
    """The verb "fight" is combat with an opponent ("fought rebels", "fought with
    smugglers") or done by armed people; a figurative fight is no event. The "with"
    phrase of a fight names the other side, and "on Sunday" is never a target."""
    assert kinds(nlp, text) == found
    if other_side is not None:
        assert [a.name for a in events(nlp, text)[0].targets] == other_side
