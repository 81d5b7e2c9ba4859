"""Names that belong to people, not places: the small English model tags many
unknown towns as persons and many persons' surnames as towns, so the places
component asks whether a name stands where a person's does.

Split from ``places``, which weighs these signals against a place's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from warledger.extract.event_lexicon import (
    HARM_LEMMAS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    RESIDENT_NOUNS,
    TERRITORY_NOUNS,
)
from warledger.extract.place_shapes import LEADING_QUALIFIERS
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.kb.loader import load_kb

PLACE_WORDS: frozenset[str] = word_set(load_lexicon("places")["trailing_generic"]) | TERRITORY_NOUNS
"""Words that end a place's name ("District", "Camp", "Province"), never a person's."""
_AGED = re.compile(r"\b\d+-year-old\s*$")
"""An age before a name: "20-year-old Kessin"."""

# Prepositions that put a person's name in a place reading: one is shot "at" or
# hears "from" a person, but is never "in" or "near" one.
PLACE_ONLY_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "inside", "near", "outside", "around", "across", "throughout", "within"}
)


def person_role(span: Span) -> bool:
    """Whether a name stands where a person's does: the subject of a verb of telling
    ("Smith told", "Jones said"), an apposition ("his granddaughter, Tavia"), a
    possessor tagged as a person ("Smith's car"). A town is rarely any of these in news ("Baku said"
    is a capital, a country's); it is the subject of what befell it ("Stepanakert
    came under shelling")."""
    root = span.root
    follows = span.doc[span.end] if span.end < len(span.doc) else None
    telling = root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS
    named = root.dep_ == "appos" and not (
        root.head.lemma_.lower() in TERRITORY_NOUNS or root.head.ent_type_ in ("GPE", "LOC", "FAC")
    )  # "the town, Karn" is a place
    owner = root.dep_ == "poss" or (follows is not None and follows.text in ("'s", "’s"))
    return telling or named or (owner and root.ent_type_ == "PERSON")  # "Aleppo's districts"


def person_name_parts(
    doc: Doc, is_place: Callable[[str], bool], is_notable: Callable[[str], bool]
) -> set[str]:
    """Lower-cased words of multi-word PERSON entities ("bob", "jones"); not of one that
    opens with a place qualifier ("Upper Halvesk" tagged PERSON is a village). The
    small model often tags a full name as an organisation ("Paul Riva"): the last
    word of two proper nouns tagged ORG that are no place's name together counts
    too, so the bare surname later ("fired at Riva") is the person again; not a
    word that names a country, a region or a big city (``is_notable``: "Radio
    Kabul", "Hotel Palestine" are named after the place)."""
    parts = {
        tok.lower_
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].lower_ not in LEADING_QUALIFIERS
        for tok in ent
    }
    parts.update(
        ent[-1].lower_
        for ent in doc.ents
        if ent.label_ == "ORG"
        and len(ent) == 2
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
        and ent[0].lower_ not in LEADING_QUALIFIERS
        and not is_place(ent.text)
        and not is_notable(ent[-1].text)
    )
    return parts


def person_part(span: Span, surnames: set[str]) -> bool:
    """A one-word place span that is a word of one of the document's multi-word PERSON
    names ("Riva" after "Paul Riva", in "fired at Riva"), with no preposition only a
    place takes before it nor ", State" after it: the person again."""
    doc = span.doc
    aged = span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num
    if len(span) == 1 and aged and doc[span.end + 2].text == ",":
        return True  # "Riva, 47, of Sterling Heights": a place has no age
    if len(span) != 1 or span.text.lower() not in surnames:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    locative = before is not None and before.lower_ in PLACE_ONLY_PREPOSITIONS
    qualified = span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].is_title
    return not (locative or qualified)


@cache
def title_words() -> frozenset[str]:
    """One-word titles of persons ("secretary", "gen.", "dr.", "bishop"): the knowledge
    base's titles of one word and the places lexicon's ``person_titles``."""
    kb = (t.lower() for t in load_kb().titles.titles if " " not in t)
    return frozenset(kb) | word_set(load_lexicon("places")["person_titles"])


def _a_title(token: Token) -> bool:
    """A capitalised title word, with or without its abbreviation's full stop."""
    word = token.lower_
    words = title_words()
    return token.text[:1].isupper() and (word in words or word.rstrip(".") in words)


