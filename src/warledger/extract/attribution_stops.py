"""Where a content that follows its cue starts and stops: at the cue's own
clause, and at its sentence's end or before a second report.

Why: a parse subtree and a tagger both run on past what was reported, and
sometimes start before it. A participle or a second reporting verb hangs on
the cue ("saying", "and warned"), a misparse can carry a clause over a full
stop, and a tagger can take the hearer or the day along with the clause.
Readers (and the PolNeAR annotators) keep only the reported words:

* "He denied the claim, saying it was false" / "... and warned that ...":
  the second report has a content of its own.
* "The ministry said the road was open. Trucks crossed on Monday.": the next
  sentence is the writer's, unless it is inside a quotation the content opened.
* "She told the council that the bridge was shut" / "He vowed on Tuesday to
  stay": the hearer and the day are no part of what was said.
* "He criticised the plan during the debate" / "... on Twitter" / "... in a
  statement on Monday" / "... when he visited the town": when, where and how
  the words were said, hung on the cue, end what was said (on PolNeAR only
  for the occasion prepositions, or "in"/"on"/"at" before a date, a time or a
  medium: the parse hangs many a noun's own "in" phrase on the verb, and
  "described two blasts shortly before noon" dates the blasts, not the words).
* "... the bridge was shut, and": what was said never ends on a conjunction
  (or on the comma, dash or bracket before one); a tagger or a cut that stops
  one word late leaves it dangling.
* "The general's claim that the city was cleared was denied": what a reporting
  noun reports ends with the noun's own phrase; the sentence goes on about it.
* "He insisted that no village was bombed, but aid workers counted ...": a
  contrasting clause with its own subject is the writer's fact set beside it.
* "He said the council ignored the warning, which it denies": a relative clause
  after a comma that closes the sentence is mostly the writer's aside on the
  last noun (on PolNeAR train, gold contents stop before such a ", which" /
  ", who" three times as often as they take it in); inside a quotation it stays.

Only contents after their cue are cut: a content before it ('The road, which
flooded, is open, she said') ends at the cue's comma already. Words inside a
quotation are never cut: a quotation is the speaker's to its closing mark.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from warledger.extract.attribution_lexicon import HEARER_VERBS
from warledger.extract.attribution_quotes import QUOTES, opens_quote
from warledger.model import Attribution, Span

SENTENCE_END = frozenset({".", "!", "?"})
BREAKS = frozenset({",", ";", "—", "–", "--"})
JOINING = frozenset({"and", "but"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # which, who, whose
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
LEADING_DEPS = frozenset({"dobj", "dative", "npadvmod", "prep", "advmod"})
FRAME_PREPOSITIONS = frozenset({"during", "amid", "throughout"})  # always the occasion
WHEN_PREPOSITIONS = frozenset({"in", "on", "at"})  # "before noon" dates the event told
MEDIUM_NOUNS = frozenset(  # "in a statement", "on Twitter": where it was said
    {"statement", "interview", "speech", "remark", "tweet", "post", "letter", "ruling"}
    | {"briefing", "conference", "debate", "rally", "appearance", "show", "broadcast"}
    | {"twitter", "facebook", "website", "television", "radio", "email", "message"}
)
TIME_ENTITIES = frozenset({"DATE", "TIME"})
ADJUNCT_MARKS = frozenset({"when", "while"})
CONTRASTS = frozenset({"but", "whereas", "although", "though"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
MAX_LEADING = 3  # the content opens this close to its cue: "told her that ..."


def with_stops(doc: Doc, text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each content after its cue cut to where the reported words run."""
    found = list(found)
    starts = doc.to_array([IDX]).tolist() if len(doc) else []
    cues = frozenset(
        i
        for cue in (a.cue for a in found)
        if cue is not None
        for i in range(bisect_left(starts, cue.start), bisect_left(starts, cue.end))
    )
    return [_stopped(doc, text, starts, cues, a) for a in found]


