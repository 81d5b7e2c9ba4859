"""PLOVER coding conventions that the trigger word alone cannot decide.

PLOVER's codebook (and the CAMEO-to-PLOVER mapping it publishes) types an event
by what happened, not by the verb that reports it. Some of its rules need the
trigger's syntactic context, so they are applied here, after the events
component has read each trigger, as general patterns over the parse:

* "claimed responsibility for the bombing" is the bombing (an ASSAULT) with the
  claiming group as its initiator, not an ACCUSE;
* stopping a cooperative act ("halted aid", "cancelled the visit", "suspended
  talks") reduces relations: SANCTION (CAMEO 16);
* coercion carried out "violently" or "brutally" is violent repression:
  ASSAULT (CAMEO 175);
* troops or peacekeepers that "arrive" somewhere are deployed (MOBILIZE), or
  provide peacekeeping (AID, CAMEO 074); they are not on a visit;
* a crowd-control weapon that is the object of a violent verb ("fired tear
  gas") is one act with that verb;
* setting up a base or an observation point is MOBILIZE, however many words
  lie between the verb and the base (``new_bases``, a trigger finder);
* "released a statement" or "freed the footage" is information, not the
  release of captives (RETREAT, CAMEO 084): no event;
* a participle that describes a state ("the occupied city", "banned
  munitions") reports no act; "engaged in smuggling" and "fighting the
  charges" are no combat (armed forces "engaged in" something still act:
  an ASSAULT of unknown mode);
* blocking is PROTEST/obstruct whoever blocks (the codebook's rebels who
  block a road protest); but armed forces that "occupy" a town take territory
  (CAMEO 192, ASSAULT) or, as a participle ("militants occupying the town"),
  hold it (no new act); an obstruction with no one named is a protest only
  beside one.

Kept apart from ``events`` so that the component there stays trigger -> event
and these rules can be read (and tested) as the codebook's conventions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.acled import is_armed
from warledger.extract.event_objects import is_person, object_heads
from warledger.extract.event_strikes import violent_strikes
from warledger.extract.event_tolls import assaults_in
from warledger.model import Event, PloverType

CLAIM_MODE = "claim_responsibility"
# Cooperative acts whose stopping is a SANCTION.
_STOPPABLE = frozenset(
    {
        PloverType.AID,
        PloverType.CONSULT,
        PloverType.COOPERATE,
        PloverType.AGREE,
        PloverType.SUPPORT,
    }
)


def apply_conventions(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` recoded by the PLOVER conventions above (same order)."""
    roots = [_root(doc, e) for e in events]
    protests = {
        r.sent.start
        for e, r in zip(events, roots, strict=True)
        if r is not None and e.type == PloverType.PROTEST and e.mode != "obstruct"
    }
    kept: list[Event] = []
    for event, root in zip(events, roots, strict=True):
        if root is None:
            kept.append(event)
        elif not (_released_information(event, root) or _no_act(event, root)):
            recoded = _obstruction(event, root, root.sent.start in protests)
            if recoded is not None:
                kept.append(_recode(recoded, root))
    return _claimed_attacks(doc, _weapon_objects(doc, violent_strikes(doc, kept)))


# Participles that describe a state, not an act ("the occupied city").
_STATE_DEPS = frozenset({"amod", "compound"})
_STATE_KINDS = frozenset({(PloverType.PROTEST, "obstruct"), (PloverType.COERCE, "ban")})
# Objects a fight is against when the fight is no combat ("fighting deportation").
_FOE_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _press_query(noun: Token) -> bool:
    """A reporter's question to a party: "a request for comment", "did not respond
    to a VOA inquiry", "replied to our questions". News prose tells how it sought
    each side's word; the request is the reporting, not an act of the conflict."""
    if any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.lemma_ == "comment" for o in prep.children)
        for prep in noun.children
    ):
        return True
    prep = noun.head
    return (
        noun.lemma_.lower() in lex.QUERY_NOUNS
        and noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.lemma_.lower() in lex.ANSWERING_VERBS
    )


# One-word triggers of a concession ("lifted", "eased"): a coercive measure they act
# on is ended, not imposed.
_CONCESSIONS = frozenset(
    phrase.split(":")[0]
    for plover, _, phrases in lex.TRIGGERS
    if plover == PloverType.CONCEDE
    for phrase in phrases
    if " " not in phrase
)


