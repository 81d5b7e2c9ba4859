"""Interview transcripts: who gives the answers, and where each answer runs.

Split from ``claims``, which credits everything in an "Answer:" turn to the
interviewee: a transcript marks its speakers by labels, not by reporting verbs,
so the attribution stage finds no cue there. An answer turn runs from its label
to the next question label; the last one stops at a footnote mark or a
separator line. The interviewee is the person named right after "interview
with" ("an interview with X").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from warledger.model import ActorMention, Span

ANSWER_LABEL = re.compile(r"(?im)^[ \t]*(?:a|answer)[ \t]*:")
TURN_END = re.compile(r"(?im)^[ \t]*(?:(?:q|question)[ \t]*:|\[\d+\]|[-–—*_=]{3,}[ \t]*$)")
INTERVIEWEE = re.compile(r"(?i)\binterview(?:ed)?\s+with\s+")

SpanOf = Callable[[int, int], Span]
"""Makes the document's span of a character range (trimmed of whitespace)."""


def answer_turns(text: str, span_of: SpanOf) -> list[tuple[Span, Span]]:
    """(label, turn) for each answer of an interview transcript in ``text``."""
    turns = []
    for label in ANSWER_LABEL.finditer(text):
        end = TURN_END.search(text, label.end())
        turn = span_of(label.start(), end.start() if end else len(text))
        turns.append((span_of(label.start(), label.end()), turn))
    return turns


def interviewee(doc: Doc, text: str, span_of: SpanOf) -> ActorMention | None:
    """The person named right after "interview with", who gives the answers."""
    intro = INTERVIEWEE.search(text)
    if intro is None:
        return None
    people = [a for a in doc._.actors or [] if a.label == "PERSON"]
    people += [
        ActorMention(
            span=span_of(e.start_char, e.end_char), name=e.text, label="PERSON", source="ner"
        )
        for e in doc.ents
        if e.label_ == "PERSON"
    ]
    return next((p for p in people if 0 <= p.span.start - intro.end() <= 1), None)
