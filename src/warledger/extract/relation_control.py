"""Control of ground and of arms: who holds a town, or has a weapon in hand.

Why a module of its own: what re3d calls InChargeOf (mapped to ``commands``) is
in conflict reporting mostly not the command of one body over another but a
side's control of places and materiel, which the ledger needs to say who holds
a contested town and whose weapons were used. The shapes are few and regular:

* holding: "the city controlled by X", "X holds Y", "X-held territory", "an
  X-held tank";
* seizing: "X seized Y", "Y was taken by X", "X retook Y from Z" (X holds Y
  after, Z held it before), "their retaking of Y";
* falling: "Y fell to X", "the fall of Y to X" (X holds Y after);
* control as a noun: "X has had control of Y", "X claims full control of Y",
  "X's control of Y", "Y, under X control";
* use: "X used drones", "X conducted strikes using aircraft" (the noun, "the
  use of chemical weapons by X", is left to the classifier: in re3d's training
  part it is the weapon belonging to X, not X in charge of it);
* possession of materiel: "X tanks", "X's heavy weapons" (an armed actor's
  name on a weapon or platform, and on the items listed with it), "aircraft from X".

The held thing is a place (``doc._.places``) or an instrument
(``doc._.instruments``), as an actor mention of label ``LOC``, ``WEAPON`` or
``MILITARY_PLATFORM`` (as the relation classifier gives them, ``relation_pairs``);
the holder is an actor mention (``relation_args``). Each pattern yields
(predicate, subjects, objects) for the finder of ``relations``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    OBJECT_DEPS,
    PLATFORM_HEADS,
    Found,
    actors_at,
    children_with,
    conjuncts,
    phrase_objects,
    prep_objects,
    unique_mentions,
)
from warledger.extract.relation_lexicon import (
    FACILITY_HEADS,
    FALLING_WORDS,
    FIGHTER_NOUNS,
    HAVING_CONTROL_VERBS,
    HOLDING_VERBS,
    LEADER_NOUNS,
    MATERIEL_NOUNS,
    MEMBER_NOUNS,
    SEIZING_NOUNS,
    SEIZING_VERBS,
    USING_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.extract.relation_pairs import instrument_mention, place_mention
from warledger.kb import load_kb
from warledger.model import ActorMention, RelationPredicate

P = RelationPredicate
OWNER_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod", "amod"})
"""Labels of a name standing before a noun as its owner: "ISIL's tanks", "ISIL tanks"."""
PERSON_NOUNS = LEADER_NOUNS | MEMBER_NOUNS | FIGHTER_NOUNS
"""Nouns naming people or units, never a held place or weapon."""
HOLDER_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
"""Mentions that can hold ground or arms (not a place or a weapon itself)."""


class HeldIndex:
    """Token index -> the place or instrument mention covering it (as an actor
    mention), unless an actor the actors stage found covers it too (a person aside:
    NER takes towns for people) or its head names a person, or it is a common noun
    that names no arms (a model's "website" or "wind farm")."""

    def __init__(self, doc: Doc) -> None:
        document_id = doc._.document_id or None
        arms = arm_words()
        mentions = [
            instrument_mention(i) for i in doc._.instruments or [] if _names_arms(i.name, arms)
        ]
        mentions += [place_mention(p, document_id) for p in doc._.places or []]
        # a name the actors stage found is an actor (a state is a party, not ground
        # held), unless NER took a town for a person; NER's stand-ins do not count
        actors: set[int] = set()
        for actor in doc._.actors or []:
            words = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
            if words is not None and actor.label != "PERSON":
                actors.update(t.i for t in words)
        self.at: dict[int, ActorMention] = {}
        for mention in mentions:
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None or any(t.i in actors for t in span):
                continue
            if span.root.lemma_.lower() in PERSON_NOUNS:
                continue  # "the brigade's commander" is a person, whatever a model says
            for token in span:
                self.at.setdefault(token.i, mention)

    def things_at(self, token: Token, listed: bool = True) -> list[ActorMention]:
        """The held things named by the phrase headed by ``token`` and, when
        ``listed``, its conjuncts ("seized the tanks and other military hardware"; a
        modifier of the head, "X-held buildings, mortars", is the head's alone); an
        "of" phrase names the thing in "the city of Mosul" and "25% of the territory"."""
        found = []
        for head in conjuncts(token) if listed else [token]:
            mention = self.at.get(head.i)
            if mention is None:
                inner = [t for p in prep_objects(head, {"of"}) for t in conjuncts(p)]
                found += [self.at[t.i] for t in inner if t.i in self.at]
            else:
                found.append(mention)
        return unique_mentions(found)


def arm_words() -> frozenset[str]:
    """Last words of the knowledge base's weapons and platforms, with the general
    words for craft and materiel: the head nouns a common-noun weapon can have."""
    instruments = load_kb().instruments
    terms = [*instruments.weapons, *instruments.platforms]
    return frozenset(t.split()[-1].lower() for t in terms) | PLATFORM_HEADS | MATERIEL_NOUNS


def _names_arms(name: str, arms: frozenset[str]) -> bool:
    """A designation or make ("Su-35", "Bayraktar TB2") names arms by itself; a
    common noun phrase does when its last word is one for arms, singular or plural."""
    if any(c.isupper() or c.isdigit() for c in name):
        return True
    last = name.split()[-1].lower() if name.split() else ""
    return last in arms or last.removesuffix("s") in arms or last.removesuffix("es") in arms


def _described(noun: Token) -> Token:
    """The name a description stands for: "Y is the largest city held by X" and "Y,
    the city held by X" say it of Y (the subject of the copula, the apposed name)."""
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None else noun
    if noun.dep_ == "appos":
        return noun.head
    return noun


def _holders(mentions: list[ActorMention]) -> list[ActorMention]:
    """Sides among ``mentions``: not places or arms, nor sites named like bodies ("the
    tanks from Tiyas Military Airfield" were taken from a base, not from a side)."""
    return [m for m in mentions if m.label in HOLDER_LABELS and not _site(m)]


def _site(mention: ActorMention) -> bool:
    words = mention.name.split()
    return bool(words) and words[-1].lower() in FACILITY_HEADS


def holding(verb: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X controls Y", "Y is held by X", "the city controlled by X", "X-held Y"."""
    if verb.dep_ == "amod":
        names = [c for c in verb.children if c.dep_ in OWNER_DEPS and c.i in index.actor]
        holders = _holders([index.actor[c.i] for c in names])
        yield P.COMMANDS, holders, held.things_at(_described(verb.head), listed=False)
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        holders = [a for t in prep_objects(verb, {"by"}) for a in actors_at(t, index)]
        things = held.things_at(_described(verb.head), listed=False)
        yield P.COMMANDS, _holders(holders), things
    else:
        things = [
            m for t in children_with(verb, OBJECT_DEPS | {"nsubjpass"}) for m in held.things_at(t)
        ]
        yield P.COMMANDS, _holders(agents_of(verb, index)), things


def seizing(verb: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X seized Y from Z": X holds Y (after), Z held it (before)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        takers = [a for t in prep_objects(verb, {"by"}) for a in actors_at(t, index)]
        things = held.things_at(_described(verb.head), listed=False)
    else:
        takers = agents_of(verb, index)
        things = [
            m for t in children_with(verb, OBJECT_DEPS | {"nsubjpass"}) for m in held.things_at(t)
        ]
    losers = [a for t in prep_objects(verb, {"from"}) for a in actors_at(t, index)]
    yield P.COMMANDS, _holders(takers), things
    yield P.COMMANDS, _holders(losers), things


def seizing_noun(noun: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "their retaking of Y", "the capture of Y by X", "the seizure of Y from Z"."""
    things = [m for t in prep_objects(noun, {"of"}) for m in held.things_at(t)]
    if not things:
        return
    takers = [a for t in children_with(noun, {"poss"}) for a in actors_at(t, index)]
    takers += [a for t in prep_objects(noun, {"by"}) for a in actors_at(t, index)]
    losers = [a for t in prep_objects(noun, {"from"}) for a in actors_at(t, index)]
    yield P.COMMANDS, _holders(takers), things
    yield P.COMMANDS, _holders(losers), things


def falling(token: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "Y fell to X", "the fall of Y to X": the side it falls to holds Y after."""
    if token.pos_ == "NOUN":
        things = [m for t in prep_objects(token, {"of"}) for m in held.things_at(t)]
    else:
        things = [m for t in children_with(token, {"nsubj"}) for m in held.things_at(t)]
    takers = [a for t in phrase_objects(token, {"to"}) for a in actors_at(t, index)]
    yield P.COMMANDS, _holders(takers), things


def control_noun(noun: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X has control of Y", "X's control of Y", "Y under X control"."""
    owners = [a for t in children_with(noun, OWNER_DEPS) for a in actors_at(t, index)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        yield P.COMMANDS, _holders(owners), held.things_at(noun.head.head)
        return
    things = [m for t in prep_objects(noun, {"of", "over"}) for m in held.things_at(t)]
    verb = noun.head
    if not owners and noun.dep_ == "dobj" and verb.lemma_.lower() in HAVING_CONTROL_VERBS:
        owners = agents_of(verb, index)
    yield P.COMMANDS, _holders(owners), things


def using(verb: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X used drones", "X conducted strikes using aircraft" (the agent of the
    clause the participle hangs on)."""
    things = [m for t in children_with(verb, OBJECT_DEPS) for m in held.things_at(t)]
    users = agents_of(verb, index)
    if not users and verb.dep_ == "acl" and verb.head.head.pos_ == "VERB":
        # "X conducted raids using drones": the raids' doer uses them
        users = agents_of(verb.head.head, index)
    yield P.COMMANDS, _holders(users), things


def owned_materiel(token: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "ISIL tanks", "the group's heavy weapons, tanks and mortars": an actor's name
    before a weapon or platform owns it, and the items listed after it too."""
    if token.i not in held.at or held.at[token.i].label == "LOC" or token.dep_ == "compound":
        return
    if token.dep_ == "conj" or (token.head.i in held.at and token.head.i != token.i):
        return  # the head of the phrase (or of the list) speaks for it
    if any(c.dep_ == "amod" and c.tag_ == "VBN" for c in token.children):
        return  # "an X-held tank", "X-supplied missiles": the participle says how
    thing = held.at[token.i].span
    owners = [
        a
        for c in token.children
        if c.dep_ in OWNER_DEPS
        for a in actors_at(c, index)
        if a.span.end <= thing.start or a.span.start >= thing.end  # not its own name
    ]
    items = [held.at[t.i] for t in conjuncts(token) if t.i in held.at]
    items = [m for m in unique_mentions(items) if m.label != "LOC"]
    yield P.COMMANDS, _holders(owners), items


def materiel_from(token: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "aircraft from CJTF-OIR", "F-16s from the 158th Fighter Wing": weapons or
    platforms said to come from a body are that body's, in its hands."""
    thing = held.at.get(token.i)
    if thing is None or thing.label == "LOC" or token.dep_ == "compound":
        return
    bodies = [a for t in prep_objects(token, {"from"}) for a in actors_at(t, index)]
    yield P.COMMANDS, [a for a in _holders(bodies) if a.label != "PERSON"], [thing]


def control_relations(token: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """Every control shape at ``token``."""
    lemma = token.lemma_.lower()
    verbal = token.pos_ in {"VERB", "AUX"} or token.dep_ == "amod"
    if verbal and lemma in HOLDING_VERBS:
        yield from holding(token, index, held)
    if verbal and lemma in SEIZING_VERBS:
        yield from seizing(token, index, held)
    if token.pos_ in {"VERB", "NOUN"} and lemma in FALLING_WORDS:
        yield from falling(token, index, held)
    if token.pos_ == "VERB" and lemma in USING_VERBS:
        yield from using(token, index, held)
    if token.pos_ == "NOUN":
        if lemma in SEIZING_NOUNS:
            yield from seizing_noun(token, index, held)
        elif lemma == "control":
            yield from control_noun(token, index, held)
    yield from owned_materiel(token, index, held)
    yield from materiel_from(token, index, held)