def _no_act(event: Event, root: Token) -> bool:
    """A state ("the occupied city", "banned munitions", "areas occupied by the
    militia"), a coercive measure that is lifted ("lifted the curfew"), a figurative
    struggle ("engaged in smuggling", "fighting the charges"), a telephone that is
    only how a reporter heard something ("told reporters by telephone",
    "interviewed residents over the phone") or a reporter's request for comment
    (``_press_query``): no event."""
    if event.type == PloverType.CONSULT and event.mode == "phone" and _reporting_means(root):
        return True
    if root.pos_ == "NOUN" and _press_query(root):
        return True
    if event.type == PloverType.COERCE and root.pos_ == "NOUN" and _stopped(root, _CONCESSIONS):
        return True  # "lifted the state of emergency": the lifting is the act
    if (event.type, event.mode) in _STATE_KINDS and (
        root.dep_ in _STATE_DEPS
        or (
            root.dep_ == "acl"
            and root.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "aux") for c in root.children)
        )
    ):
        return True
    fight = event.type in (PloverType.ASSAULT, PloverType.THREATEN) and event.mode == "clash"
    if not fight or root.pos_ != "VERB":  # a threat to fight is checked like a fight
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    lemma = root.lemma_.lower()
    if lemma == "engage":
        return (
            not objects
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in root.children)
            # "were engaged" reads as a passive: its subject is among the targets
            and not any(is_armed(a) for a in event.initiators + event.targets)
        )
    if lemma == "fight":
        return _figurative_fight(event, root, objects)
    return False


