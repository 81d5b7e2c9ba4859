"""A town named as where a person lives is not where an event happened to them.

Local news names a victim's or a suspect's home town beside the town of the
event: "a Warren woman was shot in Flint", "a visitor from New York was
wounded", "Kiana Moss, 29, of Warren". The home town hangs off the person: as a
modifier of a noun of people ("a Detroit man") or through "of"/"from" attached
to such a noun or to a person's name. The event's place is elsewhere in the
sentence, or, in a datelined lead, the dateline's town.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract import event_lexicon as lex

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_ORIGIN_PREPS = frozenset({"of", "from"})


def _a_person(token: Token) -> bool:
    """A noun of people ("woman", "teen", "visitor") or a person's name."""
    return token.lemma_.lower() in lex.RESIDENT_NOUNS or token.ent_type_ == "PERSON"


def names_residence(place: Token) -> bool:
    """Whether the place (its root token) says where a person is from: "a Warren
    woman", "a 25-year-old Mattapan man", "a visitor from New York", "Moss, 29, of
    Warren" (``of`` hangs off the name or its age), "Vinson, of Whitehall," (a name
    and a comma before ``of``, whatever the tagger made of the name)."""
    if place.dep_ in _MODIFIER_DEPS and place.head.pos_ in ("NOUN", "PROPN"):
        return _a_person(place.head)
    if place.dep_ != "pobj" or place.head.lower_ not in _ORIGIN_PREPS:
        return False
    prep = place.head
    holder = prep.head
    if holder.dep_ in ("appos", "conj") and holder.pos_ == "NUM":
        holder = holder.head  # "Moss, 29, of Warren"
    if prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        return holder.pos_ == "PROPN"  # "Marcus Vinson, of Whitehall, was charged"
    return holder.pos_ in ("NOUN", "PROPN") and _a_person(holder)
