"""Events the text does not assert are never ``asserted``: sentences written for these tests.

Each sentence holds a conflict event under one of the syntactic cues that
``event_stance`` reads (a condition, a question, a fear, a possibility, a
warning, a generic present); none of them may come out asserted. The last group
checks that plain reports still do.
"""

from __future__ import annotations

import pytest

from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Event, Stance


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _stances(extractor: Extractor, text: str) -> dict[str, Stance]:
    stances: dict[str, Stance] = {}
    for claim in extractor.extract(TextInput(text)):
        event = claim.proposition
        if isinstance(event, Event):
            for span in [event.trigger, *event.evidence]:
                stances[span.text] = claim.stance
    return stances


@pytest.mark.parametrize(
    ("text", "trigger", "stance"),
    [
        ("In case of an assault on the dam, the valley will be evacuated.", "assault", None),
        ("Was the depot bombed by the insurgents or by the navy", "bombed", "question"),
        ("Why did the brigade burn the farms near the river", "burn", "question"),
        ("Nobody knows whether the militia shelled the clinic.", "shelled", "question"),
        ("The governor warned of a looming offensive on the harbour.", "offensive", None),
        ("Analysts see a possible attack on the pipeline this winter.", "attack", None),
        ("Militiamen burn the fields whenever the patrols leave.", "burn", None),
        ("Gangs kill shepherds when the army withdraws.", "kill", None),
        ("Raids like these happen when the garrison is weak.", "Raids", None),
        ("The occupier destroys everything on its way.", "destroys", None),
        ("It is very likely that the envoys will insist on a truce.", "insist", None),
        ("Herders usually abandon their camps after militias raid them.", "raid", None),
        ("The governor did not confirm that gunmen had looted the mill.", "looted", "question"),
        ("Police declined to confirm that the rebels shelled the ferry.", "shelled", "question"),
        (
            "Officials were unable to verify that a drone struck the depot.",
            "drone struck",
            "question",
        ),
        ("The colonel would not say whether his unit raided the farm.", "raided", "question"),
        ("The militia did not deny that it burned the granary.", "burned", "question"),
    ],
)
def test_unasserted_cues(extractor: Extractor, text: str, trigger: str, stance: str | None) -> None:
    stances = _stances(extractor, text)
    assert trigger in stances, f"no event at {trigger!r} in {text!r}: {stances}"
    assert stances[trigger] is not Stance.ASSERTED
    if stance is not None:
        assert stances[trigger] is Stance(stance)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Insurgents attack border post, killing three", "attack"),
        ("Gunmen kill five when bus stops at checkpoint", "kill"),
        ("Militiamen shelled the clinic on Thursday, the mayor said.", "shelled"),
        ("The navy says it destroyed everything in the smugglers' camp.", "destroyed"),
        ("Whether or not talks resume, the blockade of the port will stay.", "blockade"),
        ("The junta refused to agree to a truce after its planes bombed the town.", "bombed"),
    ],
)
def test_reports_are_not_caught_by_the_cues(extractor: Extractor, text: str, trigger: str) -> None:
    stances = _stances(extractor, text)
    assert trigger in stances, f"no event at {trigger!r} in {text!r}: {stances}"
    assert stances[trigger] is not Stance.QUESTION
    if trigger != "blockade":
        assert stances[trigger] is Stance.ASSERTED


def test_a_speaker_in_the_next_sentence_is_not_the_cues(extractor: Extractor) -> None:
    claims = extractor.extract(
        TextInput(
            "Officials were unable to verify that rebels had burned the market. "
            "The spokesman refused to say more."
        )
    )
    burned = next(
        c
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.trigger.text == "burned"
    )
    assert burned.claimant is not None and burned.claimant.name == "Officials"
    assert burned.stance is Stance.QUESTION
