"""Standard event scores (WikiEvents, RAMS), CASE labels and PLOVER modes, by hand."""

from __future__ import annotations

import pytest
import spacy

from warledger.eval.case2021 import NO_EVENT, asserted_events, case_label
from warledger.eval.event_matching import (
    GoldArgument,
    GoldEvent,
    document_argument_counts,
    trigger_counts,
    window_argument_counts,
)
from warledger.eval.plover import mode_matches
from warledger.eval.scoring import PRF
from warledger.extract.pipeline import SPACY_MODEL
from warledger.model import ActorMention, CasualtyFigure, Claim, Event, PloverType, Span, Stance

TEXT = "Rebels shelled the old bridge near Varnek and police arrested two men."


def span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), text=word)


def gold_event(
    word: str, plover: PloverType | None, *args: tuple[str, str], **kw: int
) -> GoldEvent:
    s = span(word)
    arguments = tuple(GoldArgument(slot, span(w).start, span(w).end) for slot, w in args)
    slots = frozenset(slot for slot, _ in args)
    return GoldEvent(s.start, s.end, "X.Y", plover, arguments, slots, kw.get("unmapped", 0))


def actor(word: str) -> ActorMention:
    return ActorMention(span=span(word), name=word)


def triple(counts: PRF) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


GOLD = [
    gold_event(
        "shelled", PloverType.ASSAULT, ("initiators", "Rebels"), ("targets", "the old bridge")
    ),
    gold_event("arrested", None, ("targets", "two men"), unmapped=1),
]


@pytest.fixture(scope="module")
def doc() -> spacy.tokens.Doc:
    return spacy.load(SPACY_MODEL)(TEXT)


def test_triggers_need_exact_offsets_and_unmapped_gold_is_always_missed() -> None:
    # "shelled" exact and ASSAULT; "arrested" exact but its gold type has no
    # PLOVER counterpart; "bridge" is no gold trigger.
    events = [
        Event(type=PloverType.ASSAULT, trigger=span("shelled")),
        Event(type=PloverType.COERCE, trigger=span("arrested")),
        Event(type=PloverType.ASSAULT, trigger=span("bridge")),
    ]
    assert triple(trigger_counts(events, GOLD, typed=False)) == (2, 1, 0)
    assert triple(trigger_counts(events, GOLD, typed=True)) == (1, 2, 1)
    # Overlap is not enough: "shelled the" is not "shelled".
    wide = [Event(type=PloverType.ASSAULT, trigger=span("shelled the"))]
    assert triple(trigger_counts(wide, GOLD, typed=False)) == (0, 1, 2)


def test_document_arguments_need_trigger_type_offsets_and_slot(doc: spacy.tokens.Doc) -> None:
    event = Event(
        type=PloverType.ASSAULT,
        trigger=span("shelled"),
        initiators=[actor("Rebels")],  # right
        targets=[actor("bridge")],  # head only: wrong with exact offsets
    )
    # Gold: Rebels, the old bridge, two men, and one argument in a role with no slot.
    assert triple(document_argument_counts(doc, [event], GOLD, "exact")) == (1, 1, 3)
    # By head word "bridge" is "the old bridge".
    assert triple(document_argument_counts(doc, [event], GOLD, "head")) == (2, 0, 2)
    mistyped = event.model_copy(update={"type": PloverType.COERCE, "targets": []})
    assert triple(document_argument_counts(doc, [mistyped], GOLD, "exact")) == (0, 1, 4)


def test_window_arguments_exact_versus_head_word(doc: spacy.tokens.Doc) -> None:
    gold = GOLD[0]
    event = Event(
        type=PloverType.ASSAULT,
        trigger=span("shelled"),
        initiators=[actor("Rebels")],
        targets=[actor("bridge")],
    )
    assert triple(window_argument_counts(doc, [event], gold, "exact")) == (1, 1, 1)
    # "bridge" is the head of "the old bridge": right by the head-word match.
    assert triple(window_argument_counts(doc, [event], gold, "head")) == (2, 0, 0)
    # The wrong event type makes every argument wrong (roles belong to a type).
    wrong = event.model_copy(update={"type": PloverType.PROTEST})
    assert triple(window_argument_counts(doc, [wrong], gold, "head")) == (0, 2, 2)
    # No predicted trigger on the gold one: everything missed, unmapped roles too.
    assert triple(window_argument_counts(doc, [], GOLD[1], "exact")) == (0, 0, 2)


def test_case_label_has_no_word_list_fallback() -> None:
    # A snippet with no event gets no label, whatever its words say.
    assert case_label([]) == NO_EVENT
    talks = Event(type=PloverType.CONSULT, trigger=span("near"))
    assert case_label([talks]) == "DIPLO"


def test_case_codes_disasters_by_the_mode_of_their_toll() -> None:
    def toll(mode: str | None) -> Event:
        words = span("two men")
        figure = CasualtyFigure(span=words, kind="killed", low=4)
        return Event(type=PloverType.ASSAULT, mode=mode, trigger=words, casualties=[figure])

    assert case_label([toll("natural_hazard")]) == "NATURAL_DISASTER"
    # The disaster itself, told with no toll ("a strong earthquake hit the region").
    quake = Event(type=PloverType.ASSAULT, mode="natural_hazard", trigger=span("old bridge"))
    assert case_label([quake]) == "NATURAL_DISASTER"
    crash = Event(type=PloverType.ASSAULT, mode="accident", trigger=span("old bridge"))
    assert case_label([crash]) == "MAN_MADE_DISASTER"
    assert case_label([toll("accident")]) == "MAN_MADE_DISASTER"
    # An act of violence beside the toll decides: the toll was not the whole story.
    shelling = Event(type=PloverType.ASSAULT, mode="shelling", trigger=span("shelled"))
    assert case_label([toll("accident"), shelling]) == "ART_MISS_ATTACK"


def test_case_scores_only_the_events_claims_assert() -> None:
    shelling = Event(type=PloverType.ASSAULT, mode="shelling", trigger=span("shelled"))
    arrest = Event(type=PloverType.COERCE, mode="arrest", trigger=span("arrested"))

    def claim(event: Event, stance: Stance) -> Claim:
        return Claim(
            id=event.trigger.text,
            document_id="d",
            content=span("Rebels"),
            stance=stance,
            proposition=event,
        )

    feared = [claim(shelling, Stance.HYPOTHETICAL), claim(arrest, Stance.ASSERTED)]
    assert asserted_events(feared) == [arrest]
    assert case_label(asserted_events(feared)) == "ARREST"
    told = [claim(shelling, Stance.ASSERTED), claim(arrest, Stance.ASSERTED)]
    assert case_label(asserted_events(told)) == "ART_MISS_ATTACK"
    statement = Claim(id="s", document_id="d", content=span("Rebels"))
    assert asserted_events([statement]) == []


def test_plover_mode_broad_aliases_only_when_asked() -> None:
    assert mode_matches("beat", "beating")
    assert not mode_matches("violence", "shelling")
    assert mode_matches("violence", "shelling", broad=True)
    assert mode_matches("violence", "violence")
