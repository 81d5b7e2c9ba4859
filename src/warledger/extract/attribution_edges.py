"""Where a content ends and starts once its cue is known: the edges that punctuation
and the cue's own grammar set, past what a tagger or a parse subtree gives.

Why: a tagger stops where its training spans stopped and a parse subtree where
the parser hung a clause; the reported words follow conventions of their own,
which readers (and the PolNeAR annotators) follow:

* One utterance split around its attribution is one content:

      "We held the line," the commander said. "Nobody left."
      "If the bridge falls," he said, "the town falls with it."
      Even if the talks fail, the envoy said, the ceasefire will hold.

  A ``Span`` is contiguous, so the content becomes the envelope from the first
  half's first word to the second half's last, with the source and cue inside
  it (PolNeAR marks it as one discontinuous span). The halves are joined only
  when the punctuation says so: the first half ends at a comma (a quoted one
  also at a question or exclamation mark) before the attribution, and the
  second half is the quotation that opens right after the attribution's tail,
  or for plain words the rest of the sentence past a comma. Both halves must
  be quoted or both plain ('As the sirens sounded, she said, "Stay inside"'
  sets a scene, it does not quote). A half holding another cue, or closing on
  a comma of its own ('"B," she added'), belongs to another attribution.
* A quotation opening mid-sentence keeps its subject: 'Officials "will not
  yield," the minister said' reports what the officials will do.
* A content that opens a quotation runs on to its closing mark.
* The subject of a passive or raising cue is reported too: "the convoy was
  reported to have crossed", "the talks seem to have stalled".
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc

from warledger.extract.attribution_quotes import (
    CLOSING,
    OPENER,
    OPENING,
    open_quote_before,
    opens_quote,
    quote_close_end,
)
from warledger.model import Attribution, Span

SENTENCE_END = frozenset({".", "!", "?"})
RAISING = frozenset({"seem", "appear"})  # "X seems to Y" reports that X Ys
MAX_SOURCE_WORDS = 8  # tokens of "the party's deputy leader said" after a quotation
MAX_TAIL = 30  # tokens of a tail like ", the top official in the region, in a statement."


@dataclass(frozen=True)
class _Text:
    """The document with what every lookup needs: its text, token starts and cue tokens."""

    doc: Doc
    text: str
    starts: list[int]
    cues: frozenset[int]

    def token_at(self, char: int) -> int:
        """The first token starting at or after character ``char`` (``len(doc)`` if none)."""
        return bisect_left(self.starts, char)

    def breaks_paragraph(self, i: int) -> bool:
        return self.doc[i].is_space and "\n" in self.doc[i].text

    def end_of(self, i: int) -> int:
        """Character offset just after token ``i``."""
        return self.starts[i] + len(self.doc[i].text)


def with_content_edges(doc: Doc, text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each content's edges set by the conventions above."""
    found = list(found)
    starts = doc.to_array([IDX]).tolist() if len(doc) else []
    cues = frozenset(
        i
        for cue in (attribution.cue for attribution in found)
        if cue is not None
        for i in range(bisect_left(starts, cue.start), bisect_left(starts, cue.end))
    )
    where = _Text(doc, text, starts, cues)
    return [_joined(where, _completed(where, _raised(where, a))) for a in found]


def _raised(where: _Text, attribution: Attribution) -> Attribution:
    """The subject of a passive or raising cue taken into the content after it.

    In "the convoy was reported to have crossed" or "the talks seem to have
    stalled", what is reported is that the convoy crossed or the talks
    stalled: the subject before the cue is part of the content, and the
    content is the envelope from it to the complement's end.
    """
    cue, content, doc = attribution.cue, attribution.content, where.doc
    if cue is None or content.start < cue.end:
        return attribution
    first, last = where.token_at(cue.start), where.token_at(cue.end)
    if first >= last or where.token_at(content.start) - last > 2:
        return attribution
    head = doc[first:last].root
    subjects = [
        child
        for child in head.children
        if child.i < first
        and (child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and head.lemma_ in RAISING))
        and child.lower_ not in {"it", "there"}
    ]
    if not subjects:
        return attribution
    start = subjects[0].left_edge.i
    if any(i in where.cues for i in range(start, first)) or any(
        where.breaks_paragraph(i) for i in range(start, first)
    ):
        return attribution
    return _with_content(where, attribution, where.starts[start], content.end)


def _completed(where: _Text, attribution: Attribution) -> Attribution:
    """The content carried on to the mark that closes a quotation it opens.

    A tagger or a parse can stop inside a quotation ('"We came. We saw'); the
    speaker's words run on to the closing mark. A cue inside the quotation
    ('"They told us to leave. We stayed."') is the speaker's own report, which
    the quotation holds: it does not end it (on PolNeAR dev and train the
    outer quotation is the gold content in every such case looked at).
    """
    content, text = attribution.content, where.text
    if not opens_quote(content.text):
        return attribution
    opening = open_quote_before(text, content.end)
    if opening is None or opening < content.start:
        return attribution
    first = where.token_at(opening)
    if first >= len(where.doc):
        return attribution
    end = quote_close_end(text, opening, where.doc[first].text)
    if end is None or end <= content.end:
        return attribution
    return _with_content(where, attribution, content.start, end)


