"""Where a content after its cue starts and stops, and cues found from their content.

Every sentence here is invented for these tests. ``with_stops`` is tested on
hand-made attributions over a parsed sentence, so each test says what the
pass makes of a content that runs too far or starts too early.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.attribution_pairing import governing_cue, pair_spans
from warledger.extract.attribution_stops import with_clean_tails, with_stops
from warledger.extract.attribution_tagger import TaggedSpan
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import Attribution, Span


@pytest.fixture(scope="module")
def rules() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_attribution"])


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def _stopped(parser: Language, text: str, cue: str, content: str) -> str:
    attribution = Attribution(cue=_span(text, cue), content=_span(text, content))
    [result] = with_stops(parser(text), text, [attribution])
    return result.content.text


def test_a_content_stops_at_its_sentence_end(parser: Language) -> None:
    text = "The ministry said the road was open. Trucks crossed the bridge on Monday."
    content = "the road was open. Trucks crossed the bridge on Monday"
    assert _stopped(parser, text, "said", content) == "the road was open"


def test_a_quotation_runs_on_past_its_own_sentence_ends(parser: Language) -> None:
    text = "The driver said: “The road is open. We crossed at noon.” Then he left."
    content = "“The road is open. We crossed at noon.”"
    assert _stopped(parser, text, "said", content) == content


def test_a_content_stops_before_a_participle_that_reports_again(parser: Language) -> None:
    text = "The envoy denied the report, saying the convoy had turned back."
    denied = Attribution(
        cue=_span(text, "denied"),
        content=_span(text, "the report, saying the convoy had turned back"),
    )
    saying = Attribution(
        cue=_span(text, "saying"), content=_span(text, "the convoy had turned back")
    )
    stopped = with_stops(parser(text), text, [denied, saying])
    assert [a.content.text for a in stopped] == ["the report", "the convoy had turned back"]


def test_a_content_stops_before_a_coordinated_report(parser: Language) -> None:
    text = "The governor said the dam was safe and warned that more rain was coming."
    said = Attribution(
        cue=_span(text, "said"),
        content=_span(text, "the dam was safe and warned that more rain was coming"),
    )
    warned = Attribution(
        cue=_span(text, "warned"), content=_span(text, "that more rain was coming")
    )
    assert with_stops(parser(text), text, [said, warned])[0].content.text == "the dam was safe"


def test_an_and_without_a_second_cue_stays_in_the_content(parser: Language) -> None:
    text = "The governor said the dam was safe and the roads were dry."
    content = "the dam was safe and the roads were dry"
    assert _stopped(parser, text, "said", content) == content


def test_the_hearer_is_no_part_of_what_was_said(parser: Language) -> None:
    text = "She told the council that the bridge was shut."
    content = "the council that the bridge was shut"
    assert _stopped(parser, text, "told", content) == "that the bridge was shut"


def test_the_day_a_promise_was_made_is_no_part_of_it(parser: Language) -> None:
    text = "The commander vowed on Tuesday to hold the town."
    assert _stopped(parser, text, "vowed", "on Tuesday to hold the town") == "to hold the town"


@pytest.mark.parametrize(
    ("text", "content", "said"),
    [
        (
            "The governor criticised the dam project during the council debate.",
            "the dam project during the council debate",
            "the dam project",
        ),
        (
            "The minister praised the rescue teams on Friday in a statement.",
            "the rescue teams on Friday in a statement",
            "the rescue teams",
        ),
        (
            "The senator questioned the budget while he was visiting the port.",
            "the budget while he was visiting the port",
            "the budget",
        ),
    ],
)
def test_when_and_where_it_was_said_is_no_part_of_it(
    parser: Language, text: str, content: str, said: str
) -> None:
    cue = text.split()[2]
    assert _stopped(parser, text, cue, content) == said


def test_a_phrase_of_the_object_stays(parser: Language) -> None:
    text = "The mayor praised the new bridge in the north of the city."
    content = "the new bridge in the north of the city"
    assert _stopped(parser, text, "praised", content) == content


def test_what_a_denial_denies_keeps_its_object(parser: Language) -> None:
    text = "The army denied the report that it shelled the market."
    content = "the report that it shelled the market"
    assert _stopped(parser, text, "denied", content) == content


def test_a_content_before_its_cue_is_left_alone(parser: Language) -> None:
    text = "The road was open. Trucks crossed, the driver said."
    content = "The road was open. Trucks crossed"
    assert _stopped(parser, text, "said", content) == content


def test_a_content_with_no_cue_near_it_takes_the_verb_it_complements(
    parser: Language,
) -> None:
    doc = parser("The farmers later added that the soldiers had left the village.")
    content = TaggedSpan("content", 4, 11)  # "that the soldiers had left the village"
    cue = governing_cue(doc, content)
    assert cue is not None and doc[cue.start : cue.end].text == "added"
    [paired] = pair_spans(doc, [content])
    assert paired.cue == cue and paired.source is None


def test_a_content_that_is_no_complement_takes_no_cue(parser: Language) -> None:
    doc = parser("The soldiers had left the village before dawn.")
    assert governing_cue(doc, TaggedSpan("content", 0, 2)) is None  # the subject
    assert pair_spans(doc, [TaggedSpan("content", 0, 2)]) == []


def test_a_continued_quote_may_report_somebody_else(rules: Language) -> None:
    text = "“We stayed,” the farmer said. “They told us the river would rise.”"
    doc = Extractor(rules).process(TextInput(text, "t"))
    said = [a for a in doc._.attributions if a.cue is not None and a.cue.text == "said"]
    assert [a.content.text for a in said] == [text]


def test_a_quote_with_its_own_cue_after_it_is_not_continued(rules: Language) -> None:
    text = "“We stayed,” the farmer said. “The river rose,” his wife added."
    doc = Extractor(rules).process(TextInput(text, "t"))
    contents = {a.cue.text: a.content.text for a in doc._.attributions if a.cue is not None}
    assert contents == {"said": "“We stayed,”", "added": "“The river rose,”"}


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("“The claim is false,” the spokesman retorted.", "retorted", "asserted"),
        ("Residents recounted that the soldiers arrived at dawn.", "recounted", "asserted"),
        ("The general swore that the troops would stay.", "swore", "future"),
        ("The analyst speculated that the talks had stalled.", "speculated", "hypothetical"),
        ("The ministry disagreed that the dam had failed.", "disagreed", "denied"),
    ],
)
def test_general_reporting_verbs_are_cues(
    rules: Language, text: str, cue: str, stance: str
) -> None:
    doc = Extractor(rules).process(TextInput(text, "t"))
    assert [(a.cue.text if a.cue else None, a.stance.value) for a in doc._.attributions] == [
        (cue, stance)
    ]


def test_a_quote_continued_in_the_next_paragraph_is_one_content(rules: Language) -> None:
    text = "“We stayed,” the farmer said.\n\n“The river rose overnight.”"
    doc = Extractor(rules).process(TextInput(text, "t"))
    assert [a.content.text for a in doc._.attributions] == [text]


def _tail(parser: Language, text: str, cue: str, content: str) -> str:
    attribution = Attribution(cue=_span(text, cue), content=_span(text, content))
    [result] = with_clean_tails(parser(text), text, [attribution])
    return result.content.text


def test_a_content_never_ends_on_a_conjunction(parser: Language) -> None:
    text = "The mayor said the bridge was shut to lorries, and the ferry kept running."
    content = "the bridge was shut to lorries, and"
    assert _tail(parser, text, "said", content) == "the bridge was shut to lorries"
    whole = "the bridge was shut to lorries, and the ferry kept running"
    assert _tail(parser, text, "said", whole) == whole


def test_a_relative_aside_at_the_end_is_the_writers(parser: Language) -> None:
    text = "Ms. Orlova said the council ignored the warning, which the council denies."
    content = "the council ignored the warning, which the council denies"
    assert _tail(parser, text, "said", content) == "the council ignored the warning"


def test_a_relative_clause_inside_a_quotation_stays(parser: Language) -> None:
    text = 'Ms. Orlova said "the council ignored the warning, which it now denies."'
    content = '"the council ignored the warning, which it now denies."'
    assert _tail(parser, text, "said", content) == content


def test_a_relative_clause_before_the_end_stays(parser: Language) -> None:
    text = "Ms. Orlova said the mayor, who took office in May, closed the bridge."
    content = "the mayor, who took office in May, closed the bridge"
    assert _tail(parser, text, "said", content) == content


def test_a_wh_word_that_opens_no_relative_clause_cuts_nothing(parser: Language) -> None:
    # the parse hangs "who knows" on the cue itself: the search climbs to the root and stops
    text = "The mayor said the bridge was shut, who knows for how long."
    content = "the bridge was shut, who knows for how long"
    assert _tail(parser, text, "said", content) == content


def test_a_content_stops_before_the_writers_contrasting_clause(parser: Language) -> None:
    text = (
        "The colonel insisted that the depot had been empty, but villagers living nearby "
        "counted six bodies."
    )
    content = "that the depot had been empty, but villagers living nearby counted six bodies"
    assert _stopped(parser, text, "insisted", content) == "that the depot had been empty"


def test_a_but_that_clause_stays_with_the_speaker(parser: Language) -> None:
    text = "The colonel said the depot had been empty, but that guards had been posted."
    content = "the depot had been empty, but that guards had been posted"
    assert _stopped(parser, text, "said", content) == content


def test_a_reporting_nouns_content_ends_with_its_phrase(parser: Language) -> None:
    text = "The governor's claim that the dam was safe was disputed by engineers."
    content = "that the dam was safe was disputed by engineers"
    assert _stopped(parser, text, "claim", content) == "that the dam was safe"
