"""A place named only as the set something is compared within is no event's place.

"Once the richest country per capita in South America, Vantoria has seen riots",
"one of the poorest nations in Africa", "the largest city in the region": the
continent or the region bounds a comparison of countries or cities; nothing
happened there that the sentence tells. A comparison of events ("the deadliest
attack in Kabul") does place its event, so only superlatives over units of
territory (``COMPARED_UNITS``) count, and only where the comparison describes
something else (an apposition, a predicate, a fronted phrase): when the compared
unit is itself where the event was ("floods killed 12 in the third-largest city in
Ostrelia") the set still holds the event, the finest place the sentence gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.kb.lexicon import load_lexicon, word_set

COMPARED_UNITS: frozenset[str] = word_set(load_lexicon("places")["compared_units"])
"""Nouns of places and polities compared by a superlative: "country", "city"..."""
_SET_PREPOSITIONS = frozenset({"in", "of", "across", "throughout"})
_UNIT_STEPS = 2
"""How many nouns up from the preposition the compared unit may be ("the richest
country per capita in X": "capita", then "country")."""


def compared_within(place: Token) -> bool:
    """Whether the place (its root token) only bounds a superlative comparison of
    places: it is the object of "in"/"of" hanging off a unit noun that a superlative
    modifies ("the richest country ... in X"), or off "one" of such units ("one of
    the poorest nations in X"), and that unit describes something else
    (``_describes``)."""
    if place.dep_ != "pobj" or place.head.lower_ not in _SET_PREPOSITIONS:
        return False
    noun = place.head.head
    for _ in range(_UNIT_STEPS):
        if _superlative_unit(noun) or (noun.lower_ == "one" and _one_of_units(noun)):
            return _describes(noun)
        if noun.dep_ not in ("pobj", "npadvmod", "compound", "nmod", "appos"):
            break
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    return False


def _superlative_unit(noun: Token) -> bool:
    """ "the richest country", "the most populous city", "the second-largest town"."""
    if noun.lemma_.lower() not in COMPARED_UNITS:
        return False
    return any(
        child.tag_ == "JJS"
        or (child.dep_ == "amod" and any(g.tag_ == "RBS" for g in child.children))
        for child in noun.children
    )


def _one_of_units(one: Token) -> bool:
    """ "one of the poorest countries": the units hang off "one" through "of"."""
    return any(
        prep.lower_ == "of"
        and any(_superlative_unit(obj) for obj in prep.children if obj.dep_ == "pobj")
        for prep in one.children
    )


def _describes(unit: Token) -> bool:
    """ "Brena, one of the poorest countries", "Vantoria is the richest country",
    "Once the richest country ..., Vantoria": an apposition, a predicate or a phrase
    fronted before a comma says what something else is."""
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ == "one":
        unit = unit.head.head  # "one of the poorest countries": what "one" is
    if unit.dep_ in ("appos", "attr"):
        return True
    sent = unit.sent
    first, last = unit.left_edge, unit.right_edge
    follows = unit.doc[last.i + 1] if last.i + 1 < len(unit.doc) else None
    fronted = all(
        not t.is_alpha or t.pos_ in ("ADV", "SCONJ", "ADP") for t in unit.doc[sent.start : first.i]
    )
    return fronted and follows is not None and follows.text == ","
