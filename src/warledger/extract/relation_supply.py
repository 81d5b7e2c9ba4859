"""Arms supplied: who arms whom, read from the giving of weapons.

Why a module of its own: in proxy wars the backing of a side is mostly told as
a delivery of arms, not with a verb of backing ("Israel supplied Azerbaijan
with drones", "Turkey sent F-16s and drones to Baku", "Iran's deliveries of
missiles to the Houthis"). The ledger records that as ``sponsors`` (the
supplier backs the receiver), as it does "X arms Y". Only materiel counts: an
instrument the instruments stage found ("drones", "rocket launchers") or a
word for arms ("weapons", "ammunition"), so "supplied gas to Europe" and
"provided food to refugees" relate no one. The shapes:

* "X supplied Y with W", "Y was supplied with W by X";
* "X supplied W to Y", "X provided Y W", "W were delivered to Y by X";
* the noun: "X's supply of W to Y", "deliveries of W to Y by X", "arms
  shipments from X to Y";
* the receiver's side: "Y received weapons from X".

Each pattern yields (predicate, subjects, objects) as ``relation_coalitions`` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    Found,
    actors_at,
    children_with,
    conjuncts,
    prep_objects,
)
from warledger.extract.relation_control import HeldIndex
from warledger.extract.relation_lexicon import (
    BACKING_PURPOSES,
    MATERIEL_NOUNS,
    RECEIVING_SUPPORT_VERBS,
    SUPPLY_NOUNS,
    SUPPLY_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention, RelationPredicate

P = RelationPredicate
RECEIVER_LABELS = frozenset({"ORG", "GPE", "NORP"})
"""Receivers that can be backed: bodies and states (a person handed a rifle is not)."""


def _materiel(token: Token, held: HeldIndex) -> bool:
    """Whether the phrase at ``token`` (or a conjunct) names arms; a count names what
    its "of" phrase does ("hundreds of attack drones")."""
    counted = token.ent_type_ == "CARDINAL" or token.like_num or token.pos_ == "NUM"
    heads = [*conjuncts(token), *(prep_objects(token, {"of"}) if counted else [])]
    # "missile parts", "drone components": a part named by the arms it is of
    heads += [c for h in list(heads) for c in children_with(h, {"compound"})]
    for head in heads:
        mention = held.at.get(head.i)
        if mention is not None and mention.label != "LOC":
            return True
        if head.lemma_.lower() in MATERIEL_NOUNS:
            return True
    return False


def _receivers(tokens: list[Token], index: MentionIndex) -> list[ActorMention]:
    return [a for t in tokens for a in actors_at(t, index) if a.label in RECEIVER_LABELS]


def supplied(verb: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X supplied Y with W", "X supplied W to Y", "X gave Y W" and their passives."""
    objects = children_with(verb, {"dobj"})
    passive = children_with(verb, {"nsubjpass"})
    datives = [*children_with(verb, {"dative"}), *prep_objects(verb, {"to", "for"})]
    # "sent warplanes to help the Sudanese army": the side a purpose backs receives them
    datives += [
        obj
        for purpose in children_with(verb, {"advcl", "xcomp"})
        if purpose.lemma_.lower() in BACKING_PURPOSES
        for obj in children_with(purpose, {"dobj"})
    ]
    withs = list(prep_objects(verb, {"with"}))
    if any(_materiel(t, held) for t in withs):
        # "X supplied Y with W", "Y was supplied with W"
        receivers = _receivers(objects or passive, index)
    elif any(_materiel(t, held) for t in [*objects, *passive]):
        # "X supplied W to Y", "X gave Y W" (a dative noun), "W were sent to Y"
        receivers = _receivers(
            [t for t in datives if t.dep_ != "dative" or t.pos_ in {"PROPN", "NOUN"}], index
        )
    else:
        return
    yield P.SPONSORS, agents_of(verb, index), receivers


def supply_noun(noun: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X's supply of W to Y", "deliveries of W to Y by X", "arms shipments from X to Y"."""
    given = list(prep_objects(noun, {"of"}))
    modifiers = children_with(noun, {"compound", "amod", "nmod"})
    if not any(_materiel(t, held) for t in [*given, *modifiers]):
        return
    suppliers = [a for t in children_with(noun, {"poss"}) for a in actors_at(t, index)]
    suppliers += [a for t in prep_objects(noun, {"by", "from"}) for a in actors_at(t, index)]
    receivers = _receivers(list(prep_objects(noun, {"to", "for"})), index)
    yield P.SPONSORS, suppliers, receivers


def received(verb: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "Y received weapons from X", "Y obtained drones from X": the one it came from
    arms the receiver."""
    given = [t for t in children_with(verb, {"dobj"}) if _materiel(t, held)]
    if not given:
        return
    froms = [*prep_objects(verb, {"from"}), *(f for t in given for f in prep_objects(t, {"from"}))]
    suppliers = [a for t in froms for a in actors_at(t, index)]
    yield P.SPONSORS, suppliers, [a for a in agents_of(verb, index) if a.label in RECEIVER_LABELS]


def supply_relations(token: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """The supply patterns that ``token`` triggers."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in SUPPLY_VERBS:
        yield from supplied(token, index, held)
    elif token.pos_ == "VERB" and lemma in RECEIVING_SUPPORT_VERBS:
        yield from received(token, index, held)
    elif token.pos_ == "NOUN" and lemma in SUPPLY_NOUNS:
        yield from supply_noun(token, index, held)
