"""Who did it to whom, and where: event arguments read off the dependency parse.

``ArgumentFinder`` is built once per document. It indexes the actors and
places other components found, and answers, for a trigger token, its
initiators, targets and place. When the actors component found nothing at an
argument position, the noun phrase there becomes an ``ActorMention`` with
``source="rule"`` and a coarse label from the head noun (lower-cased wire text
has no capitals for NER to go on, so the head noun is the better evidence).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.argument_kinds import as_person, head_category, in_dateline
from warledger.extract.argument_positions import (
    RELATIVE,
    VERB_POS,
    noun_arguments,
    pobjs,
    reported_speaker,
    verb_arguments,
    with_conjuncts,
)
from warledger.extract.attrs import model_span, noun_chunks
from warledger.extract.event_places import EventPlaces
from warledger.model import ActorKind, ActorMention, PlaceMention

_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_RECIPROCAL_FIGHTS = frozenset({"clash", "fight", "battle", "skirmish", "scuffle"})
"""Verbs of a fight between two sides, whose "with" phrase names the other side."""
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


class ArgumentFinder:
    """Per-document index of actor and place mentions, and the parse rules."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors: list[ActorMention] = list(doc._.actors or [])
        self.places: list[PlaceMention] = list(doc._.places or [])
        self.place_tokens = {
            t.i for p in self.places for t in self._tokens(p.span.start, p.span.end)
        }

    @cached_property
    def chunks(self) -> dict[int, Span]:
        """Token index -> the noun chunk holding it (computed on first use)."""
        found: dict[int, Span] = {}
        for chunk in noun_chunks(self.doc):
            for token in chunk:
                found[token.i] = chunk
        return found

    def _tokens(self, start: int, end: int) -> Span:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None else self.doc[0:0]

    def inside_name(self, span: Span) -> bool:
        """Whether a trigger is a word of a longer name ("Popular Mobilization Forces")."""
        names = [(a.span.start, a.span.end) for a in self.actors if a.label in _NAME_LABELS]
        names += [(p.span.start, p.span.end) for p in self.places]
        return any(
            s <= span.start_char and span.end_char <= e and (e - s) > len(span.text)
            for s, e in names
        )

    # ------------------------------------------------------------ actors

    def participants(
        self, root: Token, triggers: frozenset[int] = frozenset(), exchange: bool = False
    ) -> tuple[list[ActorMention], list[ActorMention]]:
        """Initiators and targets of the event whose trigger head is ``root``.

        For an ``exchange`` (meeting, agreeing, aiding: acts done *with* or *to*
        someone) a verb without an object takes its "with"/"to" phrase as target,
        and a country there is a party; so does a fight between two sides
        ("security forces clashed with fighters loyal to ...": the fighters are the
        other side, where "attacked with rockets" names a weapon); for other events a
        place in an argument slot ("shelled Stepanakert") is where it happened, not a
        target.

        ``triggers`` are the tokens of all event triggers: an event word in an
        argument slot ("the attack killed") is another event, not a participant.
        """
        if root.pos_ in VERB_POS:
            init, targ = verb_arguments(root)
        else:
            init, targ = noun_arguments(root)
        init = [speaker for t in init for speaker in (reported_speaker(t) or [t])]
        reciprocal = root.lemma_.lower() in _RECIPROCAL_FIGHTS
        if (exchange or reciprocal) and not targ and root.pos_ in VERB_POS:
            targ = [
                p
                for c in root.children
                if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
                for p in pobjs(c)
            ]
        if not exchange:
            targ = [t for t in targ if t.i not in self.place_tokens]
        targets = [self._without_word(t, root) for t in self.mentions(targ, triggers)]
        if root.lemma_.lower() in lex.HARM_LEMMAS:
            targets = [as_person(t, self._tokens(t.span.start, t.span.end)) for t in targets]
        return self.mentions(init, triggers), targets

    def mentions(
        self, tokens: list[Token], triggers: frozenset[int] = frozenset()
    ) -> list[ActorMention]:
        """The actor mentions at argument tokens (with their conjuncts and appositions),
        leaving out event words (``triggers``) and words that name no participant."""
        seen: set[tuple[int, int]] = set()
        found: list[ActorMention] = []
        for token in with_conjuncts([t for t in tokens if not in_dateline(t)]):
            if token.i in triggers or token.lemma_.lower() in lex.NON_PARTICIPANTS:
                continue
            for mention in self._mentions_at(token):
                key = (mention.span.start, mention.span.end)
                if key not in seen:
                    seen.add(key)
                    found.append(mention)
        return found

    def _mentions_at(self, token: Token) -> list[ActorMention]:
        if token.lemma_.lower() in lex.QUANTITY_HEADS:
            counted = [
                p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)
            ]
            if counted:
                return self._mentions_at(counted[0])
        if token.pos_ == "PRON" or token.lower_ in RELATIVE or token.ent_type_ in _NOT_ACTORS:
            return []
        if token.lemma_.lower() in lex.WEAPON_NOUNS:
            owners = [c for c in token.children if c.dep_ in ("compound", "amod", "poss")]
            return [self._owner_mention(c) for c in owners if c.ent_type_ in _NAME_LABELS]
        phrase = self.chunks.get(token.i) or token.doc[token.i : token.i + 1]
        if any(t.i == token.head.i for t in phrase if t.i != token.i):
            phrase = token.doc[token.left_edge.i : token.i + 1]
        start, end = phrase.start_char, phrase.end_char
        known = [a for a in self.actors if a.span.start < end and start < a.span.end]
        covers_head = any(a.span.start <= token.idx < a.span.end for a in known)
        if known and (covers_head or token.lemma_.lower() not in lex.PERSON_NOUNS):
            return [*known, *self._affiliations(token, known)]
        return [*known, self._rule_mention(phrase, token), *self._affiliations(token, known)]

    def _affiliations(self, token: Token, known: list[ActorMention]) -> list[ActorMention]:
        """The group named with armed people: "members of the X", "X guerrillas", "a
        squad known as X", "a commando calling itself X"."""
        if token.lemma_.lower() not in lex.ARMED_NOUNS | {"member"}:
            return []
        groups = [
            p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)
        ]
        groups += [p for c in token.children if c.dep_ == "acl" for p in _given_names(c)]
        groups += [s for c in token.children if c.dep_ == "poss" for s in reported_speaker(c)]
        groups += [
            c
            for c in token.lefts
            if c.dep_ == "compound" and c.lemma_.lower() not in lex.PERSON_NOUNS | lex.ARMED_NOUNS
        ]
        found = []
        for group in groups:
            if any(a.span.start <= group.idx < a.span.end for a in known):
                continue
            named = [a for a in self.actors if a.span.start <= group.idx < a.span.end]
            if named:  # the actors component's mention, with its knowledge-base link
                found.append(named[0])
                continue
            words = self.chunks.get(group.i) if group.dep_ == "pobj" else None
            mention = self._rule_mention(words or group.doc[group.i : group.i + 1], group)
            found.append(mention.model_copy(update={"label": "ORG", "kind": ActorKind.ARMED_GROUP}))
        return found

    def _without_word(self, mention: ActorMention, word: Token) -> ActorMention:
        """A rule mention that opens with the trigger word cut after it: the participle
        that qualifies a noun ("the assassinated candidate") tells the act, not a name."""
        if mention.source != "rule" or mention.span.start != word.idx or word.dep_ != "amod":
            return mention
        whole = self._tokens(mention.span.start, mention.span.end)
        if len(whole) < 2:
            return mention
        rest = whole[1:]
        return mention.model_copy(update={"span": model_span(rest), "name": rest.text})

    def _owner_mention(self, token: Token) -> ActorMention:
        """The named owner of a weapon ("US" in "US warplanes")."""
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        words = ent if ent is not None else token.doc[token.i : token.i + 1]
        known = [a for a in self.actors if a.span.start <= token.idx < a.span.end]
        return known[0] if known else self._rule_mention(words, token)

    def _rule_mention(self, phrase: Span, head: Token) -> ActorMention:
        words = [
            t
            for t in phrase
            if not (t.i == phrase.start and t.pos_ == "DET")
            and not (t.i == phrase.end - 1 and t.dep_ == "case")
        ]
        span = phrase.doc[words[0].i : words[-1].i + 1] if words else phrase
        label, kind = head_category(head)
        return ActorMention(
            span=model_span(span),
            name=span.text,
            kind=kind,
            label=label,
            source="rule",
        )

    # ------------------------------------------------------------ place

    def place(
        self, root: Token, attached_only: bool = False, actors: Sequence[ActorMention] = ()
    ) -> PlaceMention | None:
        """The place of the event whose trigger's head is ``root`` (``event_places``)."""
        return self._places.place(root, attached_only, actors)

    @cached_property
    def _places(self) -> EventPlaces:
        return EventPlaces(self.doc, self.actors, self.places)


def _given_names(verb: Token) -> list[Token]:
    """The name a clause of naming gives: "known as X", "calling itself X", "named X"."""
    lemma = verb.lemma_.lower()
    if lemma == "know":
        return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in pobjs(c)]
    if lemma in ("call", "name"):
        return [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"]
    return []
