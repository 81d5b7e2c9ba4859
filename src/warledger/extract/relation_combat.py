"""Combat between sides: who fights whom, and who fights beside or for whom.

Split from ``relations`` because combat is told in more shapes than any other
relation, and they belong together: a verb ("X fought Y", "Z was attacked by
X", "X clashed with Y", "X fought alongside Y", "X fights for Y"), a noun of
hostile action ("X conducted strikes against Y", "their fight against Y", "X's
defenses against Y"), a use against someone ("X used chemical weapons against
Y"), a side taken ("on the side of Y"), and, read over the relations found, an
act done in support of an ally ("X struck Z in support of Y": Y is at war with
Z too). Actors named together as fighting one enemy are allies
(``relation_coalitions.co_belligerents``).

Each pattern yields (trigger, predicate, subjects, objects); the finder of
``relations`` turns them into relations on the trigger token.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from warledger.extract.relation_agents import agents_of, helped_in
from warledger.extract.relation_args import (
    GROUP_HEADS,
    HOLDING_NOUNS,
    OBJECT_DEPS,
    PLATFORM_HEADS,
    actors_at,
    children_with,
    conjuncts,
    patients_of,
    phrase_objects,
    prep_objects,
    same_mention,
    unique_mentions,
)
from warledger.extract.relation_coalitions import co_belligerents
from warledger.extract.relation_lexicon import (
    CIVILIAN_NOUNS,
    FIRE_NOUNS,
    HOSTILE_NOUNS,
    RECIPROCAL_VERBS,
    SERIES_NOUNS,
    WAGING_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex, entity_mention
from warledger.model import ActorMention, GeoPrecision, Relation, RelationPredicate

P = RelationPredicate
Triggered = tuple[Token, RelationPredicate, list[ActorMention], list[ActorMention]]
DEFENSIVE_WORDS = frozenset({"defence", "defense", "defensive"})
"""Words of defending: the "against" phrase of such a noun names an attacker."""
ATTACK_NOUNS = (HOSTILE_NOUNS | FIRE_NOUNS) - DEFENSIVE_WORDS - {"position"}
"""Nouns of an attack that can stand as the subject of what it does ("the strike hit")."""
KILLING_VERBS = frozenset({"kill", "wound"})
SIDE_NOUNS = frozenset({"side", "behalf"})
"""Nouns of the party one acts for after "on": "on the side of Y", "on behalf of Y"."""
FORCE_HEADS = GROUP_HEADS | PLATFORM_HEADS
"""Heads of a subject that hits by force: "troops", "warplanes"."""


def fighting(verb: Token, index: MentionIndex) -> Iterator[Triggered]:
    """Combat or alliance: "X fights Y", "X and Y attacked Z", "Z was attacked by
    X", "X fought against Y", "X clashed with Y", "X fought alongside Y", "X
    fights for Y"."""
    subjects = agents_of(verb, index) or attack_owners(verb, index)
    # the patient of a passive is the enemy too: "Z was attacked by X"; an
    # attacked town is a place, not a side
    targets = [t for t in patients_of(verb) if not town(t, index)]
    objects = [a for tok in targets for a in actors_at(tok, index)]
    objects += [a for t in prep_objects(verb, {"against"}) for a in actors_at(t, index)]
    # "fighting alongside Y against Z": the parser may hang "against Z" on Y
    objects += [
        a
        for side in prep_objects(verb, {"alongside", "beside", "for", "with"})
        for t in conjuncts(side)
        for enemy in prep_objects(t, {"against"})
        for a in actors_at(enemy, index)
    ]
    yield verb, P.FIGHTING_AGAINST, subjects, objects
    yield from _allies(verb, subjects, objects)
    if verb.lemma_.lower() == "clash":
        # "X clashed with Y" is told from X's side: the reciprocal shapes ("clashes
        # between X and Y", "X and Y clashed") are the ones recorded both ways
        yield verb, P.FIGHTING_AGAINST, subjects, paired(verb, index, "with")
    if any(_each_other_words(t) for t in patients_of(verb)):
        # "X and Y fought each other"
        yield from _each_other(verb, subjects)
    if verb.lemma_.lower() in RECIPROCAL_VERBS:
        yield from reciprocal(verb, index)
    partners = paired(verb, index, "alongside")
    yield verb, P.ALLIED_WITH, subjects, partners
    # "X fought alongside Y against Z": Y is at war with Z as well
    yield verb, P.FIGHTING_AGAINST, partners, objects
    # "fighting for Azerbaijan" takes a side; "the fight for Mosul" is over a town
    sides = [t for t in prep_objects(verb, {"for"}) if not town(t, index)]
    allies = [a for t in sides for a in actors_at(t, index)]
    yield verb, P.ALLIED_WITH, subjects, allies


