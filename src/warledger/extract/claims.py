"""warledger_claims: every event and relation becomes a claim by someone.

This is where the ledger's first principle is enforced: nothing the text
attributes to someone may come out as the outlet asserting it as fact. Each
proposition (``doc._.events``, ``doc._.relations``) is placed in the innermost
reported speech (``doc._.attributions``) whose content holds its trigger; the
claim then carries that attribution's claimant, cue, content and stance. A
trigger inside quotation marks that no attribution explains is still not the
outlet's voice: it goes to the speaker whose cue follows the quote, else to
no claimant. In an interview transcript, everything in an "Answer:" turn is
the interviewee's (named by "an interview with X" when the text says so). A
trigger outside any content but in a sentence with a reporting
cue ("..., Karabakh will burn, stated by the journalist") goes to that cue's
speaker, the sentence as content: when in doubt, the outlet is not the
claimant. Only what is left is the outlet speaking for itself, with the
sentence as content. Reported speech
that contains no event or relation is kept as a claim without proposition
("all parties tend to exaggerate" is a statement worth recording); a line
that only a colon attributes states something only if it holds a verb: a
label and its value ("Key: value") state nothing.

What stance a placed proposition takes is ``claim_stance``'s. The triggers that
tell one act (a bombing, its gunfire, its toll) become one claim
(``event_merging``). Claim ids are deterministic (``Claim.make_id``), so
re-extracting a text never creates new claims, and every claim names the component
versions that produced it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from warledger.extract.attribution_claimant import names_no_one, speaker_name
from warledger.extract.attribution_lexicon import VERB_STANCE
from warledger.extract.claim_interviews import answer_turns, interviewee
from warledger.extract.claim_stance import (
    StanceReader,
    act_of_saying,
    combine_stance,
    outside_stance,
)
from warledger.extract.claim_text import ClaimText
from warledger.extract.event_merging import EventMerger
from warledger.extract.relation_stance import DenialReader
from warledger.extract.transfer_agreement import cite_transfer_claims
from warledger.model import (
    ActorMention,
    Attribution,
    Claim,
    DateMention,
    Event,
    Relation,
    Span,
    Stance,
)

# How far after a closing quotation mark a cue may start to claim the quote ('…” said X').
MAX_CUE_GAP = 3


def proposition_key(proposition: Event | Relation | None) -> str:
    """What distinguishes two claims with the same content span."""
    if proposition is None:
        return "statement"
    trigger = f"{proposition.trigger.start}:{proposition.trigger.end}"
    if isinstance(proposition, Event):
        return f"event:{proposition.type}:{proposition.mode}:{trigger}"
    obj = proposition.object or proposition.object_place
    obj_at = f"{obj.span.start}" if obj is not None else "-"
    # words that stand for several actors ("all three", "their") relate each of them
    subject = f"{proposition.subject.span.start}:{proposition.subject.name}"
    return f"relation:{proposition.predicate}:{subject}:{obj_at}:{trigger}"


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


class ClaimAssembler:
    """Builds the claims of one annotated Doc; holds nothing between documents."""

    def __init__(self, doc: Doc, producer: dict[str, str]) -> None:
        self.doc = doc
        self.stances = StanceReader(doc)
        self.layout = ClaimText(doc)
        self.producer = producer
        self.document_id: str = doc._.document_id or ""
        self.published: date | None = doc._.published
        self.dates: list[DateMention] = [d for d in doc._.dates or [] if d.start is not None]
        # Innermost first, so a quote inside a quote goes to the inner speaker.
        self.attributions: list[Attribution] = sorted(
            doc._.attributions or [], key=lambda a: a.content.end - a.content.start
        )
        self.answers: list[tuple[Span, Span]] = answer_turns(self.layout.text, self.layout.span)
        self.denials = DenialReader(doc)

    def claims(self) -> list[Claim]:
        found: dict[str, Claim] = {}
        explained: set[int] = set()
        propositions: list[Event | Relation] = [*(self.doc._.events or [])]
        propositions += self.doc._.relations or []
        for proposition in propositions:
            claim, attribution_at = self._claim_for(proposition)
            found.setdefault(claim.id, claim)
            if isinstance(proposition, Relation):
                for other in self._other_sides(proposition, claim):
                    found.setdefault(other.id, other)
            if attribution_at is not None:
                explained.add(attribution_at)
        for position, attribution in enumerate(self.attributions):
            if position not in explained and self._states(attribution):
                claim = self._attributed(attribution, None, attribution.stance)
                found.setdefault(claim.id, claim)
        merger = EventMerger(self.doc, self.layout.sentence_starts, self._id)
        return cite_transfer_claims(merger.merge(list(found.values())))

    def _states(self, attribution: Attribution) -> bool:
        """The attribution says something. A line that only a colon attributes
        ("Weather: sunny", a form's "Key: value" lines) is a statement when it holds
        a verb ("Minister: Troops will stay"); a label and its value are none,
        however many of them a text holds. Words a reporting verb takes are a
        statement even without a verb of their own ("voiced serious concern")."""
        cue = attribution.cue
        if cue is None or cue.text.strip() != ":":
            return True
        content = attribution.content
        words = self.doc.char_span(content.start, content.end, alignment_mode="expand")
        return words is not None and any(t.pos_ in ("VERB", "AUX") for t in words)

    def _id(self, claim: Claim) -> str:
        return Claim.make_id(self.document_id, claim.content, proposition_key(claim.proposition))

    def _claim_for(self, proposition: Event | Relation) -> tuple[Claim, int | None]:
        claim, position = self._placed(proposition)
        # An event whose attribution already denies it keeps that claim.
        already = isinstance(proposition, Event) and claim.stance is Stance.DENIED
        denial = None if already else self.denials.denial(proposition)
        if denial is None:
            return claim, position
        # A relation or event inside a rejection ("X denied sending...", "reports
        # that ... are false"): denied, by the rejecter named as subject, else by
        # the speaker whose words hold the rejection, else by the outlet.
        if denial.denier is not None:
            content = self.layout.sentence(denial.cue)
            claim = self._claim(
                denial.denier, False, denial.cue, content, claim.said_at, Stance.DENIED, proposition
            )
            return claim, position
        # the speaker whose verb is the rejection ("A Turkish official rejected..."),
        # else whose words hold it
        cued = [a for a in self.attributions if a.cue and _overlap(a.cue, denial.cue)]
        held = [a for a in self.attributions if _inside(denial.cue, a.content)]
        speaker = next(iter(cued + held), None)
        if speaker is not None:
            return self._attributed(speaker, proposition, Stance.DENIED), None
        sentence = self.layout.sentence(denial.cue)
        return self._claim(
            None, True, denial.cue, sentence, self.published, Stance.DENIED, proposition
        ), None

    def _other_sides(self, relation: Relation, claim: Claim) -> list[Claim]:
        """The accuser's assertion and the accused's rebuttal of one relation
        ("X accused Y of sending..., an allegation Y rejected"), each its own
        claim, unless ``claim`` already is it."""
        accusation, rebuttal = self.denials.sides(relation)
        others = []
        for side, stance in ((accusation, Stance.ASSERTED), (rebuttal, Stance.DENIED)):
            if side is None or side.denier is None:
                continue
            if claim.claimant is not None and claim.claimant.name == side.denier.name:
                continue
            content = self.layout.span(min(side.cue.start, relation.trigger.start), side.cue.end)
            if side.cue.start > relation.trigger.end:
                content = self.layout.span(side.denier.span.start, side.cue.end)
            others.append(
                self._claim(side.denier, False, side.cue, content, claim.said_at, stance, relation)
            )
        return others

    def _placed(self, proposition: Event | Relation) -> tuple[Claim, int | None]:
        trigger = proposition.trigger
        stance = self.stances.own(proposition)
        conditional = self.stances.conditional(proposition)
        for position, attribution in enumerate(self.attributions):
            if _inside(trigger, attribution.content) and not self._own_verb_as_cue(
                proposition, attribution.cue
            ):
                said = attribution.stance
                if self.stances.presupposed(proposition) or self.stances.circumstance(
                    proposition, attribution
                ):
                    # told as fact whatever the speaker does with the rest ("refused to
                    # agree to a truce after its planes bombed the town")
                    said = Stance.ASSERTED
                said = combine_stance(said, stance, conditional)
                return self._attributed(attribution, proposition, said), position
        quotation = next((q for q in self.layout.quotations if _inside(trigger, q)), None)
        if quotation is not None:
            return self._quoted(quotation, proposition, stance)
        answer = next(((cue, turn) for cue, turn in self.answers if _inside(trigger, turn)), None)
        if answer is not None:
            cue, turn = answer
            claimant = interviewee(self.doc, self.layout.text, self.layout.span)
            claim = self._claim(claimant, False, cue, turn, self.published, stance, proposition)
            return claim, None
        sentence = self.layout.sentence(trigger)
        for position, attribution in enumerate(self.attributions):
            cue = attribution.cue
            source = attribution.source
            if (
                cue is not None
                and _inside(cue, sentence)
                and not (source is not None and _inside(trigger, source))
            ):
                said = attribution.stance
                if self._own_verb_as_cue(proposition, cue):
                    continue
                if _overlap(trigger, cue):  # "vowed to" is the cue "vowed" and more
                    said = act_of_saying(said)
                    claim = self._speech_act(attribution, proposition, sentence)
                    return claim.model_copy(
                        update={"stance": combine_stance(said, stance, conditional)}
                    ), position
                if self.stances.beside(attribution, proposition) or self.stances.circumstance(
                    proposition, attribution
                ):
                    continue  # the text's own fact: what they said is theirs
                said = combine_stance(outside_stance(said), stance, conditional)
                return self._attributed(attribution, proposition, said, sentence), position
        return self._claim(None, True, None, sentence, self.published, stance, proposition), None

    def _own_verb_as_cue(self, proposition: Event | Relation, cue: Span | None) -> bool:
        """Whether the proposition's own verb was taken for a cue: "Turkey has backed
        Azerbaijan" states a backing in the outlet's voice, not a speech of Turkey's
        (the tagger reads "backed" as endorsing, as in "backed the plan"), and
        "Washington imposed new sanctions" states the sanctions ("imposed", the verb
        the event noun is the object of, is no speech). A cue that is a verb of
        saying ("denied sending") stays the proposition's speech act."""
        if cue is None:
            return False
        words = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if words is None or any(t.lemma_.lower() in VERB_STANCE for t in words):
            return False
        trigger = proposition.trigger
        if _inside(trigger, cue):
            return isinstance(proposition, Relation)
        if isinstance(proposition, Relation):
            return False
        event = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if event is None or event.root.dep_ not in ("dobj", "nsubjpass"):
            return False  # "have given figures of ... dead": the toll is what was said
        verb = event.root.head
        return verb.pos_ == "VERB" and words.start <= verb.i < words.end

    def _speech_act(
        self, attribution: Attribution, proposition: Event | Relation, sentence: Span
    ) -> Claim:
        """The claim of a proposition that is the cue itself ("Ostrelia denied
        ..."): the speaker performs the act, so it is theirs. The cue's own subject
        names them when the attribution's source lies outside the cue's sentence
        (a pairing that ran into the next sentence)."""
        claim = self._attributed(attribution, proposition, attribution.stance, sentence)
        source = attribution.source
        if source is None or not _inside(source, sentence):
            subject = self.denials.subject_actor(proposition)
            if subject is not None:
                claim = claim.model_copy(update={"claimant": subject})
        return claim

    def _quoted(
        self, quotation: Span, proposition: Event | Relation, own: Stance
    ) -> tuple[Claim, int | None]:
        """A proposition in a quotation that the attribution's content does not
        cover (a long speech with the cue at its end): the speaker is the
        attribution that overlaps the quotation or whose cue follows it."""
        for position, attribution in enumerate(self.attributions):
            cue = attribution.cue
            follows = cue is not None and 0 <= cue.start - quotation.end <= MAX_CUE_GAP
            overlaps = (
                attribution.content.start < quotation.end
                and quotation.start < attribution.content.end
            )
            if follows or overlaps:
                conditional = self.stances.conditional(proposition)
                stance = combine_stance(attribution.stance, own, conditional)
                return self._attributed(attribution, proposition, stance, quotation), position
        speaker = self._speaker_before(quotation)
        return self._claim(speaker, False, None, quotation, self.published, own, proposition), None

    def _speaker_before(self, quotation: Span) -> ActorMention | None:
        """Who the sentence right before a free-standing quotation introduces:
        the speaker of its cue ('"A," she said. "B."', 'X said: "..."'), or
        the subject of a verb of speaking ('X spoke on Friday. "..."')."""
        before = self.layout.sentence_before(quotation)
        if before is None:
            return None
        cues = [a for a in self.attributions if a.cue is not None and _inside(a.cue, before)]
        if cues:
            # The cue nearest the quotation: '"A," he said.' ends its sentence.
            return self._claimant(max(cues, key=lambda a: a.cue.start if a.cue else 0))
        return self.denials.speaker_of(before)

    def _attributed(
        self,
        attribution: Attribution,
        proposition: Event | Relation | None,
        stance: Stance,
        content: Span | None = None,
    ) -> Claim:
        claimant = self._claimant(attribution)
        source = attribution.source
        impersonal = claimant is None and source is not None and names_no_one(source.text)
        return self._claim(
            claimant,
            impersonal,
            attribution.cue,
            content or attribution.content,
            self._said_at(attribution),
            stance,
            proposition,
        )

    def _claim(
        self,
        claimant: ActorMention | None,
        is_outlet: bool,
        cue: Span | None,
        content: Span,
        said_at: date | None,
        stance: Stance,
        proposition: Event | Relation | None,
    ) -> Claim:
        return Claim(
            id=Claim.make_id(self.document_id, content, proposition_key(proposition)),
            document_id=self.document_id,
            claimant=claimant,
            claimant_is_outlet=is_outlet,
            cue=cue,
            content=content,
            said_at=said_at,
            stance=stance,
            proposition=proposition,
            producer=dict(self.producer),
        )

    def _claimant(self, attribution: Attribution) -> ActorMention | None:
        """The linked actor, else the source words themselves ("a military
        spokesman"): an unlinked speaker is still a speaker, not the outlet, unless
        the words name no one (``names_no_one``: "This confirms ...")."""
        if attribution.claimant is not None or attribution.source is None:
            return attribution.claimant
        source = attribution.source
        if names_no_one(source.text):
            return None
        return ActorMention(
            span=source, name=speaker_name(source), label="SOURCE", source="attribution"
        )

    def _said_at(self, attribution: Attribution) -> date | None:
        """The date nearest the cue in its sentence ("On October 6, X
        announced..."), else the publication date. Dates inside the content
        are when the reported events happened, not when they were told."""
        anchor = attribution.cue or attribution.source or attribution.content
        sentence = self.layout.sentence(anchor)
        candidates = [
            d
            for d in self.dates
            if _inside(d.span, sentence) and not _inside(d.span, attribution.content)
        ]
        nearest = min(candidates, key=lambda d: abs(d.span.start - anchor.start), default=None)
        return nearest.start if nearest is not None else self.published
