"""PLOVER type + mode -> ACLED event type and sub-event type.

ACLED's taxonomy is what most conflict analysts read, and the CSV export uses
its column names; warledger codes events in PLOVER (type + mode) because that
is what the text says, and derives the ACLED category here. Where ACLED looks
at the participants (an armed clash needs two armed sides; territory is
"regained" by a government but "overtaken" by a non-state actor) the event's
initiators and targets decide; where it looks at the situation (a protest
met with force) the other events reported with it (``companions``) decide.
PLOVER types ACLED does not code (THREATEN, ACCUSE, CONSULT...) map to None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warledger.extract import event_lexicon as lex
from warledger.model import NON_ATTACK_MODES, ActorKind, ActorMention, Event, PloverType

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"


@dataclass(frozen=True)
class AcledCategory:
    """One ACLED (event type, sub-event type) pair."""

    event_type: str
    sub_event_type: str


ARMED_CLASH = AcledCategory(BATTLES, "Armed clash")
GOVERNMENT_REGAINS = AcledCategory(BATTLES, "Government regains territory")
NON_STATE_OVERTAKES = AcledCategory(BATTLES, "Non-state actor overtakes territory")
CHEMICAL = AcledCategory(EXPLOSIONS, "Chemical weapon")
AIR_STRIKE = AcledCategory(EXPLOSIONS, "Air/drone strike")
SUICIDE_BOMB = AcledCategory(EXPLOSIONS, "Suicide bomb")
SHELLING = AcledCategory(EXPLOSIONS, "Shelling/artillery/missile attack")
REMOTE_EXPLOSIVE = AcledCategory(EXPLOSIONS, "Remote explosive/landmine/IED")
GRENADE = AcledCategory(EXPLOSIONS, "Grenade")
SEXUAL_VIOLENCE = AcledCategory(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence")
ATTACK = AcledCategory(VIOLENCE_AGAINST_CIVILIANS, "Attack")
ABDUCTION = AcledCategory(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance")
PEACEFUL_PROTEST = AcledCategory(PROTESTS, "Peaceful protest")
PROTEST_WITH_INTERVENTION = AcledCategory(PROTESTS, "Protest with intervention")
EXCESSIVE_FORCE = AcledCategory(PROTESTS, "Excessive force against protesters")
VIOLENT_DEMONSTRATION = AcledCategory(RIOTS, "Violent demonstration")
MOB_VIOLENCE = AcledCategory(RIOTS, "Mob violence")
AGREEMENT = AcledCategory(STRATEGIC, "Agreement")
ARRESTS = AcledCategory(STRATEGIC, "Arrests")
CHANGE_TO_GROUP = AcledCategory(STRATEGIC, "Change to group/activity")
DISRUPTED_WEAPONS = AcledCategory(STRATEGIC, "Disrupted weapons use")
HEADQUARTERS = AcledCategory(STRATEGIC, "Headquarters or base established")
LOOTING = AcledCategory(STRATEGIC, "Looting/property destruction")
NON_VIOLENT_TRANSFER = AcledCategory(STRATEGIC, "Non-violent transfer of territory")
OTHER = AcledCategory(STRATEGIC, "Other")

# Most specific first: when a report holds several events, the document's
# category is the first of these any of its events maps to ("a suicide bomber
# killed five" is a suicide bomb, not an attack; a mob named as the attacker is
# mob violence even where the text calls the scene a riot).
SPECIFICITY: tuple[AcledCategory, ...] = (
    SUICIDE_BOMB,
    CHEMICAL,
    AIR_STRIKE,
    SHELLING,
    DISRUPTED_WEAPONS,
    REMOTE_EXPLOSIVE,
    GRENADE,
    SEXUAL_VIOLENCE,
    EXCESSIVE_FORCE,
    PROTEST_WITH_INTERVENTION,
    MOB_VIOLENCE,
    VIOLENT_DEMONSTRATION,
    PEACEFUL_PROTEST,
    ABDUCTION,
    GOVERNMENT_REGAINS,
    NON_STATE_OVERTAKES,
    ARMED_CLASH,
    ATTACK,
    ARRESTS,
    HEADQUARTERS,
    NON_VIOLENT_TRANSFER,
    CHANGE_TO_GROUP,
    AGREEMENT,
    LOOTING,
    OTHER,
)

_ASSAULT_BY_MODE: dict[str, AcledCategory] = {
    "aerial": AIR_STRIKE,
    "shelling": SHELLING,
    "suicide_bombing": SUICIDE_BOMB,
    "ied": REMOTE_EXPLOSIVE,
    "explosion": REMOTE_EXPLOSIVE,
    "grenade": GRENADE,
    "chemical": CHEMICAL,
    "sexual_violence": SEXUAL_VIOLENCE,
    "abduction": ABDUCTION,
    "clash": ARMED_CLASH,
    "arson": LOOTING,
}
_COERCE_BY_MODE: dict[str, AcledCategory] = {
    "arrest": ARRESTS,
    "detain": ARRESTS,
    "disrupt_weapons": DISRUPTED_WEAPONS,
    "destroy": LOOTING,
    "seize": LOOTING,
}
_MOBILIZE_BY_MODE: dict[str, AcledCategory] = {"base": HEADQUARTERS}
# Assault modes that say what happened, not by what means: harm, a fire, an explosion.
_EFFECT_MODES = frozenset({None, "arson", "explosion"})
# Crowd-control weapons are violent repression to PLOVER (ASSAULT) but, on a
# protest, an intervention to ACLED, as are arrests and dispersal.
_INTERVENTION_MODES = frozenset(
    {"arrest", "detain", "restrict", "curfew", "disperse", "crowd_control"}
)
_INTERVENING = frozenset({PloverType.COERCE, PloverType.ASSAULT})
_PROTESTER_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|riot(?:s|ers?)?|crowds?|mobs?)\b")
"""Whole words that name protesters: "rioters", "a mob", not "Patriots" or "Mobilization"."""
_MOB_WORDS = frozenset({"mob", "crowd", "vigilante", "villager", "resident"})
_ARMED_KINDS = frozenset(
    {ActorKind.STATE_FORCE, ActorKind.ARMED_GROUP, ActorKind.PROXY, ActorKind.STATE}
)


def is_armed(mention: ActorMention) -> bool:
    """Whether an actor mention names an armed actor (by kind, else by its words)."""
    if mention.kind in _ARMED_KINDS:
        return True
    return any(word.rstrip("s") in lex.ARMED_NOUNS for word in mention.name.lower().split())


def is_state_force(mention: ActorMention) -> bool:
    if mention.kind in (ActorKind.STATE_FORCE, ActorKind.STATE):
        return True
    return any(w.rstrip("s") in lex.STATE_FORCE_NOUNS for w in mention.name.lower().split())


def acled_category(event: Event, companions: Sequence[Event] = ()) -> AcledCategory | None:
    """The ACLED category of one event; ``companions`` are the events reported with it."""
    if event.negated:
        return None
    others = [e for e in companions if e is not event and not e.negated]
    if event.type == PloverType.ASSAULT and event.mode == "crowd_control":
        # Crowd control on a protest is how that protest is coded (see ``_protest``).
        protests = any(e.type == PloverType.PROTEST for e in others)
        return None if protests else PROTEST_WITH_INTERVENTION
    if event.type == PloverType.PROTEST:
        return _protest(event, others)
    if _on_protesters(event) and not any(e.type == PloverType.PROTEST for e in others):
        # Force on protesters the text names only as its targets ("a violent
        # crackdown on peaceful demonstrators"): the protest is theirs.
        return EXCESSIVE_FORCE if event.type == PloverType.ASSAULT else PROTEST_WITH_INTERVENTION
    if event.type == PloverType.ASSAULT:
        if toll_only(event) or event.mode in NON_ATTACK_MODES or _harm_of(event, others):
            return OTHER
        return _assault(event)
    if event.type == PloverType.COERCE:
        return _COERCE_BY_MODE.get(event.mode or "", OTHER)
    if event.type == PloverType.MOBILIZE:
        return _MOBILIZE_BY_MODE.get(event.mode or "", CHANGE_TO_GROUP)
    if event.type == PloverType.RETREAT:
        if event.mode in ("release", "disarm", "surrender"):
            return AGREEMENT  # ACLED codes prisoner releases and surrenders as agreements
        if event.mode == "defect":
            return CHANGE_TO_GROUP
        # Territory changes hands only when an armed side leaves it; people who
        # evacuate or flee a fire, a flood or a battle transfer nothing.
        armed = any(is_armed(a) for a in [*event.initiators, *event.targets])
        return NON_VIOLENT_TRANSFER if armed else None
    if event.type == PloverType.AGREE:
        return AGREEMENT
    return None


def toll_only(event: Event) -> bool:
    """Whether the event is only a casualty toll the text ties to no act (its
    trigger is the toll's own words): it says people died, not how (or only that
    an accident or a natural hazard killed them, ``NON_ATTACK_MODES``)."""
    return (event.mode is None or event.mode in NON_ATTACK_MODES) and any(
        c.span == event.trigger for c in event.casualties
    )


def _harm_of(event: Event, others: Sequence[Event]) -> bool:
    """Harm with no doer and no means ("19 people were killed"), or a fire or an
    explosion with no doer ("plants burned", "blasts were heard"), in a report that
    tells an accident or a natural hazard (the bus crash, the wildfire, the flooded
    plant) is that disaster's, as a toll after such a sentence is
    (``event_tolls.aftermath``); harm to armed people is not presumed a disaster's."""
    if event.mode not in _EFFECT_MODES or event.initiators:
        return False
    if any(is_armed(t) for t in event.targets):
        return False
    return any(e.type == PloverType.ASSAULT and e.mode in NON_ATTACK_MODES for e in others)


