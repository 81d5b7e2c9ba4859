"""Incoming fire: who fires, with what, on whom.

Field reports often tell a clash from the receiving side, with the shooter only in
a "from" phrase and the weapons as modifiers of the fire: "the troops came under
fire from X", "the convoy received machine gun and mortar fire from X", "shelling
from X on the village"; or they tell the shooting with a verb of its own: "X opened
fire on Y", "fighters firing on Y". No verb of fighting links the two sides, so the
combat verbs of ``relation_combat`` miss it, yet it states two relations a monitor keeps:
X is fighting whoever it fires on (``fighting_against``), and X has the weapons
named in hand (``commands``, as ``relation_control`` records arms in use).

Each pattern yields (predicate, subjects, objects) for the finder of ``relations``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    Found,
    actors_at,
    phrase_objects,
    prep_objects,
)
from warledger.extract.relation_control import HOLDER_LABELS, HeldIndex
from warledger.extract.relation_lexicon import (
    FIRE_NOUNS,
    FIRING_VERBS,
    OPENING_VERBS,
    RECEIVING_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention, RelationPredicate

P = RelationPredicate
TARGET_PREPS = frozenset({"on", "at", "upon"})
"""Prepositions whose object is what the fire is aimed at."""


def _receiver_clause(noun: Token) -> Token | None:
    """The verb whose subject takes the fire: "X received fire", "X came under fire"."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEIVING_VERBS:
        return verb
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    return None


def _weapons(noun: Token, held: HeldIndex) -> list[ActorMention]:
    """Weapons named before the fire noun ("machine gun and mortar fire"), without the
    fire itself where the weapon's mention runs over it ("mortar fire" -> "mortar")."""
    found: list[ActorMention] = []
    for i in range(noun.left_edge.i, noun.i):
        mention = held.at.get(i)
        if mention is None or mention.label == "LOC":
            continue
        mention = _before(mention, noun)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def _before(mention: ActorMention, noun: Token) -> ActorMention | None:
    """``mention`` cut to end before ``noun`` when it covers it (None if nothing is left)."""
    span = mention.span
    if not span.start <= noun.idx < span.end:
        return mention
    text = span.text[: noun.idx - span.start].rstrip()
    if not text:
        return None
    cut = span.model_copy(update={"end": span.start + len(text), "text": text})
    name = text if mention.name == span.text else mention.name
    return mention.model_copy(update={"span": cut, "name": name})


def incoming_fire(noun: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """ "X came under fire from Y", "X received mortar fire from Y", "fire from Y on X":
    Y fights X, and Y has the mortars in hand. The parser hangs the "from" phrase on
    the fire or on the verb that receives it; both are read. "Y opened fire on X"
    names the shooter as the opener."""
    clause = _receiver_clause(noun)
    sources = [noun] if clause is None else [noun, clause]
    shooters = [
        a for s in sources for t in phrase_objects(s, {"from"}) for a in actors_at(t, index)
    ]
    targets = [a for t in phrase_objects(noun, TARGET_PREPS) for a in actors_at(t, index)]
    opener = noun.head
    if not shooters and noun.dep_ == "dobj" and opener.lemma_.lower() in OPENING_VERBS:
        shooters = agents_of(opener, index)
        targets += [a for t in prep_objects(opener, TARGET_PREPS) for a in actors_at(t, index)]
    shooters = [a for a in shooters if a.label in HOLDER_LABELS]
    if not shooters:
        return
    if clause is not None:
        targets += agents_of(clause, index)
    yield P.FIGHTING_AGAINST, shooters, [a for a in targets if a not in shooters]
    yield P.COMMANDS, shooters, _weapons(noun, held)


def firing(verb: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X fired on Y", "fighters shooting at Y" (the participle's noun shoots)."""
    targets = [a for t in phrase_objects(verb, TARGET_PREPS) for a in actors_at(t, index)]
    if not targets:
        return
    shooters = agents_of(verb, index)
    if not shooters and verb.dep_ == "acl":
        shooters = actors_at(verb.head, index)
    shooters = [a for a in shooters if a.label in HOLDER_LABELS]
    yield P.FIGHTING_AGAINST, shooters, [a for a in targets if a not in shooters]


def fire_relations(token: Token, index: MentionIndex, held: HeldIndex) -> Iterator[Found]:
    """The fire shapes at ``token``: a noun of fire, or a verb of shooting."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in FIRE_NOUNS:
        yield from incoming_fire(token, index, held)
    elif token.pos_ == "VERB" and lemma in FIRING_VERBS:
        yield from firing(token, index)
