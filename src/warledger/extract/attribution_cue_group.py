"""A cue is its whole verb group: "has also said", "did not deny", "was reported".

Why: the parse rules find a cue by its reporting verb alone, but the words
that carry its tense, negation and hedging belong to the cue ("did not
deny" is a different report from "deny"), and annotators of reported
speech (PolNeAR among them) mark the cue as the verb group: the
auxiliaries, the negation and the adverbs standing right before the verb,
and a particle or an adverb right after it ("pointed out", "said later").
The group is read off the parse: only children of the cue's head verb that
touch the cue are taken, so a sentence adverb set off by a comma
("However, ...") stays out, and so does a wh-adverb ("when asked"), which
subordinates the clause rather than modifying the report.

The hearer is no part of the group: in "told parliament that ..." the cue is
"told" (PolNeAR's annotators mark "told" alone 457 times in its train split and
with more words 5 times), so a cue that runs on over the object of a verb that
also has a clause of what was said ends at the verb; nor is the "of" that names
the topic of a verb of saying ("said of the plan").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from warledger.model import Attribution, Span

BEFORE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
AFTER_DEPS = frozenset({"prt", "advmod"})
HEARER_DEPS = frozenset({"dobj", "dative"})
SAID_DEPS = frozenset({"ccomp", "xcomp"})
TOPIC_OF_VERBS = frozenset({"say", "recall", "write", "joke", "remark"})


def with_verb_groups(doc: Doc, text: str, found: Iterable[Attribution]) -> list[Attribution]:
    """``found`` with each verbal cue widened to its verb group."""
    return [_grouped(doc, text, attribution) for attribution in found]


def _grouped(doc: Doc, text: str, attribution: Attribution) -> Attribution:
    cue = attribution.cue
    if cue is None:
        return attribution
    tokens = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if tokens is None:
        return attribution
    head = tokens.root
    if head.pos_ not in {"VERB", "AUX"}:
        return attribution
    start, end = tokens.start, _without_topic(doc, _without_hearer(tokens.end, head), head)
    while (
        start > 0
        and doc[start - 1].head == head
        and doc[start - 1].dep_ in BEFORE_DEPS
        and doc[start - 1].tag_ != "WRB"
    ):
        start -= 1
    while end < len(doc) and doc[end].head == head and doc[end].dep_ in AFTER_DEPS:
        end += 1
    if (start, end) == (tokens.start, tokens.end):
        return attribution
    first, last = doc[start], doc[end - 1]
    char_start, char_end = first.idx, last.idx + len(last.text)
    if attribution.content.start < char_end and char_start < attribution.content.end:
        return attribution  # a group that would run into the content is no cue group
    span = Span(
        start=char_start,
        end=char_end,
        text=text[char_start:char_end],
        document_id=cue.document_id,
    )
    return attribution.model_copy(update={"cue": span})


def _without_topic(doc: Doc, end: int, head: Token) -> int:
    """Where the cue ends once an "of" that names the topic is left out: "said of
    the plan", "recalled of those years" (PolNeAR's train split marks "said of" as
    "said" 38 times and with the "of" 17)."""
    last = doc[end - 1]
    if (
        end - 1 > head.i
        and last.lower_ == "of"
        and last.head == head
        and head.lemma_.lower() in TOPIC_OF_VERBS
    ):
        return end - 1
    return end


def _without_hearer(end: int, head: Token) -> int:
    """Where the cue ends once the hearer is left out: at the verb, when the words
    after it are the object of a verb whose clause says what was said ("told
    parliament that ...", "assured reporters the road was safe")."""
    if end <= head.i + 1 or not any(c.dep_ in SAID_DEPS for c in head.children):
        return end
    hearers = [c for c in head.children if c.dep_ in HEARER_DEPS and c.i > head.i]
    covered = {t.i for c in hearers for t in c.subtree}
    after = range(head.i + 1, end)
    if covered and all(i in covered for i in after):
        return head.i + 1
    return end