def between(token: Token, index: MentionIndex) -> Iterator[Triggered]:
    """ "Clashes between X and Y", "fighting broke out between X and Y" (the phrase
    on the verb the noun is subject of): the sides named fight each other. People
    who clash are in a dispute, not a war."""
    phrase = phrase_objects(token, {"between"})
    if not phrase and token.dep_ == "nsubj":
        phrase = list(prep_objects(token.head, {"between"}))
    sides = [a for t in phrase for a in actors_at(t, index) if a.label != "PERSON"]
    yield from _each_other(token, sides)


def reciprocal(verb: Token, index: MentionIndex) -> Iterator[Triggered]:
    """ "Armenian and Azerbaijani forces clashed", "X and Y skirmished": with no one
    named as the other side, the sides named in the subject fight each other."""
    if children_with(verb, OBJECT_DEPS) or paired(verb, index, "with"):
        return
    sides = [a for t in children_with(verb, {"nsubj"}) for a in actors_at(t, index)]
    yield from _each_other(verb, sides)


def _each_other(trigger: Token, sides: list[ActorMention]) -> Iterator[Triggered]:
    distinct: list[ActorMention] = []
    for side in sides:
        if not any(same_mention(side, d) for d in distinct):
            distinct.append(side)
    # fighting each other is told of both sides: each is at war with the other
    for first in distinct:
        yield trigger, P.FIGHTING_AGAINST, [first], [d for d in distinct if d is not first]


def exchanged_fire(verb: Token, index: MentionIndex) -> Iterator[Triggered]:
    """ "X and Y exchanged fire", "X exchanged artillery fire with Y": each side fired
    on the other."""
    if not any(t.lemma_.lower() in FIRE_NOUNS for t in children_with(verb, OBJECT_DEPS)):
        return
    # "Azerbaijani and Armenian forces" names both sides (``actors_at``)
    yield from _each_other(verb, agents_of(verb, index) + paired(verb, index, "with"))


def _each_other_words(token: Token) -> bool:
    """ "each other", "one another": the object of a verb done by its subjects mutually."""
    return token.lower_ in {"other", "another"} and any(
        c.lower_ in {"each", "one"} for c in token.children
    )