def _stopped(
    doc: Doc, text: str, starts: list[int], cues: frozenset[int], attribution: Attribution
) -> Attribution:
    cue, content = attribution.cue, attribution.content
    if cue is None or content.start < cue.end:
        return attribution
    first, last = bisect_left(starts, content.start), bisect_left(starts, content.end)
    verb = doc[bisect_left(starts, cue.start) : bisect_left(starts, cue.end)].root
    start = _complement_start(doc, verb, first, last)
    if start is not None:
        first = start
        content = Span(
            start=starts[first],
            end=content.end,
            text=text[starts[first] : content.end],
            document_id=content.document_id,
        )
        attribution = attribution.model_copy(update={"content": content})
    noun_end = _noun_phrase_end(verb, first, last)
    if noun_end is not None:
        return _ended_at(doc, text, starts, attribution, noun_end)
    for i in range(first + 1, last):
        if opens_quote(text[content.start : starts[i]]):
            continue
        if _stops_before(doc[i], cues) or _cue_adjunct(doc[i], verb) or _contrast(doc[i]):
            end = i
            while end > first + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return _ended_at(doc, text, starts, attribution, end)
    return attribution


def _noun_phrase_end(cue: Token, first: int, last: int) -> int | None:
    """Where the content of a reporting noun ends when it runs past the noun's own
    phrase ("The general's claim that the city was cleared | was denied")."""
    if cue.pos_ != "NOUN" or not first <= cue.right_edge.i < last - 1:
        return None
    doc = cue.doc
    end = cue.right_edge.i + 1
    while end > first + 1 and (doc[end - 1].is_space or _trailing_mark(doc[end - 1])):
        end -= 1
    return end


def _complement_start(doc: Doc, verb: Token, first: int, last: int) -> int | None:
    """Where the cue's complement starts, when the content ``[first, last)`` opens
    with the cue's other words: the hearer ("told the crowd that ...", "asked
    her whether ..."), or when and how it was said ("vowed on Tuesday to ...")."""
    if not verb.i < first <= verb.i + MAX_LEADING:
        return None
    hearer = verb.lemma_.lower() in HEARER_VERBS
    children = [c for c in verb.children if first <= c.i < last]
    complements = [c for c in children if c.dep_ in CLAUSE_DEPS]
    if not complements:
        return None
    start = complements[0].left_edge.i
    if start <= first or doc[start].is_punct:
        return None
    leading = [c for c in children if c.i < start]
    if any(c.dep_ not in LEADING_DEPS for c in leading) or any(
        c.dep_ == "dobj" and (not hearer or complements[0].dep_ != "ccomp") for c in leading
    ):
        return None
    covered = {t.i for c in leading for t in c.subtree}
    if any(i not in covered or doc[i].is_punct or doc[i].is_space for i in range(first, start)):
        return None
    return start


def _cue_adjunct(token: Token, verb: Token) -> bool:
    """Whether ``token`` opens when, where or how the cue's words were said, hung on
    the cue itself ("criticised the plan during the debate", "on Twitter",
    "when he ran"): the writer's frame, no part of what was said."""
    if token.dep_ == "prep":
        if token.head.i != verb.i:
            return False
        if token.lower_ in FRAME_PREPOSITIONS:
            return True
        return token.lower_ in WHEN_PREPOSITIONS and any(
            c.dep_ == "pobj" and (c.ent_type_ in TIME_ENTITIES or c.lemma_.lower() in MEDIUM_NOUNS)
            for c in token.children
        )
    clause = token.head
    return (
        token.dep_ == "mark"
        and token.lower_ in ADJUNCT_MARKS
        and clause.dep_ == "advcl"
        and clause.head.i == verb.i
    )


