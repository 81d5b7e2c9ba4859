"""Names that belong to people, not places: the small English model tags many
unknown towns as persons and many persons' surnames as towns, so the places
component asks whether a name stands where a person's does.

Split from ``places``, which weighs these signals against a place's evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from warledger.extract.event_lexicon import REPORTING_VERBS, TERRITORY_NOUNS
from warledger.extract.place_shapes import LEADING_QUALIFIERS

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
