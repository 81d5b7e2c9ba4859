"""The shapes of words that the places component reads: runs of capitalised names,
direction words, street names, articles; what a word looks like, not what it names.

Split from ``places``, which decides which of these shapes are places.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from warledger.kb.lexicon import load_lexicon, word_set

COMPASS_WORD = re.compile(r"(?:north|south|(?:north|south)?-?(?:east|west))(?:ern)?", re.IGNORECASE)
"""A direction word ("North", "southeastern", "north-west"), not a name that starts
like one ("Northampton", "Westminster")."""
_WORDS = load_lexicon("places")
STREET_WORDS: frozenset[str] = word_set(_WORDS["street_words"])
"""After a name, these make it a street's ("Oxford Street", "Oxford St."): no town."""
QUARTER_WORDS: frozenset[str] = word_set(_WORDS["quarter_words"])
"""After a name, these make it a neighbourhood's ("the Church Hill neighborhood"): no town."""
LEADING_QUALIFIERS: frozenset[str] = word_set(_WORDS["leading_qualifiers"])
"""Words NER often includes in a place span that the place's name does not have."""
del _WORDS  # only the immutable names above outlive the import


def street_name_ends(doc: Doc) -> set[int]:
    """Where a name that a street word follows ends ("Oxford" in "Oxford Street"): the
    street's name, not the town's."""
    return {
        tok.idx + len(tok)
        for tok in doc[:-1]
        if doc[tok.i + 1].lower_.rstrip(".") in STREET_WORDS and tok.is_title
    }


def quarter_name_ends(doc: Doc) -> set[int]:
    """Where a quarter's name ends: a name between "the" or a possessive and a
    neighbourhood word not followed by "of" ("the Church Hill neighborhood", "St.
    Paul's Frogtown neighborhood"), kept as a name but never a namesake town. "A
    Baghdad neighborhood" and "the Baghdad neighborhood of Adil" name the city.
    Every word of the name ends one ("Carver" of "the Carver Village neighborhood"
    is no town either)."""
    ends: set[int] = set()
    for tok in doc[:-1]:
        word = doc[tok.i + 1]
        if word.lower_ not in QUARTER_WORDS or not tok.is_title:
            continue
        if word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "of":
            continue
        first = tok
        while first.i > 0 and doc[first.i - 1].is_title and doc[first.i - 1].lower_ != "the":
            first = doc[first.i - 1]
        before = doc[first.i - 1] if first.i > 0 else None
        if before is not None and (before.lower_ == "the" or before.tag_ == "POS"):
            ends.update(t.idx + len(t) for t in doc[first.i : tok.i + 1])
    return ends


def names_a_street(text: str) -> bool:
    """Whether a place mention is itself a street's name ("Park Avenue", "Elvis
    Presley Boulevard"): it locates within a town, and is never a town elsewhere."""
    words = text.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in STREET_WORDS


def lower_case_words(doc: Doc) -> set[str]:
    """Words the document writes in lower case somewhere: everyday words, whatever a
    headline or a sentence start does to their first letter."""
    return {tok.text for tok in doc if tok.is_alpha and tok.is_lower}


def is_compass(token: Token) -> bool:
    """ "North", "southeastern", "West": a direction word (``COMPASS_WORD``)."""
    return COMPASS_WORD.fullmatch(token.text) is not None


def strip_article(span: Span) -> Span | None:
    """Drop a leading "the" and trailing possessive; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a"}:
        start += 1
    while end > start and span.doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    return span.doc[start:end] if end > start else None


def is_name_token(tok: Token) -> bool:
    """Title-case proper noun, or an all-capitals word as in a dateline ("MANSFIELD")."""
    return (tok.is_title and tok.pos_ == "PROPN") or (tok.is_upper and len(tok) >= 5)


def proper_noun_runs(doc: Doc, taken: list[bool]) -> list[Span]:
    """Maximal runs of name tokens outside any entity."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if taken[i] or not is_name_token(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and not taken[j] and is_name_token(doc[j]):
            j += 1
        runs.append(doc[i:j])
        i = j
    return runs
