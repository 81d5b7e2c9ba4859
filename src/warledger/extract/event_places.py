"""Where an event happened: the place its trigger's sentence names for it.

Split from ``event_args`` (who did what to whom): the place attached to the trigger
if possible, else the nearest in the sentence; not a place named as an actor
("Norway expelled..."), or as the doer of a passive; in the lead after a place
dateline, the dateline's town (``event_dateline``) rather than a person's home town
("A Warren woman was shot", ``place_residence``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from warledger.extract.attrs import doc_text, model_span
from warledger.extract.event_dateline import dateline_town, qualified_town
from warledger.extract.place_comparisons import compared_within
from warledger.extract.place_people import named_as_person, person_title
from warledger.extract.place_residence import names_residence
from warledger.model import ActorMention, GeoPrecision, PlaceMention

_VERB_POS = frozenset({"VERB", "AUX"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_OR_SUBJECT = frozenset({"nsubj", "nsubjpass", "compound", "amod", "poss", "agent"})


class EventPlaces:
    """Per-document index of the place and actor mentions events may be placed by."""

    def __init__(
        self, doc: Doc, actors: Sequence[ActorMention], places: Sequence[PlaceMention]
    ) -> None:
        self.doc = doc
        self.actors = list(actors)
        self.places = list(places)

    def _tokens(self, start: int, end: int) -> Span:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None else self.doc[0:0]

    def place(
        self, root: Token, attached_only: bool = False, actors: Sequence[ActorMention] = ()
    ) -> PlaceMention | None:
        """The place of the event: attached to the trigger if possible, else (unless
        ``attached_only``) the nearest in the sentence. A place named as one of the
        event's ``actors`` ("Norway expelled...") is an actor there, not the place.
        A state qualifying a town is the town's (``qualified_town``); in the lead
        after a place dateline, the dateline's town stands for no place or a name the
        gazetteer does not know (a street, a park: ``event_dateline``), and a person's
        home town there ("a Warren woman", ``place_residence``) gives way to it.
        Elsewhere a home town stays a candidate: dropping it left reports of ECB+
        placeless or placed by a stray name ("Sam's Club", "a Toyota") instead."""
        sent = root.sent
        candidates = [
            (p, self._tokens(p.span.start, p.span.end).root)
            for p in self.places
            if sent.start_char <= p.span.start < sent.end_char
        ]
        anchor = root.head if root.dep_ in ("dobj", "pobj") else root
        if not candidates:
            candidates = [
                (PlaceMention(span=model_span(e), score=0.1), e.root)
                for e in sent.ents
                if e.label_ in _PLACE_ENTS
                and not self._actor_tokens(e)
                and not (named_as_person(e) or person_title(e))
                and _attached(e.root, root, anchor)
            ]
        candidates = [
            (p, t)
            for p, t in candidates
            if not any(a.span.start < p.span.end and p.span.start < a.span.end for a in actors)
            and not _doer_by(t)
            and not compared_within(t)
        ]
        lead = self.dateline
        in_lead = lead is not None and sent == self.doc[lead[1]].sent
        if in_lead:  # "CITY — A Warren woman was shot": the dateline's town, not hers
            candidates = [(p, t) for p, t in candidates if not names_residence(t)]
        candidates = [
            (p, t)
            for p, t in candidates
            if _attached(t, root, anchor) or not self._in_actor_name(p)
        ]
        if attached_only:
            candidates = [(p, t) for p, t in candidates if _attached(t, root, anchor)]
        if not candidates:
            # The lead's event with no place in its sentence is in the dateline's town.
            return lead[0] if lead is not None and in_lead and not attached_only else None
        chosen = min(
            candidates,
            key=lambda pt: (not _attached(pt[1], root, anchor), abs(pt[1].i - root.i)),
        )[0]
        if lead is not None and in_lead and chosen.place is None:
            return lead[0]  # a street or a park of the dateline's town
        return qualified_town(chosen, self.places, doc_text(self.doc))

    @cached_property
    def dateline(self) -> tuple[PlaceMention, int] | None:
        """The dateline's town and where the lead begins (``event_dateline``)."""
        return dateline_town(self.doc, self.places)

    def _in_actor_name(self, place: PlaceMention) -> bool:
        """Whether a country is a word of a longer actor's name ("the U.S. military",
        "Russia's intelligence service"): it says whose the actor is, not where an
        event the sentence tells took place (unless the parse hangs it on the event).
        A town's force ("Kunduz police") is local: its town stays a fair guess."""
        if place.place is None or place.place.precision != GeoPrecision.COUNTRY:
            return False
        span = place.span
        return any(
            a.label not in _PLACE_ENTS
            and a.span.start <= span.start
            and span.end <= a.span.end
            and a.span.end - a.span.start > span.end - span.start
            for a in self.actors
        )

    def _actor_tokens(self, span: Span) -> set[int]:
        """Tokens of a span that the actors component took as an actor (not a place)."""
        return {
            t.i
            for a in self.actors
            if a.label not in _PLACE_ENTS
            for t in span
            if a.span.start <= t.idx < a.span.end
        }


def _doer_by(place: Token) -> bool:
    """A place named as the doer of a passive ("a mine operated by China", "a
    convoy escorted by Turkey") is an actor there, wherever the event was."""
    return place.dep_ == "pobj" and place.head.dep_ == "agent"


def _attached(place: Token, root: Token, anchor: Token) -> bool:
    """Whether the place hangs off the trigger in its own clause: "shelled X",
    "clashes in X", "attacked the village of X" (no other verb in between). A
    subject or modifier ("Russia launched", "US warplanes") is an actor, not a place."""
    if place.dep_ in _MODIFIER_OR_SUBJECT:
        return False
    for ancestor in place.ancestors:
        if ancestor in (root, anchor):
            return True
        if ancestor.pos_ in _VERB_POS:
            return False
    return False
