"""What a trigger's object says about the event: PLOVER types the act by what it
is done to, not by the verb.

The same verb tells different acts with different objects, and the codebook
(with ACLED, which warledger derives from it) types them apart:

* seizing a place ("seized the district centre") is taking territory
  (ASSAULT/capture_territory), seizing goods is COERCE/seize, and seizing
  weapons is disrupted weapons use (``event_seizures.weapon_seizures``, which reads
  the seized thing's head through ``object_heads``);
* "captured footage" is no event at all (capturing people stays
  ASSAULT/capture_territory for now: coding it as an arrest split the ECB+
  incidents of a navy's capture of pirates from the attack it foiled), unless
  the police capture them: that is an arrest;
* freeing places ("freed three villages from the militants") is taking
  territory back, not a release of captives (RETREAT/release);
* surrendering weapons is disarming (RETREAT/disarm), and surrendering anything
  but weapons, places or people ("surrendered his passport") is a concession,
  not a military surrender;
* intercepting people ("intercepted a smuggler") is an arrest; intercepting a
  missile or a shipment stays disrupted weapons use; shooting down an aircraft
  with a crew ("shot down a helicopter") is an attack (ASSAULT), a drone stays
  disrupted weapons use;
* killing a leader ("killed the deputy chief of the militia", shot or not)
  is an assassination;
* throwing a grenade is a grenade attack and throwing stones or bottles is
  rioting, wherever the object stands ("grenades were hurled at the patrol"),
  which the contiguous trigger phrases cannot see (``object_triggers``);
* dropping bombs or munitions is an attack;
* sending or strengthening troops somewhere deploys them and forming an armed unit mobilises
  (MOBILIZE; ACLED's "change to group/activity"), whatever stands between
  the verb and its object ("special groups of troops have been formed");
* sending food, medicine or other relief goods ("sent 40 tonnes of food") is aid
  (AID, CAMEO 07);
* forces or war vehicles that gather or go somewhere ("troops are massing near the
  border", "tanks were seen moving towards the frontier") are mobilised (MOBILIZE);
* abandoning a place ("abandoned the town") is a withdrawal (RETREAT);
* seizing a vehicle with people in it ("kidnappers seized a bus carrying 40
  children") is an abduction (ASSAULT, CAMEO 181: abduct, hijack, take hostage),
  or an arrest when the police take them;
* setting something on fire or ablaze is arson, whatever stands between the
  words; ordering forces to a
  place ("ordered troops to the border") deploys them (MOBILIZE).

Everything here reads the object's (or the subject's) head word (its named-entity type, or the
lexicon's noun lists), never the sentence around it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from warledger.extract import event_lexicon as lex
from warledger.model import Event, PloverType

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_PERSON_ENTITIES = frozenset({"PERSON", "NORP"})
# Heads that only hold what follows "of" ("caches of weapons", "a number of villages").
_CONTAINER_HEADS = frozenset(
    {
        "amount",
        "cache",
        "consignment",
        "load",
        "quantity",
        "shipment",
        "stash",
        "stockpile",
        "ton",
        "tonne",
        "total",
        "truckload",
    }
)
_CAPTURE = (PloverType.ASSAULT, "capture_territory")
_ARREST = (PloverType.COERCE, "arrest")
_SURRENDER = (PloverType.RETREAT, "surrender")
_SEIZE = (PloverType.COERCE, "seize")
_ABDUCTION = (PloverType.ASSAULT, "abduction")
# Verbs by which a vehicle holds people ("a bus carrying 40 children").
_CARRYING = frozenset({"carry", "transport", "ferry"})


def object_heads(root: Token) -> list[Token]:
    """The head words of what the trigger acts on: its direct object (or passive
    subject) and their conjuncts; "a cache of weapons", "dozens of villages"
    also give the counted noun after "of"."""
    heads: list[Token] = []
    for child in root.children:
        if child.dep_ in _OBJECT_DEPS:
            heads += [child, *child.conjuncts]
    return [*heads, *(o for h in heads for o in _counted(h))]


def _counted(head: Token) -> Iterator[Token]:
    if head.lemma_.lower() in lex.QUANTITY_HEADS | _CONTAINER_HEADS or head.pos_ == "NUM":
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                yield from (p for p in prep.children if p.dep_ == "pobj")


def is_place(token: Token) -> bool:
    """A named place or a word for territory ("the village", "a district centre")."""
    if token.ent_type_ in _PLACE_ENTITIES and token.pos_ == "PROPN":
        return True
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in lex.TERRITORY_NOUNS for w in words)


def is_person(token: Token) -> bool:
    """People: a person's name, a nationality, or a noun for people or fighters."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in _PERSON_ENTITIES and not is_place(token):
        return True
    return lemma in lex.PERSON_NOUNS or lemma in lex.ARMED_NOUNS or lemma in lex.FIGHTER_NOUNS


