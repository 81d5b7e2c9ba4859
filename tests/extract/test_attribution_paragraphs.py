"""A quotation continued in the paragraphs after it (attribution_paragraphs).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from warledger.extract.attribution_paragraphs import with_colon_paragraphs, with_continued_quotes
from warledger.model import Attribution, Span


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start=start, end=start + len(words), text=words)


def _said(text: str, content: str, source: str = "the commander") -> Attribution:
    return Attribution(
        source=_span(text, source),
        cue=_span(text, "said"),
        content=_span(text, content),
    )


def test_a_quotation_paragraph_goes_on_with_the_quotation_before_it() -> None:
    text = (
        '"We held the line all night," the commander said.\n\n'
        '"Nobody left the town."\n\n"We will hold it again."\n\nThe bridge reopened.'
    )
    [attribution] = with_continued_quotes(text, [_said(text, '"We held the line all night,"')])
    assert attribution.content.text == text[: text.index("\n\nThe bridge")]


def test_plain_words_before_the_quote_mark_still_continue() -> None:
    text = 'The commander said the town was "quiet."\n\n"Nobody left."'
    [attribution] = with_continued_quotes(
        text, [_said(text, 'the town was "quiet."', "The commander")]
    )
    assert attribution.content.text == 'the town was "quiet."\n\n"Nobody left."'


def test_a_paragraph_with_its_own_cue_or_more_words_is_not_joined() -> None:
    own_cue = '"We held," the commander said.\n\n"We left," the mayor said.'
    first = _said(own_cue, '"We held,"')
    second = Attribution(
        source=_span(own_cue, "the mayor"),
        cue=_span(own_cue, "said", own_cue.index("mayor")),
        content=_span(own_cue, '"We left,"'),
    )
    assert with_continued_quotes(own_cue, [first, second]) == [first, second]
    tail = '"We held," the commander said on the radio.\n\n"Nobody left."'
    held = _said(tail, '"We held,"')
    assert with_continued_quotes(tail, [held]) == [held]
    narrative = '"We held," the commander said.\n\n"Nobody left," is what the town hoped.'
    kept = _said(narrative, '"We held,"')
    assert with_continued_quotes(narrative, [kept]) == [kept]


def _colon(text: str, cue: str, content: str) -> Attribution:
    return Attribution(cue=_span(text, cue), content=_span(text, content))


def test_what_follows_a_colon_runs_to_the_end_of_its_paragraph() -> None:
    text = "The mayor said: The bridge is shut. The ferry runs twice a day.\n\nRain fell."
    [attribution] = with_colon_paragraphs(text, [_colon(text, "said:", "The bridge is shut")])
    assert attribution.content.text == "The bridge is shut. The ferry runs twice a day"


def test_a_content_after_a_colon_stops_before_another_content() -> None:
    text = "The mayor said: The bridge is shut. The ferry runs, the harbour master added."
    mayor = _colon(text, "said:", "The bridge is shut")
    harbour = _colon(text, "added", "The ferry runs")
    assert with_colon_paragraphs(text, [mayor, harbour])[0].content.text == "The bridge is shut"


def test_a_content_with_no_colon_before_it_is_left_alone() -> None:
    text = "The mayor said the bridge is shut. The ferry runs twice a day."
    [attribution] = with_colon_paragraphs(text, [_colon(text, "said", "the bridge is shut")])
    assert attribution.content.text == "the bridge is shut"