def person_title(span: Span) -> bool:
    """Whether a one-word name is a person's title: before "of" and a name ("Secretary
    of Defense"), before a name ("Secretary Kentridge", "Dr. Varga"), or anywhere no
    preposition only a place takes stands before it ("the Foreign Secretary met").
    Towns are called so ("Secretary", Maryland; "Bishop", California): "floods in
    Bishop, California" stays a place."""
    if len(span) != 1 or not _a_title(span[0]):
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and (nxt.is_title or nxt.ent_type_ == "PERSON"):
        return True
    if nxt is not None and nxt.lower_ == "of" and after is not None and after.is_title:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    return before is None or before.lower_ not in PLACE_ONLY_PREPOSITIONS


def named_as_person(span: Span) -> bool:
    """Whether the text makes a name a person's, whatever the gazetteer holds: after a
    title ("Gen. Lancaster", "President Varnek's"), a given name before a person's
    name ("Hector Paul Joseph"), after an age when it modifies no noun ("20-year-old
    Kessin and a friend"; "a 20-year-old Lancaster man" is a home town), in
    apposition to a word for a person ("his wife, Amelia,"), or coordinated with a
    person's full name ("Tamerlan and Dzhokhar Vessik"), or what a verb of harm only
    a person suffers befalls ("stabbed Welland", "Welland was killed": ``_harmed``)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    modifies = nxt is not None and nxt.pos_ in ("NOUN", "PROPN")
    aged = _AGED.search(doc.text[max(0, span.start_char - 20) : span.start_char]) is not None
    if _place_worded(span):
        return False  # "the Sheikh Yassine District", "in Amman Nagar": a place's words
    return (
        (before is not None and _after_title(before, nxt))
        or (nxt is not None and len(span) == 1 and span[0].is_alpha and _starts_person(nxt))
        or (aged and not modifies)
        or _kin_apposition(span.root)
        or _harmed(span.root)
        or (nxt is not None and len(span) == 1 and _beside_full_name(span.root, before, nxt))
    )


def _place_worded(span: Span) -> bool:
    """A name ending in a word for a place ("the Sheikh Yassine District", "Kessel
    Camp"), or after a preposition only a place takes, the article and a title
    skipped ("in Amman Nagar", "near Prince George"): one is never in or near a
    person."""
    if span[-1].lower_ in PLACE_WORDS:
        return True
    i = span.start - 1
    while i >= 0 and (span.doc[i].lower_ in ("the", "a") or _a_title(span.doc[i])):
        i -= 1
    return i >= 0 and span.doc[i].lower_ in PLACE_ONLY_PREPOSITIONS


def _starts_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B"


def _after_title(before: Token, nxt: Token | None) -> bool:
    """A title right before the name, itself a proper noun or abbreviated ("Gen."), the
    name modifying no common noun: in "Major Mich. utilities" an adjective and a state."""
    titled = _a_title(before) and (before.pos_ == "PROPN" or "." in before.text)
    return titled and not (nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN")


def _harmed(root: Token) -> bool:
    """The object of a verb of harm ("killing Welland", "stabbed Welland") or its
    passive subject ("Welland was kidnapped"): people are killed, stabbed, kidnapped;
    towns are shelled, bombed, struck, which are no such verbs (``HARM_LEMMAS``)."""
    verb = root.head
    return (
        root.dep_ in ("dobj", "nsubjpass")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in HARM_LEMMAS
    )


def _kin_apposition(root: Token) -> bool:
    """ "his wife, Amelia", "Polk's son, Trent": a person's relative by name; not "the
    people in the town, Wairoa" (no one's people)."""
    kin = root.head
    return (
        root.dep_ == "appos"
        and any(c.dep_ == "poss" for c in kin.children)
        and (kin.lemma_.lower() in PERSON_NOUNS or kin.lemma_.lower() in RESIDENT_NOUNS)
    )


def _beside_full_name(root: Token, before: Token | None, nxt: Token) -> bool:
    """ "brothers, Tamerlan and Dzhokhar Vessik": a given name coordinated with a full
    name; not a place a preposition governs ("of Paris and Guy Harm", "for Decatur and
    Avondale Estates" the tagger took for a person)."""
    doc = root.doc
    head = root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "the towns of Anadan, Huraytan and Kafr Hamra": the list's first
    governed = head.dep_ == "pobj" or (before is not None and before.pos_ in ("ADP", "SCONJ"))
    return (
        not governed
        and nxt.lower_ in ("and", "or")
        and nxt.i + 2 < len(doc)
        and _starts_person(doc[nxt.i + 1])
        and doc[nxt.i + 2].ent_iob_ == "I"
    )