def retype_by_object(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` retyped by what their trigger acts on (same order); a capture of
    information is dropped."""
    kept: list[Event] = []
    for event in events:
        words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if words is None:
            kept.append(event)
            continue
        heads = object_heads(words.root)
        kind = (event.type, event.mode)
        if kind == _CAPTURE and any(h.lemma_.lower() in lex.RELEASED_INFORMATION for h in heads):
            continue
        new = _new_kind(kind, words.root.lemma_.lower(), heads)
        if kind == _CAPTURE and _police_take_people(words.root, heads):
            new = _ARREST
        if kind == _SEIZE and _people_taken(heads):
            new = _ARREST if _police_take_people(words.root, heads) else _ABDUCTION
        if new is not None:
            event = event.model_copy(update={"type": new[0], "mode": new[1]})
        kept.append(event)
    return kept


def _people_taken(heads: list[Token]) -> bool:
    """A vehicle seized with the people it carries: a hijacking. (People seized
    themselves stay a seizure here: WikiEvents' KAIROS gold reads "seized hundreds of
    hostages" as a detention.)"""
    if any(is_place(h) for h in heads):
        return False
    return any(
        any(
            acl.dep_ == "acl"
            and acl.lemma_.lower() in _CARRYING
            and any(o.dep_ == "dobj" and is_person(o) for o in acl.children)
            for acl in h.children
        )
        for h in heads
    )


def _police_take_people(root: Token, heads: list[Token]) -> bool:
    """People captured by the police ("the suspect was captured by police", "police
    captured two smugglers"): an arrest."""
    takers = [c for c in root.children if c.dep_ == "nsubj"]
    takers += [p for a in root.children if a.dep_ == "agent" for p in a.children]
    if root.dep_ == "acl" and root.tag_ == "VBN":
        heads = [*heads, root.head]  # "fighters captured by police"
    return any(t.lemma_.lower() in lex.POLICE_NOUNS for t in takers) and any(
        is_person(h) for h in heads
    )


def _new_kind(
    kind: tuple[PloverType, str | None], lemma: str, heads: list[Token]
) -> tuple[PloverType, str | None] | None:
    """The type and mode ``heads`` give an event of ``kind`` whose trigger head is
    ``lemma``."""
    if not heads:
        return None
    places = any(is_place(h) for h in heads)
    people = any(is_person(h) for h in heads)
    if kind in ((PloverType.COERCE, "seize"), (PloverType.RETREAT, "release")) and places:
        return _CAPTURE if not people else None
    if kind == (PloverType.COERCE, "disrupt_weapons") and people:
        return _ARREST
    if (
        kind == (PloverType.COERCE, "disrupt_weapons")
        and lemma == "shoot"
        and any(h.lemma_.lower() in lex.MANNED_AIRCRAFT for h in heads)
    ):
        return (PloverType.ASSAULT, None)  # "shot down a helicopter": its crew attacked
    if kind == _SURRENDER and not places and not people:
        if lex.SEIZED_WEAPONS.intersection(h.lemma_.lower() for h in heads):
            return (PloverType.RETREAT, "disarm")
        return (PloverType.CONCEDE, None)
    if (
        kind in ((PloverType.ASSAULT, None), (PloverType.ASSAULT, "firearms"))
        and lemma in lex.LETHAL_LEMMAS
        and any(h.lemma_.lower() in lex.LEADER_NOUNS for h in heads)
    ):
        return (PloverType.ASSAULT, "assassination")
    return None


def object_triggers(doc: Doc) -> list[tuple[int, PloverType, str | None]]:
    """(verb token, type, mode) of the acts a verb names only with its object:
    "threw a grenade" (ASSAULT/grenade), "bottles were thrown" (PROTEST/riot),
    "munitions were dropped on the town" (ASSAULT, its mode from the sentence's
    cues: "chlorine" makes it chemical, "helicopters" aerial),
    "troops were dispatched" (MOBILIZE/troops), "formed a new brigade"
    (MOBILIZE), "sent tonnes of food" (AID)."""
    found: list[tuple[int, PloverType, str | None]] = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        objects = [h.lemma_.lower() for h in object_heads(verb)]
        if lemma in lex.THROWING_VERBS and lex.THROWN_GRENADES.intersection(objects):
            found.append((verb.i, PloverType.ASSAULT, "grenade"))
        elif lemma in lex.THROWING_VERBS and lex.THROWN_RIOT_OBJECTS.intersection(objects):
            found.append((verb.i, PloverType.PROTEST, "riot"))
        elif lemma in lex.DROPPING_VERBS and lex.SEIZED_WEAPONS.intersection(objects):
            found.append((verb.i, PloverType.ASSAULT, None))
        elif lemma in lex.TRANSFER_VERBS | lex.BUILDUP_VERBS and lex.DEPLOYED_NOUNS.intersection(
            objects
        ):
            found.append((verb.i, PloverType.MOBILIZE, "troops"))
        elif lemma in lex.FORMATION_VERBS and lex.UNIT_NOUNS.intersection(objects):
            found.append((verb.i, PloverType.MOBILIZE, None))
        elif lemma in lex.TRANSFER_VERBS and lex.RELIEF_GOODS.intersection(objects):
            found.append((verb.i, PloverType.AID, None))
        elif _forces_gather_or_go(verb, lemma, objects):
            found.append((verb.i, PloverType.MOBILIZE, "troops"))
        elif lemma in lex.ABANDONING_VERBS and any(is_place(h) for h in object_heads(verb)):
            found.append((verb.i, PloverType.RETREAT, None))
        elif lemma == "set" and _sets_alight(verb) and not _result_participle(verb):
            found.append((verb.i, PloverType.ASSAULT, "arson"))
        elif lemma in lex.DIRECTING_VERBS and _forces_sent_somewhere(verb, objects):
            found.append((verb.i, PloverType.MOBILIZE, "troops"))
    return found


def _result_participle(verb: Token) -> bool:
    """ "Shells fell, setting three houses on fire", "shooting down a drone and setting
    a tank on fire": a participle with no subject of its own tells what the act of
    the clause it hangs on did, not an act of its own."""
    first = verb.head if verb.dep_ == "conj" else verb
    return (
        verb.tag_ == "VBG"
        and first.dep_ in ("advcl", "xcomp", "conj")
        and first.head.i != first.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _sets_alight(verb: Token) -> bool:
    """ "Set their houses on fire", "set the shops ablaze" (the parser may hang "on
    fire" on the object)."""
    words = [*verb.children, *(w for c in verb.children if c.dep_ == "dobj" for w in c.children)]
    return any(
        c.lower_ in ("ablaze", "alight")
        or (c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "fire" for o in c.children))
        for c in words
    )


def _forces_sent_somewhere(verb: Token, objects: list[str]) -> bool:
    """ "Ordered troops to the border": forces and a destination ("ordered troops to
    withdraw" is an order to act, its infinitive the event)."""
    return bool(lex.DEPLOYED_NOUNS.intersection(objects)) and any(
        c.dep_ == "prep"
        and c.lower_ in lex.GOING_PREPS
        and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


def subject_lemmas(verb: Token) -> list[str]:
    """Lemmas of the verb's own subject, or of the one it shares with the verb it
    completes ("tanks were seen moving": "tanks" moves), conjuncts and counted nouns
    ("dozens of tanks") included."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    if not heads and verb.dep_ in ("xcomp", "conj"):
        heads = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    heads = [w for h in heads for w in (h, *h.conjuncts)]
    return [w.lemma_.lower() for w in (*heads, *(o for h in heads for o in _counted(h)))]


def _forces_gather_or_go(verb: Token, lemma: str, objects: list[str]) -> bool:
    """Forces gathered ("troops are massing", "massed tanks on the border") or going
    somewhere ("tanks were seen moving towards the frontier"): mobilisation."""
    if lemma in lex.GATHERING_VERBS:
        return bool(lex.MASSED_FORCES.intersection([*objects, *subject_lemmas(verb)]))
    return (
        lemma in lex.GOING_VERBS
        and bool(lex.MASSED_FORCES.intersection(subject_lemmas(verb)))
        and any(c.dep_ == "prep" and c.lower_ in lex.GOING_PREPS for c in verb.children)
    )


def projectile_landings(doc: Doc) -> list[int]:
    """Verbs by which projectiles reach a place ("two mortar rounds landed near the
    palace", "rockets slammed into a block"): the strike that fired them. The events
    component keeps one only where its sentence names no other attack, which would
    be the act the landing belongs to."""
    return [
        verb.i
        for verb in doc
        if verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.LANDING_VERBS
        and lex.PROJECTILES.intersection(subject_lemmas(verb))
    ]
