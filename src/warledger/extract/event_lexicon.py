"""Trigger and cue lexicons for the events component.

Why a lexicon and not a model: PLOVER types are few and their triggers are a
closed, well-documented vocabulary (the CAMEO/PLOVER verb dictionaries), the
component must run on a 2-core CPU, and every decision has to be explainable
("ASSAULT/shelling because of the word 'shelled'").

Each phrase is written as space-separated *lemmas*; a ``:V`` or ``:N`` suffix
on a word limits it to verbs or nouns ("shell:V" is the act of shelling, not
an artillery shell). Phrases are general English, never copied from gold data.
"""

from __future__ import annotations

from warledger.model import PloverType as P


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated phrases -> tuple (keeps the lists readable)."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words -> frozenset."""
    return frozenset(text.split())


# (type, mode, phrases). Mode None means "generic": the cue lexicon below may
# refine it from the words around the trigger.
TRIGGERS: tuple[tuple[P, str | None, tuple[str, ...]], ...] = (
    (
        P.ASSAULT,
        "shelling",
        _phrases(
            "shell:V, shelling, come under shelling, bombard, bombardment, artillery fire, "
            "artillery strike, artillery "
            "attack, mortar attack, mortar fire, rocket attack, rocket fire, missile attack, "
            "missile strike, shellfire"
        ),
    ),
    (
        P.ASSAULT,
        "aerial",
        _phrases(
            "airstrike, air strike, air raid, air attack, drone strike, drone attack, aerial "
            "bombardment, aerial attack, bombing raid, strafe"
        ),
    ),
    (
        P.ASSAULT,
        "suicide_bombing",
        _phrases(
            "suicide bombing, suicide attack, suicide blast, blow oneself up, self - detonate"
        ),
    ),
    (
        P.ASSAULT,
        "ied",
        _phrases(
            "roadside bomb, car bomb, car bombing, landmine, land mine, ied, booby trap, "
            "improvised explosive device"
        ),
    ),
    (
        P.ASSAULT,
        "grenade",
        _phrases("grenade attack, hurl grenade, throw grenade, lob grenade"),
    ),
    (
        P.ASSAULT,
        "chemical",
        _phrases("chemical attack, gas attack, chemical weapon attack"),
    ),
    (
        P.ASSAULT,
        "clash",
        _phrases(
            "clash, fighting, firefight, gunfight, gun battle, gunbattle, skirmish, battle:N, "
            "exchange fire, exchange of fire, engage:V, combat:N"
        ),
    ),
    (
        P.ASSAULT,
        "firearms",
        _phrases("shoot:V, gunfire, open fire, fire on, fire at, machine - gun, machinegun:V"),
    ),
    (
        P.ASSAULT,
        "explosion",
        _phrases("explosion, blast, explode, detonate, detonation, bombing, bomb:V, dynamite:V"),
    ),
    (
        P.ASSAULT,
        "assassination",
        _phrases("assassinate, assassination"),
    ),
    (
        P.ASSAULT,
        "abduction",
        _phrases("kidnap, kidnapping, abduct, abduction, hostage"),
    ),
    (
        P.ASSAULT,
        "sexual_violence",
        _phrases("rape, sexual assault, sexually assault, sexual violence"),
    ),
    (
        P.ASSAULT,
        "beating",
        _phrases("beat:V, beating, lynch, lynching, stab, stabbing"),
    ),
    (
        P.ASSAULT,
        "torture",
        _phrases("torture"),
    ),
    (
        P.ASSAULT,
        "arson",
        _phrases("arson, set fire, set ablaze, torch:V, burn:V, firebomb"),
    ),
    (
        P.ASSAULT,
        "capture_territory",
        _phrases(
            "capture:V, recapture, retake, overrun, take control, seize control, gain control, "
            "regain control, liberate"
        ),
    ),
    (
        P.ASSAULT,
        None,
        _phrases(
            "attack, assault, ambush, raid, kill:V, killing, massacre, murder, strike:V, "
            "come under fire, come under attack, strike on, strike against, fire:V, pound:V, "
            "hit:V, target:V, storm:V, wound:V, injure, slay, execute, execution, offensive, "
            "onslaught, sabotage, destroy, blow up, use force, respond with force, retaliate"
        ),
    ),
    (
        P.MOBILIZE,
        "fighters_transfer",
        _phrases(
            "transfer of fighter, transfer of mercenary, recruit, recruitment, send fighter, send "
            "mercenary, transfer:V, relocate"
        ),
    ),
    (
        P.MOBILIZE,
        "troops",
        _phrases(
            "mobilization, mobilisation, mobilize, mobilise, deploy, deployment, reinforcement, "
            "troop buildup, military buildup, mass troop, call up reservist, call up, conscription"
        ),
    ),
    (
        P.MOBILIZE,
        "base",
        _phrases("set up base, establish base, military base, observation post"),
    ),
    (
        P.MOBILIZE,
        "weapons",
        _phrases("arm:V, rearm, military exercise, war game"),
    ),
    (
        P.COERCE,
        "martial_law",
        _phrases("martial law, state of emergency, state of siege"),
    ),
    (
        P.COERCE,
        "curfew",
        _phrases("curfew"),
    ),
    (
        P.COERCE,
        "arrest",
        _phrases("arrest, apprehend, round up, nab"),
    ),
    (
        P.COERCE,
        "detain",
        _phrases("detain, detention, imprison, jail:V, custody"),
    ),
    (
        P.COERCE,
        "seize",
        _phrases("seize, seizure, confiscate, confiscation, impound"),
    ),
    (
        P.COERCE,
        "disrupt_weapons",
        _phrases(
            "defuse, intercept, dismantle, shoot down, foil, bomb squad, weapons cache, "
            "arms cache, bomb disposal"
        ),
    ),
    (P.COERCE, "find", _phrases("discover:V, find:V, uncover, unearth")),
    (
        P.COERCE,
        "disperse",
        _phrases("disperse, tear gas, teargas, water cannon, rubber bullet"),
    ),
    (
        P.COERCE,
        "destroy",
        _phrases("loot, looting, vandalize, demolish, demolition, raze"),
    ),
    (
        P.COERCE,
        "ban",
        _phrases("ban, outlaw, prohibit"),
    ),
    (
        P.COERCE,
        "censor",
        _phrases("censor, censorship, shut down"),
    ),
    (
        P.COERCE,
        "deport",
        _phrases("deport, deportation, expel, expulsion"),
    ),
    (
        P.COERCE,
        "restrict",
        _phrases("crackdown, crack down, blockade, siege, besiege"),
    ),
    (
        P.PROTEST,
        "demonstration",
        _phrases(
            "protest, protester, protestor, demonstration, demonstrate, demonstrator, rally, "
            "march:V, sit - in, vigil"
        ),
    ),
    (
        P.PROTEST,
        "riot",
        _phrases(
            "riot, rioting, rioter, unrest, throw stone, throw rock, hurl stone, hurl rock, "
            "stone - throwing, rock - throwing, molotov cocktail, petrol bomb"
        ),
    ),
    (
        P.PROTEST,
        "hunger_strike",
        _phrases("hunger strike"),
    ),
    (
        P.PROTEST,
        "general_strike",
        _phrases("general strike, labor strike, strike:N, walkout, go on strike"),
    ),
    (
        P.PROTEST,
        "obstruct",
        _phrases("block road, block:V, barricade, occupy"),
    ),
    (
        P.THREATEN,
        None,
        _phrases("threaten, threat, warn, warning, ultimatum, vow to, menace"),
    ),
    (
        P.ACCUSE,
        None,
        _phrases(
            "accuse, accusation, blame, condemn, condemnation, denounce, criticize, criticise, "
            "criticism, allege, deplore, disapprove"
        ),
    ),
    (
        P.ACCUSE,
        "investigate",
        _phrases("investigate, investigation, probe:V, inquiry"),
    ),
    (
        P.ACCUSE,
        "claim_responsibility",
        _phrases("claim responsibility, take credit, claim credit, claim the attack"),
    ),
    (
        P.SANCTION,
        None,
        _phrases(
            "sanction, embargo, sever tie, break off relation, boycott, recall ambassador, "
            "suspend aid, freeze asset"
        ),
    ),
    (
        P.AGREE,
        None,
        _phrases(
            "agree, agreement, ceasefire agreement, ceasefire, cease - fire, truce, peace deal, "
            "peace accord, accord:N, accept, sign:V, pact, treaty, deal:N"
        ),
    ),
    (
        P.CONSULT,
        None,
        _phrases("meet, meeting, talk:N, negotiate, negotiation, summit"),
    ),
    (P.CONSULT, "visit", _phrases("visit, arrive")),
    (P.CONSULT, "host", _phrases("host")),
    (
        P.CONSULT,
        "phone",
        _phrases("phone, telephone, call:V"),
    ),
    (
        P.SUPPORT,
        None,
        _phrases("support, praise, endorse, welcome, back:V, commend, recognize, defend"),
    ),
    (
        P.CONCEDE,
        None,
        _phrases(
            "release, free:V, concede, concession, apologize, apologise, ease, lift, pardon, "
            "surrender, yield, resign"
        ),
    ),
    (
        P.COOPERATE,
        None,
        _phrases("cooperate, cooperation, collaborate"),
    ),
    (
        P.AID,
        None,
        _phrases("aid, assistance, donate, humanitarian, provide, supply, grant"),
    ),
    (
        P.REQUEST,
        None,
        _phrases("demand, urge, appeal, request, call for, ask, plead, press for, insist"),
    ),
    (
        P.REJECT,
        None,
        _phrases("reject, refuse, rebuff, deny, dismiss, veto, oppose, turn down, defy"),
    ),
    (
        P.RETREAT,
        None,
        _phrases(
            "withdraw, withdrawal, retreat, pull out, pull back, evacuate, evacuation, hand over, "
            "leave:V"
        ),
    ),
    (
        P.RETREAT,
        "defect",
        _phrases("defect, defection, desert:V, desertion, switch side"),
    ),
)

