"""Fighter transfers: who sends which fighters where, from a verb, a participle
or a noun.

A transfer of fighters is told in many shapes: "Turkey sent fighters to
Azerbaijan" (verb), "fighters deployed by Turkey arrived in Tripoli"
(participle with a by-agent), "Turkey's transfer of Syrian fighters to
Azerbaijan" (nominalisation), "militants of X and Y were being transferred to
Z" (passive with the groups as the ones moved), "Turkey recruited fighters for
Azerbaijan". All give the same three roles, read here:

* the **sender**: the agent (subject, by-phrase, possessor; for a passive with
  none, who recruited the moved fighters: "recruited by X, they were flown to
  Y"); a named agent that is no known actor ("security companies") leaves the
  sender empty rather than promoting the fighters or their origin to it;
* the **moved**: what is transferred; it must be fighters or an armed actor,
  and the specific groups it names are kept (they are the MOBILIZE event's
  actors, see ``transfer_agreement``);
* the **destinations**: "to"/"into" phrases (of the trigger or of the moved
  noun, and the place such a phrase is in: "to the front line in Y"), "in" for
  stationing verbs and nouns, "for" for recruiting, the place of an arrival
  ("... arrived in Y"), or of a purpose ("... to fight in Y"), or the side a
  purpose backs ("... to prop up Y").

Fighters who arrive somewhere ("fighters of X have arrived in Y") are a
transfer with no sender named: X's fighters moved to Y, as with a passive.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from warledger.extract.attrs import model_span
from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    COUNT_NOUNS,
    actors_at,
    children_with,
    conjuncts,
    patients_of,
    prep_objects,
    unique_mentions,
)
from warledger.extract.relation_combat import town
from warledger.extract.relation_lexicon import (
    ARMED_KINDS,
    ARRIVAL_VERBS,
    BACKING_PURPOSES,
    DEPLOY_NOUNS,
    DEPLOY_VERBS,
    DESTINATION_PREPS,
    FIGHT_VERBS,
    FIGHTER_NOUNS,
    PARTY_NOUNS,
    PERSONNEL_NOUNS,
    PRESENCE_VERBS,
    RECRUIT_LEMMAS,
    REGION_NOUNS,
    STATIONING_VERBS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.extract.relation_participation import undertaking, undertaking_places
from warledger.extract.relation_presence import abroad, forces_of_states, present_subjects
from warledger.model import ActorKind, ActorMention, PlaceMention

# Children that make a participle a clause of its own ("claims that it had sent"),
# not a modifier of the noun it follows ("fighters deployed by Turkey").
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
NON_STATE_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY})


@dataclass(frozen=True)
class Transfer:
    """One transfer of fighters, its roles read off the parse."""

    trigger: Token
    moved_heads: list[Token]
    senders: list[ActorMention]
    moved: list[ActorMention]
    destinations: list[tuple[ActorMention | None, PlaceMention | None]]
    agent_named: bool
    # "send militants from Ukraine to Azerbaijan": where the fighters come from,
    # which stands for the sender only when the text names no agent and no group.
    origins: list[ActorMention]

    @property
    def subjects(self) -> list[ActorMention]:
        """Who the deploys_fighters_to relation is about: the sender, else, when
        no agent is named, the groups whose fighters are moved ("fighters of X
        were transferred to Y"). "Companies transferred mercenaries" names an
        agent that is no known actor: the mercenaries do not take its place."""
        if self.senders or self.agent_named:
            return self.senders
        return self.moved or self.origins


def _is_fighters(token: Token, index: MentionIndex) -> bool:
    """Fighters by name ("militants"), military staff ("instructors", "pilots"), an
    armed actor ("Wagner"), or men counted ("1,000 men", "thousands of men"): a
    number of men sent somewhere is a force, "two men" of a delegation aside."""
    mention = index.actor.get(token.i)
    armed = mention is not None and mention.kind in ARMED_KINDS
    # "recruited fighters and sent them to Y": the pronoun stands for the fighters
    armed = armed or any(m.kind in ARMED_KINDS for m in index.referring.get(token.i, []))
    lemma = token.lemma_.lower()
    return armed or lemma in FIGHTER_NOUNS | PERSONNEL_NOUNS or (lemma == "man" and _many(token))


def _many(token: Token) -> bool:
    """Whether ``token`` is counted by a number of hundreds or more: "1,000 men",
    "thousands of men", "hundreds of men"."""
    counts = [c for c in token.children if c.dep_ == "nummod"]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        counts.append(token.head.head)
    return any(c.lemma_.lower() in {"hundred", "thousand"} or _number(c) >= 100 for c in counts)


def _men(token: Token) -> bool:
    """Men not counted by a number: "sent men to Y"."""
    return token.lemma_.lower() == "man" and not any(c.dep_ == "nummod" for c in token.children)


def _armed_owner(men: Token, index: MentionIndex) -> bool:
    """Whether the "men" are an armed body's: "the brigade, whose men were sent to Y",
    "its men" (the pronoun standing for an armed group)."""
    return any(a.kind in ARMED_KINDS for a in actors_at(men, index))


def _number(token: Token) -> int:
    """The value of a number written in digits ("1,000"), else 0."""
    digits = token.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


@dataclass(frozen=True)
class _Roles:
    moved: list[Token]
    senders: list[ActorMention]
    # Whether the text names an agent at all (a subject, a by-phrase, a possessor),
    # known actor or not: only a transfer without one is told of the moved groups.
    agent_named: bool
    # A state's forces told of as somewhere: they were sent only where that is abroad.
    forces: tuple[ActorMention, ...] = ()


def _roles(trigger: Token, index: MentionIndex) -> _Roles | None:
    """The moved tokens and senders of a deployment verb, participle or noun."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB" and lemma in DEPLOY_VERBS:
        clause_deps = {c.dep_ for c in trigger.children}
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and not clause_deps & CLAUSE_DEPS:
            agents = list(prep_objects(trigger, {"by"}))
            senders = [a for t in agents for a in actors_at(t, index)]
            return _Roles([trigger.head], senders, bool(agents))
        senders = agents_of(trigger, index)
        moved = _counted(patients_of(trigger))
        if not senders and "nsubjpass" in clause_deps and not any(prep_objects(trigger, {"by"})):
            recruiters = _recruiters(moved)
            senders = [a for t in recruiters for a in actors_at(t, index)]
            if recruiters:
                return _Roles(moved, senders, True)
        # a by-phrase names an agent even when it is no known actor ("flown to Y by a
        # private firm"): the fighters moved do not take its place
        named = bool(senders) or "nsubj" in clause_deps or any(prep_objects(trigger, {"by"}))
        return _Roles(moved, senders, named)
    if trigger.pos_ == "VERB" and lemma in ARRIVAL_VERBS:
        # "fighters of X have arrived in Y": the arriving fighters are the moved, and
        # no sender is named; a participle that tells who sent them ("fighters
        # deployed by Z arrived in Y") is the transfer, read at the participle
        arriving = children_with(trigger, {"nsubj"})
        told = any(c.lemma_.lower() in DEPLOY_VERBS for t in arriving for c in t.children)
        return None if told else _Roles(_counted(arriving), [], False)
    if trigger.pos_ in {"VERB", "AUX"} and (lemma in PRESENCE_VERBS or undertaking(trigger)):
        return _present(trigger, index)
    if trigger.pos_ == "NOUN" and lemma in DEPLOY_NOUNS:
        owners = [*children_with(trigger, {"poss"}), *prep_objects(trigger, {"by"})]
        senders = [a for t in owners for a in actors_at(t, index)]
        return _Roles(_counted(list(prep_objects(trigger, {"of"}))), senders, bool(owners))
    return None


def _present(verb: Token, index: MentionIndex) -> _Roles | None:
    """An armed group's men somewhere ("Hezbollah denied that its fighters are in
    Yemen": the group sent them), or the group itself operating there ("Wagner is
    operating in Mali"). A state's troops count only abroad ("Rwandan soldiers are
    operating in Cabo Delgado", ``relation_presence``): at home they tell of no one
    sent."""
    subjects = present_subjects(verb)
    # "groups operating in central Mali" says which groups, not that they were sent:
    # a participle's noun counts for a state's forces only (abroad, below); a count
    # stands for its "of" phrase ("hundreds of fighters are in Y")
    clause = _counted([t for t in subjects if t.head.i == verb.i])
    subjects = _counted(subjects)
    owners = [c for t in clause if _is_fighters(t, index) for c in children_with(t, {"poss"})]
    groups = [a for t in owners for a in actors_at(t, index) if a.kind in NON_STATE_KINDS]
    if groups:
        return _Roles(clause, groups, True)
    named = [index.actor[t.i] for t in clause if t.i in index.actor]
    if verb.lemma_.lower() != "be" and any(a.kind in NON_STATE_KINDS for a in named):
        return _Roles(clause, [], False)
    forces = forces_of_states(subjects, index)
    # "its soldiers are operating inside Y": the state whose troops they are sent them
    states = [f for f in forces if f.kind is ActorKind.STATE]
    if forces:
        return _Roles(subjects, states, bool(states), tuple(forces))
    return None


def _recruiters(moved: list[Token]) -> list[Token]:
    """Who hired the fighters a passive moves without naming its agent: in "the
    mercenaries, recruited by X, were flown to Y" the one who recruited them sent
    them ("recruited", "hired" or "enlisted by X" on the moved noun)."""
    return [
        agent
        for token in moved
        for participle in children_with(token, {"acl"})
        if participle.tag_ == "VBN" and participle.lemma_.lower() in RECRUIT_LEMMAS
        for agent in prep_objects(participle, {"by"})
    ]


def _counted(tokens: list[Token]) -> list[Token]:
    """ "hundreds of Syrian mercenaries", "2,000 of its fighters", "two groups of
    fighters": a count or a party heading the phrase stands for what its "of" phrase
    names, and for the body of its "from" phrase ("thousands of Afghans from the
    Fatemiyoun Brigade")."""
    out = []
    for token in tokens:
        counted = token.ent_type_ == "CARDINAL" or token.like_num or token.pos_ == "NUM"
        counted = counted or token.lemma_.lower() in PARTY_NOUNS | COUNT_NOUNS
        named = list(prep_objects(token, {"of", "from"})) if counted else []
        out.extend(named or [token])
    return out


def _destination_tokens(trigger: Token, moved: list[Token]) -> list[Token]:
    lemma = trigger.lemma_.lower()
    if (fight := undertaking(trigger)) is not None:
        return undertaking_places(trigger, fight)  # "took part in the battle for Y"
    if lemma in PRESENCE_VERBS:
        found = list(prep_objects(trigger, {"in", "inside"}))
        if children_with(trigger, {"expl"}):
            # "there are troops in Y": the parser hangs the place on the troops
            found += [p for token in moved for p in prep_objects(token, {"in", "inside"})]
        return found
    preps = set(DESTINATION_PREPS)
    if lemma in RECRUIT_LEMMAS:
        preps.add("for")
    if lemma in STATIONING_VERBS | ARRIVAL_VERBS:
        preps |= {"in", "near"}  # "deployed near Horadiz": stationed there
    found = [*prep_objects(trigger, preps)]
    # "to the front line in Karabakh", "to the front near Jabrayil": where the front is
    found += [p for t in found for p in prep_objects(t, {"in", "near"})]
    for token in moved:
        # "hired fighters for Azerbaijan": a recruit's "for" may hang on the fighters
        found += prep_objects(token, preps - {"in"})
    if trigger.dep_ == "acl" and trigger.head.head.lemma_.lower() in ARRIVAL_VERBS:
        found += prep_objects(trigger.head.head, {"in", "to", "at"})
    for purpose in _purposes(trigger):
        if purpose.lemma_.lower() in FIGHT_VERBS | {"serve"}:
            # "to fight in Y", "to fight for Y"; the side fought beside is where
            # they go only when no place is named ("transferred fighters to fight
            # alongside Y", not "sent fighters to Syria to fight alongside Y")
            found += prep_objects(purpose, {"in", "for"})
            if not found:
                found += prep_objects(purpose, {"alongside", "beside"})
        if purpose.lemma_.lower() in BACKING_PURPOSES and not found:
            # "sent forces to prop up Assad": the side backed is where they go, as
            # for "alongside" only when no place is named ("sent fighters to Syria
            # to defend the government": Syria)
            found += children_with(purpose, {"dobj"})
    return [d for token in found for d in conjuncts(token)]


def _purposes(trigger: Token) -> list[Token]:
    """The infinitives of purpose of a transfer: "sent fighters to fight in Y", and on
    a noun "X's recruitment of prisoners to fight in Y" (which the parser may read as
    a relative clause of the noun)."""
    deps = {"advcl", "xcomp"} if trigger.pos_ == "VERB" else {"acl", "relcl"}
    return [
        c
        for c in children_with(trigger, deps)
        if c.dep_ in {"advcl", "xcomp"}
        or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _place_named_in(token: Token, index: MentionIndex) -> PlaceMention | None:
    """The place a destination's noun names through its words: "to the Kursk region",
    "to Russia's Kursk region" (the name before the noun, else its owner)."""
    for deps in ({"compound", "amod", "nmod"}, {"poss"}):
        for child in token.children:
            if child.dep_ in deps and child.i in index.place:
                return index.place[child.i]
    return None


def _region(token: Token, destinations: list[Token], index: MentionIndex) -> PlaceMention | None:
    """Ground named by its place in the war ("to the occupied territories", "into the
    conflict zone", "to the front"), as a place no gazetteer resolves: where fighters
    were sent. Not when a named place says where it is ("to the front in Y": Y)."""
    if token.lemma_.lower() not in REGION_NOUNS or token.tag_ not in {"NN", "NNS"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(d.i in index.place and d.head.head.i == token.i for d in destinations):
        return None
    return PlaceMention(span=model_span(token.doc[token.left_edge.i : token.i + 1]))


def transfer_at(trigger: Token, index: MentionIndex) -> Transfer | None:
    """The transfer ``trigger`` tells of, or None when it moves no fighters or
    names no destination."""
    roles = _roles(trigger, index)
    if roles is None:
        return None
    # "sent warplanes and pilots": the fighters may be any of the things moved; the
    # "men" an armed group sends are its fighters ("two men" it sends to talk are not)
    armed_sender = any(s.kind in ARMED_KINDS for s in roles.senders)
    moved_heads = [c for t in roles.moved for c in conjuncts(t)]
    # whoever is recruited "to fight" is a fighter ("recruited prisoners to fight"); what
    # is sent to fight may be arms ("sent drones to attack Y")
    recruiting = trigger.lemma_.lower() in RECRUIT_LEMMAS
    to_fight = recruiting and any(p.lemma_.lower() in FIGHT_VERBS for p in _purposes(trigger))
    fighters = [
        c
        for c in moved_heads
        if _is_fighters(c, index) or ((armed_sender or _armed_owner(c, index)) and _men(c))
    ]
    if not fighters and not (to_fight and moved_heads):
        return None
    # "mercenaries from Syria": a country the fighters come from is their origin,
    # not a group that is moved; nor are bare "militants" a group the text names.
    bare = {index.actor[i].span.start for i in index.bare}
    moved = [
        m
        for m in unique_mentions(a for t in roles.moved for a in actors_at(t, index))
        if m.label != "GPE" and m.span.start not in bare and not any(m is s for s in roles.senders)
    ]
    destinations: list[tuple[ActorMention | None, PlaceMention | None]] = []
    tokens = _destination_tokens(trigger, roles.moved)
    for token in tokens:
        place = index.place.get(token.i) or _place_named_in(token, index)
        actors = actors_at(token, index)
        if place is None and not actors:
            place = _region(token, tokens, index)
        if trigger.lemma_.lower() in PRESENCE_VERBS or undertaking(trigger) is not None:
            actors = []  # where a group is, not whom it is with ("in the ranks of X")
        if roles.forces and not (place and all(abroad(f, place) for f in roles.forces)):
            continue
        if place is not None or actors:
            destinations.append((actors[0] if actors else None, place))
    if not destinations:
        return None
    origins = [
        a
        for t in [
            *prep_objects(trigger, {"from"}),
            *(f for m in roles.moved for f in prep_objects(m, {"from"})),
        ]
        for a in actors_at(t, index)
        # a town flown from ("from Gaziantep to Baku") sends no one; a country may
        if not town(t, index)
    ]
    if trigger.lemma_.lower() in ARRIVAL_VERBS:
        # what arrives is told of only for non-state armed groups coming to a war;
        # an army's troops arriving in a town are advancing, not being sent. Fighters
        # arriving "from three factions" are those factions' men.
        moved = [m for m in moved if m.kind in NON_STATE_KINDS]
        moved = moved or [m for m in origins if m.kind in NON_STATE_KINDS]
        if not moved:
            return None
        return Transfer(trigger, roles.moved, [], moved, destinations, False, [])
    return Transfer(
        trigger, roles.moved, roles.senders, moved, destinations, roles.agent_named, origins
    )
