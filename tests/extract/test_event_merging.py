"""One claim per event instance, on sentences written for these tests.

The whole pipeline runs, so each case checks what a reader of the ledger sees:
the triggers that tell one act are one claim with the others as evidence, and
two acts stay two claims.
"""

from __future__ import annotations

import pytest

from warledger.extract.event_merging import compatible, telling_mode
from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import ActorMention, Claim, Event, PlaceMention, PloverType, Span


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _events(extractor: Extractor, text: str) -> list[Claim]:
    claims = extractor.extract(TextInput(text, "merge-test"))
    return [c for c in claims if isinstance(c.proposition, Event)]


def _event(claim: Claim) -> Event:
    assert isinstance(claim.proposition, Event)
    return claim.proposition


def test_blast_gunfire_and_toll_of_one_attack_are_one_claim(extractor: Extractor) -> None:
    text = (
        "A truck bomb went off outside the depot at dawn, then gunmen opened fire "
        "on the sentries, killing five of them."
    )
    [claim] = _events(extractor, text)
    event = _event(claim)
    assert event.type is PloverType.ASSAULT
    words = {event.trigger.text, *(s.text for s in event.evidence)}
    assert {"opened fire", "killing"} <= words
    assert [c.low for c in event.casualties] == [5]
    assert "gunmen" in [a.name for a in event.initiators]
    for span in [event.trigger, *event.evidence]:
        assert text[span.start : span.end] == span.text


def test_follow_up_sentence_pointing_back_joins_the_act(extractor: Extractor) -> None:
    text = "A mine struck a fuel lorry on the coast road. The explosion wounded two drivers."
    [claim] = _events(extractor, text)
    event = _event(claim)
    assert len(event.evidence) >= 1
    assert claim.content.start == 0 and claim.content.end == len(text)


def test_agentless_passive_toll_in_next_sentence_joins_the_act(extractor: Extractor) -> None:
    text = "Rockets hit a fuel depot near the harbour on Sunday. Four workers were killed."
    [claim] = _events(extractor, text)
    assert [c.low for c in _event(claim).casualties] == [4]


def test_two_doers_in_one_sentence_stay_two_claims(extractor: Extractor) -> None:
    text = "Insurgents shelled the garrison, and the air force answered with bombing raids."
    assert len(_events(extractor, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck a bridge on Tuesday; separately, a bomb exploded near a mosque.",
        # an act the sentence dates by another one, whether parsed as a noun or a gerund
        "The raid came two days after the shelling of the ferry port.",
        "The raid came two days after shelling near the ferry port wounded nine people.",
    ],
)
def test_a_word_marking_another_act_keeps_it_apart(extractor: Extractor, text: str) -> None:
    assert len(_events(extractor, text)) == 2


def test_a_new_sentence_without_anaphora_is_a_new_act(extractor: Extractor) -> None:
    text = "Troops shelled the hill villages for hours. Snipers shot at a bus near the lake."
    assert len(_events(extractor, text)) == 2


def test_merged_claim_ids_are_deterministic(extractor: Extractor) -> None:
    text = "A car bomb blew up at the gate, and guards then fired on the attackers."
    first = [c.id for c in extractor.extract(TextInput(text, "same-doc"))]
    second = [c.id for c in extractor.extract(TextInput(text, "same-doc"))]
    assert first == second
    assert len(set(first)) == len(first)


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text="x" * (end - start))


def _actor(name: str, start: int) -> ActorMention:
    return ActorMention(span=_span(start, start + len(name)), name=name)


def test_compatible_rules_on_hand_made_events() -> None:
    """Type, mode outside ASSAULT, sides and places decide, without a parser."""
    shelling = Event(
        type=PloverType.ASSAULT,
        mode="shelling",
        trigger=_span(0, 5),
        initiators=[_actor("the rebels", 10)],
    )
    gunfire = Event(type=PloverType.ASSAULT, mode="firearms", trigger=_span(30, 35))
    assert compatible(shelling, gunfire)
    other_doer = gunfire.model_copy(update={"initiators": [_actor("the army", 40)]})
    assert not compatible(shelling, other_doer)
    reply = gunfire.model_copy(
        update={"initiators": [_actor("the army", 40)], "targets": [_actor("rebels", 50)]}
    )
    assert not compatible(shelling, reply)
    truce = Event(type=PloverType.AGREE, mode="ceasefire", trigger=_span(0, 5))
    talks = Event(type=PloverType.AGREE, mode="consult", trigger=_span(10, 15))
    assert not compatible(truce, talks)
    assert not compatible(shelling, truce)
    here = PlaceMention(span=Span(start=60, end=65, text="Arvel"))
    there = PlaceMention(span=Span(start=70, end=76, text="Brisco"))
    assert not compatible(
        shelling.model_copy(update={"place": here}), gunfire.model_copy(update={"place": there})
    )
    assert compatible(
        shelling.model_copy(update={"place": here}), gunfire.model_copy(update={"place": here})
    )


def test_the_merged_act_keeps_the_most_telling_mode() -> None:
    assert telling_mode("beating", "sexual_violence") == "sexual_violence"
    assert telling_mode("explosion", "suicide_bombing") == "suicide_bombing"
    assert telling_mode(None, "firearms") == "firearms"
    # Two telling modes: the earliest trigger's stays.
    assert telling_mode("clash", "capture_territory") == "clash"
    assert telling_mode("firearms", None) == "firearms"
    # Tear gas fired in clashes: the crowd fought back, whichever was told first.
    assert telling_mode("crowd_control", "clash") == "clash"


def test_an_accidents_toll_makes_no_act_an_accident() -> None:
    # "Gunmen fired on the bus. Nine died when it overturned": still the shooting.
    assert telling_mode("firearms", "accident") == "firearms"
    assert telling_mode("accident", "shelling") == "shelling"
    # A toll of no stated means beside an accident's keeps the first act's mode.
    assert telling_mode(None, "accident") is None
    assert telling_mode("accident", None) == "accident"


def test_a_mark_on_the_clause_does_not_split_its_own_words(extractor: Extractor) -> None:
    # "later" sets this act apart from earlier ones, not "bomb" from "blast" and "killed"
    text = (
        "Gunmen raided a bank in the port on Friday. Two days later, a roadside bomb "
        "blast killed six shepherds near the port."
    )
    claims = _events(extractor, text)
    assert len(claims) == 2
    second = _event(max(claims, key=lambda c: c.content.start))
    words = {second.trigger.text, *(s.text for s in second.evidence)}
    assert {"blast", "killed"} <= words
    assert [c.low for c in second.casualties] == [6]
