"""Span conventions of reported speech: where a source, cue and content start and end.

Every sentence here is invented for these tests. The parse rules run alone
(no trained tagger) so each convention is tested on what the rules and the
edge passes make of it; pairing helpers are tested on hand-made spans.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from warledger.extract.attribution_edges import with_content_edges
from warledger.extract.attribution_layout import layout_attributions
from warledger.extract.attribution_pairing import combine_with_rules, pair_spans, parse_complement
from warledger.extract.attribution_tagger import TaggedSpan
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import Attribution, Span


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_attribution"])


def found(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = Extractor(nlp).process(TextInput(text, "t"))
    return [
        (a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in doc._.attributions
    ]


def test_a_quote_split_by_its_attribution_is_one_content(nlp: Language) -> None:
    text = "“We held the line,” the commander said. “Nobody left the trenches.”"
    assert found(nlp, text) == [("the commander", "said", text)]


def test_a_quote_interrupted_mid_sentence_is_one_content(nlp: Language) -> None:
    text = "“If the bridge falls,” he said, “the town falls with it.”"
    assert found(nlp, text) == [("he", "said", text)]


def test_plain_words_around_a_parenthetical_cue_are_one_content(nlp: Language) -> None:
    text = "Even if the talks fail, the envoy said, the ceasefire will hold."
    assert found(nlp, text) == [("the envoy", "said", text[:-1])]


def test_the_tail_of_the_attribution_sits_inside_the_joined_content(nlp: Language) -> None:
    text = (
        "“The shelling went on all night,” said Maria Lopez, a nurse, in a statement. "
        "“We had no power.”"
    )
    [(_, cue, content)] = found(nlp, text)
    assert (cue, content) == ("said", text)


def test_a_scene_before_the_cue_is_not_part_of_a_quote(nlp: Language) -> None:
    text = "As the sirens sounded, the mayor said, “Stay inside.”"
    assert found(nlp, text) == [("the mayor", "said", "“Stay inside.”")]


def test_a_quote_with_a_cue_of_its_own_is_not_joined(nlp: Language) -> None:
    text = "“We held the line,” the commander said. “They ran away,” a soldier added."
    assert found(nlp, text) == [
        ("the commander", "said", "“We held the line,”"),
        ("a soldier", "added", "“They ran away,”"),
    ]


def test_a_quote_goes_on_after_an_aside_of_the_speaker(nlp: Language) -> None:
    text = (
        "“We held the bridge until dawn,” the captain said, pointing to the river. “Then it rose.”"
    )
    assert found(nlp, text) == [
        ("the captain", "said", text),
        ("the captain", "pointing to", "the river"),
    ]


def test_a_quote_after_an_aside_and_a_colon_is_the_aside_content(nlp: Language) -> None:
    text = "“We held the bridge until dawn,” the captain said, adding: “Then the water rose.”"
    assert found(nlp, text) == [
        ("the captain", "said", "“We held the bridge until dawn,”"),
        ("the captain", "adding", "“Then the water rose.”"),
    ]


def test_doubled_apostrophes_are_quote_marks(nlp: Language) -> None:
    text = "''We will not leave the valley,'' the mayor said."
    assert found(nlp, text) == [("the mayor", "said", "''We will not leave the valley,''")]


def test_a_quote_opening_mid_sentence_keeps_its_subject(nlp: Language) -> None:
    text = 'Officials "will not yield to pressure," the minister said.'
    assert found(nlp, text) == [("the minister", "said", 'Officials "will not yield to pressure,"')]


def test_the_subject_of_a_passive_cue_is_part_of_what_was_reported(nlp: Language) -> None:
    text = "The convoy was reported to have crossed the river."
    assert found(nlp, text) == [(None, "was reported", text[:-1])]
    assert found(nlp, "It was reported that the bridge was destroyed.") == [
        (None, "was reported", "that the bridge was destroyed")
    ]


def test_the_cue_is_the_whole_verb_group(nlp: Language) -> None:
    text = "The ministry has not denied that troops crossed the border."
    assert found(nlp, text) == [
        ("The ministry", "has not denied", "that troops crossed the border")
    ]


def test_an_adverb_right_after_the_verb_is_in_the_cue(nlp: Language) -> None:
    text = "The envoy said later that the talks had failed."
    assert found(nlp, text) == [("The envoy", "said later", "that the talks had failed")]


def test_a_sentence_adverb_set_off_by_a_comma_is_not_in_the_cue(nlp: Language) -> None:
    text = "However, the ministry said that troops crossed the border."
    assert found(nlp, text) == [("the ministry", "said", "that troops crossed the border")]


def test_a_wh_adverb_before_the_cue_is_not_in_the_cue(nlp: Language) -> None:
    text = "When asked whether the town had fallen, the spokesman said that the fighting went on."
    assert found(nlp, text) == [
        ("the spokesman", "asked", "whether the town had fallen"),
        ("the spokesman", "said", "that the fighting went on"),
    ]


def test_no_break_spaces_stay_out_of_spans(nlp: Language) -> None:
    text = "The governor\xa0said that the roads were closed."
    assert found(nlp, text) == [("The governor", "said", "that the roads were closed")]


def test_quote_dash_lines_with_no_break_spaces() -> None:
    text = "“We are tired of the war.”\xa0― A farmer from the north\xa0\n”Enough.” ― Bo Li.\n"
    assert [
        (text[slice(*f.source)], text[slice(*f.cue)], text[slice(*f.content)])
        for f in layout_attributions(text)
    ] == [
        ("A farmer from the north", "―", "“We are tired of the war.”"),
        ("Bo Li", "―", "”Enough.”"),
    ]


def _char_span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def test_a_content_cut_inside_a_quotation_runs_on_to_its_closing_mark(
    parser: Language,
) -> None:
    text = "He said: “The dam broke at night. The water rose fast.” Then he left."
    doc = parser(text)
    cut = Attribution(
        source=_char_span(text, "He"),
        cue=_char_span(text, "said"),
        content=_char_span(text, "“The dam broke at night"),
    )
    [completed] = with_content_edges(doc, text, [cut])
    assert completed.content.text == "“The dam broke at night. The water rose fast.”"


def test_a_quotation_runs_on_past_a_cue_it_holds(parser: Language) -> None:
    text = "He said: “The dam broke, the engineers told us, at night.”"
    doc = parser(text)
    said = Attribution(
        source=_char_span(text, "He"),
        cue=_char_span(text, "said"),
        content=_char_span(text, "“The dam broke"),
    )
    told = Attribution(
        source=_char_span(text, "the engineers"),
        cue=_char_span(text, "told"),
        content=_char_span(text, "The dam broke"),
    )
    quoted, nested = with_content_edges(doc, text, [said, told])
    assert quoted.content.text == "“The dam broke, the engineers told us, at night.”"
    assert nested.content.text == "The dam broke"
    [alone] = with_content_edges(doc, text, [said])
    assert alone.content.text == "“The dam broke, the engineers told us, at night.”"


def test_a_tagged_cue_without_a_tagged_content_takes_its_object(parser: Language) -> None:
    doc = parser("The campaign is defending the mayor's early tweets.")
    cue = TaggedSpan("cue", 2, 4)  # "is defending"
    complement = parse_complement(doc, cue)
    assert complement is not None
    assert doc[complement.start : complement.end].text == "the mayor's early tweets"
    [paired] = pair_spans(doc, [TaggedSpan("source", 0, 2), cue])
    assert doc[paired.content.start : paired.content.end].text == "the mayor's early tweets"


def test_a_tagged_cue_with_a_hearer_and_a_clause_takes_the_clause(parser: Language) -> None:
    doc = parser("The colonel told the crowd that the bridge would reopen.")
    complement = parse_complement(doc, TaggedSpan("cue", 2, 3))  # "told"
    assert complement is not None
    assert doc[complement.start : complement.end].text == "that the bridge would reopen"


def test_a_passive_tagged_cue_reports_its_subject(parser: Language) -> None:
    doc = parser("The senator has been endorsed by three newspapers.")
    complement = parse_complement(doc, TaggedSpan("cue", 2, 6))  # "has been endorsed by"
    assert complement is not None
    assert doc[complement.start : complement.end].text == "The senator"


def test_a_cue_followed_by_a_comma_reports_nothing_after_it() -> None:
    doc = spacy.blank("en")("As the sirens sounded , the mayor said , stay inside")
    spans = [
        TaggedSpan("cue", 3, 4),  # sounded
        TaggedSpan("source", 5, 7),
        TaggedSpan("cue", 7, 8),  # said
        TaggedSpan("content", 9, 11),
    ]
    paired = pair_spans(doc, spans)
    assert [(doc[p.cue.start].text, doc[p.content.start].text) for p in paired] == [
        ("said", "stay")
    ]


def test_the_tagger_content_wins_when_it_holds_the_rules_content_and_more() -> None:
    text = "Officials urged residents to leave the district before dark."
    cue = _char_span(text, "urged")
    tagged = Attribution(cue=cue, content=_char_span(text, "residents to leave the district"))
    rules = Attribution(
        source=_char_span(text, "Officials"), cue=cue, content=_char_span(text, "to leave")
    )
    [combined] = combine_with_rules([tagged], [rules])
    assert combined.content.text == "residents to leave the district"
    assert combined.source is not None and combined.source.text == "Officials"
    shorter = Attribution(cue=cue, content=_char_span(text, "residents"))
    wider = rules.model_copy(update={"content": _char_span(text, "residents to leave")})
    [kept] = combine_with_rules([shorter], [wider])
    assert kept.content.text == "residents to leave"


def test_a_rule_cue_the_tagger_missed_must_stand_on_its_own() -> None:
    text = "Aid workers said the guards warned that the road was mined. Talks are planned."
    said = Attribution(
        source=_char_span(text, "Aid workers"),
        cue=_char_span(text, "said"),
        content=_char_span(text, "the guards warned that the road was mined"),
    )
    warned = Attribution(
        source=_char_span(text, "the guards"),
        cue=_char_span(text, "warned"),
        content=_char_span(text, "that the road was mined"),
    )
    planned = Attribution(cue=_char_span(text, "planned"), content=_char_span(text, "Talks"))
    tagged = [said.model_copy(update={"content": _char_span(text, "the guards warned")})]
    reported = [_char_span(text, "the guards warned that the road was mined")]
    combined = combine_with_rules(tagged, [said, warned, planned], reported)
    assert [a.cue.text for a in combined if a.cue] == ["said"]
    assert [a.cue.text for a in combine_with_rules(tagged, [said, warned, planned]) if a.cue] == [
        "said",
        "warned",
    ]


def test_a_cue_joined_to_the_reported_clause_goes_on_with_the_speaker(nlp: Language) -> None:
    text = (
        "The Vestrian Ministry of Defence said on Friday that its aircraft had struck a depot "
        "of the rebels near Korvan, and denied that civilians were killed in the raid."
    )
    sources = {cue: source for source, cue, _content in found(nlp, text)}
    assert sources["denied"] == "The Vestrian Ministry of Defence"
