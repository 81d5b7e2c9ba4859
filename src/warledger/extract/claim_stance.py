"""The stance a claim takes: the text's own words towards a proposition, and how an
attribution around it changes that.

Split from ``claims``, which places each proposition in the reported speech that
holds it; this module says what stance results (``combine_stance`` and its two
neighbours) and reads the parse for it (``StanceReader``): the trained factuality
score with negation and modality (``event_stance``), tolls whose deaths are taken
as known, and clauses that tell the circumstance of a speech act rather than its
content.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from warledger.extract.event_context import is_negated
from warledger.extract.event_stance import (
    beside_circumstance,
    event_stance,
    is_conditional,
    presupposed_toll,
    told_circumstance,
)
from warledger.model import Attribution, Event, PloverType, Relation, Span, Stance

NEGATION_DEPS = frozenset({"neg"})
# Event types whose modality is part of the type (PLOVER codes "will attack" as a
# THREATEN, "must withdraw" as a REQUEST, "will release" as an AGREE).
MODAL_TYPES = frozenset({PloverType.THREATEN, PloverType.REQUEST, PloverType.AGREE})
# How an infinitive or an "-ing" clause hangs on the verb of an act it accompanies
# ("marched to demand", "fired, saying ...").
_ATTACHED_ACTS = frozenset({"advcl", "xcomp"})


def combine_stance(attributed: Stance, own: Stance, conditional: bool = False) -> Stance:
    """The claimant's stance towards a proposition found inside their words.

    ``own`` is the stance the words themselves take (``event_stance``): a
    negated proposition in an assertion is a denial ("X said it did not shell
    Y"), a feared or conditional one stays hypothetical ("X said it feared an
    attack"). A denial stays a denial even when the event itself is marked
    negated, because the negation a parser sees in "X denied shelling Y" is
    usually the denial itself, not a second negation. Hypotheticals, futures
    and questions keep their stance: their negation is part of the content.
    ``conditional``: the proposition is a condition or what one conditions
    (``is_conditional``); a future report does not make it a forecast ("warned
    that its fighters will storm the town if the siege is not lifted"): it stays
    hypothetical. A denial or a question of it keeps its own stance.
    """
    if attributed is Stance.ASSERTED:
        return own
    if conditional and attributed is Stance.FUTURE:
        return Stance.HYPOTHETICAL
    return attributed


def outside_stance(attributed: Stance) -> Stance:
    """The stance a proposition beside an attribution's cue and content takes from it.

    "Ostrelia extended martial law and announced that reservists would be
    mobilised": the "would" makes the content hypothetical, not the extension
    the same sentence asserts. A denial or question still covers the sentence;
    a trigger that is the cue itself ("warned") keeps the cue's stance.
    """
    if attributed in (Stance.HYPOTHETICAL, Stance.FUTURE):
        return Stance.ASSERTED
    return attributed


def act_of_saying(attributed: Stance) -> Stance:
    """The stance of a proposition that is the reporting cue itself: denying
    is an act the text asserts ("X has denied ..." asserts the denial; what is
    denied is denied), while a warning or a question keeps the cue's stance."""
    return Stance.ASSERTED if attributed is Stance.DENIED else attributed


class StanceReader:
    """Reads stances off one document's parse; holds only that Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def own(self, proposition: Event | Relation) -> Stance:
        """The stance the text's words take, before any attribution: for an event,
        its trained factuality score with its negation and modal cues
        (``event_stance``); for a relation, its negation on the trigger or the verb
        it complements ("did not send", "never backed")."""
        span = self.doc.char_span(
            proposition.trigger.start, proposition.trigger.end, alignment_mode="expand"
        )
        if isinstance(proposition, Event):
            if span is None or len(span) == 0:
                return Stance.DENIED if proposition.negated else Stance.ASSERTED
            toll = any(c.span == proposition.trigger for c in proposition.casualties)
            modal_type = proposition.type in MODAL_TYPES
            return event_stance(span.root, proposition.negated, not toll, modal_type)
        if span is None or len(span) == 0:
            return Stance.ASSERTED
        token = span.root
        heads = [token, token.head] if token.dep_ in {"xcomp", "acl"} else [token]
        negated = any(child.dep_ in NEGATION_DEPS for head in heads for child in head.children)
        # a noun trigger is negated as an event noun is: "no unit opened fire on Y"
        negated = negated or (token.pos_ == "NOUN" and is_negated(token))
        # a participle fused to a noun that "no" denies: "there are no Turkish-backed
        # fighters in Y" denies the backing it names
        negated = negated or (
            token.dep_ == "amod"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)
        )
        # "no Chadian soldiers were stationed in Y", "there are no X troops in Y": the
        # one said to be there is denied by its determiner
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "attr"}]
        negated = negated or any(
            c.dep_ == "det" and c.lower_ == "no" for s in subjects for c in s.children
        )
        return Stance.DENIED if negated else Stance.ASSERTED

    def conditional(self, proposition: Event | Relation) -> bool:
        """Whether the proposition's trigger is a condition or what one conditions
        ("if the militia attacks, the army will respond": both). A threat, demand or
        promise is made whatever its condition: PLOVER codes "will destroy them if
        they cross" as a THREATEN, whose modality is its type, so it is no
        conditional here."""
        if isinstance(proposition, Event) and proposition.type in MODAL_TYPES:
            return False
        words = self._tokens(proposition.trigger)
        return words is not None and is_conditional(words.root)

    def presupposed(self, proposition: Event | Relation) -> bool:
        """A toll standing for its event that only describes another noun's people
        (``presupposed_toll``): "he said the names of the eleven dead would be
        published" reports the deaths as known; the "would" is the publishing's."""
        if not isinstance(proposition, Event):
            return False
        if not any(c.span == proposition.trigger for c in proposition.casualties):
            return False
        words = self._tokens(proposition.trigger)
        return words is not None and presupposed_toll(words.root)

    def beside(self, attribution: Attribution, proposition: Event | Relation) -> bool:
        """The attribution's cue stands in a circumstance clause that does not hold
        the proposition (``beside_circumstance``), or it hangs on the proposition's
        own verb as its purpose or its accompaniment ("marched to demand an end to
        the war", "fired on the convoy, saying it carried arms"):
        what they did is told by the text, what they said is theirs. Either way the
        cue does not speak for the proposition."""
        cue = attribution.cue
        if cue is None:
            return False
        words = self._tokens(cue)
        trigger = self._tokens(proposition.trigger)
        if words is None or trigger is None:
            return False
        said = words.root
        return beside_circumstance(said, trigger.root) or (
            said.head.i == trigger.root.i
            and said.dep_ in _ATTACHED_ACTS
            and said.tag_ in ("VB", "VBG")  # not a parenthetical "..., stated by X"
            and trigger.root.pos_ == "VERB"
        )

    def _tokens(self, span: Span) -> TokenSpan | None:
        """The tokens ``span`` covers, or None when it aligns to none."""
        words = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        return words if words is not None and len(words) else None

    def circumstance(self, proposition: Event | Relation, attribution: Attribution) -> bool:
        """An event in a past adverbial clause of the attribution's cue ("vowed an
        inquiry after seven were murdered", ``told_circumstance``): the text tells
        it as fact; the vow's stance is not the event's."""
        if not isinstance(proposition, Event) or attribution.cue is None:
            return False
        trigger, cue = self._tokens(proposition.trigger), self._tokens(attribution.cue)
        return trigger is not None and cue is not None and told_circumstance(trigger.root, cue.root)