def _joined(where: _Text, attribution: Attribution) -> Attribution:
    """The content with the other half of a split utterance, or the subject of a
    quote that opens mid-sentence ('Officials "will not yield," she said')."""
    if attribution.cue is None:
        return attribution
    content, text = attribution.content, where.text
    start, end = _block(where, attribution)
    quoted = content.text[:2] in OPENING or content.text[:1] in OPENING
    ends_at_comma = content.text.rstrip("”\"'»").endswith(",") or (
        quoted and content.text.rstrip("”\"'»")[-1:] in {"?", "!"}
    )
    if content.end <= start and _only_comma_between(text, content.end, start, ends_at_comma):
        new_start = _quote_subject_start(where, where.token_at(content.start)) if quoted else None
        new_end = _second_half_end(
            where, where.token_at(end), quoted, _cue_root(where, attribution)
        )
        if new_start is not None or new_end is not None:
            return _with_content(
                where,
                attribution,
                content.start if new_start is None else new_start,
                content.end if new_end is None else new_end,
            )
    elif content.start >= end and (
        _only_comma_between(text, end, content.start, False)
        or (quoted and _next_quote(where, where.token_at(end)) == where.token_at(content.start))
    ):
        new_start = _first_half_start(where, where.token_at(start), quoted)
        if new_start is not None:
            return _with_content(where, attribution, new_start, content.end)
    return attribution


def _quote_subject_start(where: _Text, mark: int) -> int | None:
    """Where the sentence starts that a quotation opening at token ``mark`` goes on:
    in 'Officials "will not yield," she said' the officials are part of what
    was reported. None when the quote opens its own sentence."""
    doc = where.doc
    before = mark - 1
    while before >= 0 and doc[before].is_space and not where.breaks_paragraph(before):
        before -= 1
    if before < 0 or where.breaks_paragraph(before) or doc[before].is_punct:
        return None
    start = _sentence_start(where, before)
    if any(i in where.cues for i in range(start, mark)):
        return None
    return where.starts[start]


def _sentence_start(where: _Text, k: int) -> int:
    """The first word of the sentence that token ``k`` is in (a stop or a
    paragraph break before it ends the previous one)."""
    doc = where.doc
    start = k
    while start > 0:
        previous = doc[start - 1]
        if previous.text in SENTENCE_END or where.breaks_paragraph(start - 1):
            break
        start -= 1
    while start < k and (doc[start].is_space or doc[start].is_punct):
        start += 1
    return start


def _block(where: _Text, attribution: Attribution) -> tuple[int, int]:
    """Characters of the attribution proper: the cue, with its source when beside it
    (an adverb or two between them: "Mr. Obama often says")."""
    cue, source, content = attribution.cue, attribution.source, attribution.content
    assert cue is not None
    start, end = cue.start, cue.end
    if source is None or (source.start < content.end and content.start < source.end):
        return start, end
    gap = where.text[source.end : cue.start] if source.end <= cue.start else ""
    gap = gap or (where.text[cue.end : source.start] if cue.end <= source.start else "")
    if len(gap.split()) <= 2 and all(c.isalpha() or c.isspace() for c in gap):
        start, end = min(start, source.start), max(end, source.end)
    return start, end


def _only_comma_between(text: str, start: int, end: int, comma_before: bool) -> bool:
    """Whether only a comma (or ``comma_before``, one just before ``start``),
    quote marks and spaces stand between the two offsets."""
    between = text[start:end]
    return ("," in between or comma_before) and all(c in ",“”\"' \t\xa0" for c in between)


def _second_half_end(where: _Text, i: int, quoted: bool, cue_root: int) -> int | None:
    """Where the second half ends, for an attribution ending before token ``i``:
    after a quotation, the end of the quotation that opens in the same
    paragraph after the attribution's tail (", the mayor, in a statement.");
    after plain words, the rest of the sentence past a comma.

    The tail may hold an aside of the cue's own, a participle clause with a cue
    in it ('"A," she said, pointing to the map. "B."'): the speaker goes on
    quoting after it. The quotation must then open a sentence of its own, since
    one after a comma or colon ('..., adding: "B."') is the aside's content."""
    if quoted:
        aside = _asides(where, cue_root, i)
        j = _next_quote(where, i, paragraphs=True, aside=aside)
        if j is None:
            return None
        if any(k in aside for k in range(i, j)) and not _after_stop(where, j):
            return None
        return _quotation_end(where, j)
    doc = where.doc
    if i >= len(doc) or doc[i].text != ",":
        return None
    end = i + 1
    while end < len(doc) and not where.breaks_paragraph(end) and doc[end].text not in SENTENCE_END:
        if end in where.cues or doc[end].text in OPENING:
            return None
        end += 1
    while end > i + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return where.end_of(end - 1) if end > i + 1 else None


