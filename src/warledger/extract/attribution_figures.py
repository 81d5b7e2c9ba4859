"""Figures given through a light verb: "officials gave figures of 13 dead".

News reports a toll or a count with a light verb and a noun that names the
figure ("gave figures of", "put the death toll at", "provided a count of").
No reporting verb is there, yet the figure is the subject's statement, not the
outlet's: the subject is the source; the verb, its object and the preposition
are the cue; the rest of the clause, from the figure on, is the content (the
span conventions of news attribution corpora such as PolNeAR). The parse gives all of
this: a verb from ``figure_verbs`` whose direct object (or, for "put ... at",
the object with the verb's own preposition) is a noun from ``figure_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import Attribution, Span, Stance

_WORDS = load_lexicon("attribution")
FIGURE_VERBS = word_set(_WORDS["figure_verbs"])
FIGURE_NOUNS = word_set(_WORDS["figure_nouns"])
del _WORDS  # only the immutable names above outlive the import
# Prepositions that introduce the figure itself ("figures of", "the toll at").
FIGURE_PREPOSITIONS = frozenset({"of", "at", "as", "between"})


def figure_parts(verb: Token) -> tuple[Token, list[Token]] | None:
    """(the figure noun, the phrases holding the figure) of a light-verb report, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FIGURE_VERBS:
        return None
    noun = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS),
        None,
    )
    if noun is None:
        return None
    phrases = [
        c
        for head in (noun, verb)
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in FIGURE_PREPOSITIONS and c.i > noun.i
    ]
    return (noun, phrases) if phrases else None


def figure_attribution(doc: Doc, verb: Token, subject: Token | None) -> Attribution | None:
    """The attribution of a light-verb figure report, ``subject`` being the verb's speaker."""
    parts = figure_parts(verb)
    if parts is None:
        return None
    _, phrases = parts
    first = min(phrases, key=lambda p: p.i)
    # The cue runs to the preposition ("put the toll at"); the content is the
    # rest of the verb's clause, which may qualify the figure ("..., assuming ...").
    start = first.i + 1
    end = verb.right_edge.i + 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    source = None
    if subject is not None and subject.i < verb.i:
        source = _span(doc, subject.left_edge.i, min(subject.right_edge.i + 1, verb.i))
    return Attribution(
        source=source,
        cue=_span(doc, verb.i, first.i + 1),
        content=_span(doc, start, end),
        stance=Stance.ASSERTED,
    )


def _span(doc: Doc, start: int, end: int) -> Span:
    first, last = doc[start], doc[max(start, end - 1)]
    return Span(
        start=first.idx,
        end=last.idx + len(last.text),
        text=doc[start:end].text,
        document_id=doc._.document_id or None,
    )
