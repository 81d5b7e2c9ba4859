"""A quotation continued in the paragraphs after it (attribution_paragraphs).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from warledger.extract.attribution_paragraphs import with_continued_quotes
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