# Generic ASSAULT triggers get their mode from the words near them, checked in
# this order (most specific first): "killed in an attack by warplanes" is aerial.
MODE_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "suicide_bombing",
        _phrases("suicide, suicide bomber, bomber:N, self - detonate, kamikaze, suicide vest"),
    ),
    (
        "chemical",
        _phrases(
            "chemical, chlorine, sarin, mustard gas, nerve agent, toxic gas, poisonous gas, "
            "poison gas, asphyxia, suffocation"
        ),
    ),
    (
        "ied",
        _phrases(
            "ied, roadside, landmine, mine:N, car bomb, improvised, remote - control, booby, "
            "explosive device"
        ),
    ),
    (
        "grenade",
        _phrases("grenade"),
    ),
    (
        "aerial",
        _phrases(
            "airstrike, air strike, warplane, war plane, jet, fighter jet, drone, helicopter, "
            "gunship, aircraft, air force, bomber:N, aerial"
        ),
    ),
    (
        "shelling",
        _phrases(
            "artillery, shell:N, mortar, rocket, missile, howitzer, grad, shelling, tank fire, "
            "projectile"
        ),
    ),
    (
        "explosion",
        _phrases("bomb:N, explosive, dynamite, blast, explosion"),
    ),
    (
        "firearms",
        _phrases(
            "gunman, gunmen, gun, gunfire, rifle, bullet, shoot, shot, sniper, machine gun, "
            "firearm, pistol"
        ),
    ),
)