def _figurative_fight(event: Event, root: Token, objects: list[Token]) -> bool:
    """A fight against no one armed is no combat: "fighting the charges", "fought
    for his rights", "will fight corruption" (one object that is people is enough:
    "fight them street by street" has a misparsed second one). "Troops fought rebels", "fought with
    the militia", "fought alongside the army", "rebels fought in the hills" are
    combat (the people fought with, against or beside are sides of a fight), and so
    is the noun-like "fighting" ("fighting continued", "were fighting in the city")."""
    if objects and not any(_people(o) for o in objects):
        return True
    if objects or root.lower_ == "fighting":
        return False
    sides = [
        p
        for c in root.children
        if c.dep_ == "prep" and c.lower_ in ("with", "against", "alongside")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return not (
        any(_people(o) for o in sides) or any(is_armed(a) for a in event.initiators + event.targets)
    )


def _people(word: Token) -> bool:
    """People or a party one can fight: a noun for people, a named side, or a
    personal pronoun ("we will fight them"; not "it")."""
    if word.tag_ == "PRP":
        return word.lower_ not in ("it", "itself")
    return is_person(word) or word.ent_type_ in _FOE_ENTITIES


def _reporting_means(phone: Token) -> bool:
    """The phone is the means ("by", "over", "via") of telling or interviewing, or of
    a call the press makes ("our correspondent spoke by phone with ...")."""
    means = phone.head
    verb = means.head
    return (
        phone.dep_ == "pobj"
        and means.lower_ in ("by", "over", "via")
        and (verb.lemma_.lower() in lex.REPORTING_VERBS or _press_call(verb))
    )


def _press_call(verb: Token) -> bool:
    """The verb's subject is the outlet's own ("our team") or a news gatherer."""
    return any(
        c.dep_ == "nsubj"
        and (
            c.lemma_.lower() in lex.PRESS_NOUNS
            or any(p.dep_ == "poss" and p.lower_ == "our" for p in c.children)
        )
        for c in verb.children
    )


def _obstruction(event: Event, root: Token, beside_protest: bool) -> Event | None:
    """Occupying by armed actors is taking territory (or, as a participle, no new
    act); an obstruction with no actor named is a protest only beside another."""
    if event.type != PloverType.PROTEST or event.mode != "obstruct":
        return event
    if root.lemma_.lower() == "occupy" and any(is_armed(a) for a in event.initiators):
        if root.dep_ in ("acl", "relcl", "advcl"):
            return None
        return event.model_copy(update={"type": PloverType.ASSAULT, "mode": "capture_territory"})
    if not event.initiators and not beside_protest:
        return None
    return event


def _root(doc: Doc, event: Event) -> Token | None:
    words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return words.root if words is not None else None


def _weapon_objects(doc: Doc, events: list[Event]) -> list[Event]:
    """ "Fired tear gas at the crowd": the firing and the tear gas are one act of
    crowd control, kept under the verb (which took its mode from the weapon). So
    are a dispersal and the crowd-control weapon it was done with ("used water
    cannon to disperse the crowd", "dispersed them with tear gas"): PLOVER codes
    crowd-control weapons used on a crowd as ASSAULT, so the dispersal's targets
    join that ASSAULT."""
    roots = [_root(doc, e) for e in events]
    verbs = {r.i for e, r in zip(events, roots, strict=True) if r is not None and r.pos_ == "VERB"}
    kept = [
        (e, r)
        for e, r in zip(events, roots, strict=True)
        if not (
            e.mode == "crowd_control" and r is not None and r.pos_ != "VERB" and r.head.i in verbs
        )
    ]
    weapons = [(i, r) for i, (e, r) in enumerate(kept) if e.mode == "crowd_control" and r]
    out = [e for e, _ in kept]
    dropped: set[int] = set()
    for i, (event, root) in enumerate(kept):
        if event.mode != "disperse" or root is None:
            continue
        weapon = next((j for j, w in weapons if _one_clause(_verb_of(w), _verb_of(root))), None)
        if weapon is not None:
            seen = {(t.span.start, t.span.end) for t in out[weapon].targets}
            extra = [t for t in event.targets if (t.span.start, t.span.end) not in seen]
            out[weapon] = out[weapon].model_copy(update={"targets": out[weapon].targets + extra})
            dropped.add(i)
    return [e for i, e in enumerate(out) if i not in dropped]


def _verb_of(token: Token) -> Token:
    """The verb whose clause holds ``token`` (itself if it is one)."""
    while token.pos_ != "VERB" and token.head.i != token.i:
        token = token.head
    return token


def _one_clause(a: Token, b: Token) -> bool:
    """The same verb, or one the purpose or manner of the other ("used ... to disperse")."""
    return a.i == b.i or any(
        x.dep_ in ("xcomp", "advcl") and x.head.i == y.i for x, y in ((a, b), (b, a))
    )


def _released_information(event: Event, root: Token) -> bool:
    """ "Released a video", "freed up the figures", "the index released last week": not
    a release of captives. What is released is the verb's object or passive subject,
    or the noun a past participle describes."""
    if event.type != PloverType.RETREAT or event.mode != "release":
        return False
    released = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    if root.dep_ == "acl" and root.tag_ == "VBN":
        released.append(root.head)
    return any(t.lemma_.lower() in lex.RELEASED_INFORMATION for t in released)


def _recode(event: Event, root: Token) -> Event:
    if event.type == PloverType.COERCE and _violently(root):
        # Repression carried out with violence is violent repression (CAMEO 175).
        return event.model_copy(update={"type": PloverType.ASSAULT, "mode": None})
    if (
        event.mode == "clash"
        and root.lemma_.lower() == "engage"
        and any(c.dep_ == "prep" and c.lower_ == "in" for c in root.children)
    ):
        return event.model_copy(update={"mode": None})  # "engaged in" says no clash
    if event.type in _STOPPABLE and _stopped(root):
        return event.model_copy(update={"type": PloverType.SANCTION, "mode": "discontinue"})
    if event.type == PloverType.CONSULT and event.mode == "visit" and root.lemma_ == "arrive":
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        # "The first contingent of troops arrived", "a batch of peacekeepers arrived".
        heads = [subject, *_of_objects(subject)] if subject is not None else []
        if subject is not None and any(h.lemma_.lower() in lex.DEPLOYED_NOUNS for h in heads):
            words = {t.lower_ for t in subject.subtree}
            if any(w.startswith("peacekeep") for w in words):
                return event.model_copy(update={"type": PloverType.AID, "mode": "peacekeeping"})
            return event.model_copy(update={"type": PloverType.MOBILIZE, "mode": "troops"})
    return event


def _of_objects(noun: Token) -> list[Token]:
    return [
        p
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _violently(root: Token) -> bool:
    """ "Violently suppressed", "a brutal crackdown": the manner says violence."""
    return any(
        c.dep_ in ("advmod", "amod") and c.lower_ in lex.VIOLENT_MANNER for c in root.children
    )


def _stopped(root: Token, verbs: frozenset[str] = lex.DISCONTINUE_VERBS) -> bool:
    """The trigger noun (or the noun it modifies: "mediation efforts") is what a
    stopping verb (one of ``verbs``) acts on: "halted economic aid", "talks were
    suspended"."""
    noun = root.head if root.dep_ == "compound" else root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs
    )


def _claimed_attacks(doc: Doc, events: list[Event]) -> list[Event]:
    """A claim of responsibility names who did the attack it is about: it becomes
    that attack's initiator (the attack in its sentence), or, when the sentence
    names no attack ("the group claimed responsibility"), an ASSAULT itself."""
    out = list(events)
    dropped: set[int] = set()
    for i, claim in enumerate(events):
        if claim.type != PloverType.ACCUSE or claim.mode != CLAIM_MODE:
            continue
        sentence = doc.char_span(claim.trigger.start, claim.trigger.end, alignment_mode="expand")
        if sentence is None:
            continue
        attacks = assaults_in(sentence.sent, events)
        if not attacks:
            out[i] = claim.model_copy(update={"type": PloverType.ASSAULT, "mode": None})
            continue
        for j in attacks:
            if not out[j].initiators and claim.initiators:
                out[j] = out[j].model_copy(update={"initiators": claim.initiators})
        dropped.add(i)
    return [e for k, e in enumerate(out) if k not in dropped]


def new_bases(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of "set up ... bases", "established ... observation points",
    "bases were built": the verb, which the events component types MOBILIZE/base."""
    found = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.BASE_VERBS:
            continue
        if verb.lemma_.lower() == "set" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
        ):
            continue
        if any(_is_base(c) for c in object_heads(verb)):
            found.append((verb.i, verb.i + 1))
    return found


def _is_base(noun: Token) -> bool:
    if noun.lower_ in lex.BASE_WORDS:
        return True
    return noun.lemma_.lower() in ("point", "post") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lex.BASE_POST_MODIFIERS
        for c in noun.children
    )
