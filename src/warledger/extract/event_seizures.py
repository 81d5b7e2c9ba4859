"""Seizing or finding weapons: disrupted weapons use, not an attack.

Split from ``events``: the trigger matcher there finds "seized", "found" and the
weapon words; this decides what such a trigger acts on and whether a weapon word
inside what was seized is an attack of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from warledger.extract import event_lexicon as lex
from warledger.model import PloverType

_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})


@dataclass(frozen=True)
class Trigger:
    """A matched trigger span with the type and mode its lexicon entry gives."""

    span: Span
    plover: PloverType
    mode: str | None


def weapon_seizures(triggers: list[Trigger]) -> list[Trigger]:
    """Seizing or finding weapons is disrupted weapons use, not an attack.

    A seizure whose object is a weapon becomes ``disrupt_weapons``; a "found"
    or "discovered" that is not about weapons is no event at all; a weapon
    word inside a seized object ("seized two IEDs") is no attack. A weapon word
    that only modifies another noun does not make weapons of it ("seized a
    rocket-launching site" is a place), nor does one in a clause of its own under
    the object ("found no sign that the depot had been used to store weapons").
    """
    kept: list[Trigger] = []
    seized: set[int] = set()
    for trigger in triggers:
        root = trigger.span.root
        if trigger.plover == PloverType.COERCE and trigger.mode in ("seize", "find"):
            objects = _object_words(root)
            if any(_names_weapons(t) for t in objects):
                seized.update(t.i for t in objects)
                kept.append(Trigger(trigger.span, trigger.plover, "disrupt_weapons"))
            elif trigger.mode == "seize":
                kept.append(trigger)
        elif trigger.plover == PloverType.COERCE and trigger.mode == "disrupt_weapons":
            seized.update(t.i for t in root.subtree if t.i != root.i)
            kept.append(trigger)
        else:
            kept.append(trigger)
    return [
        t
        for t in kept
        if not (
            t.plover == PloverType.ASSAULT
            and t.span.root.i in seized
            and t.span.root.pos_ != "VERB"
        )
    ]


def _object_words(verb: Token) -> list[Token]:
    """The words below ``verb`` outside clauses a conjunction opens ("no sign that
    ...", "while a bomb ..."): what was seized or found, with its participles and
    relative clauses ("caches containing rifles", "boxes that held rifles"), not
    what a clause of its own says of something else."""
    words: list[Token] = []
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in token.children):
            continue
        words.append(token)
        stack.extend(token.children)
    return words


def _names_weapons(token: Token) -> bool:
    """A weapon word that heads its phrase ("two caches containing rifles"), not
    a modifier of another noun ("a rocket-launching site")."""
    return token.lemma_.lower() in lex.SEIZED_WEAPONS and token.dep_ not in _MODIFIER_DEPS