# Words that make an explosion, fire or death an accident or a disaster rather
# than an attack ("a gas leak caused the explosion", "killed in the flood").
ACCIDENT_CUES: tuple[str, ...] = _phrases(
    "accident, accidental, accidentally, gas leak, leak:N, crash:N, crash:V, derail, collapse, "
    "short circuit, malfunction, boiler, gas cylinder, fire break out, blaze, firefighter, "
    "disaster, earthquake, flood, flooding, storm, cyclone, hurricane, typhoon, landslide, "
    "tornado, wildfire, tsunami, lightning, stampede, drown, pandemic, epidemic, outbreak, covid"
)

# Weapon and platform nouns used as instruments when the actors component has
# found none in the sentence.
WEAPON_NOUNS: frozenset[str] = _words(
    """
    ak-47 artillery bazooka bomb device drone dynamite explosive firearm grenade gun
    helicopter howitzer ied incendiary kalashnikov knife landmine launcher m-16 machete
    machinegun mine missile molotov mortar pistol revolver rifle rocket rpg shell tank
    warplane weapon
    """
)

# Nouns for people (victims, individual perpetrators) as opposed to groups,
# organisations or physical targets: used to label fallback argument mentions
# on lower-cased text where NER cannot tell.
PERSON_NOUNS: frozenset[str] = _words(
    """
    activist agent ambassador assailant attacker bishop bomber boy brother businessman
    candidate child citizen civilian commander councilman crew daughter demonstrator deputy
    diplomat envoy delegate doctor driver employee engineer family farmer fighter girl
    governor guard
    guerrilla guerrillas gunman gunmen hostage individual inhabitant insurgent journalist
    judge lawyer leader man mayor member mercenary merchant militant minister nurse officer
    official passenger patient peasant people person pilot policeman policemen politician
    president priest protester rebel relative reporter resident senator sniper soldier son
    student suspect teacher terrorist tourist troop trooper victim villager wife woman
    worker youth
    """
)

