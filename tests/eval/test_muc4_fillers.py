"""How the MUC-4 adapter reads role fillers off warledger's events.

Sentences are invented for these tests; the pipeline runs without the role
tagger, so the figures do not depend on its weights, but with the claims component:
the adapter reads the events of the claims the pipeline asserts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.eval.muc4 import (
    named_person,
    names_organisation,
    on_the_military,
    role_fillers,
)
from warledger.extract.factories import COMPONENTS
from warledger.extract.pipeline import build_pipeline
from warledger.model import ActorKind, ActorMention, Span

PIPES = [name for name, _factory in COMPONENTS]
UP_TO_EVENTS = PIPES[: PIPES.index("warledger_events") + 1]
"""The components the role tagger reads from, in pipeline order."""
WITH_CLAIMS = [*UP_TO_EVENTS, "warledger_claims"]
"""And the claims, whose stance says which events the MUC-4 adapter reads."""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=WITH_CLAIMS)


def _mention(name: str, label: str, kind: ActorKind) -> ActorMention:
    return ActorMention(
        span=Span(start=0, end=len(name), text=name), name=name, label=label, kind=kind
    )


def test_a_victim_is_a_named_person() -> None:
    assert named_person(_mention("Pavel Orin", "PERSON", ActorKind.PERSON))
    assert not named_person(_mention("two farmers", "PERSON", ActorKind.CIVILIANS))
    assert not named_person(_mention("Oskel", "GPE", ActorKind.PERSON))


def test_described_people_fill_no_victim_slot(nlp: Language) -> None:
    doc = nlp("Gunmen shot two farmers and Pavel Orin near Oskel on Friday.")
    assert role_fillers(doc) == {
        "PerpInd": ["Gunmen"],
        "PerpOrg": [],
        "Target": [],
        "Victim": ["Pavel Orin"],
        "Weapon": [],
    }


def test_threats_fill_no_role_and_accusations_name_the_doer(nlp: Language) -> None:
    doc = nlp(
        "The Tarn Liberation Army threatened to bomb the Harlow post office. "
        "It accused Pavel Orin of the killing of two farmers."
    )
    # MUC-4 keys an accused perpetrator (its templates record the accusation), and
    # the killing is told only through the accusation (event_blame).
    assert {role: found for role, found in role_fillers(doc).items() if found} == {
        "PerpInd": ["Pavel Orin"]
    }


def test_mentions_of_one_linked_actor_are_one_filler(nlp: Language) -> None:
    doc = nlp(
        "Islamic State fighters bombed a mosque in Raqqa on Friday. "
        "ISIS gunmen attacked a church in Mosul on Sunday."
    )
    assert [a.actor_id for e in doc._.events for a in e.initiators] == ["group:isis"] * 2
    # Fighters are people (PerpInd), however they are linked: MUC-4 keys "X guerrillas" so.
    assert role_fillers(doc)["PerpInd"] == ["Islamic State fighters"]
    assert role_fillers(doc)["Target"] == ["mosque", "church"]


def _actor(name: str, label: str = "", actor_id: str | None = None) -> ActorMention:
    return ActorMention(
        span=Span(start=0, end=len(name), text=name), name=name, label=label, actor_id=actor_id
    )


@pytest.mark.parametrize(
    ("name", "label", "actor_id", "organisation"),
    [
        ("armed men", "ORG", "new:armed-men", False),
        ("a group of heavily armed subversives", "ORG", "new:group", False),
        ("members of the Tarn Liberation Army", "PERSON", None, False),
        ("Tarn Liberation Army guerrillas", "ORG", "group:tla", False),
        ("the armed youths", "ORG", None, False),
        ("the Patriotic Resistance", "", "new:patriotic-resistance", True),
        ("the tarn liberation army", "", None, True),
        ("the red dawn cartel", "", None, True),
        ("the tla", "", "group:tla", True),
        ("unknown assailants", "", None, False),
        ("the Anti-Imperialist Commando", "", "new:anti-imperialist-commando", True),
        ("the Popular Resistance Cells", "ORG", None, True),
        ("a commando", "ORG", None, False),
        ("urban commandos", "", None, False),
    ],
)
def test_people_and_bands_are_individuals_institutions_organisations(
    name: str, label: str, actor_id: str | None, organisation: bool
) -> None:
    assert names_organisation(_actor(name, label, actor_id)) is organisation


def test_an_attack_on_the_military_alone_is_no_incident(nlp: Language) -> None:
    doc = nlp(
        "Rebels ambushed a military convoy near Oskel, killing five soldiers. "
        "Gunmen bombed the Harlow town hall and a police barracks on Friday."
    )
    assert [on_the_military(e) for e in doc._.events if e.targets] == [True, True, False]
    fillers = role_fillers(doc)
    assert fillers["Target"][0] == "Harlow town hall"
    assert "military convoy" not in fillers["Target"]
    assert fillers["PerpInd"] == ["Gunmen"]


def _found(doc: Doc) -> dict[str, list[str]]:
    return {role: found for role, found in role_fillers(doc).items() if found}


def test_people_described_by_their_body_give_the_body_too(nlp: Language) -> None:
    doc = nlp("Korvian army troops burned the Delmar market on Sunday.")
    assert _found(doc) == {
        "PerpInd": ["Korvian army troops"],
        "PerpOrg": ["korvian army"],
        "Target": ["Delmar market"],
    }


def test_a_capital_that_opens_the_sentence_names_no_organisation(nlp: Language) -> None:
    doc = nlp("Saboteurs blew up a pipeline near Oskel overnight.")
    assert _found(doc) == {"PerpInd": ["Saboteurs"], "Target": ["pipeline"]}


def test_a_participle_of_an_act_that_happened_happened(nlp: Language) -> None:
    doc = nlp("Gunmen set off a bomb outside a bank in Oskel, killing Pavel Orin.")
    assert _found(doc)["Victim"] == ["Pavel Orin"]


def test_a_device_that_went_off_is_no_doer(nlp: Language) -> None:
    doc = nlp("A charge went off outside the Harlow post office on Friday.")
    assert [[a.name for a in e.initiators] for e in doc._.events] == [[]]


def test_a_part_of_a_group_is_named_with_its_whole(nlp: Language) -> None:
    doc = nlp("A group of armed youths burned the Delmar market on Sunday.")
    assert _found(doc)["PerpInd"] == ["group of armed youths"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked two towns in the north of Velmora on Sunday.",
        "terrorists bombed the capital and killed three bank clerks.",
        "The guerrillas have terrorised the civilian population of the valley.",
    ],
)
def test_a_settlement_or_a_people_is_no_target_thing(nlp: Language, text: str) -> None:
    # MUC-4's physical target is a thing hit; the town or the region is where.
    assert role_fillers(nlp(text))["Target"] == []


def test_a_building_in_a_town_is_a_target_thing(nlp: Language) -> None:
    doc = nlp("Rebels burned the town hall of Velmora and a bus on Sunday.")
    assert "bus" in role_fillers(doc)["Target"]
