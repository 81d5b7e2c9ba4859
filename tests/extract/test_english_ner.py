"""The English model's entity recogniser with the batched decoder finds what spaCy's
own greedy loop finds, token for token. Sentences are invented for these tests."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from warledger.extract.english_ner import BatchedEntityRecognizer
from warledger.extract.pipeline import SPACY_MODEL, load_model

TEXTS = [
    "Colonel Amira Hassan of the 4th Armoured Brigade said on Monday that 300 troops left.",
    "",
    "The United Nations said two civilians were killed in Dornavik, a town near the border.",
    "Nothing happened.",
    "President Ilse Varga flew to Geneva on 12 March with $4 million in aid for Sovanka.",
    "Police in the northern province of Halvesk arrested 14 members of the Brena "
    "Liberation Front. The ministry said the raid began at 6 a.m.",
]


@pytest.fixture(scope="module")
def batched_nlp() -> Language:
    return load_model(SPACY_MODEL)


def _entities(doc: Doc) -> tuple[list[tuple[int, int, str]], list[list[int]]]:
    table = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]).tolist()
    return [(e.start, e.end, e.label_) for e in doc.ents], table


def test_the_pinned_model_gets_the_batched_recogniser(batched_nlp: Language) -> None:
    assert isinstance(batched_nlp.get_pipe("ner"), BatchedEntityRecognizer)
    assert batched_nlp.pipe_names[-1] == "ner"


@pytest.mark.parametrize("batch_size", [1, 4, 16])
def test_batches_find_what_spacy_finds(
    spacy_nlp: Language, batched_nlp: Language, batch_size: int
) -> None:
    expected = [_entities(d) for d in spacy_nlp.pipe(TEXTS, batch_size=batch_size)]
    found = [_entities(d) for d in batched_nlp.pipe(TEXTS, batch_size=batch_size)]
    assert found == expected
    labels = {label for spans, _ in found for _, _, label in spans}
    assert {"PERSON", "ORG", "GPE", "DATE", "CARDINAL"} <= labels


def test_one_document_finds_what_spacy_finds(spacy_nlp: Language, batched_nlp: Language) -> None:
    text = " ".join(TEXTS)
    assert _entities(batched_nlp(text)) == _entities(spacy_nlp(text))
    assert _entities(batched_nlp(""))[0] == []


def test_preset_entities_go_to_spacys_loop(spacy_nlp: Language, batched_nlp: Language) -> None:
    """A document that already holds an entity keeps it, as spaCy's loop keeps it."""

    def with_preset(nlp: Language) -> Doc:
        doc = nlp.make_doc(TEXTS[2])
        preset = doc.char_span(TEXTS[2].index("Dornavik"), TEXTS[2].index(", a town"), "FAC")
        assert isinstance(preset, Span)
        doc.set_ents([preset])
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    expected, found = with_preset(spacy_nlp), with_preset(batched_nlp)
    assert (9, 10, "FAC") in _entities(found)[0]
    assert _entities(found) == _entities(expected)
    assert numpy.array_equal(found.to_array([ENT_IOB]), expected.to_array([ENT_IOB]))