# Nouns of armed people or forces: a firearms attack between two of these is an
# armed clash rather than an attack on civilians.
ARMED_NOUNS: frozenset[str] = _words(
    """
    army battalion brigade commando division fighter force guerrilla gunman insurgent
    jihadist mercenary militant military militia militiaman paramilitary patrol police
    policeman rebel regiment separatist soldier terrorist troop unit column squad cell
    detachment gang
    """
)

# Collective nouns for organisations ("the army", "the front"): a perpetrator
# organisation rather than individual perpetrators.
ORG_NOUNS: frozenset[str] = _words(
    """
    administration army cartel command council front gendarmerie government group military
    militia ministry movement navy organisation organization party police regime
    """
)

# Nouns for state forces (territory taken by these is "regained").
STATE_FORCE_NOUNS: frozenset[str] = _words(
    """
    army gendarmerie government marine military navy police regime soldier troop
    """
)

# Verbs whose object is an event noun: "launched an attack" -> the attack's
# initiator is the subject of "launched".
LIGHT_VERBS: frozenset[str] = _words(
    """
    announce carry claim commit conduct declare impose introduce launch mount order
    perpetrate stage unleash
    """
)

# Nouns that fill an argument slot without naming a participant ("opened
# fire", "fired shots", "caused damage").
NON_PARTICIPANTS: frozenset[str] = _words(
    """
    fire shot volley round burst damage time moment way part number lot kind type place
    area region zone outskirts neighborhood neighbourhood job conference tear alarm one other
    total order crime case judgment impact accident action intervention success freedom
    """
)

# Event nouns whose possessor suffered the act ("the minister's murder").
VICTIM_NOUNS: frozenset[str] = _words(
    """
    murder killing assassination death kidnapping abduction execution rape torture
    """
)

# Triggers whose target can only be people ("killed the rector"): an argument
# the other rules would call a thing is taken as a person.
HARM_LEMMAS: frozenset[str] = _words(
    """
    kill killing murder assassinate assassination kidnap kidnapping abduct abduction wound
    injure execute execution slay massacre rape torture beat beating lynch stab hostage
    """
)

# Verbs whose object is hit "at" ("fired at the car").
AIMING_VERBS: frozenset[str] = _words(
    """
    fire shoot throw hurl aim lob
    """
)

# Targets whose expulsion is a diplomatic sanction, not coercion.
DIPLOMAT_WORDS: tuple[str, ...] = ("diplomat", "ambassador", "envoy", "attach", "consul")

# Verbs whose subject undergoes the event ("the truck exploded", "the bus burned").
UNACCUSATIVE_VERBS: frozenset[str] = _words(
    """
    explode burn die collapse crash sink blow come
    """
)

# Things whose seizure or discovery is "disrupted weapons use" in ACLED terms.
SEIZED_WEAPONS: frozenset[str] = WEAPON_NOUNS | _words(
    """
    ammunition arm arsenal cache cartridge depot detonator explosive munition round stockpile
    tnt
    """
)

# Heads that only count the people after "of" ("scores of fighters").
QUANTITY_HEADS: frozenset[str] = _words(
    """
    score dozen hundred thousand million number couple handful
    """
)

# Verbs that make their complement an intention ("offered to negotiate").
INTENT_VERBS: frozenset[str] = _words(
    """
    decide intend offer plan pledge prepare promise propose vow willing ready threaten swear
    warn
    """
)

# Prepositions that tie a place to an event ("shelling in X", "clashes near Y").
PLACE_PREPS: frozenset[str] = _words(
    """
    across around at from in inside into near of on outside
    """
)

# Verbs that move people somewhere ("sent 250 mercenaries to the front"): with a
# fighter noun as object they are a transfer of fighters however many words lie
# between, which the contiguous phrases above cannot see.
TRANSFER_VERBS: frozenset[str] = _words("send dispatch ship smuggle bring move")
FIGHTER_NOUNS: frozenset[str] = _words(
    "fighter mercenary militant combatant volunteer jihadist recruit gunman"
)

# What a head of state or minister signs alone: signing a decree is an act of
# its own (the decree's content is the event), not an agreement between parties.
UNILATERAL_DOCUMENTS: frozenset[str] = _words(
    "decree order extension law bill ordinance edict directive"
)

# A date governed by these bounds how long something lasts ("until mid-August"),
# it does not say when the event happened.
END_BOUND_PREPS: frozenset[str] = _words("until till")
