"""Everyday happenings as events (``PloverType.OCCURRENCE``, and disasters and robbery
as assaults of their own modes), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.pipeline import build_pipeline
from warledger.model import Event, PloverType

P = PloverType


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_places", "warledger_events"])


def run(nlp: Language, text: str) -> list[Event]:
    doc: Doc = nlp(text)
    return list(doc._.events)


def kinds(nlp: Language, text: str) -> set[tuple[PloverType, str | None]]:
    return {(e.type, e.mode) for e in run(nlp, text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The mayor appointed Lena Marsh as city manager on Monday.",
            (P.OCCURRENCE, "appointment"),
        ),
        ("The president nominated a surgeon to lead the agency.", (P.OCCURRENCE, "appointment")),
        ("Torvik unveiled its new tablet at a launch in Oslo.", (P.OCCURRENCE, "unveiling")),
        ("Three inmates escaped from the county jail overnight.", (P.OCCURRENCE, "escape")),
        ("A fire broke out in a bakery on Mill Street.", (P.ASSAULT, "accident")),
        ("Crews fought a warehouse fire for six hours.", (P.ASSAULT, "accident")),
        ("A tanker ran aground near the harbour entrance.", (P.ASSAULT, "accident")),
        ("Two men robbed a pharmacy on Elm Avenue.", (P.ASSAULT, "robbery")),
    ],
)
def test_a_happening_is_an_event(nlp: Language, text: str, kind: tuple[PloverType, str]) -> None:
    assert kind in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of families escaped the fighting by boat.",
        "The driver narrowly escaped injury.",
    ],
)
def test_an_escape_without_custody_is_no_prison_escape(nlp: Language, text: str) -> None:
    assert (P.OCCURRENCE, "escape") not in kinds(nlp, text)


def test_a_gunfight_is_no_building_fire(nlp: Language) -> None:
    found = kinds(nlp, "Soldiers came under heavy fire near the bridge.")
    assert (P.ASSAULT, "accident") not in found


def test_a_robbery_gives_way_to_its_means(nlp: Language) -> None:
    """A robbery tells why; "shot in a robbery" is gunfire, like the other reports' shooting."""
    found = kinds(nlp, "A clerk was shot and killed in a robbery at a gas station.")
    assert (P.ASSAULT, "firearms") in found
    assert (P.ASSAULT, "robbery") not in found


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The newly appointed defence minister refused to meet the delegation.", P.REJECT),
        ("A recently nominated judge rejected the appeal on Monday.", P.REJECT),
        ("Newly appointed Vestrian Prime Minister Aro Dell has refused to answer.", P.REJECT),
    ],
)
def test_a_title_is_no_appointment(nlp: Language, text: str, told: PloverType) -> None:
    """ "Newly appointed" says who the minister is; the sentence tells the refusal."""
    found = kinds(nlp, text)
    assert (P.OCCURRENCE, "appointment") not in found
    assert told in {kind for kind, _ in found}


def test_a_recent_appointment_with_its_auxiliary_is_told() -> None:
    """ "Was recently appointed" reports the appointment itself."""
    nlp = build_pipeline(components=["warledger_actors", "warledger_places", "warledger_events"])
    found = kinds(nlp, "Lena Marsh was recently appointed city manager by the council.")
    assert (P.OCCURRENCE, "appointment") in found


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        (
            "A Brena climber fell to his death from a ridge on Mount Kestor.",
            (P.ASSAULT, "accident"),
            "fell",
        ),
        (
            "A hiker is feared dead after a fall from a cliff near Lake Orvan.",
            (P.ASSAULT, "accident"),
            "fall",
        ),
        (
            "He watched his brother fall over the edge of the glacier.",
            (P.ASSAULT, "accident"),
            "fall",
        ),
    ],
)
def test_a_fall_is_told_by_its_verb(
    nlp: Language, text: str, kind: tuple[PloverType, str], trigger: str
) -> None:
    """A fall to a death or from a height is an accident; the verb alone is the trigger."""
    found = {(e.type, e.mode): e.trigger.text for e in run(nlp, text)}
    assert found.get(kind) == trigger


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell from their peak in March.",
        "Sales fell off a cliff last quarter.",
        "The regime fell from power in 1990.",
    ],
)
def test_no_fall_without_a_person_and_a_death_or_a_height(nlp: Language, text: str) -> None:
    found = kinds(nlp, text)
    assert (P.ASSAULT, "accident") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brell spoke of his own desperate battle to stay alive on the glacier.",
        "The crew fought to extinguish the flames on the ferry.",
    ],
)
def test_a_battle_to_survive_is_no_fighting(nlp: Language, text: str) -> None:
    """A battle or a fight for a survival or a rescue is an effort, not combat."""
    assert (P.ASSAULT, "clash") not in kinds(nlp, text)


def test_a_battle_for_a_town_is_still_fighting(nlp: Language) -> None:
    assert (P.ASSAULT, "clash") in kinds(nlp, "A fierce battle to control the town raged for days.")
