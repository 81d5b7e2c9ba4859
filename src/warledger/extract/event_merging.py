"""One claim per event instance: the triggers that tell one act become one claim.

A report tells one attack with several words: "a car bomb exploded at the
checkpoint, then gunmen opened fire, killing four guards". The events component
finds a trigger for each ("bomb", "opened fire", "killing"), and each would become
its own claim, as if three attacks had happened. Here the event claims of one
voice (same claimant, cue and stance) whose triggers are in one sentence, or in a
sentence and the one after it when that one points back to the act ("The blast
also damaged a school"), are merged when nothing in them says they are two acts:

* the same PLOVER type (the codebook counts a toll as part of its ASSAULT, and
  the toll is already coded ASSAULT), and for any type but ASSAULT the same mode
  or one without a mode (an attack's bombing and its gunfire are one ASSAULT,
  but agreeing to a truce and agreeing to talks are two agreements);
* the same negation;
* no conflicting participants: the initiators of one are not disjoint from the
  other's, nor the other's targets;
* no conflicting place or date;
* no word that marks another act ("another strike", "separately", "also",
  "after the fighting"),
  and not the same word told twice in one sentence ("shelled the town and then
  shelled the bridge").

The merged claim is the earliest trigger's, with the other triggers' spans as
``Event.evidence``, the more telling of their modes (``telling_mode``: "raped
and beat" is sexual violence) and the union of participants and tolls; its id is computed
the same way as any claim's (``Claim.make_id``), so it is deterministic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import NON_ATTACK_MODES, ActorMention, Claim, Event, PloverType, Span

_WORDS = load_lexicon("event_identity")
ANAPHORIC_DETERMINERS = word_set(_WORDS["anaphoric_determiners"])
DISTINCT_MODIFIERS = word_set(_WORDS["distinct_modifiers"])
DISTINCT_ADVERBS = word_set(_WORDS["distinct_adverbs"])
SEQUENCE_MARKERS = word_set(_WORDS["sequence_markers"])
GENERIC_MODES = word_set(_WORDS["generic_modes"])
ROBBERY_MODE = "robbery"
del _WORDS  # only the immutable names above outlive the import

ClaimKey = Callable[[Claim], str]


class EventMerger:
    """Merges the event claims of one Doc; holds nothing between documents."""

    def __init__(self, doc: Doc, sentence_starts: Sequence[int], make_id: ClaimKey) -> None:
        self.doc = doc
        self.sentence_starts = sentence_starts
        self.make_id = make_id
        self.actors: list[ActorMention] = list(doc._.actors or [])

    def merge(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` with each group of claims that tell one act replaced by one
        claim; other claims are kept as they are. Order: by content, then id.
        Without sentence boundaries nothing is merged (a whole text is no sentence)."""
        groups: list[list[Claim]] = []
        if not self.sentence_starts:
            return sorted(claims, key=lambda c: (c.content.start, c.content.end, c.id))
        events = sorted(
            (c for c in claims if isinstance(c.proposition, Event)),
            key=lambda c: (_event(c).trigger.start, c.id),
        )
        for claim in events:
            group = next((g for g in reversed(groups) if self._joins(g, claim)), None)
            if group is None:
                groups.append([claim])
            else:
                group.append(claim)
        merged = [self._merged(g) for g in groups]
        others = [c for c in claims if not isinstance(c.proposition, Event)]
        return sorted(others + merged, key=lambda c: (c.content.start, c.content.end, c.id))

    def _joins(self, group: list[Claim], claim: Claim) -> bool:
        last = group[-1]
        if _voice(last) != _voice(claim):
            return False
        here = self._sentence(_event(claim).trigger)
        there = self._sentence(_event(last).trigger)
        if here == there:
            # "shelled the town and then shelled the bridge": a word told twice in
            # one sentence tells two acts.
            # A toll standing for its event is no word of the act ("dozens dead").
            word = self._word(_event(claim))
            if word and any(self._word(_event(m)) == word for m in group):
                return False
        elif not (here == there + 1 and self._continues(group, claim)):
            return False
        marked = self._marked_word(_event(claim))
        if marked is not None and not any(
            self._hangs_from(_event(member), marked) for member in group
        ):
            return False
        return all(
            compatible(self._with_doers(_event(member)), self._with_doers(_event(claim)))
            for member in group
        )

    def _with_doers(self, event: Event) -> Event:
        """``event`` with, when it names no initiator, the actor that is the subject
        of the clause its noun hangs from ("the army responded with air strikes"):
        two acts by two doers in one sentence are two acts."""
        if event.initiators:
            return event
        root = self._root(event.trigger)
        steps = 0
        while root is not None and root.pos_ in ("NOUN", "PROPN", "ADP") and steps < 3:
            if root.head.i == root.i:
                return event
            root = root.head
            steps += 1
        if root is None or root.pos_ != "VERB":
            return event
        doers = [
            actor
            for subject in root.children
            if subject.dep_ == "nsubj"
            for actor in self.actors
            if actor.span.start <= subject.idx < actor.span.end
        ]
        return event.model_copy(update={"initiators": doers}) if doers else event

    def _continues(self, group: list[Claim], claim: Claim) -> bool:
        """The claim's sentence points back to the group's act, and the group lies
        in the sentence just before (not spread over earlier ones): its trigger is
        a definite event noun ("the blast"), a toll standing for its event, a verb
        whose subject is "it", or a passive naming no doer ("were killed")."""
        first = self._sentence(_event(group[0]).trigger)
        if self._sentence(_event(claim).trigger) != first + 1:
            return False
        event = _event(claim)
        if _is_toll(event):
            return True
        root = self._root(event.trigger)
        if root is None:
            return False
        if root.pos_ in ("NOUN", "PROPN"):
            return any(
                c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS
                for c in root.children
            )
        # "It killed twelve people"; "twelve people were killed" (no doer named).
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.dep_ == "nsubj" and s.lower_ == "it" for s in subjects):
            return True
        passive = any(c.dep_ == "auxpass" for c in root.children)
        return passive and not event.initiators

    def _marked_word(self, event: Event) -> Token | None:
        """The word (the trigger, or the verb its noun belongs to) that carries a
        mark of another act than one already told, or None. The mark separates the
        trigger from acts told before, not from the other words of its own clause:
        in "days later, a roadside bomb blast killed 11 miners" "later" is on
        "killed", and "bomb", "blast" and "killed" are still one act."""
        root = self._root(event.trigger)
        if root is None:
            return None
        if root.dep_ in ("pobj", "pcomp") and root.head.lower_ in SEQUENCE_MARKERS:
            return root
        if any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKERS for c in root.children):
            return root
        words = [root, root.head] if root.pos_ in ("NOUN", "PROPN") else [root]
        for word in words:
            for child in word.children:
                if child.dep_ in ("amod", "det", "advmod", "npadvmod") and (
                    child.lower_ in DISTINCT_MODIFIERS or child.lower_ in DISTINCT_ADVERBS
                ):
                    return word
        return None

    def _hangs_from(self, event: Event, word: Token) -> bool:
        """The event's trigger is ``word``, or a noun phrase of its clause ("a roadside
        bomb blast" under "killed"), reached without passing another verb."""
        token = self._root(event.trigger)
        for _ in range(4):
            if token is None:
                return False
            if token.i == word.i:
                return True
            if token.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "NUM") or token.head.i == token.i:
                return False
            token = token.head
        return False

    def _merged(self, group: list[Claim]) -> Claim:
        if len(group) == 1:
            return group[0]
        primary = group[0]
        event = _event(primary)
        for claim in group[1:]:
            event = _joined(event, _event(claim))
        start = min(c.content.start for c in group)
        end = max(c.content.end for c in group)
        content = primary.content
        if (start, end) != (content.start, content.end):
            content = Span(
                start=start, end=end, text=self.doc.text[start:end], document_id=content.document_id
            )
        cites = sorted({i for c in group for i in c.cites})
        claim = primary.model_copy(
            update={"proposition": event, "content": content, "cites": cites}
        )
        return claim.model_copy(update={"id": self.make_id(claim)})

    def _word(self, event: Event) -> str:
        """The trigger's head word, "" for a toll that stands for its event."""
        span = event.trigger
        if _is_toll(event):
            return ""
        root = self._root(span)
        return (root.lemma_ or root.lower_).lower() if root is not None else span.text.lower()

    def _sentence(self, span: Span) -> int:
        return bisect_right(self.sentence_starts, span.start) - 1

    def _root(self, span: Span) -> Token | None:
        words = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        return words.root if words is not None and len(words) else None


