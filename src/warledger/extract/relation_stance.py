"""Who denies a relation, and with which word: the claims component's view of
``relation_denials``.

Split from ``relation_denials`` (which the argument readers use too) because it
turns the parse's rejection into the claim's parts: the cue as evidence and
the rejecter as an actor mention, when the sentence names one as the subject of
the rejecting verb ("Ankara rejected claims that ..."). When it names none
("reports that ... are not true, the ministry said"), the claimant is whoever
speaks the rejection, which the claims component finds.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from warledger.extract.relation_args import MentionIndex, actors_at, token_span
from warledger.extract.relation_denials import rejection_of
from warledger.model import ActorMention, Relation, Span


@dataclass(frozen=True)
class Denial:
    cue: Span
    denier: ActorMention | None


class DenialReader:
    """Reads the denials of one document's relations; holds its mention index."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index = MentionIndex(doc)

    def denial(self, relation: Relation) -> Denial | None:
        """The denial covering ``relation``'s trigger, or None when it is not rejected."""
        trigger = relation.trigger
        words = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if words is None or len(words) == 0:
            return None
        rejection = rejection_of(words.root)
        if rejection is None:
            return None
        deniers = actors_at(rejection.denier, self.index) if rejection.denier is not None else []
        return Denial(
            cue=token_span(rejection.cue, trigger.document_id),
            denier=deniers[0] if deniers else None,
        )
