"""A condition inside reported speech makes what it conditions hypothetical.

"The minister said that if the militia attacks, the army will respond": the
attack is only the condition, and the "will" of the consequence is no forecast the
minister vouches for. Neither is ``future`` (nor ``asserted``): both are
``hypothetical``, whichever stance the reporting verb or the content's modal gives
by default. The threat itself is made: PLOVER codes "will storm their positions if
..." as a THREATEN, whose modality is its type, so it stays ``future``. A report
of a plain future ("the army will attack on Friday") stays ``future``, and a
reason ("because it carried weapons") is no condition. The sentences are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract.claim_stance import MODAL_TYPES, combine_stance
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import Claim, Event, Stance

CONDITIONAL_REPORTS = [
    "The minister said that if the militia attacks, the army will respond.",
    "General Orlan Vesk said that if the rebels shell Brena again, his troops will storm"
    " their positions.",
    "Colonel Ana Dravik told the council that unless the convoy is allowed through, her"
    " soldiers will open fire on the checkpoint.",
    '"If they cross the river, we will bomb the bridges," said a spokesman for the'
    " Ostrelian air force.",
    "The governor told reporters that the police will arrest the protesters if they block"
    " the highway.",
    "Should the talks fail, the army will launch an offensive, the defence minister said.",
    "The rebels warned that their fighters will storm Kessel if the siege is not lifted.",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(build_pipeline())


def event_claims(extractor: Extractor, text: str) -> list[Claim]:
    """The event claims the sentence yields."""
    claims = extractor.extract(TextInput(text, "doc-1", date(2026, 3, 1)))
    return [c for c in claims if isinstance(c.proposition, Event)]


def event_stances(extractor: Extractor, text: str) -> dict[str, Stance]:
    """Trigger text -> stance of every event claim the sentence yields."""
    return {c.proposition.trigger.text: c.stance for c in event_claims(extractor, text)}


@pytest.mark.parametrize("text", CONDITIONAL_REPORTS)
def test_events_of_a_reported_condition_are_hypothetical(extractor: Extractor, text: str) -> None:
    claims = event_claims(extractor, text)
    conditioned = [c for c in claims if c.proposition.type not in MODAL_TYPES]
    threats = [c for c in claims if c.proposition.type in MODAL_TYPES]
    assert claims
    assert all(c.stance is Stance.HYPOTHETICAL for c in conditioned), claims
    assert all(c.stance is Stance.FUTURE for c in threats), claims


def test_a_reported_plain_future_stays_future(extractor: Extractor) -> None:
    stances = event_stances(
        extractor, "The commander said the army will attack the camp on Friday."
    )
    assert stances == {"attack": Stance.FUTURE}


def test_a_reported_reason_is_no_condition(extractor: Extractor) -> None:
    text = "The general said the militia attacked the convoy because it carried weapons."
    assert event_stances(extractor, text)["attacked"] is Stance.ASSERTED


@pytest.mark.parametrize("attributed", [Stance.ASSERTED, Stance.FUTURE])
def test_a_condition_outweighs_an_asserting_or_future_report(attributed: Stance) -> None:
    assert combine_stance(attributed, Stance.HYPOTHETICAL, conditional=True) is (
        Stance.HYPOTHETICAL
    )


@pytest.mark.parametrize("attributed", [Stance.DENIED, Stance.QUESTION])
def test_a_denial_or_question_of_a_condition_keeps_its_stance(attributed: Stance) -> None:
    assert combine_stance(attributed, Stance.HYPOTHETICAL, conditional=True) is attributed


def test_without_a_condition_a_future_report_keeps_its_stance() -> None:
    assert combine_stance(Stance.FUTURE, Stance.HYPOTHETICAL) is Stance.FUTURE
