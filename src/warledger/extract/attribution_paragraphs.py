"""A quotation that goes on in the paragraphs after it: the same speaker's words.

Why: news copy gives each part of a long quotation a paragraph of its own and
names the speaker once ('"We held the line," the commander said.' then a
paragraph that is only '"Nobody left."'). A paragraph that is wholly a
quotation, with no cue of its own, goes on with the quotation that closed the
paragraph before it, and a reader (like the PolNeAR annotators, who mark the
parts as one content) takes it as the same speaker's. On PolNeAR's train
split such a paragraph is joined to the content before it 86 times and left
out 30 times.

The content grows to the envelope of the parts (a ``Span`` is contiguous), as
for a quotation split around its cue (``attribution_edges``). It grows only
when its own paragraph ends with it (after, at most, its own source and cue:
'"A," she said.'), and stops at the first paragraph that is not one closed
quotation, holds a cue, or is another attribution's content.

What follows a colon is the speaker's to the end of its paragraph: a transcript
('MODERATOR: Thank you. Let us begin.') or 'The statement read: A. B.' gives
several sentences after one cue. A content after a colon that ends its cue runs
on to its paragraph's end (without a last full stop, which the annotators leave
out), unless another attribution's content starts on the way. On PolNeAR's
train split, of the gold contents after a colon in a paragraph of several
sentences, 200 run to the paragraph's end and 25 stop after the first.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from warledger.extract.attribution_quotes import CLOSING, OPENING, quote_close_end
from warledger.extract.attribution_stops import content_ended_at
from warledger.model import Attribution, Span

TAIL_MARKS = frozenset(",.;:!?—– \t\xa0")  # what may follow the words before a break


def with_continued_quotes(text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each content that closes its paragraph on a quotation carried
    through the cue-less quotation paragraphs that follow it."""
    found = list(found)
    cues = [a.cue for a in found if a.cue is not None]
    contents = [a.content.start for a in found]
    return [_continued(text, cues, contents, a) for a in found]


def _continued(
    text: str, cues: list[Span], contents: list[int], attribution: Attribution
) -> Attribution:
    cue, content = attribution.cue, attribution.content
    if cue is None or not _ends_on_quote(content.text):
        return attribution
    own = [s for s in (cue, attribution.source) if s is not None and s.start >= content.end]
    paragraph_end = _paragraph_end(text, max([content.end, *(s.end for s in own)]))
    if any(
        c not in TAIL_MARKS and not any(s.start <= i < s.end for s in own)
        for i, c in enumerate(text[content.end : paragraph_end], start=content.end)
    ):
        return attribution
    end = content.end
    while (quotation := _quotation_paragraph(text, paragraph_end, cues, contents)) is not None:
        end, paragraph_end = quotation
    if end == content.end:
        return attribution
    return content_ended_at(text, attribution, end)


def _ends_on_quote(words: str) -> bool:
    return words[-1:] in CLOSING or words.endswith("''")


def _paragraph_end(text: str, start: int) -> int:
    """Offset of the line break that ends the paragraph holding ``start``."""
    found = text.find("\n", start)
    return len(text) if found == -1 else found


def _quotation_paragraph(
    text: str, after: int, cues: list[Span], contents: list[int]
) -> tuple[int, int] | None:
    """(end of the quotation, end of its paragraph) when the paragraph after the
    break at ``after`` is one closed quotation with no cue, and no other
    attribution's content starts in it."""
    start = after
    while start < len(text) and text[start] in "\n\r \t\xa0":
        start += 1
    if start == after or start >= len(text) or "\n" not in text[after:start]:
        return None
    mark = text[start : start + 2] if text[start : start + 2] in OPENING else text[start]
    if mark not in OPENING:
        return None
    end = quote_close_end(text, start, mark)
    if end is None:
        return None
    paragraph_end = _paragraph_end(text, end)
    if any(c not in TAIL_MARKS for c in text[end:paragraph_end]):
        return None
    if any(start <= c.start < paragraph_end for c in cues) or any(
        start <= c < paragraph_end for c in contents
    ):
        return None
    return end, paragraph_end


def with_colon_paragraphs(text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each content that follows its cue after a colon carried on to
    the end of its paragraph (see the notes above)."""
    found = list(found)
    contents = sorted(a.content.start for a in found)
    return [_colon_paragraph(text, contents, a) for a in found]


def _colon_paragraph(text: str, contents: list[int], attribution: Attribution) -> Attribution:
    """The attribution with its content run to its paragraph's end (without a last
    full stop) when a colon ends its cue, unless another content starts on the way."""
    cue, content = attribution.cue, attribution.content
    if cue is None or content.start < cue.end:
        return attribution
    if not text[cue.start : content.start].rstrip().endswith(":"):
        return attribution
    end = _paragraph_end(text, content.end)
    while end > content.end and text[end - 1] in " \t\xa0\r":
        end -= 1
    if text[end - 1] == ".":
        end -= 1
    following = bisect_left(contents, content.end)
    if end <= content.end or (following < len(contents) and contents[following] < end):
        return attribution
    return content_ended_at(text, attribution, end)