def attack_owners(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """The sides whose attack is the subject of ``verb``: "a U.S. strike hit",
    "Azerbaijani shelling killed", "a series of Russian airstrikes destroyed" (the
    names before the attack noun; not those of its "against" phrase, after it)."""
    found: list[ActorMention] = []
    for subject in children_with(verb, {"nsubj"}):
        if subject.lemma_.lower() in SERIES_NOUNS:
            subject = next(prep_objects(subject, {"of"}), subject)
        if subject.lemma_.lower() not in ATTACK_NOUNS:
            continue
        found += [index.actor[i] for i in range(subject.left_edge.i, subject.i) if i in index.actor]
    return unique_mentions(found)


def struck(verb: Token, index: MentionIndex) -> Iterator[Triggered]:
    """ "A U.S. strike hit two al-Qaida vehicles", "Turkish drone strikes killed PKK
    fighters", "Russian jets pounded Hezbollah positions": the attacker, or the
    attack's side, fights the side hit (a town hit is a place, civilians killed are
    victims, not a side). Hitting is not always
    force ("the administration hit officials with sanctions"): a named hitter counts
    when it kills, flies or fights, or hits what a side holds in the field."""
    targets = [
        t
        for t in children_with(verb, OBJECT_DEPS)
        if not town(t, index) and t.lemma_.lower() not in CIVILIAN_NOUNS
    ]
    subjects = children_with(verb, {"nsubj"})
    forceful = (
        verb.lemma_.lower() in KILLING_VERBS
        or any(t.lemma_.lower() in FORCE_HEADS for t in subjects)
        or any(t.lemma_.lower() in HOLDING_NOUNS for t in targets)
    )
    attackers = (agents_of(verb, index) if forceful else []) or attack_owners(verb, index)
    if not attackers:
        return
    objects = [a for t in targets for a in actors_at(t, index) if a not in attackers]
    yield verb, P.FIGHTING_AGAINST, attackers, objects


def hostile_action(noun: Token, index: MentionIndex) -> Iterator[Triggered]:
    """Enmity from "X conducted strikes against Y", "their fight against Y", "the war
    waged by X against Y", "X is at war with Y": the actor is the noun's possessor or the agent of a
    participle on it, else the subject of its verb."""
    # "the war unleashed by X against Y": the participle names the waging side and,
    # as the parser hangs it there, the enemy
    waged = [
        c for c in children_with(noun, {"acl"}) if c.tag_ == "VBN" and any(prep_objects(c, {"by"}))
    ]
    objects = [
        a for h in [noun, *waged] for t in prep_objects(h, {"against"}) for a in actors_at(t, index)
    ]
    # "X has been at war with Y": the state of war names the enemy by "with"
    at_war = noun.lower_ == "war" and noun.dep_ == "pobj" and noun.head.lower_ == "at"
    if at_war:
        objects += [a for t in prep_objects(noun, {"with"}) for a in actors_at(t, index)]
    if not objects:
        return
    # "ISIL's defenses against", "U.S. airstrikes against", "the ISIL attack on"
    owners = children_with(noun, {"poss", "compound", "amod", "nmod"})
    owners += [t for c in waged for t in prep_objects(c, {"by"})]
    subjects = [a for t in owners for a in actors_at(t, index) if a not in objects]
    if not subjects:
        subjects = [a for a in helped_in(noun, index) if a not in objects]
    verb = verb_of(noun)
    if not subjects and (at_war or verb.lemma_.lower() in WAGING_VERBS):
        subjects = agents_of(verb, index)
    if _defensive(noun):
        # "X's defenses against Y", "X maintained defensive positions against Y":
        # Y attacks X, and X fights back
        yield noun, P.FIGHTING_AGAINST, objects, subjects
    yield noun, P.FIGHTING_AGAINST, subjects, objects
    yield from _allies(noun, subjects, objects)


def used_against(verb: Token, index: MentionIndex) -> Iterator[Triggered]:
    """Enmity from "X used chemical weapons against Y", "Iraqis unite against Y".
    The parser often hangs the "against" phrase on the object ("using fighter
    aircraft against Y targets", on the last of a list); what is used against Y is
    used by X all the same."""
    used = [c for t in children_with(verb, OBJECT_DEPS) for c in conjuncts(t)]
    heads = [verb, *used]
    objects = [a for h in heads for t in prep_objects(h, {"against"}) for a in actors_at(t, index)]
    yield verb, P.FIGHTING_AGAINST, agents_of(verb, index), objects


def use_against(noun: Token, index: MentionIndex) -> Iterator[Triggered]:
    """Enmity from the noun: "X's use of drones against Y", "the use of chemical
    weapons by X against Y", "X was involved in the use of IEDs against Y" (the one
    involved, the subject of the clause, is the user)."""
    used = [c for t in prep_objects(noun, {"of"}) for c in conjuncts(t)]
    objects = [
        a for h in [noun, *used] for t in prep_objects(h, {"against"}) for a in actors_at(t, index)
    ]
    if not objects:
        return
    users = [a for t in children_with(noun, {"poss"}) for a in actors_at(t, index)]
    users += [a for t in prep_objects(noun, {"by"}) for a in actors_at(t, index)]
    verb = verb_of(noun)
    if not users and verb.pos_ in {"VERB", "AUX"}:
        subjects = children_with(verb, {"nsubj", "nsubjpass"})
        users = [a for t in subjects for a in actors_at(t, index)]
    yield noun, P.FIGHTING_AGAINST, [u for u in users if u not in objects], objects


def on_side_of(side: Token, index: MentionIndex) -> Iterator[Triggered]:
    """Alliance from "X participates in hostilities on the side of Y", "X fights on
    Y's side", "on the Armenian side", "X fights on behalf of Y" (the trigger is the
    verb the phrase hangs on)."""
    if side.lower_ not in SIDE_NOUNS or side.dep_ != "pobj" or side.head.lower_ != "on":
        return
    verb = verb_of(side.head)
    objects = [a for t in prep_objects(side, {"of"}) for a in actors_at(t, index)]
    named = children_with(side, {"poss", "amod", "compound", "nmod"})
    objects += [a for t in named for a in _name_at(t, index, side)]
    agents = agents_of(verb, index)
    yield verb, P.ALLIED_WITH, agents, unique_mentions(objects)
    # "on the side of Y against Z": the parser may hang "against Z" on the side
    enemies = [a for t in prep_objects(side, {"against"}) for a in actors_at(t, index)]
    yield verb, P.FIGHTING_AGAINST, agents, enemies


def at_war(war: Token, index: MentionIndex) -> Iterator[Triggered]:
    """ "X is at war with Y", "X has been at war with Y since 2015": the "with" phrase
    (on the verb or on "war") names the enemy."""
    if war.lower_ != "war" or war.dep_ != "pobj" or war.head.lower_ != "at":
        return
    verb = verb_of(war.head)
    enemies = [*prep_objects(verb, {"with"}), *prep_objects(war, {"with"})]
    objects = [a for t in enemies for a in actors_at(t, index)]
    yield verb, P.FIGHTING_AGAINST, agents_of(verb, index), objects


def _name_at(token: Token, index: MentionIndex, outside: Token) -> list[ActorMention]:
    """The actor a modifier names, or the named entity it belongs to when the actors
    stage left it as a word ("the Armenian side")."""
    found = actors_at(token, index)
    if found:
        return found
    mention = entity_mention(token, token.doc._.document_id or None, outside)
    return [mention] if mention is not None else []


def fought_in_support(
    doc: Doc, relations: list[Relation]
) -> Iterator[tuple[Token, ActorMention, ActorMention]]:
    """ "X conducted strikes against Z in support of Y": the act is done for Y, so Y
    is at war with Z too. Read over the relations already found: yields (the
    "support" of "in support of", Y, Z) for each such ally and enemy."""
    for ally in relations:
        if ally.predicate is not P.ALLIED_WITH or ally.object is None:
            continue
        words = doc.char_span(ally.trigger.start, ally.trigger.end)
        support = words.root if words is not None else None
        if support is None or support.dep_ != "pobj" or support.head.lower_ != "in":
            continue
        sent = support.sent
        for fight in relations:
            enemy = fight.object
            if (
                fight.predicate is P.FIGHTING_AGAINST
                and enemy is not None
                and sent.start_char <= fight.trigger.start < sent.end_char
                and fight.subject.span == ally.subject.span
                and not same_mention(ally.object, enemy)
            ):
                yield support, ally.object, enemy


def paired(verb: Token, index: MentionIndex, prep: str) -> list[ActorMention]:
    """The actors of ``verb``'s ``prep`` phrase ("clashed with Y", "liberated Z from Y")."""
    return [a for tok in prep_objects(verb, {prep}) for a in actors_at(tok, index)]


def verb_of(token: Token) -> Token:
    """The nearest verb above ``token`` (or the sentence root)."""
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _allies(
    trigger: Token, subjects: list[ActorMention], enemies: list[ActorMention]
) -> Iterator[Triggered]:
    for predicate, firsts, seconds in co_belligerents(subjects, enemies):
        yield trigger, predicate, firsts, seconds


def town(token: Token, index: MentionIndex) -> bool:
    """Whether ``token`` is a place smaller than a country (fought over, not for)."""
    mention = index.place.get(token.i)
    place = mention.place if mention else None
    return mention is not None and (place is None or place.precision != GeoPrecision.COUNTRY)


def _defensive(noun: Token) -> bool:
    """A defence against someone ("defenses", "defensive positions"): the one named
    after "against" is the attacker, fought by the defender."""
    words = [noun, *(c for c in noun.children if c.dep_ == "amod")]
    return any(w.lemma_.lower() in DEFENSIVE_WORDS for w in words)
