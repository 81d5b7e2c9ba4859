"""Who denies a relation, and with which word: the claims component's view of
``relation_denials``.

Split from ``relation_denials`` (which the argument readers use too) because it
turns the parse's rejection into the claim's parts: the cue as evidence and
the rejecter as an actor mention, when the sentence names one as the subject of
the rejecting verb ("Ankara rejected claims that ..."). When it names none
("reports that ... are not true, the ministry said"), the claimant is whoever
speaks the rejection, which the claims component finds. The same reading of
subjects names who performs a speech act told without a clause of its own
("Ostrelia denied ...", "the ambassador, X, spoke on Friday.").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from warledger.extract.relation_args import actors_at
from warledger.extract.relation_denials import (
    Rejection,
    accusation_of,
    next_rebuttal,
    rebuttal_of,
    rejection_of,
    subject_of,
)
from warledger.extract.relation_mentions import MentionIndex, token_span
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import ActorMention, Event, Relation, Span

SPEAKING_VERBS = word_set(load_lexicon("attribution")["speaking_verbs"])


@dataclass(frozen=True)
class Denial:
    """A stance-taking word and who takes the stance (the denier of a denial,
    the author of an accusation)."""

    cue: Span
    denier: ActorMention | None


class DenialReader:
    """Reads the denials of one document's relations; holds its mention index."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def index(self) -> MentionIndex:
        """Built on first use: most documents name no denier or speaker that needs
        it, and building it costs as much as reading the relations' own index."""
        return MentionIndex(self.doc)

    def _trigger(self, proposition: Event | Relation) -> Token | None:
        trigger = proposition.trigger
        words = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        return words.root if words is not None and len(words) else None

    def _as_denial(self, rejection: Rejection | None) -> Denial | None:
        if rejection is None:
            return None
        deniers = actors_at(rejection.denier, self.index) if rejection.denier is not None else []
        return Denial(
            cue=token_span(rejection.cue, self.doc._.document_id or None),
            denier=deniers[0] if deniers else None,
        )

    def denial(self, proposition: Event | Relation) -> Denial | None:
        """The denial covering the trigger of ``proposition`` (a relation, or the event
        told in the same words), or None when it is not rejected."""
        trigger = self._trigger(proposition)
        if trigger is None:
            return None
        rejection = rejection_of(trigger)
        if rejection is not None and rejection.cue.i == trigger.i:
            return None  # the act of denying itself (a REJECT event), not what is denied
        return self._as_denial(rejection)

    def subject_actor(self, proposition: Event | Relation) -> ActorMention | None:
        """The named actor that is the subject of the trigger's verb ("Ostrelia
        denied ...", "the ambassador spoke ..."): who performs a speech act."""
        trigger = self._trigger(proposition)
        return self._named(subject_of(trigger) if trigger is not None else None)

    def speaker_of(self, sentence: Span) -> ActorMention | None:
        """The subject of a sentence whose main verb introduces a speaker
        without saying anything itself ("X spoke to reporters on Friday.")."""
        words = self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if words is None or len(words) == 0:
            return None
        root = words.root
        if root.pos_ != "VERB" or root.lemma_.lower() not in SPEAKING_VERBS:
            return None
        return self._named(subject_of(root))

    def _named(self, subject: Token | None) -> ActorMention | None:
        """The actor a subject names, itself or by its apposition ("the ambassador,
        Piotr Halm,")."""
        if subject is None:
            return None
        words = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        actors = [a for word in words for a in actors_at(word, self.index)]
        return actors[0] if actors else None

    def sides(self, relation: Relation) -> tuple[Denial | None, Denial | None]:
        """(accusation, rebuttal) around a relation: "X accused Y of sending
        fighters to Z, an allegation Y rejected" gives X asserting it and Y
        denying it; either may be missing. The rebuttal may be the next sentence
        ("Ankara has denied it."). Only named actors count."""
        trigger = self._trigger(relation)
        if trigger is None:
            return None, None
        accusation = self._as_denial(accusation_of(trigger))
        rebuttal = self._as_denial(rebuttal_of(trigger))
        later = next_rebuttal(trigger) if rebuttal is None else None
        if later is not None:
            # "The group's commander, X, has denied the reports.": named by apposition
            cue = token_span(later.cue, self.doc._.document_id or None)
            rebuttal = Denial(cue=cue, denier=self._named(later.denier))
        return (
            accusation if accusation and accusation.denier else None,
            rebuttal if rebuttal and rebuttal.denier else None,
        )
