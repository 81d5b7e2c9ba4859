"""Casualty tolls and what explains them: each toll goes to the violent act its
sentence tells, or stands alone as an ASSAULT of unknown mode (no figure is lost);
a toll an accident or a natural hazard explains is marked so (``NON_ATTACK_MODES``)
and never taken for an attack's.

Split from ``events``: the trigger rules there decide what acts a text tells;
these decide whose harm a figure is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.acled import is_armed
from warledger.extract.event_args import ArgumentFinder
from warledger.extract.event_context import nearest_date
from warledger.model import (
    ACCIDENT_MODE,
    NON_ATTACK_MODES,
    ActorMention,
    CasualtyFigure,
    Event,
    PloverType,
)

_TOLL_KINDS = frozenset({"killed", "injured", "missing"})
# Violent-sounding triggers an accident cue in the sentence explains.
_ACCIDENTAL_MODES = frozenset({None, "explosion", "arson", "chemical"})
# Mode cues that name a means of attack (not an explosion or an aircraft, which
# accidents have too), and weapon nouns that are platforms, which crash by accident.
_MEANS_CUES = frozenset({"suicide_bombing", "ied", "grenade", "shelling", "firearms"})
_PLATFORMS = frozenset({"drone", "helicopter", "tank", "warplane"})


def against_disasters(
    root: Token, plover: PloverType, modes: tuple[str | None, str | None], cues: Sequence[str]
) -> tuple[bool, str | None]:
    """Whether a trigger is kept beside the accident and natural-hazard cues of its
    sentence (``cues``, most specific first), and its mode then. A death they explain
    is dropped: its toll stands for it. An explosion or a fire they explain is that
    disaster's ("a gas leak caused the explosion" tells an accident, not a bombing).
    An accident word in a sentence that names a means of attack ("a car packed with
    explosives crashed into the gate", "the missile hit the plane, which crashed")
    tells that attack: no accident of its own. ``modes`` are the trigger's own mode
    and the mode the sentence's cues refined it to ("killed" near "chemical" is still
    a death). A named disaster ("after Hurricane Katrina") is a known one the text
    refers to, told as news only where it acts ("Typhoon Haiyan killed 6,000")."""
    own, mode = modes
    if plover != PloverType.ASSAULT:
        return True, mode
    if mode == ACCIDENT_MODE and _names_a_means(root.sent, cues):
        return False, mode
    if own in NON_ATTACK_MODES and _named_and_idle(root):
        return False, mode
    hazard = next((cue for cue in cues if cue in NON_ATTACK_MODES), None)
    if hazard is not None and mode in _ACCIDENTAL_MODES:
        return own is not None, hazard
    return True, mode


def _named_and_idle(root: Token) -> bool:
    """A disaster word that titles a name ("Hurricane Katrina") whose name is not the
    subject of a clause."""
    name = root.head
    return (
        root.dep_ == "compound"
        and root.pos_ == "PROPN"
        and name.pos_ == "PROPN"
        and name.dep_ not in ("nsubj", "nsubjpass")
    )


def _names_a_means(sentence: Span, cues: Sequence[str]) -> bool:
    """A cue of a means of attack or a weapon word in the sentence; not an aircraft
    or a vehicle, which crash by accident too ("a military helicopter crashed")."""
    if _MEANS_CUES.intersection(cues):
        return True
    return any(t.lemma_.lower() in lex.WEAPON_NOUNS - _PLATFORMS for t in sentence)


def aftermath(
    root: Token,
    mode: str | None,
    actors: tuple[list[ActorMention], list[ActorMention]],
    cues: Mapping[int, Sequence[str]],
    earlier: Sequence[Event],
) -> bool:
    """A toll word with no doer and no means ("Four workers were hurt") right after a
    sentence an accident or a natural hazard explains ("A tank exploded at the
    plant."): the harm that accident did, not an attack. Armed victims ("five
    soldiers were killed") are not presumed an accident's from another sentence,
    nor is harm after a sentence telling an attack or naming a weapon too."""
    initiators, targets = actors
    if mode is not None or initiators or root.lemma_.lower() not in lex.TOLL_LEMMAS:
        return False
    if any(is_armed(t) for t in targets):
        return False
    start = root.sent.start
    if start == 0:
        return False
    previous = root.doc[start - 1].sent
    return bool(NON_ATTACK_MODES.intersection(cues.get(previous.start, ()))) and not (
        _tells_an_attack(previous, earlier)
    )


def with_casualties(
    doc: Doc,
    events: list[Event],
    casualties: Sequence[CasualtyFigure],
    args: ArgumentFinder,
    accidents: Mapping[int, str] | None = None,
) -> list[Event]:
    """Give each toll to the nearest ASSAULT event of its sentence.

    A toll of dead, injured or missing with no violent event in its sentence
    ("more than 3000 victims") becomes an ASSAULT of unknown mode whose trigger
    is the toll's own words, so that no figure is lost to the ledger. When an
    accident or natural-hazard cue in the sentence explains the deaths
    (``accidents``: the mode of each such sentence, by its start token; "two died
    when a tanker overturned", "the flood killed nine"), its mode is ``accident``
    or ``natural_hazard`` (a toll alone in the sentence after such a cue, "a
    tank exploded at the plant. Four workers were hurt", is explained by it too);
    the figure is kept (an earthquake's or a crash's toll is
    news too), but incident clustering never takes it for an attack's. A toll a
    record keeps (``tallied``) is a statistic, no event's.
    """
    by_event: dict[int, list[CasualtyFigure]] = {}
    orphans: list[Event] = []
    for figure in casualties:
        words = doc.char_span(figure.span.start, figure.span.end, alignment_mode="expand")
        if words is None:
            continue
        candidates = assaults_in(words.sent, events)
        if candidates:
            best = min(candidates, key=lambda i: abs(events[i].trigger.start - figure.span.start))
            by_event.setdefault(best, []).append(figure)
        elif figure.kind in _TOLL_KINDS and (figure.low > 0 or figure.high) and not tallied(words):
            # "caused no casualties" tells no harm: no event of its own
            orphans.append(
                Event(
                    type=PloverType.ASSAULT,
                    mode=_explained_by(words, accidents or {}, events),
                    trigger=figure.span,
                    place=args.place(words.root, attached_only=True),
                    date=nearest_date(doc._.dates or [], words.root),
                    casualties=[figure],
                )
            )
    kept = [
        e.model_copy(update={"casualties": by_event[i]}) if i in by_event else e
        for i, e in enumerate(events)
    ]
    return sorted(kept + orphans, key=lambda e: e.trigger.start)


def tallied(words: Span) -> bool:
    """Whether a toll with no act beside it is a count a record keeps: the subject or
    object of a tally verb ("39 deaths were recorded in the programme", "the registry
    logged 12 deaths"; ``TALLY_LEMMAS``), which counts deaths of a period, not one
    event's."""
    root = words.root
    return root.dep_ in ("nsubjpass", "nsubj", "dobj") and root.head.lemma_.lower() in (
        lex.TALLY_LEMMAS
    )


def _explained_by(words: Span, accidents: Mapping[int, str], events: Sequence[Event]) -> str | None:
    """The accident or hazard mode that explains a toll with no act in its sentence:
    its own sentence's cue, else the previous sentence's if that one tells no attack."""
    sentence = words.sent
    if sentence.start in accidents:
        return accidents[sentence.start]
    if sentence.start == 0:
        return None
    previous = words.doc[sentence.start - 1].sent
    return None if _tells_an_attack(previous, events) else accidents.get(previous.start)


def _tells_an_attack(sentence: Span, events: Sequence[Event]) -> bool:
    """Whether a sentence tells a violent act or names a weapon ("a bomber with
    explosives crashed into the patrol"): harm told after it is not an accident's."""
    start, end = sentence.start_char, sentence.end_char
    return (
        bool(assaults_in(sentence, events))
        or any(
            i.label == "WEAPON" and start <= i.span.start < end
            for i in sentence.doc._.instruments or ()
        )
        or any(t.lemma_.lower() in lex.WEAPON_NOUNS for t in sentence)
    )


def assaults_in(sentence: Span, events: Sequence[Event]) -> list[int]:
    """The positions in ``events`` of the ASSAULT events whose trigger starts in
    ``sentence``: the acts a toll or a claim of responsibility there may belong to."""
    start, end = sentence.start_char, sentence.end_char
    return [
        i
        for i, e in enumerate(events)
        if e.type == PloverType.ASSAULT and start <= e.trigger.start < end
    ]
