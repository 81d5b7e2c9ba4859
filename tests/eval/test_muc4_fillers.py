"""How the MUC-4 adapter reads role fillers off warledger's events.

Sentences are invented for these tests; the pipeline runs without the role
tagger, so the figures do not depend on its weights.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.eval.muc4 import named_person, role_fillers
from warledger.extract.factories import COMPONENTS
from warledger.extract.pipeline import build_pipeline
from warledger.model import ActorKind, ActorMention, Span

PIPES = [name for name, _factory in COMPONENTS]
UP_TO_EVENTS = PIPES[: PIPES.index("warledger_events") + 1]
"""The components the role tagger and the MUC-4 adapter read from, in pipeline order."""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=UP_TO_EVENTS)


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


def test_threats_and_accusations_fill_no_role(nlp: Language) -> None:
    doc = nlp(
        "The Tarn Liberation Army threatened to bomb the Harlow post office. "
        "It accused Pavel Orin of the killing of two farmers."
    )
    assert all(not found for found in role_fillers(doc).values())


def test_mentions_of_one_linked_actor_are_one_filler(nlp: Language) -> None:
    doc = nlp(
        "Islamic State fighters bombed a mosque in Raqqa on Friday. "
        "ISIS gunmen attacked a church in Mosul on Sunday."
    )
    assert [a.actor_id for e in doc._.events for a in e.initiators] == ["group:isis"] * 2
    assert role_fillers(doc)["PerpOrg"] == ["Islamic State fighters"]
    assert role_fillers(doc)["Target"] == ["mosque", "church"]
