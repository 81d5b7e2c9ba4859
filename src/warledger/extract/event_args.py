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
from warledger.extract.attrs import model_span, noun_chunks
from warledger.extract.event_places import EventPlaces
from warledger.model import ActorKind, ActorMention, PlaceMention

_VERB_POS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_TARGET_PREPS = frozenset({"on", "against", "upon"})
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
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
        if root.pos_ in _VERB_POS:
            init, targ = _verb_arguments(root)
        else:
            init, targ = _noun_arguments(root)
        reciprocal = root.lemma_.lower() in _RECIPROCAL_FIGHTS
        if (exchange or reciprocal) and not targ and root.pos_ in _VERB_POS:
            targ = [
                p
                for c in root.children
                if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
                for p in _pobjs(c)
            ]
        if not exchange:
            targ = [t for t in targ if t.i not in self.place_tokens]
        targets = self._mentions(targ, triggers)
        if root.lemma_.lower() in lex.HARM_LEMMAS:
            targets = [as_person(t) for t in targets]
        return self._mentions(init, triggers), targets

    def _mentions(self, tokens: list[Token], triggers: frozenset[int]) -> list[ActorMention]:
        seen: set[tuple[int, int]] = set()
        found: list[ActorMention] = []
        for token in _with_conjuncts([t for t in tokens if not in_dateline(t)]):
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
                p
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in _pobjs(c)
            ]
            if counted:
                return self._mentions_at(counted[0])
        if token.pos_ == "PRON" or token.lower_ in _RELATIVE or token.ent_type_ in _NOT_ACTORS:
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
            return known
        return [*known, self._rule_mention(phrase, token), *self._affiliations(token, known)]

    def _affiliations(self, token: Token, known: list[ActorMention]) -> list[ActorMention]:
        """The group named with armed people: "members of the X", "X guerrillas"."""
        if token.lemma_.lower() not in lex.ARMED_NOUNS | {"member"}:
            return []
        groups = [
            p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)
        ]
        groups += [
            c
            for c in token.lefts
            if c.dep_ == "compound" and c.lemma_.lower() not in lex.PERSON_NOUNS | lex.ARMED_NOUNS
        ]
        found = []
        for group in groups:
            if any(a.span.start <= group.idx < a.span.end for a in known):
                continue
            words = self.chunks.get(group.i) if group.dep_ == "pobj" else None
            mention = self._rule_mention(words or group.doc[group.i : group.i + 1], group)
            found.append(mention.model_copy(update={"label": "ORG", "kind": ActorKind.ARMED_GROUP}))
        return found

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


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens, their conjuncts ("X and Y") and appositions ("the rector, Z")."""
    out: list[Token] = []
    for token in tokens:
        appositions = [c for c in token.children if c.dep_ == "appos"]
        for t in (token, *token.conjuncts, *appositions):
            if t not in out:
                out.append(t)
    return out


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _verb_arguments(root: Token) -> tuple[list[Token], list[Token]]:
    init: list[Token] = []
    targ: list[Token] = []
    for child in root.children:
        if child.dep_ in _SUBJECTS:
            init.append(child)
        elif child.dep_ in ("nsubjpass", "dobj"):
            targ.append(child)
        elif child.dep_ == "agent":
            init.extend(_pobjs(child))
        elif child.dep_ == "prep" and (
            child.lower_ in _TARGET_PREPS
            or (child.lower_ == "at" and root.lemma_.lower() in lex.AIMING_VERBS)
        ):
            # "on Sunday" is when, not whom: it must not stand for a target
            targ.extend(p for p in _pobjs(child) if p.ent_type_ not in ("DATE", "TIME"))
    if not init:
        init = _inherited_subject(root)
    if not targ:
        targ = _shared_object(root)
    if not targ and root.lemma_.lower() in lex.UNACCUSATIVE_VERBS:
        init, targ = [], [c for c in root.children if c.dep_ in _SUBJECTS]
    if _goes_off(root):
        # "a charge went off": the subject is the device, neither doer nor target
        init = [t for t in init if t.head.i != root.i or t.dep_ not in _SUBJECTS]
    relative_patient = root.dep_ == "relcl" and any(
        c.lower_ in _RELATIVE and c.dep_ == "nsubjpass" for c in root.children
    )
    if not targ and (relative_patient or (root.dep_ == "acl" and root.tag_ == "VBN")):
        targ = [root.head]
    return init, targ


def _goes_off(root: Token) -> bool:
    """ "went off", "had gone off": an explosion verb whose subject is what exploded."""
    return root.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in root.children
    )


def _shared_object(root: Token) -> list[Token]:
    """The object conjoined verbs share: "killed and wounded scores"."""
    partners = [c for c in root.children if c.dep_ == "conj" and c.pos_ in _VERB_POS]
    if root.dep_ == "conj" and root.head.pos_ in _VERB_POS:
        partners.append(root.head)
    for partner in partners:
        objects = [c for c in partner.children if c.dep_ == "dobj"]
        if objects:
            return objects
    return []


def _inherited_subject(root: Token) -> list[Token]:
    """The subject a verb shares: "X attacked and killed", "X, killing", "X who attacked"."""
    if root.dep_ == "relcl" and any(
        c.lower_ in _RELATIVE and c.dep_ in _SUBJECTS for c in root.children
    ):
        return [root.head]
    own_subject = any(c.dep_ in ("nsubjpass", "expl") for c in root.children)
    if root.dep_ == "advcl" and own_subject:
        # "vowed an inquiry after seven villagers were murdered": a clause with a
        # subject of its own does not share the main clause's
        return []
    if root.dep_ in ("conj", "advcl", "xcomp") and root.head.pos_ in _VERB_POS:
        head = root.head
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        agents = [p for c in head.children if c.dep_ == "agent" for p in _pobjs(c)]
        return subjects or agents
    return []


def _noun_arguments(root: Token) -> tuple[list[Token], list[Token]]:
    """Arguments of an event noun; a conjunct ("martial law and mobilization")
    takes its role in the clause from the first conjunct."""
    while root.dep_ == "conj" and root.head.pos_ not in _VERB_POS and root.head.i != root.i:
        root = root.head
    init: list[Token] = []
    targ: list[Token] = []
    for child in root.children:
        if child.dep_ == "poss" and root.lemma_.lower() in lex.VICTIM_NOUNS:
            targ.append(child)
        elif child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod")
            and (child.ent_type_ in ("NORP", "ORG", "GPE") or child.pos_ == "PROPN")
        ):
            init.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            init.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"of"}:
            targ.extend(_pobjs(child))
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ in lex.LIGHT_VERBS:
        init = init or [c for c in head.children if c.dep_ in _SUBJECTS]
        targ = targ or [
            p
            for c in head.children
            if c.dep_ == "prep"
            for p in _pobjs(c)
            if c.lower_ in _TARGET_PREPS
        ]
    elif root.dep_ == "nsubjpass" and head.lemma_ in lex.LIGHT_VERBS:
        init = init or [p for c in head.children if c.dep_ == "agent" for p in _pobjs(c)]
    elif root.dep_ == "nsubj" and head.pos_ in _VERB_POS:
        targ = targ or [c for c in head.children if c.dep_ == "dobj"]
    elif root.dep_ == "pobj" and head.head.pos_ in _VERB_POS:
        undergoers = ("nsubjpass", "nsubj") if head.lower_ == "under" else ("nsubjpass",)
        targ = targ or [c for c in head.head.children if c.dep_ in undergoers]
    return init, targ
