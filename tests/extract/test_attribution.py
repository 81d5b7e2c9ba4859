"""warledger_attribution on short texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.attribution_layout import layout_attributions
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import Attribution, Stance


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors", "warledger_attribution"])


def attributions(nlp: Language, text: str) -> list[Attribution]:
    return list(Extractor(nlp).process(TextInput(text, "t"))._.attributions)


def parts(found: Attribution) -> tuple[str | None, str | None, str, Stance]:
    return (
        found.source.text if found.source else None,
        found.cue.text if found.cue else None,
        found.content.text,
        found.stance,
    )


def only(nlp: Language, text: str) -> tuple[str | None, str | None, str, Stance]:
    [found] = attributions(nlp, text)
    return parts(found)


def test_denial_of_a_that_clause(nlp: Language) -> None:
    assert only(nlp, "Russia denied that its forces shelled Stepanakert.") == (
        "Russia",
        "denied",
        "that its forces shelled Stepanakert",
        Stance.DENIED,
    )


def test_content_before_the_cue(nlp: Language) -> None:
    assert only(nlp, "Government troops shelled the village, a local official said.") == (
        "a local official",
        "said",
        "Government troops shelled the village",
        Stance.ASSERTED,
    )


def test_content_before_a_cue_the_parser_made_a_conjunct(nlp: Language) -> None:
    """With a date after the cue the parser joins "said" to the clause before it as a
    conjunct; it still reports that clause. With "and" it is a second act."""
    found = attributions(
        nlp,
        "Hundreds of fighters are being moved to the front, the head of the border "
        "service said on Wednesday.",
    )
    assert [(a.cue.text if a.cue else None, a.content.text) for a in found] == [
        ("said", "Hundreds of fighters are being moved to the front")
    ]
    assert found[0].source is not None and found[0].claimant is not None
    assert found[0].claimant.name == found[0].source.text == "the head of the border service"
    assert attributions(nlp, "Rebels raided the depot and the mayor said nothing.") == []


def test_direct_quote_keeps_its_marks(nlp: Language) -> None:
    source, cue, content, _ = only(nlp, "“Our positions were hit twice,” the commander said.")
    assert (source, cue, content) == ("the commander", "said", "“Our positions were hit twice,”")


def test_quote_in_a_sentence_of_its_own(nlp: Language) -> None:
    text = "“The town has fallen. We are leaving,” said the mayor."
    source, cue, content, _ = only(nlp, text)
    assert (source, cue, content) == ("the mayor", "said", "“The town has fallen. We are leaving,”")


def test_according_to(nlp: Language) -> None:
    assert only(nlp, "According to the health ministry, three soldiers were killed.") == (
        "the health ministry",
        "According to",
        "three soldiers were killed",
        Stance.ASSERTED,
    )


def test_passive_report_has_no_source(nlp: Language) -> None:
    assert only(nlp, "It was reported that the bridge was destroyed.") == (
        None,
        "was reported",
        "that the bridge was destroyed",
        Stance.ASSERTED,
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The rebels threatened to attack the capital.", Stance.FUTURE),
        ("The minister said that the army will withdraw.", Stance.FUTURE),
        ("The ministry claimed that the militia could strike the airport.", Stance.HYPOTHETICAL),
        ("The spokesman asked whether the convoy had been hit.", Stance.QUESTION),
        ('"Who burned the granary?" the farmer said.', Stance.QUESTION),
        ('The governor said: "Did the patrol fire on the ferry?"', Stance.QUESTION),
        (
            '"The patrol fired on the ferry," the governor said. Who gave the order?',
            Stance.ASSERTED,
        ),
        ("The army dismissed claims that it had used cluster munitions.", Stance.DENIED),
    ],
)
def test_stance(nlp: Language, text: str, stance: Stance) -> None:
    assert [a.stance for a in attributions(nlp, text)][:1] == [stance]


def test_pronoun_source_links_to_the_last_person(nlp: Language) -> None:
    text = "John Smith visited the front. He said that the shelling had stopped."
    found = attributions(nlp, text)
    said = [a for a in found if a.cue and a.cue.text == "said"]
    assert len(said) == 1
    assert said[0].source is not None and said[0].source.text == "He"
    assert said[0].claimant is not None and said[0].claimant.span.text == "John Smith"


def test_spans_point_into_the_text(nlp: Language) -> None:
    text = "Officials told reporters that the dam was damaged."
    for found in attributions(nlp, text):
        for span in (found.source, found.cue, found.content):
            assert span is not None
            assert text[span.start : span.end] == span.text


def test_no_reporting_no_attribution(nlp: Language) -> None:
    assert attributions(nlp, "Artillery hit the northern district on Monday.") == []


def test_headline_and_quote_dash_layouts() -> None:
    text = "Minister: Troops will stay in the region\n“We are afraid.” ― A resident\n"
    found = [
        (text[slice(*f.source)], text[slice(*f.cue)], text[slice(*f.content)])
        for f in layout_attributions(text)
    ]
    assert found == [
        ("Minister", ":", "Troops will stay in the region"),
        ("A resident", "―", "“We are afraid.”"),
    ]


def test_editorial_and_interview_labels_are_not_speakers() -> None:
    assert layout_attributions("Note: this story was updated.\n") == []
    assert layout_attributions("Answer: the front is quiet.\n") == []


def test_inverted_cue_after_a_quote_takes_the_nearest_subject(nlp: Language) -> None:
    text = "“The line is holding. Nothing has moved,” said Anna Berg, a regional governor."
    source, cue, content, _ = only(nlp, text)
    assert source == "Anna Berg, a regional governor"
    assert cue == "said"
    assert content == "“The line is holding. Nothing has moved,”"


def test_a_verb_that_takes_lives_reports_nothing(nlp: Language) -> None:
    """'claimed eleven lives' is a killing; 'claimed that' is still a claim."""
    assert attributions(nlp, "The two car bombs near the port claimed eleven lives.") == []
    found = attributions(nlp, "The storm claimed the lives of four fishermen, the mayor said.")
    assert [parts(a) for a in found] == [
        ("the mayor", "said", "The storm claimed the lives of four fishermen", Stance.ASSERTED)
    ]
    [claim] = attributions(nlp, "The militia claimed that the bridge had been destroyed.")
    assert parts(claim)[:3] == ("The militia", "claimed", "that the bridge had been destroyed")


def test_call_for_a_for_to_clause(nlp: Language) -> None:
    # The parser reads "for" as the mark of "the council to raise ...", not as a preposition.
    assert only(nlp, "The mayor is calling for the council to raise taxes on large farms.") == (
        "The mayor",
        "is calling for",
        "the council to raise taxes on large farms",
        Stance.ASSERTED,
    )


def test_a_passive_condemnation_is_the_agents(nlp: Language) -> None:
    [found] = attributions(nlp, "The raid on the clinic was denounced by the Red Cross.")
    assert parts(found)[:3] == ("the Red Cross", "was denounced", "The raid on the clinic")
    # No agent, no speaker: the outlet keeps the words.
    assert attributions(nlp, "The raid on the clinic was denounced.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Vantoria has moved 500 fighters to Brena, the Ostrelian Monitor for Human Rights"
            " said on Monday.",
            "the Ostrelian Monitor for Human Rights",
            "Vantoria has moved 500 fighters to Brena",
        ),
        (
            "Ostrelian advisers are training the Brena Guardians militia, the Syrian"
            " Observatory for Human Rights said.",
            "the Syrian Observatory for Human Rights",
            "Ostrelian advisers are training the Brena Guardians militia",
        ),
        (
            "Vantoria is arming the Red Steppe Battalion, a spokesman for the battalion said.",
            "a spokesman for the battalion",
            "Vantoria is arming the Red Steppe Battalion",
        ),
        (
            "Ostrelia has flown 300 fighters to Brena, a war monitor said on Monday.",
            "a war monitor",
            "Ostrelia has flown 300 fighters to Brena",
        ),
    ],
)
def test_a_trailing_speaker_the_parser_made_an_apposition(
    nlp: Language, text: str, source: str, content: str
) -> None:
    """The parser hangs ", the Monitor said" on the last noun before it as its
    apposition and leaves "said" with no subject: the apposition is the speaker, and
    its words are not part of what was said."""
    assert only(nlp, text) == (source, "said", content, Stance.ASSERTED)