def _next_quote(
    where: _Text, i: int, paragraphs: bool = False, aside: frozenset[int] = frozenset()
) -> int | None:
    """The opening quote mark that ends an attribution's tail starting at token ``i``,
    if the tail holds no cue (but in ``aside``), closing mark or paragraph break
    before it. With ``paragraphs``, a break after a full stop may stand before
    it: a quotation continued in the next paragraph ('"A," she said.<blank
    line>"B."') is still hers."""
    doc = where.doc
    for j in range(i, min(i + MAX_TAIL, len(doc))):
        if (
            (j in where.cues and j not in aside)
            or (where.breaks_paragraph(j) and not (paragraphs and doc[j - 1].text in SENTENCE_END))
            or doc[j].text in CLOSING - OPENING
        ):
            return None
        if doc[j].text in OPENING:
            return j
    return None


def _cue_root(where: _Text, attribution: Attribution) -> int:
    """The head token of the attribution's cue."""
    assert attribution.cue is not None
    first = where.token_at(attribution.cue.start)
    last = max(first + 1, where.token_at(attribution.cue.end))
    return where.doc[first:last].root.i


def _asides(where: _Text, cue_root: int, i: int) -> frozenset[int]:
    """Tokens from ``i`` on of participle clauses hung on the cue ('she said,
    referring to the report'): the speaker's aside, not another attribution's
    frame."""
    return frozenset(
        t.i
        for child in where.doc[cue_root].children
        if child.i >= i and child.tag_ == "VBG" and child.dep_ in {"advcl", "xcomp", "conj"}
        for t in child.subtree
    )


def _after_stop(where: _Text, j: int) -> bool:
    """Whether the quotation opening at token ``j`` follows a full stop."""
    doc = where.doc
    before = j - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    return doc[before].text in SENTENCE_END


def _quotation_end(where: _Text, j: int) -> int | None:
    """End (character) of the quotation opening at token ``j`` after a stop, a
    comma or a colon, unless it is the content of an attribution of its own."""
    doc, text = where.doc, where.text
    before = j - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if doc[before].text not in SENTENCE_END | {",", ":"}:
        return None
    end = quote_close_end(text, where.starts[j], doc[j].text)
    if end is None or text[:end].rstrip("”\"'»").endswith(","):
        return None
    if _attributed_after(where, where.token_at(end)):
        return None
    return end


def _attributed_after(where: _Text, i: int) -> bool:
    """Whether a cue follows a quotation ending before token ``i`` in its sentence
    ('"B," he added' or '"B." Smith said'): then the quotation is the content of
    an attribution of its own. A cue inside the quotation is the speaker
    reporting somebody else ('"They said no," she said. "So we left."') and
    does not part the two halves."""
    doc = where.doc
    for k in range(i, min(i + MAX_SOURCE_WORDS, len(doc))):
        if k in where.cues:
            return True
        if where.breaks_paragraph(k) or doc[k].text in SENTENCE_END:
            return False
    return False


def _first_half_start(where: _Text, first: int, quoted: bool) -> int | None:
    """Where the first half starts, for an attribution at token ``first`` after a
    comma: the quotation that closes just before it when the second half is a
    quotation too, or else the start of its sentence ("In Kyiv, she said, "..."
    sets a scene, it does not quote)."""
    doc = where.doc
    k = first - 1
    comma = False
    while k >= 0 and (doc[k].text == "," or (doc[k].is_space and not where.breaks_paragraph(k))):
        comma = comma or doc[k].text == ","
        k -= 1
    if k <= 0 or not (comma or (doc[k].text in CLOSING and doc[k - 1].text in {",", "?", "!"})):
        return None
    if doc[k].text in CLOSING or quoted:
        opening = _opening_mark(where, k) if doc[k].text in CLOSING and quoted else None
        if opening is None or any(i in where.cues for i in range(opening, k)):
            return None
        return where.starts[opening]
    start = _sentence_start(where, k)
    if any(i in where.cues for i in range(start, k + 1)):
        return None
    return where.starts[start]


def _opening_mark(where: _Text, k: int) -> int | None:
    """The token opening the quotation that token ``k`` closes, in its paragraph."""
    doc = where.doc
    mark = OPENER.get(doc[k].text, doc[k].text)
    for i in range(k - 1, max(-1, k - 200), -1):
        if where.breaks_paragraph(i):
            return None
        if doc[i].text == mark:
            return i
    return None


def _with_content(where: _Text, attribution: Attribution, start: int, end: int) -> Attribution:
    content = Span(
        start=start,
        end=end,
        text=where.text[start:end],
        document_id=attribution.content.document_id,
    )
    return attribution.model_copy(update={"content": content})
