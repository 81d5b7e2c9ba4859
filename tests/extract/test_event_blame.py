"""Who an attack is laid on (``event_blame``), where the arguments of a blast and of a
participle stand (``argument_positions``) and the names a band gives itself
(``event_args``), on sentences written for these tests. The events component runs
alone on the parse, as in ``test_events``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline
from warledger.model import Event, PloverType


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_events"])


def attacks(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return [e for e in doc._.events if e.type == PloverType.ASSAULT]


def doers(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.initiators}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Police blamed the Red Sun Brigade for the explosion that wrecked a bank.",
            "Red Sun Brigade",
        ),
        ("The bombing of the bridge was blamed on the Tamar Front.", "Tamar Front"),
        (
            "Two pylons were damaged in sabotage attacks that officials attributed to the "
            "Tamar Front.",
            "Tamar Front",
        ),
        ("Responsibility for the bombing was claimed by the Tamar Front.", "Tamar Front"),
        ("The Tamar Front claimed the grenade attack on the consulate.", "Tamar Front"),
        ("The massacre was the work of the Tamar Front, the army said.", "Tamar Front"),
        ("Officials said the Tamar Front was responsible for the bombing.", "Tamar Front"),
        ("Rights groups held the Tamar Front responsible for the massacre.", "Tamar Front"),
        ("The unit responsible for the massacre of the villagers was disbanded.", "unit"),
        ("The soldiers involved in the killing of the teacher were arrested.", "soldiers"),
        ("A judge linked the Tamar Front to the kidnapping of the mayor.", "Tamar Front"),
    ],
)
def test_an_attack_laid_on_a_group_takes_it_as_doer(nlp: Language, text: str, doer: str) -> None:
    assert doer in doers(attacks(nlp, text))


def test_a_blame_in_a_sentence_of_its_own_names_the_last_attack(nlp: Language) -> None:
    found = attacks(nlp, "A bomb exploded at a bank in the capital. Police blamed the Tamar Front.")
    assert doers(found) == {"Tamar Front"}


def test_the_parse_doer_stands_against_a_blame(nlp: Language) -> None:
    found = attacks(nlp, "Gunmen attacked a bus, and the police blamed the Tamar Front.")
    assert doers(found) == {"Gunmen"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister blamed the opposition for the economic crisis.",
        "The army claimed that the rebels had retreated.",
        "Both parties were involved in the talks on the ceasefire.",
        "The ministry is responsible for the roads of the province.",
    ],
)
def test_no_attack_no_doer(nlp: Language, text: str) -> None:
    assert doers(attacks(nlp, text)) == set()


def test_a_blast_hit_what_it_went_off_at(nlp: Language) -> None:
    found = attacks(nlp, "Two bombs went off at a bank and a supermarket on Monday.")
    assert {a.name for e in found for a in e.targets} == {"bank", "supermarket"}


def test_a_blast_at_a_time_hit_nothing(nlp: Language) -> None:
    found = attacks(nlp, "A bomb exploded at dawn.")
    assert [a.name for e in found for a in e.targets] == []


def test_the_assassinated_candidate_is_the_target(nlp: Language) -> None:
    found = attacks(nlp, "He replaced the assassinated candidate in the race.")
    assert [a.name for e in found for a in e.targets] == ["candidate"]


def test_a_squad_known_by_a_name_gives_the_name(nlp: Language) -> None:
    found = attacks(nlp, "A paramilitary squad known as the Black Hand burned the farm.")
    assert {"paramilitary squad", "Black Hand"} <= doers(found)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Three nurses were taken hostage by rebels at the clinic.", "rebels", "Three nurses"),
        ("The mayor was held hostage by gunmen for a week.", "gunmen", "mayor"),
    ],
)
def test_people_made_hostages_are_the_targets(
    nlp: Language, text: str, doer: str, target: str
) -> None:
    found = attacks(nlp, text)
    assert doer in doers(found)
    assert target in {a.name for e in found for a in e.targets}
