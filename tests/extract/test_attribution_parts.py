"""The attribution component's parts, each on one invented sentence parsed by the pinned
English model: noun cues, paragraph cuts, and attributions built from the tagger's spans
(the tagger itself is tested in test_attribution_tagger.py)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.attribution import AttributionComponent, _from_tagger
from warledger.extract.attribution_pairing import PairedSpans
from warledger.extract.attribution_ranges import in_paragraph
from warledger.extract.attribution_rule_cues import reporting_noun
from warledger.extract.attribution_tagger import TaggedSpan
from warledger.extract.attrs import register_extensions
from warledger.extract.pipeline import SPACY_MODEL
from warledger.model import Stance


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(SPACY_MODEL)


def _noun_cues(doc: Doc) -> list[tuple[str | None, str, str, Stance]]:
    found = (reporting_noun(doc, token) for token in doc)
    return [
        (a.source.text if a.source else None, a.cue.text, a.content.text, a.stance)
        for a in found
        if a is not None
    ]


def test_a_noun_cue_with_its_owner_and_clause(nlp: Language) -> None:
    doc = nlp("The militia's threat to shell the port was repeated on Monday.")
    assert _noun_cues(doc) == [("The militia", "threat", "to shell the port", Stance.FUTURE)]


def test_a_denial_noun_denies_and_a_noun_without_a_clause_is_no_cue(nlp: Language) -> None:
    doc = nlp("Observers rejected the army's denial that it had shelled the town.")
    assert _noun_cues(doc) == [
        ("the army", "denial", "that it had shelled the town", Stance.DENIED)
    ]
    assert _noun_cues(nlp("The denial came late in the evening.")) == []
    # a clause before the noun is not its content
    assert _noun_cues(nlp("Troops crossed the border, a report said.")) == []


def test_a_run_is_cut_at_a_blank_line_keeping_the_anchors_side(nlp: Language) -> None:
    doc = nlp("The mayor said the market was hit.\n\nShells fell on the port overnight.")
    assert doc[8].text == "\n\n"
    assert in_paragraph(doc, (3, 15), anchor=2) == (3, 8)
    assert in_paragraph(doc, (3, 15), anchor=12) == (9, 15)
    assert in_paragraph(doc, (3, 8), anchor=2) == (3, 8)


def _paired(
    source: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int]
) -> PairedSpans:
    return PairedSpans(
        source=TaggedSpan("Source", *source) if source else None,
        cue=TaggedSpan("Cue", *cue),
        content=TaggedSpan("Content", *content),
    )


def test_tagger_spans_keep_their_source_and_lose_end_punctuation(nlp: Language) -> None:
    doc = nlp("The governor said the bridge was destroyed.")
    made = _from_tagger(doc, _paired((0, 2), (2, 3), (3, 8)))
    assert (made.source.text, made.cue.text, made.content.text) == (
        "The governor",
        "said",
        "the bridge was destroyed",
    )
    assert made.stance == Stance.ASSERTED


def test_tagger_spans_without_a_source_take_the_cues_subject(nlp: Language) -> None:
    doc = nlp("The governor denied that the bridge was destroyed.")
    made = _from_tagger(doc, _paired(None, (2, 3), (3, 8)))
    assert made.source is not None and made.source.text == "The governor"
    assert made.stance == Stance.DENIED
    # a subject inside the content is not a speaker
    inside = _from_tagger(doc, _paired(None, (2, 3), (0, 8)))
    assert inside.source is None


def test_a_one_token_content_is_not_trimmed_away(nlp: Language) -> None:
    doc = nlp("He said: .")
    made = _from_tagger(doc, _paired((0, 1), (1, 2), (3, 4)))
    assert made.content.text == "."


def test_a_speaker_is_not_run_back_over_a_blank_line(nlp: Language) -> None:
    text = (
        'The minister called the vote "a disgrace and a fraud."\n\n'
        "Okafor, 61, who has chaired the committee for a decade, said the count would go on."
    )
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    subject = next(t for t in said.children if t.dep_ == "nsubj")
    assert subject.left_edge.i < next(t.i for t in doc if t.text == "\n\n")  # the misparse
    rules = AttributionComponent()._reporting_verb(doc, text, said)
    assert rules is not None and rules.source is not None
    assert rules.source.text == "Okafor, 61, who has chaired the committee for a decade,"
    # the tagger's source is cut the same way, keeping the cue's side
    quote = [t.i for t in doc if t.text == '"'][-1]
    made = _from_tagger(doc, _paired((quote, said.i), (said.i, said.i + 1), (said.i + 1, len(doc))))
    assert made.source is not None and made.source.text.startswith("Okafor")


@pytest.mark.parametrize("mark", [".", ",", ";", ":"])
def test_tagger_content_loses_a_trailing_stop_comma_colon_or_semicolon(
    nlp: Language, mark: str
) -> None:
    doc = nlp(f"Officials said troops fled {mark} Then the road closed.")
    assert doc[4].text == mark
    made = _from_tagger(doc, _paired((0, 1), (1, 2), (3, 5)))
    assert made.content.text == "fled"


def test_a_tagged_noun_cue_takes_the_nouns_stance(nlp: Language) -> None:
    doc = nlp("Russia's denial that its troops crossed was repeated.")
    made = _from_tagger(doc, _paired((0, 1), (2, 3), (3, 7)))
    assert (made.cue.text, made.content.text) == ("denial", "that its troops crossed")
    assert made.stance == Stance.DENIED


def test_only_reporting_nouns_are_noun_cues(nlp: Language) -> None:
    assert _noun_cues(nlp("The decision to close the border was made.")) == []
    assert _noun_cues(nlp("The plan to close the border was announced.")) == [
        (None, "plan", "to close the border", Stance.FUTURE)
    ]
