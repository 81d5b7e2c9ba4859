"""warledger_claims: who each claim belongs to, on short texts written for these tests.

The first group feeds the assembler hand-made attributions and events (its
input contract), so its placement rules are tested apart from the upstream
components; the second runs the whole pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.engines.local import extract_parallel
from warledger.extract.claims import ClaimAssembler, combine_stance
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import (
    ActorMention,
    Attribution,
    Claim,
    DateMention,
    DatePrecision,
    Event,
    PloverType,
    Relation,
    RelationPredicate,
    Span,
    Stance,
)

PUBLISHED = date(2024, 5, 1)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(build_pipeline())


@pytest.fixture(scope="module")
def bare(extractor: Extractor) -> Language:
    """The statistical pipeline only: upstream annotations are set by hand."""
    return extractor.nlp


def span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start=start, end=start + len(words), text=words)


def annotated(
    nlp: Language,
    text: str,
    attributions: list[Attribution] | None = None,
    events: list[Event] | None = None,
    dates: list[DateMention] | None = None,
) -> Doc:
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        doc = nlp.get_pipe(name)(doc)
    doc._.document_id = "d1"
    doc._.published = PUBLISHED
    doc._.attributions = attributions or []
    doc._.events = events or []
    doc._.relations = []
    doc._.dates = dates or []
    return doc


def assemble(doc: Doc) -> list[Claim]:
    return ClaimAssembler(doc, {"warledger_claims": "warledger_claims_v3"}).claims()


def shelling(text: str, trigger: str = "shelled", negated: bool = False, nth: int = 0) -> Event:
    return Event(type=PloverType.ASSAULT, trigger=span(text, trigger, nth), negated=negated)


def test_attributed_attack_belongs_to_the_speaker(bare: Language) -> None:
    text = "Army spokesman Ali Hassan said rebels shelled the village of Karm."
    speaker = ActorMention(span=span(text, "Ali Hassan"), name="Ali Hassan", label="PERSON")
    attribution = Attribution(
        source=span(text, "Army spokesman Ali Hassan"),
        claimant=speaker,
        cue=span(text, "said"),
        content=span(text, "rebels shelled the village of Karm"),
    )
    [claim] = assemble(annotated(bare, text, [attribution], [shelling(text)]))
    assert claim.claimant == speaker
    assert not claim.claimant_is_outlet
    assert claim.cue is not None and claim.cue.text == "said"
    assert claim.content.text == "rebels shelled the village of Karm"
    assert claim.stance is Stance.ASSERTED
    assert isinstance(claim.proposition, Event) and claim.proposition.type is PloverType.ASSAULT


def test_denial_cue_makes_a_denied_claim(bare: Language) -> None:
    text = "The ministry denied shelling the town."
    attribution = Attribution(
        source=span(text, "The ministry"),
        cue=span(text, "denied"),
        content=span(text, "shelling the town"),
        stance=Stance.DENIED,
    )
    for negated in (False, True):
        event = shelling(text, "shelling", negated=negated)
        [claim] = assemble(annotated(bare, text, [attribution], [event]))
        assert claim.stance is Stance.DENIED
        assert claim.claimant is not None and claim.claimant.name == "The ministry"


def test_negated_event_in_an_assertion_is_a_denial() -> None:
    assert combine_stance(Stance.ASSERTED, Stance.DENIED) is Stance.DENIED
    assert combine_stance(Stance.ASSERTED, Stance.ASSERTED) is Stance.ASSERTED
    assert combine_stance(Stance.ASSERTED, Stance.HYPOTHETICAL) is Stance.HYPOTHETICAL
    assert combine_stance(Stance.FUTURE, Stance.DENIED) is Stance.FUTURE


def test_unattributed_report_is_the_outlets_voice(bare: Language) -> None:
    text = "Rebels shelled the town of Karm. Markets stayed closed."
    [claim] = assemble(annotated(bare, text, events=[shelling(text)]))
    assert claim.claimant_is_outlet
    assert claim.claimant is None
    assert claim.content.text == "Rebels shelled the town of Karm."
    assert claim.said_at == PUBLISHED


def test_quotation_without_attribution_is_not_the_outlet(bare: Language) -> None:
    text = 'Residents were afraid. "Rebels shelled the town all night."'
    [claim] = assemble(annotated(bare, text, events=[shelling(text)]))
    assert not claim.claimant_is_outlet
    assert claim.content.text == '"Rebels shelled the town all night."'


def test_quotation_goes_to_the_cue_that_follows_it(bare: Language) -> None:
    text = "“Rebels shelled the town. We are leaving now,” said the mayor."
    attribution = Attribution(
        source=span(text, "the mayor"),
        cue=span(text, "said"),
        content=span(text, "We are leaving now"),
    )
    claims = assemble(annotated(bare, text, [attribution], [shelling(text)]))
    [claim] = [c for c in claims if c.proposition is not None]
    assert claim.claimant is not None and claim.claimant.name == "the mayor"
    assert claim.content.text.startswith("“Rebels shelled")


def test_interview_answers_belong_to_the_interviewee(bare: Language) -> None:
    text = (
        "An interview with Omar Haddad.\n\n"
        "Q: Rebels shelled the port, did they not?\n\n"
        "Answer: Rebels shelled the bridge too.\n\n"
        "And the army shelled the market.\n\n"
        "[1] Notes.\n\nReaders shelled us with comments."
    )
    events = [shelling(text, "shelled", nth=n) for n in range(4)]
    claims = {c.proposition.trigger.start: c for c in assemble(annotated(bare, text, [], events))}
    question, answer, continued, after = (claims[e.trigger.start] for e in events)
    assert question.claimant_is_outlet, "the interviewer's question is the outlet's voice"
    for claim in (answer, continued):
        assert not claim.claimant_is_outlet
        assert claim.claimant is not None and claim.claimant.name == "Omar Haddad"
        assert claim.cue is not None and claim.cue.text == "Answer:"
        assert claim.content.text.endswith("shelled the market.")
    assert after.claimant_is_outlet, "the turn ends at the footnote mark"


def test_attribution_without_proposition_is_a_statement(bare: Language) -> None:
    text = "The author wrote that all parties exaggerate their victories."
    attribution = Attribution(
        source=span(text, "The author"),
        cue=span(text, "wrote"),
        content=span(text, "all parties exaggerate their victories"),
    )
    [claim] = assemble(annotated(bare, text, [attribution]))
    assert claim.proposition is None
    assert not claim.claimant_is_outlet
    assert claim.content.text == "all parties exaggerate their victories"


def test_said_at_is_the_date_of_the_statement(bare: Language) -> None:
    text = "On Monday the army said rebels shelled the town on Sunday."
    attribution = Attribution(
        source=span(text, "the army"),
        cue=span(text, "said"),
        content=span(text, "rebels shelled the town on Sunday"),
    )
    dates = [
        DateMention(span=span(text, word), start=day, end=day, precision=DatePrecision.DAY)
        for word, day in (("Monday", date(2024, 4, 29)), ("Sunday", date(2024, 4, 28)))
    ]
    [claim] = assemble(annotated(bare, text, [attribution], [shelling(text)], dates))
    assert claim.said_at == date(2024, 4, 29)
    [told] = assemble(annotated(bare, text, [attribution], [shelling(text)], dates[1:]))
    assert told.said_at == PUBLISHED, "the event's own date is not when it was told"


def test_ids_are_deterministic_and_distinct(bare: Language) -> None:
    text = "Rebels shelled the town and then shelled the bridge."
    events = [
        Event(type=PloverType.ASSAULT, trigger=span(text, "shelled", nth=nth)) for nth in (0, 1)
    ]
    first = assemble(annotated(bare, text, events=events))
    again = assemble(annotated(bare, text, events=events))
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == 2


def test_negated_relation_in_outlet_voice_is_denied(bare: Language) -> None:
    text = "Iran did not back the Houthis."
    iran = ActorMention(span=span(text, "Iran"), name="Iran", label="GPE")
    houthis = ActorMention(span=span(text, "Houthis"), name="Houthis", label="NORP")
    doc = annotated(bare, text)
    doc._.relations = [
        Relation(
            predicate=RelationPredicate.SPONSORS,
            subject=iran,
            object=houthis,
            trigger=span(text, "back"),
        )
    ]
    [claim] = assemble(doc)
    assert claim.claimant_is_outlet
    assert claim.stance is Stance.DENIED


# ----------------------------------------------------------- whole pipeline


def claims_of(extractor: Extractor, text: str) -> list[Claim]:
    return extractor.extract(TextInput(text, "doc-1", PUBLISHED))


def assaults(claims: list[Claim]) -> list[Claim]:
    return [
        c
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.ASSAULT
    ]


def event_stances(extractor: Extractor, text: str, key: str = "type") -> dict[object, Stance]:
    """The stance of each event claim of ``text``, by the event's ``key`` field
    ("type", "mode"; "trigger" for the trigger's words)."""
    return {
        (c.proposition.trigger.text if key == "trigger" else getattr(c.proposition, key)): c.stance
        for c in claims_of(extractor, text)
        if isinstance(c.proposition, Event)
    }


def test_pipeline_attributed_attack(extractor: Extractor) -> None:
    text = "A military spokesman said rebels shelled the town of Karm on Monday."
    found = assaults(claims_of(extractor, text))
    assert found
    for claim in found:
        assert not claim.claimant_is_outlet
        assert claim.claimant is not None
        assert claim.claimant.span.text in "A military spokesman"
        assert claim.cue is not None and claim.cue.text == "said"


def test_pipeline_denial(extractor: Extractor) -> None:
    found = assaults(claims_of(extractor, "The rebels denied shelling the town of Karm."))
    assert found
    assert all(c.stance is Stance.DENIED and not c.claimant_is_outlet for c in found)


def test_pipeline_outlet_voice(extractor: Extractor) -> None:
    found = assaults(claims_of(extractor, "Rebels shelled the town of Karm on Monday."))
    assert found
    assert all(c.claimant_is_outlet and c.claimant is None for c in found)


def test_pipeline_relation_claim_names_its_producer(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Iran backs the Houthis.")
    [claim] = [c for c in claims if isinstance(c.proposition, Relation)]
    assert claim.proposition.predicate is RelationPredicate.SPONSORS
    assert claim.producer["warledger_claims"] == "warledger_claims_v3"
    # the pattern stage's factory, and the trained classifier's weights that run beside it
    assert claim.producer["warledger_relations"].startswith("warledger_relations_v2@relclf-")
    assert claim.document_id == "doc-1"


@pytest.mark.slow
def test_worker_processes_give_the_same_claims_in_order(extractor: Extractor) -> None:
    """Claim ids are deterministic, so a process pool must reproduce them exactly."""
    texts = [
        "Rebels shelled the town of Karm on Monday.",
        "",
        "A military spokesman said rebels shelled the town of Karm.",
        "Iran backs the Houthis.",
    ]
    items = [TextInput(text, f"doc-{n}", PUBLISHED) for n, text in enumerate(texts)]
    expected = [[c.id for c in extractor.extract(item)] for item in items]
    pooled = [[c.id for c in claims] for claims in extract_parallel(items, 2, batch_size=1)]
    assert pooled == expected
    assert expected[1] == [] and all(expected[n] for n in (0, 2, 3))


def test_pipeline_denied_relation(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Russia denied sending fighters to Libya.")
    [claim] = [c for c in claims if isinstance(c.proposition, Relation)]
    assert claim.proposition.predicate is RelationPredicate.DEPLOYS_FIGHTERS_TO
    assert claim.stance is Stance.DENIED
    assert claim.claimant is not None and claim.claimant.span.text == "Russia"


def test_an_act_beside_a_hypothetical_content_stays_asserted(extractor: Extractor) -> None:
    text = "The governor extended the curfew and announced that more police would be deployed."
    by_mode = event_stances(extractor, text, "mode")
    assert by_mode["curfew"] is Stance.ASSERTED
    assert Stance.HYPOTHETICAL in by_mode.values()


def test_what_had_happened_when_someone_vowed_is_the_texts_fact(extractor: Extractor) -> None:
    text = "The governor vowed an inquiry after seven villagers were murdered in Karm."
    stances = event_stances(extractor, text, "trigger")
    assert stances["murdered"] is Stance.ASSERTED
    assert stances["inquiry"] is Stance.FUTURE
    # A condition of the vow is no circumstance: it has not happened.
    text = "The governor vowed an inquiry if more villagers are murdered in Karm."
    murders = assaults(claims_of(extractor, text))
    assert murders and all(c.stance is not Stance.ASSERTED for c in murders)


def test_what_is_asked_for_has_not_happened(extractor: Extractor) -> None:
    text = "Ministers urged Velmora on Friday to accept a truce or face new sanctions."
    stances = event_stances(extractor, text)
    assert stances == {
        PloverType.REQUEST: Stance.ASSERTED,
        PloverType.AGREE: Stance.HYPOTHETICAL,
        PloverType.SANCTION: Stance.HYPOTHETICAL,
    }


def test_an_event_that_dates_a_speech_act_is_the_texts_own(extractor: Extractor) -> None:
    """The quote is the guard's; the raid after which he spoke is the text's fact."""
    text = '"We cannot reach the crew," a railway guard told reporters soon after the raid.'
    raids = assaults(claims_of(extractor, text))
    assert [(c.claimant_is_outlet, c.stance) for c in raids] == [(True, Stance.ASSERTED)]


def test_a_refusal_that_is_a_threats_circumstance_denies_nothing(extractor: Extractor) -> None:
    text = "The rebels threatened to shell Karm after the army had refused their demands."
    stances = event_stances(extractor, text)
    assert stances[PloverType.THREATEN] is Stance.FUTURE
    assert stances[PloverType.REJECT] is Stance.ASSERTED


def test_a_warning_keeps_the_stance_of_what_it_warns(extractor: Extractor) -> None:
    text = "The army will shell the port if the ships stay, a colonel warned."
    threats = [
        c
        for c in claims_of(extractor, text)
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.THREATEN
    ]
    assert threats and all(c.stance is Stance.FUTURE for c in threats)


def test_a_denial_act_is_the_deniers_even_when_paired_across_sentences(bare: Language) -> None:
    text = "Ostrelia denied sending fighters to Varnia. Borovia said the claim was false."
    denier = ActorMention(span=span(text, "Ostrelia"), name="Ostrelia", label="GPE")
    other = ActorMention(span=span(text, "Borovia"), name="Borovia", label="GPE")
    # A pairing that took its source from the next sentence.
    attribution = Attribution(
        source=span(text, "Borovia"),
        claimant=other,
        cue=span(text, "denied"),
        content=span(text, "sending fighters to Varnia"),
        stance=Stance.DENIED,
    )
    rejection = Event(type=PloverType.REJECT, trigger=span(text, "denied"))
    doc = annotated(bare, text, [attribution], [rejection])
    doc._.actors = [denier, other]
    [claim] = [c for c in assemble(doc) if c.proposition is not None]
    assert claim.claimant == denier
    assert claim.stance is Stance.ASSERTED
    assert claim.cue is not None and claim.cue.text == "denied"


def test_a_toll_describing_other_peoples_names_is_reported_as_known(
    extractor: Extractor,
) -> None:
    """Only the publishing is future: the deaths the names belong to are not."""
    text = "A spokesman said the names of the nine dead would be published on Friday."
    tolls = [
        c
        for c in assaults(claims_of(extractor, text))
        if any(f.low == 9 for f in c.proposition.casualties)
    ]
    assert [c.stance for c in tolls] == [Stance.ASSERTED]
    assert tolls[0].claimant is not None and tolls[0].claimant.span.text == "A spokesman"


def test_the_verb_an_event_noun_is_the_object_of_is_no_speech(extractor: Extractor) -> None:
    # "imposed" is the sanctions' own verb: the outlet states them, the EU says nothing.
    text = "The European Union imposed fresh sanctions on two generals."
    [claim] = [c for c in claims_of(extractor, text) if isinstance(c.proposition, Event)]
    assert claim.proposition.type is PloverType.SANCTION
    assert claim.claimant_is_outlet and claim.cue is None


def test_a_condition_of_a_threat_refuses_nothing(extractor: Extractor) -> None:
    text = "The governor threatened to close the port if the siege was not lifted."
    types = {
        c.proposition.type for c in claims_of(extractor, text) if isinstance(c.proposition, Event)
    }
    assert PloverType.THREATEN in types
    assert PloverType.REJECT not in types


def test_a_vow_whose_trigger_runs_past_its_cue_is_still_the_speech_act(
    extractor: Extractor,
) -> None:
    # The trigger "vowed to" holds the cue "vowed": the threat is the speaker's,
    # with the threatened act's stance (future), not asserted in the outlet's voice.
    [threat] = [
        c
        for c in claims_of(extractor, "The clan vowed to burn the granaries of Karm.")
        if isinstance(c.proposition, Event) and c.proposition.type is PloverType.THREATEN
    ]
    assert threat.stance is Stance.FUTURE
    assert threat.claimant is not None and threat.claimant.name.lower().endswith("clan")
