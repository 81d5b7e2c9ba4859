"""Taking part in the fighting: "X took part in the battle for Y alongside Z".

Why a module of its own: news tells a force's presence in a war as much by its
part in an undertaking as by a verb of fighting or being somewhere ("Chadian
fighters took part in the battle for Tripoli", "no Russian personnel are taking
part in the fighting in Libya"). The verb is "take" with "part" for object (or
"participate"), and the undertaking is the object of its "in": where that
undertaking is (its "in", "for", "on", "around", "near" phrase, or the verb's own)
is where the force is, as for "operating in Y" (``relation_transfers`` reads it so,
with the same rules: a state's forces only abroad); whom it is done "alongside" is
an ally; whom "against", an enemy. Taking part in talks, a vote or a ceremony is
none of this: the undertaking must be one of fighting.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    actors_at,
    children_with,
    conjuncts,
    counted_heads,
    prep_objects,
)
from warledger.extract.relation_lexicon import CLASH_NOUNS, HOSTILE_NOUNS, UNDERTAKING_NOUNS
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention, RelationPredicate

FIGHTING = HOSTILE_NOUNS | CLASH_NOUNS | UNDERTAKING_NOUNS
# Where an undertaking is: "the battle for Y", "the siege of Y", "the offensive on Y",
# "the fighting around Y" (of the noun); "took part in the fighting in Y" (of the noun or the verb).
PLACE_PREPS = frozenset({"in", "inside", "for", "of", "on", "around", "near", "at"})
VERB_PLACE_PREPS = frozenset({"inside", "around", "near", "at"})

Found = tuple[RelationPredicate, list[ActorMention], list[ActorMention]]


def undertaking(verb: Token) -> Token | None:
    """The fighting ``verb`` takes part in ("took part in the offensive",
    "participated in the assault"), or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma == "take":
        parts = [c for c in children_with(verb, {"dobj"}) if c.lower_ == "part"]
        if not parts:
            return None
        nouns = [*prep_objects(verb, {"in"}), *prep_objects(parts[0], {"in"})]
    elif lemma == "participate":
        nouns = list(prep_objects(verb, {"in"}))
    else:
        return None
    return next((n for n in nouns if n.lemma_.lower() in FIGHTING), None)


def undertaking_places(verb: Token, noun: Token) -> list[Token]:
    """The words naming where the undertaking is, each conjunct apart."""
    found = [*prep_objects(noun, PLACE_PREPS), *prep_objects(verb, VERB_PLACE_PREPS)]
    found += [p for p in prep_objects(verb, {"in"}) if p.i != noun.i]
    return [d for token in found for d in conjuncts(token)]


def participation(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """Allies and enemies of those who take part: "alongside Z" and "against Z" on
    the verb or on the undertaking."""
    noun = undertaking(verb)
    if noun is None:
        return
    # "hundreds of Chadian fighters took part": the count stands for its "of" phrase
    subjects = counted_heads(children_with(verb, {"nsubj"}))
    agents = agents_of(verb, index) or [a for t in subjects for a in actors_at(t, index)]
    for prep, predicate in (
        ("alongside", RelationPredicate.ALLIED_WITH),
        ("beside", RelationPredicate.ALLIED_WITH),
        ("against", RelationPredicate.FIGHTING_AGAINST),
    ):
        others = [
            a for t in (verb, noun) for o in prep_objects(t, {prep}) for a in actors_at(o, index)
        ]
        if others:
            yield predicate, agents, others