def compatible(one: Event, other: Event) -> bool:
    """Nothing in the two events says they are two acts (the module docstring's rules)."""
    if one.type != other.type or one.negated != other.negated:
        return False
    if one.type != PloverType.ASSAULT and one.mode and other.mode and one.mode != other.mode:
        return False
    if _conflicting_sides(one, other) or _conflicting_sides(other, one):
        return False
    if one.place is not None and other.place is not None and not _same_place(one, other):
        return False
    if one.date is not None and other.date is not None:
        a, b = one.date, other.date
        if a.start is not None and b.start is not None:
            a_end, b_end = a.end or a.start, b.end or b.start
            if a_end < b.start or b_end < a.start:
                return False
    return True


def _conflicting_sides(one: Event, other: Event) -> bool:
    """Different initiators, or one's initiators the other's targets ("A shelled B
    and B fired back" is two acts)."""
    if one.initiators and other.initiators and not _overlap(one.initiators, other.initiators):
        return True
    return _overlap(one.initiators, other.targets) and not _overlap(
        one.initiators, other.initiators
    )


def _overlap(ones: list[ActorMention], others: list[ActorMention]) -> bool:
    return any(_same_actor(a, b) for a in ones for b in others)


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return True
    if a.span.start < b.span.end and b.span.start < a.span.end:
        return True
    x, y = _name(a.name), _name(b.name)
    return bool(x) and bool(y) and (x in y or y in x)


