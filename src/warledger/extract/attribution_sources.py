"""Where a source ends: before the occasion the writer hangs on the speaker.

Why: a parse subtree or a tagger takes the speaker's whole noun phrase, and in
"The envoy, speaking to reporters in Geneva, said ..." the parser makes the
participle clause part of it. That clause tells when and where the words were
said (the occasion, as "in a statement" after the cue); the speaker is "The
envoy", and the PolNeAR annotators draw the source there. What describes the
speaker stays: an appositive ("Flynn, a retired general,"), a relative clause
("Schiff, who has served on the committee,") or a past participle ("the
programme, called EB-5,"), which the annotators keep in the source.

A source that holds an apposition or a relative clause keeps the comma that
closes it ("Colonel Marsh, the army's spokesman, said"; '"...," said Colonel
Marsh, the army's spokesman, "..."'): PolNeAR's annotators draw it so 995
times in its train split and leave it out 116 times.

A possessor source keeps its possessive mark ("The general's claim that ...":
"The general's"): 197 times in PolNeAR's train split against 103 without it.

A source also ends where its cue begins: a tagger that runs a speaker on into
the cue ("Most voters expect") gives the cue's words no speaker of their own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from warledger.model import Attribution, Span

ASIDE_DEPS = frozenset({"acl", "advcl"})
BREAKS = frozenset({",", ";", ":", "--", "—", "–"})  # left before a cue the source runs into


def with_speaker_sources(doc: Doc, text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each source cut before a participle clause of the occasion."""
    starts = doc.to_array([IDX]).tolist() if len(doc) else []
    return [_with_possessive_mark(doc, text, starts, _cut(doc, text, starts, a)) for a in found]


def _cut(doc: Doc, text: str, starts: list[int], attribution: Attribution) -> Attribution:
    source, cue = attribution.source, attribution.cue
    if source is None:
        return attribution
    first, last = bisect_left(starts, source.start), bisect_left(starts, source.end)
    if cue is not None and source.start < cue.start < source.end:
        last = bisect_left(starts, cue.start)  # "Most voters expect": the cue is no speaker
        while last > first + 1 and (doc[last - 1].is_space or doc[last - 1].text in BREAKS):
            last -= 1
    for i in range(first + 1, last - 1):
        if doc[i].text == "," and _opens_aside(doc[i + 1]):
            last = i
            break
    end = starts[last - 1] + len(doc[last - 1].text)
    if end >= source.end:
        return _with_closing_comma(doc, text, starts, attribution)
    cut = Span(
        start=source.start, end=end, text=text[source.start : end], document_id=source.document_id
    )
    return attribution.model_copy(update={"source": cut})


def _opens_aside(token: Token) -> bool:
    """Whether ``token`` (after a comma) opens a present participle clause."""
    return token.tag_ == "VBG" and token.dep_ in ASIDE_DEPS


def _with_closing_comma(
    doc: Doc, text: str, starts: list[int], attribution: Attribution
) -> Attribution:
    """The source with the comma right after it, when the source holds a comma of its
    own (an apposition or a relative clause that the comma closes)."""
    source = attribution.source
    if source is None or "," not in source.text or source.text.endswith(","):
        return attribution
    after = bisect_left(starts, source.end)
    if after >= len(doc) or starts[after] != source.end or doc[after].text != ",":
        return attribution
    end = source.end + 1
    grown = Span(
        start=source.start, end=end, text=text[source.start : end], document_id=source.document_id
    )
    return attribution.model_copy(update={"source": grown})


def _with_possessive_mark(
    doc: Doc, text: str, starts: list[int], attribution: Attribution
) -> Attribution:
    """The source with the possessive "'s" right after it ("The general's claim")."""
    source = attribution.source
    if source is None:
        return attribution
    after = bisect_left(starts, source.end)
    if after >= len(doc) or starts[after] != source.end or doc[after].tag_ != "POS":
        return attribution
    end = source.end + len(doc[after].text)
    grown = Span(
        start=source.start, end=end, text=text[source.start : end], document_id=source.document_id
    )
    return attribution.model_copy(update={"source": grown})
