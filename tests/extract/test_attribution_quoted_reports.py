"""Three conventions of 7 Dec, on invented sentences: a report quoted inside somebody's
quotation is no attribution of its own; the hearer after "told" is no part of the cue;
a source with an apposition keeps the comma that closes it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.attribution_quoted_reports import without_quoted_reports
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import Attribution, Span


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(
        components=["warledger_actors", "warledger_attribution_tagger", "warledger_attribution"]
    )


def found(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = Extractor(nlp).process(TextInput(text, "t"))
    return [
        (a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in doc._.attributions
    ]


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def test_a_report_inside_a_quotation_is_the_quoted_speakers_words() -> None:
    text = "“He claims the port is open, but it is not,” the captain said."
    quote = "“He claims the port is open, but it is not,”"
    outer = Attribution(
        source=_span(text, "the captain"), cue=_span(text, "said"), content=_span(text, quote)
    )
    inner = Attribution(
        source=_span(text, "He"),
        cue=_span(text, "claims"),
        content=_span(text, "the port is open"),
    )
    assert without_quoted_reports(text, [outer, inner]) == [outer]


def test_a_cue_between_the_halves_of_a_split_quotation_stays() -> None:
    text = "“The port is open,” the captain said, “but the cranes are broken.”"
    both = Attribution(
        source=_span(text, "the captain"), cue=_span(text, "said"), content=_span(text, text[:-1])
    )
    assert without_quoted_reports(text, [both]) == [both]


def test_a_report_in_plain_reported_speech_stays() -> None:
    text = "The mayor said the rebels claimed the bridge."
    outer = Attribution(
        source=_span(text, "The mayor"),
        cue=_span(text, "said"),
        content=_span(text, "the rebels claimed the bridge"),
    )
    inner = Attribution(
        source=_span(text, "the rebels"),
        cue=_span(text, "claimed"),
        content=_span(text, "the bridge"),
    )
    assert without_quoted_reports(text, [outer, inner]) == [outer, inner]


def test_the_hearer_after_told_is_no_part_of_the_cue(nlp: Language) -> None:
    text = "The interior minister told parliament on Wednesday that the border was closed."
    assert found(nlp, text) == [
        ("The interior minister", "told", "that the border was closed"),
    ]


def test_a_source_with_an_apposition_keeps_its_closing_comma(nlp: Language) -> None:
    text = (
        "“The road is open again,” said Colonel Ivo Marsh, the army's chief spokesman, "
        "“but convoys need escorts.”"
    )
    assert found(nlp, text) == [("Colonel Ivo Marsh, the army's chief spokesman,", "said", text)]