def _same_place(one: Event, other: Event) -> bool:
    a, b = one.place, other.place
    assert a is not None and b is not None
    if a.span.start < b.span.end and b.span.start < a.span.end:
        return True
    if a.place is not None and b.place is not None:
        if a.place.geonames_id is not None and a.place.geonames_id == b.place.geonames_id:
            return True
        names = {_name(a.place.name), _name(b.place.name)}
        admins = {_name(a.place.admin1 or ""), _name(b.place.admin1 or "")}
        if len(names) == 1 or names & admins:
            return True
    x, y = _name(a.span.text), _name(b.span.text)
    return x in y or y in x


def _name(text: str) -> str:
    words = text.lower().split()
    if words and words[0] in ANAPHORIC_DETERMINERS | {"a", "an"}:
        words = words[1:]
    return " ".join(words)


def _joined(keep: Event, other: Event) -> Event:
    """``keep`` with ``other``'s trigger as evidence and its participants, place,
    date, instrument and tolls added where ``keep`` has none of them."""

    def union(ones: list[ActorMention], others: list[ActorMention]) -> list[ActorMention]:
        return ones + [b for b in others if not any(_same_actor(a, b) for a in ones)]

    initiators = union(keep.initiators, other.initiators)
    targets = union(keep.targets, other.targets)
    targets = [t for t in targets if not any(_same_actor(t, i) for i in initiators)]
    seen = {(c.span.start, c.span.end) for c in keep.casualties}
    casualties = keep.casualties + [
        c for c in other.casualties if (c.span.start, c.span.end) not in seen
    ]
    evidence = sorted(
        {(s.start, s.end): s for s in [*keep.evidence, other.trigger, *other.evidence]}.values(),
        key=lambda s: s.start,
    )
    return keep.model_copy(
        update={
            "mode": telling_mode(keep.mode, other.mode),
            "initiators": initiators,
            "targets": targets,
            "place": keep.place or other.place,
            "date": keep.date or other.date,
            "instrument": keep.instrument or other.instrument,
            "casualties": casualties,
            "evidence": evidence,
        }
    )


def telling_mode(one: str | None, other: str | None) -> str | None:
    """The mode of one act told with two: a generic mode (``GENERIC_MODES``, or
    none) gives way to a telling one; otherwise the first is kept. An accident's
    or a natural hazard's toll (``NON_ATTACK_MODES``) gives way to any means, and a
    toll of none does not make an act an accident: a cue explains only its own
    sentence. A robbery tells why, not by what means: it gives way to any means.
    Crowd-control weapons used in clashes make a clash: the crowd fought."""
    if (one in NON_ATTACK_MODES or other in NON_ATTACK_MODES) and one != other:
        means = other if one in NON_ATTACK_MODES else one
        return means if means is not None else one
    if ROBBERY_MODE in (one, other) and None not in (one, other):
        return other if one == ROBBERY_MODE else one  # "shot in a robbery": gunfire
    if one is None or (one in GENERIC_MODES and other is not None):
        return other or one
    if {one, other} == {"crowd_control", "clash"}:
        return "clash"  # tear gas in clashes: the crowd fought back, a two-sided fight
    return one


def _is_toll(event: Event) -> bool:
    """The event's trigger is a casualty figure standing for it ("more than 3000 victims")."""
    return any(c.span == event.trigger for c in event.casualties)


def _event(claim: Claim) -> Event:
    event = claim.proposition
    assert isinstance(event, Event)
    return event


def _voice(claim: Claim) -> tuple[object, ...]:
    """Who says it, with what words, how: claims of one voice may merge."""
    claimant = claim.claimant
    cue = claim.cue
    return (
        claimant.name if claimant is not None else None,
        claimant.span.start if claimant is not None else None,
        claim.claimant_is_outlet,
        (cue.start, cue.end) if cue is not None else None,
        claim.stance,
    )
