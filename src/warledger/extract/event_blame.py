"""Who an attack is laid on: claims of responsibility and accusations name its doer.

Reports often name the group behind an attack outside the attack's own clause: "police
blamed the X for the explosion", "the bombing was blamed on X", "the government
attributed the sabotage to X", "responsibility was claimed by X", "X claimed the rocket
attack", "the attack was the work of X", "it bears the hallmark of X", "officials
suspect X", "X was responsible for the massacre", "soldiers involved in the killing",
"the court linked X to the assassination". A reader of the ledger asks who is said to
have done the attack, and MUC-4's templates key such groups as its perpetrators
(recording whether they were claimed, suspected or accused). The accusation itself
stays an event of its own (ACCUSE, with its accuser), so the ledger keeps who laid the
attack on whom.

The named group becomes the initiator of the attack the words are about: the attack
noun in the clause ("for the explosion", "the bombing was blamed"), else the attacks of
the sentence, else those of the sentence before (a blame in a sentence of its own).
Only an attack whose own words name no doer takes it: the parse's doer stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.argument_positions import VERB_POS, pobjs, reported_speaker
from warledger.extract.event_args import ArgumentFinder
from warledger.extract.event_tolls import assaults_in
from warledger.model import NON_ATTACK_MODES, Event, PloverType

# Nouns a claim of responsibility takes as its object ("claimed responsibility").
_CLAIMED = frozenset({"responsibility", "credit", "authorship"})
# Words that point at an act told elsewhere: "claimed it", "blamed this on X".
_POINTERS = frozenset({"it", "this", "that"})
# Nouns that name an act told elsewhere without saying what it was: "they were
# responsible for the action", "the crime was committed by X".
_ACT_NOUNS = frozenset({"action", "crime", "act", "deed", "incident"})
# Verbs of setting off a weapon: "X planted the bomb" lays the blast on X.
_PLANTING = frozenset({"plant", "detonate", "place"})
# Nouns saying whose an act is: "the attack was the work of X".
_AUTHORSHIP = frozenset({"work", "hallmark", "handiwork", "signature"})


def laid_on(doc: Doc, events: list[Event], args: ArgumentFinder) -> list[Event]:
    """The events, each attack with no initiator given the group a claim or an
    accusation lays it on (see the module docstring)."""
    out = list(events)
    triggers = _trigger_heads(doc, events)
    for token in doc:
        found = _laying(token)
        if found is None:
            continue
        accused, act = found
        doers = args.mentions([s for t in accused for s in (reported_speaker(t) or [t])])
        if not doers:
            continue
        for i in _acts(token, act, triggers, events):
            if not out[i].initiators:
                out[i] = out[i].model_copy(update={"initiators": doers})
    return out


def _laying(token: Token) -> tuple[list[Token], Token | None] | None:
    """The words naming who an act is laid on, and the act's word if the clause names
    it, when ``token`` lays an act on someone; else None."""
    lemma = token.lemma_.lower()
    if lemma in _AUTHORSHIP and token.pos_ == "NOUN":
        return _authorship(token)
    if lemma == "responsible" and token.pos_ == "ADJ":
        return _responsible(token)
    if token.pos_ not in VERB_POS:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    by_prep = {
        c.lower_: [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
        for c in token.children
        if c.dep_ in ("prep", "agent")
    }
    subject = [c for c in token.children if c.dep_ == "nsubj"]
    if lemma == "blame":
        if by_prep.get("on"):
            return by_prep["on"], _relative_or(token, objects)
        return objects, _first(by_prep.get("for", []))
    if lemma in ("attribute", "ascribe"):
        return by_prep.get("to", []), _relative_or(token, objects)
    if lemma == "accuse":
        return objects, _first(by_prep.get("of", []))
    if lemma == "suspect":
        return objects, _first(by_prep.get("of", []))
    if lemma == "link":
        return objects, _first(by_prep.get("to", []))
    if lemma == "involve" and token.tag_ == "VBN":
        # "soldiers were involved in the killing", "the officers involved in the raid"
        involved = objects or ([token.head] if token.dep_ == "acl" else [])
        return involved, _first(by_prep.get("in", []))
    if lemma in _PLANTING and any(o.lemma_.lower() in lex.WEAPON_NOUNS for o in objects):
        # "X planted the bomb", "the charge was placed by X": the blast it caused
        return (subject or by_prep.get("by", [])), None
    if lemma == "claim":
        # "claimed responsibility for the bombing", "claimed the attack"; a claim
        # that something is so ("claimed that ...") lays nothing on its speaker
        claimed = [o for o in objects if o.lemma_.lower() in _CLAIMED]
        if not claimed and not objects:
            return None
        act = _first(by_prep.get("for", [])) if claimed else _first(objects)
        return (subject or by_prep.get("by", [])), act
    return None


def _authorship(noun: Token) -> tuple[list[Token], Token | None] | None:
    """ "The attack was the work of X", "the killing bears the hallmark of X": X, and
    the act the clause's subject names."""
    owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)]
    verb = noun.head
    if not owners or noun.dep_ not in ("attr", "dobj") or verb.pos_ not in VERB_POS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return owners, subject


def _responsible(adjective: Token) -> tuple[list[Token], Token | None] | None:
    """ "X was responsible for the bombing", "held X responsible for the attack", "the
    group responsible for the massacre": X, and the act after "for"."""
    act = _first(
        [p for c in adjective.children if c.dep_ == "prep" and c.lower_ == "for" for p in pobjs(c)]
    )
    head = adjective.head
    if adjective.dep_ == "acomp":
        holders = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif adjective.dep_ in ("oprd", "ccomp", "xcomp"):
        holders = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    elif adjective.dep_ == "amod":
        holders = [head]
    else:
        return None
    return (holders, act) if holders and act is not None else None


def _relative_or(verb: Token, objects: list[Token]) -> Token | None:
    """The act a clause lays on someone: its object, or the noun a relative clause
    hangs on ("sabotage attacks that the government attributed to X")."""
    if verb.dep_ == "relcl" and (not objects or objects[0].tag_ in ("WDT", "WP")):
        return verb.head
    return _first(objects)


def _first(tokens: Sequence[Token]) -> Token | None:
    return tokens[0] if tokens else None


def _trigger_heads(doc: Doc, events: Sequence[Event]) -> dict[int, list[int]]:
    """Token index -> the attacks whose trigger holds that token."""
    heads: dict[int, list[int]] = {}
    for i, event in enumerate(events):
        if not _attack(event):
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        for token in span if span is not None else ():
            heads.setdefault(token.i, []).append(i)
    return heads


def _attack(event: Event) -> bool:
    return event.type == PloverType.ASSAULT and event.mode not in NON_ATTACK_MODES


def _acts(
    token: Token, act: Token | None, triggers: dict[int, list[int]], events: Sequence[Event]
) -> list[int]:
    """The attacks the claim or accusation at ``token`` is about: the one its clause
    names, else those of its sentence, else those of the sentence before."""
    if act is not None:
        named = triggers.get(act.i) or [i for c in act.children for i in triggers.get(c.i, [])]
        if named or act.lemma_.lower() not in _CLAIMED | _POINTERS | _ACT_NOUNS:
            # an act named that is no attack ("accused X of using civilian buildings")
            # lays nothing on anyone
            return named
    sentence = token.sent
    here = [i for i in assaults_in(sentence, events) if _attack(events[i])]
    if here or sentence.start == 0:
        return here
    previous: Span = token.doc[sentence.start - 1].sent
    return [i for i in assaults_in(previous, events) if _attack(events[i])]
