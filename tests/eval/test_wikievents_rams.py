"""The WikiEvents and RAMS adapters on tiny files written here in the gold layouts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy

from warledger.errors import EvalError
from warledger.eval import rams, wikievents, wikievents_gold
from warledger.eval.wikievents import EventScores, score_document
from warledger.extract.pipeline import SPACY_MODEL
from warledger.model import ActorMention, Event, PlaceMention, PloverType, Span

HEADLINE = "Villagers flee as militants storm border post"
BODY = "Gunmen attacked a police post in Varnek, killing two guards."
# The article as published: the headline, then (after a line break the file does not keep) the body.
ARTICLE = f"{HEADLINE}\n{BODY}"


def _sentence(text: str, offset: int) -> list[object]:
    tokens = [
        [m.group(), offset + m.start(), offset + m.end()] for m in re.finditer(r"\w+|\S", text)
    ]
    return [tokens, text]


def _token_index(record: dict[str, object], word: str) -> int:
    tokens = [t[0] for s in record["sentences"] for t in s[0]]  # type: ignore[attr-defined]
    return tokens.index(word)


def _wikievents_record() -> dict[str, object]:
    record: dict[str, object] = {
        "doc_id": "mini",
        "sentences": [_sentence(HEADLINE, 0), _sentence(BODY, len(HEADLINE) + 1)],
    }
    at = lambda word: _token_index(record, word)  # noqa: E731
    record["entity_mentions"] = [
        {"id": "T1", "start": at("Gunmen"), "end": at("Gunmen") + 1},
        {"id": "T2", "start": at("police"), "end": at("police") + 2},
        {"id": "T3", "start": at("Varnek"), "end": at("Varnek") + 1},
        {"id": "T4", "start": at("guards"), "end": at("guards") + 1},
        {"id": "T5", "start": at("Villagers"), "end": at("Villagers") + 1},
        {"id": "T6", "start": at("militants"), "end": at("militants") + 1},
    ]
    record["event_mentions"] = [
        {
            "event_type": "Conflict.Attack.Unspecified",
            "trigger": {"start": at("attacked"), "end": at("attacked") + 1, "sent_idx": 1},
            "arguments": [
                {"entity_id": "T1", "role": "Attacker", "text": "Gunmen"},
                {"entity_id": "T2", "role": "Target", "text": "police post"},
                {"entity_id": "T3", "role": "Place", "text": "Varnek"},
            ],
        },
        {
            "event_type": "Life.Die.Unspecified",
            "trigger": {"start": at("killing"), "end": at("killing") + 1, "sent_idx": 1},
            "arguments": [{"entity_id": "T4", "role": "Victim", "text": "guards"}],
        },
        {
            "event_type": "Movement.Transportation.Unspecified",
            "trigger": {"start": at("flee"), "end": at("flee") + 1, "sent_idx": 0},
            "arguments": [{"entity_id": "T5", "role": "Transporter", "text": "Villagers"}],
        },
    ]
    return record


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start=start, end=start + len(word), text=word)


def test_article_text_puts_every_token_back_at_its_offset() -> None:
    gold = wikievents_gold.gold_document(_wikievents_record(), "mini")
    assert gold.text == ARTICLE
    attack, death, movement = gold.events
    assert ARTICLE[attack.start : attack.end] == "attacked"
    assert [(a.slot, ARTICLE[a.start : a.end]) for a in attack.arguments] == [
        ("initiators", "Gunmen"),
        ("targets", "police post"),
        ("place", "Varnek"),
    ]
    assert death.plover == PloverType.ASSAULT
    # Fleeing villagers are no mobilisation: the event is excluded, not mapped.
    assert movement.plover is None


def test_deaths_with_a_medical_cause_and_unarmed_movement_are_excluded() -> None:
    record = _wikievents_record()
    events = record["event_mentions"]
    assert isinstance(events, list)
    events[1]["arguments"].append({"entity_id": "T4", "role": "MedicalIssue", "text": "x"})
    events[2]["arguments"] = [{"entity_id": "T6", "role": "Transporter", "text": "militants"}]
    gold = wikievents_gold.gold_document(record, "mini")
    assert [e.plover for e in gold.events] == [PloverType.ASSAULT, None, PloverType.MOBILIZE]


def test_a_token_off_its_offsets_is_a_clear_error() -> None:
    record = _wikievents_record()
    record["sentences"][1][0][0][1] += 1  # type: ignore[index]
    with pytest.raises(EvalError, match="mini: token"):
        wikievents_gold.article_text(record, "mini")


def test_malformed_event_names_the_line(tmp_path: Path) -> None:
    record = _wikievents_record()
    record["event_mentions"] = [{"event_type": "Conflict.Attack.Unspecified", "trigger": 3}]
    (tmp_path / "docs.jsonl").write_text("\n" + json.dumps(record) + "\n")
    with pytest.raises(EvalError, match=r"docs\.jsonl:2: malformed annotation"):
        wikievents_gold.read_documents(tmp_path)
    with pytest.raises(EvalError, match=r"no docs\.jsonl"):
        rams.read_windows(tmp_path / "missing")


@pytest.fixture(scope="module")
def parse() -> spacy.language.Language:
    return spacy.load(SPACY_MODEL)


def test_scores_triggers_types_and_head_word_arguments(parse: spacy.language.Language) -> None:
    gold = wikievents_gold.gold_document(_wikievents_record(), "mini")
    doc = parse(gold.text)
    text = gold.text
    attack = Event(
        type=PloverType.ASSAULT,
        trigger=_span(text, "attacked"),
        # "Gunmen" right; "a police post" matches "police post" by its head "post".
        initiators=[ActorMention(span=_span(text, "Gunmen"), name="Gunmen")],
        targets=[ActorMention(span=_span(text, "a police post"), name="a police post")],
        # Wrong place: the headline's "border post" is not where it happened.
        place=PlaceMention(span=_span(text, "border")),
    )
    # Mistyped: the killing is an ASSAULT in PLOVER.
    killing = Event(type=PloverType.COERCE, trigger=_span(text, "killing"))
    # Overlaps only the excluded movement event: neither right nor wrong.
    flee = Event(type=PloverType.MOBILIZE, trigger=_span(text, "flee"))
    # AGREE is no type WikiEvents can express: not scored.
    agree = Event(type=PloverType.AGREE, trigger=_span(text, "guards"))
    scores = EventScores()
    image = wikievents_gold.plover_image(wikievents_gold.TYPE_MAP)
    score_document(doc, [attack, killing, flee, agree], gold, image, scores)
    assert (scores.identification.tp, scores.identification.fp, scores.identification.fn) == (
        2,
        0,
        0,
    )
    assert (scores.typed.tp, scores.typed.fp, scores.typed.fn) == (1, 1, 1)
    assert scores.unscored_predictions == 2
    assert scores.excluded == {"Movement.Transportation.Unspecified": 1}
    slots = scores.slots
    assert (slots["initiators"].tp, slots["initiators"].fp, slots["initiators"].fn) == (1, 0, 0)
    assert (slots["targets"].tp, slots["targets"].fp, slots["targets"].fn) == (1, 0, 1)
    assert (slots["place"].tp, slots["place"].fp, slots["place"].fn) == (0, 1, 1)
    assert slots["instrument"].tp + slots["instrument"].fp + slots["instrument"].fn == 0
    assert scores.arguments()["micro"] == {
        "precision": 0.6667,
        "recall": 0.5,
        "f1": 0.5714,
        "tp": 2,
        "fp": 1,
        "fn": 2,
    }


def test_detokenize_keeps_offsets_and_reads_naturally() -> None:
    tokens = ["Iraq", "'s", "pro", "-", "government", "army", "(", "IA", ")", "said"]
    tokens += ['"', "no", '"', "."]
    text, offsets = rams.detokenize(tokens)
    assert text == 'Iraq\'s pro-government army (IA) said "no".'
    assert [text[s:e] for s, e in offsets] == tokens


def _rams_record(event_type: str, links: list[tuple[int, int, str]]) -> dict[str, object]:
    return {
        "doc_key": "w1",
        "sentences": [
            ["Rebels", "shelled", "the", "town", "of", "Varnek", "."],
            ["Two", "soldiers", "died", "there", "."],
        ],
        "evt_triggers": [[9, 9, [[event_type, 1.0]]]],
        "gold_evt_links": [
            [[9, 9], [s, e], f"evt001arg0{i}{role}"] for i, (s, e, role) in enumerate(links, 1)
        ],
    }


def test_rams_death_or_injury_is_an_assault_only_when_violent() -> None:
    victim = [(7, 8, "victim")]
    text, gold = rams.gold_window(_rams_record("life.die.deathcausedbyviolentevents", victim), "w1")
    assert text == "Rebels shelled the town of Varnek. Two soldiers died there."
    assert text[gold.start : gold.end] == "died"
    assert gold.plover == PloverType.ASSAULT
    assert [(a.slot, text[a.start : a.end]) for a in gold.arguments] == [
        ("targets", "Two soldiers")
    ]
    for unknown_cause in ("life.die.n/a", "life.die.nonviolentdeath", "life.injure.n/a"):
        assert rams.gold_window(_rams_record(unknown_cause, victim), "w1")[1].plover is None
    _, gold = rams.gold_window(_rams_record("life.injure.n/a", [*victim, (0, 0, "injurer")]), "w1")
    assert gold.plover == PloverType.ASSAULT
    assert [(a.slot, text[a.start : a.end]) for a in gold.arguments] == [
        ("targets", "Two soldiers"),
        ("initiators", "Rebels"),
    ]


def test_rams_span_outside_the_window_is_a_clear_error() -> None:
    with pytest.raises(EvalError, match="w1: token span"):
        rams.gold_window(_rams_record("conflict.attack.n/a", [(3, 40, "target")]), "w1")


@pytest.mark.slow
def test_both_adapters_end_to_end_on_tiny_files(tmp_path: Path) -> None:
    (tmp_path / "wikievents").mkdir()
    (tmp_path / "wikievents" / "docs.jsonl").write_text(json.dumps(_wikievents_record()) + "\n")
    result = wikievents.evaluate(tmp_path / "wikievents", None)
    lenient = result["secondary"]["lenient_mapped_events_overlap"]  # type: ignore[index]
    assert lenient["gold_events_mapped"] == 2
    assert lenient["excluded_by_type"] == {"Movement.Transportation.Unspecified": 1}
    assert lenient["trigger_identification"]["tp"] >= 1  # "attacked" at least
    # The standard figures keep all three gold events in the denominator.
    standard = result["standard"]["trigger_identification"]  # type: ignore[index]
    assert standard["tp"] + standard["fn"] == 3
    assert result["gold_events_without_plover_type"] == 1
    (tmp_path / "rams").mkdir()
    lines = [
        _rams_record("conflict.attack.n/a", [(0, 0, "attacker"), (2, 5, "target")]),
        _rams_record("contact.discussion.meet", []),
    ]
    lines[0]["evt_triggers"] = [[1, 1, [["conflict.attack.n/a", 1.0]]]]
    lines[0]["gold_evt_links"] = [[[1, 1], [0, 0], "evt001arg01attacker"]]
    (tmp_path / "rams" / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    result = rams.evaluate(tmp_path / "rams", None)
    lenient = result["secondary"]["lenient_mapped_windows"]  # type: ignore[index]
    assert lenient["gold_events_mapped"] == 1
    assert lenient["gold_events_out_of_scope"] == 1
    assert lenient["trigger_detection"] == {"recall": 1.0, "tp": 1}
    assert lenient["arguments"]["per_slot"]["initiators"]["tp"] == 1
    # Both windows count in the headline: "Rebels" as attacker is found exactly.
    assert result["n"] == 2
    assert result["arguments_exact"]["tp"] == 1  # type: ignore[index]
