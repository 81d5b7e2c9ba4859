"""Everyday happenings a verb tells only with what follows it: a fall to a death.

A report of such a happening still needs an event, with its place and date, for
the other reports of it to be grouped with: a report with no event stays alone.
The contiguous lexicon phrases cannot see it, since the telling words stand apart
and the verb alone is common: a person's fall (``fell``, ``plunged``, ``tumbled``,
``a fall``) *to* a death ("fell to his death") or *from*, *off*, *over* or *into*
a drop ("a fall from a ridge", "fell over the edge of the cliff") is an accident
(ASSAULT/accident, a non-attack mode); a fall from power, from grace or of prices
is none.

Only the verb (or the noun) is the trigger: "death" is the toll, told apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract import event_lexicon as lex
from warledger.model import PloverType

_FALLING = frozenset({"fall", "plunge", "tumble"})
_FALL_PREPS = frozenset({"from", "off", "over", "into"})
# Heights and drops a person falls from: not power, grace, favour or a price.
_HEIGHTS = frozenset(
    {"balcony", "bridge", "building", "cliff", "crevasse", "edge", "gorge", "ladder"}
    | {"ledge", "mountain", "peak", "ravine", "ridge", "roof", "rooftop", "scaffold"}
    | {"scaffolding", "summit", "tower", "window"}
)


def happening_triggers(doc: Doc) -> list[tuple[int, PloverType, str | None]]:
    """(token, type, mode) of the falls in ``doc`` (see the module doc)."""
    return [
        (token.i, PloverType.ASSAULT, "accident")
        for token in doc
        if token.lemma_.lower() in _FALLING
        and _a_person_falls(token)
        and _fatal_or_from_height(token)
    ]


def _a_person_falls(fall: Token) -> bool:
    """A noun "fall", or a verb whose subject is a person: a name, a pronoun, a word
    for people or an agent noun ("the climber"); prices and sales fall off cliffs
    only in figures of speech."""
    if fall.pos_ == "NOUN":
        return True
    if fall.pos_ != "VERB":
        return False
    subjects = [c for c in fall.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.pos_ in ("PRON", "PROPN")
        or s.ent_type_ == "PERSON"
        or s.lemma_.lower() in lex.PERSON_NOUNS
        or (s.lemma_.lower().endswith(("er", "ist")) and s.lemma_.lower() != "number")
        for s in subjects
    )


def _fatal_or_from_height(fall: Token) -> bool:
    for prep in fall.children:
        if prep.dep_ != "prep":
            continue
        objects = [o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "to" and "death" in objects:
            return True
        if prep.lower_ in _FALL_PREPS and _HEIGHTS.intersection(objects):
            return True
    return False