def _assault(event: Event) -> AcledCategory:
    if event.mode == "capture_territory":
        if any(is_state_force(a) for a in event.initiators):
            return GOVERNMENT_REGAINS
        return NON_STATE_OVERTAKES if event.initiators else GOVERNMENT_REGAINS
    if event.mode in _ASSAULT_BY_MODE:
        return _ASSAULT_BY_MODE[event.mode]
    if any(_is_mob(a) for a in event.initiators):
        return MOB_VIOLENCE
    armed_targets = any(is_armed(t) for t in event.targets)
    armed_initiators = not event.initiators or any(is_armed(a) for a in event.initiators)
    return ARMED_CLASH if armed_targets and armed_initiators else ATTACK


def _on_protesters(event: Event) -> bool:
    """Violence or an intervention aimed at protesters."""
    violent = event.type == PloverType.ASSAULT and event.mode not in (
        "capture_territory",
        *NON_ATTACK_MODES,
    )
    intervening = event.type == PloverType.COERCE and event.mode in _INTERVENTION_MODES
    return (violent or intervening) and any(_is_protester(t) for t in event.targets)


def _is_mob(mention: ActorMention) -> bool:
    return any(w.rstrip("s") in _MOB_WORDS for w in mention.name.lower().split())


def _is_protester(mention: ActorMention) -> bool:
    """Protester words name the protesters, except in a force's name ("riot police")."""
    name = mention.name.lower()
    return bool(_PROTESTER_WORDS.search(name)) and not is_state_force(mention)


