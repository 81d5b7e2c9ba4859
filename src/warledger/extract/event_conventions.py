"""PLOVER coding conventions that the trigger word alone cannot decide.

PLOVER's codebook (and the CAMEO-to-PLOVER mapping it publishes) types an event
by what happened, not by the verb that reports it. Some of its rules need the
trigger's syntactic context, so they are applied here, after the events
component has read each trigger, as general patterns over the parse:

* "claimed responsibility for the bombing" is the bombing (an ASSAULT) with the
  claiming group as its initiator, not an ACCUSE;
* stopping a cooperative act ("halted aid", "cancelled the visit", "suspended
  talks") reduces relations: SANCTION (CAMEO 16);
* troops or peacekeepers that "arrive" somewhere are deployed (MOBILIZE), or
  provide peacekeeping (AID, CAMEO 074); they are not on a visit;
* a crowd-control weapon that is the object of a violent verb ("fired tear
  gas") is one act with that verb;
* setting up a base or an observation point is MOBILIZE, however many words
  lie between the verb and the base (``new_bases``, a trigger finder);
* "released a statement" or "freed the footage" is information, not the
  release of captives (RETREAT, CAMEO 084): no event.

Kept apart from ``events`` so that the component there stays trigger -> event
and these rules can be read (and tested) as the codebook's conventions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract import event_lexicon as lex
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
    kept: list[Event] = []
    for event, root in zip(events, roots, strict=True):
        if root is None:
            kept.append(event)
        elif not _released_information(event, root):
            kept.append(_recode(event, root))
    return _claimed_attacks(doc, _weapon_objects(doc, kept))


def _root(doc: Doc, event: Event) -> Token | None:
    words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return words.root if words is not None else None


def _weapon_objects(doc: Doc, events: list[Event]) -> list[Event]:
    """ "Fired tear gas at the crowd": the firing and the tear gas are one act of
    crowd control, kept under the verb (which took its mode from the weapon)."""
    roots = [_root(doc, e) for e in events]
    verbs = {
        r.i for e, r in zip(events, roots, strict=True) if r is not None and r.pos_ == "VERB"
    }
    return [
        e
        for e, r in zip(events, roots, strict=True)
        if not (
            e.mode == "crowd_control" and r is not None and r.pos_ != "VERB" and r.head.i in verbs
        )
    ]


def _released_information(event: Event, root: Token) -> bool:
    """ "Released a video", "freed up the figures": not a release of captives."""
    return (
        event.type == PloverType.RETREAT
        and event.mode == "release"
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.RELEASED_INFORMATION
            for c in root.children
        )
    )


def _recode(event: Event, root: Token) -> Event:
    if event.type in _STOPPABLE and _stopped(root):
        return event.model_copy(update={"type": PloverType.SANCTION, "mode": "discontinue"})
    if event.type == PloverType.CONSULT and event.mode == "visit" and root.lemma_ == "arrive":
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in lex.DEPLOYED_NOUNS:
            words = {t.lower_ for t in subject.subtree}
            if any(w.startswith("peacekeep") for w in words):
                return event.model_copy(update={"type": PloverType.AID, "mode": "peacekeeping"})
            return event.model_copy(update={"type": PloverType.MOBILIZE, "mode": "troops"})
    return event


def _stopped(root: Token) -> bool:
    """The trigger noun (or the noun it modifies: "mediation efforts") is what a
    stopping verb acts on: "halted economic aid", "talks were suspended"."""
    noun = root.head if root.dep_ == "compound" else root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "nsubjpass")
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.DISCONTINUE_VERBS
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
        bounds = (sentence.sent.start_char, sentence.sent.end_char)
        attacks = [
            j
            for j, e in enumerate(events)
            if e.type == PloverType.ASSAULT and bounds[0] <= e.trigger.start < bounds[1]
        ]
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
        if any(c.dep_ in ("dobj", "nsubjpass") and _is_base(c) for c in verb.children):
            found.append((verb.i, verb.i + 1))
    return found


def _is_base(noun: Token) -> bool:
    if noun.lower_ in lex.BASE_WORDS:
        return True
    return noun.lemma_.lower() in ("point", "post") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lex.BASE_POST_MODIFIERS
        for c in noun.children
    )