def _contrast(token: Token) -> bool:
    """Whether ``token`` is the comma before a contrasting clause with a subject of its
    own (", but aid workers counted ...", ", although the roads remained ..."): the
    writer setting another fact beside what was said. ", but that ..." goes on with
    the speaker's words (a second "that" hangs on the cue)."""
    doc = token.doc
    if token.text != "," or token.i + 2 >= len(doc):
        return False
    word = doc[token.i + 1]
    if word.lower_ not in CONTRASTS or doc[token.i + 2].lower_ == "that":
        return False
    if word.dep_ == "cc":
        clauses = [c for c in word.head.children if c.dep_ == "conj" and c.i > word.i]
    elif word.dep_ == "mark" and word.head.dep_ == "advcl":
        clauses = [word.head]
    else:
        return False
    return bool(clauses) and any(
        c.dep_ in CLAUSE_SUBJECTS and word.i < c.i < clauses[0].i for c in clauses[0].children
    )


def _stops_before(token: Token, cues: frozenset[int]) -> bool:
    """Whether the reported words end before ``token``."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.text in SENTENCE_END:
        return following is None or following.is_space or bool(token.whitespace_)
    if following is None:
        return False
    if token.lower_ in JOINING:  # "said A and warned B", "and then added"
        return following.i in cues or (following.pos_ == "ADV" and following.i + 1 in cues)
    return token.text in BREAKS and following.i in cues  # ", saying", ", adding"


def with_clean_tails(doc: Doc, text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each content's tail cut: a dangling conjunction, and a relative
    clause the writer added after a comma (both as in the notes above)."""
    starts = doc.to_array([IDX]).tolist() if len(doc) else []
    return [_tail_cut(doc, text, starts, a) for a in found]


def _tail_cut(doc: Doc, text: str, starts: list[int], attribution: Attribution) -> Attribution:
    content = attribution.content
    first, last = bisect_left(starts, content.start), bisect_left(starts, content.end)
    end = _aside_start(doc, text, starts, first, _undangled(doc, first, last))
    if end == last:
        return attribution
    return _ended_at(doc, text, starts, attribution, end)


def _ended_at(
    doc: Doc, text: str, starts: list[int], attribution: Attribution, end: int
) -> Attribution:
    """The attribution with its content cut to end with token ``end - 1``."""
    return content_ended_at(text, attribution, starts[end - 1] + len(doc[end - 1].text))


def content_ended_at(text: str, attribution: Attribution, char_end: int) -> Attribution:
    """The attribution with its content running from where it starts to ``char_end``."""
    content = attribution.content
    span = Span(
        start=content.start,
        end=char_end,
        text=text[content.start : char_end],
        document_id=content.document_id,
    )
    return attribution.model_copy(update={"content": span})


def _undangled(doc: Doc, first: int, end: int) -> int:
    """The end of the tokens ``[first, end)`` without a conjunction (and the marks
    before it) at their end."""
    last = end
    while end > first + 1 and doc[end - 1].is_space:
        end -= 1
    if end - first < 2 or doc[end - 1].pos_ != "CCONJ":
        return last
    end -= 1
    while end > first + 1 and (doc[end - 1].is_space or _trailing_mark(doc[end - 1])):
        end -= 1
    return end


def _aside_start(doc: Doc, text: str, starts: list[int], first: int, end: int) -> int:
    """Where a relative clause after a comma that runs to the content's end starts
    ("..., which the council has not done"): the writer's aside on the last noun,
    not the speaker's words, unless a quotation holds it."""
    for i in range(first + 2, end - 2):
        wh = doc[i + 1]
        if doc[i].text != "," or wh.tag_ not in RELATIVE_TAGS or wh.lower_ == "that":
            continue
        clause = wh
        while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i - i < 4:
            clause = clause.head
        if clause.dep_ != "relcl" or clause.head.i >= i:
            continue
        if clause.right_edge.i + 1 < end and any(
            not (t.is_punct or t.is_space) for t in doc[clause.right_edge.i + 1 : end]
        ):
            continue
        if opens_quote(text[starts[first] : starts[i]]):
            return end
        return i
    return end


def _trailing_mark(token: Token) -> bool:
    """A mark no content ends on: not a quote mark or a closing bracket."""
    return token.is_punct and token.text not in QUOTES and not token.is_right_punct