def _protest(event: Event, others: Sequence[Event]) -> AcledCategory:
    """Protesters who fight (a riot told with the protest, clashes, violence by
    protesters) make a violent demonstration; civilians or a mob who attack
    protesters commit mob violence; force used on peaceful protesters by anyone
    else is excessive force; arrests or dispersal are an intervention. An accident's
    or a natural hazard's toll told with a protest (often its cause) is no force."""
    assaults = [
        e
        for e in others
        if e.type == PloverType.ASSAULT
        and e.mode != "crowd_control"
        and e.mode not in NON_ATTACK_MODES
    ]
    by_protesters = any(_is_protester(a) for e in assaults for a in e.initiators)
    riot = any(e.type == PloverType.PROTEST and e.mode == "riot" for e in [event, *others])
    if riot or by_protesters or any(e.mode == "clash" for e in assaults):
        return VIOLENT_DEMONSTRATION
    initiators = [a for e in assaults for a in e.initiators]
    if initiators and all(
        (a.kind == ActorKind.CIVILIANS or _is_mob(a)) and not is_armed(a) for a in initiators
    ):
        return MOB_VIOLENCE  # civilians or a mob, not a force or one named person
    if assaults:
        return EXCESSIVE_FORCE
    if any(e.mode in _INTERVENTION_MODES for e in others if e.type in _INTERVENING):
        return PROTEST_WITH_INTERVENTION
    return PEACEFUL_PROTEST


def document_category(events: Sequence[Event]) -> AcledCategory | None:
    """The most specific ACLED category among a report's events (None if none maps)."""
    found = {c for e in events if (c := acled_category(e, events)) is not None}
    return next((c for c in SPECIFICITY if c in found), None)
