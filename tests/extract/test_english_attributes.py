"""The English model's attribute ruler matched on arrays sets what spaCy's own ruler
sets, token for token. Sentences are invented for these tests."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from warledger.extract.english_attributes import ArrayAttributeRuler
from warledger.extract.pipeline import SPACY_MODEL, load_model

TEXTS = [
    "Colonel Amira Hassan said on Monday that 300 troops had left the base.",
    "",
    "I don't know if it's over, y'all gonna see. Let's go, c'mon!",
    "There are two roads and there is one bridge; but they ain't open.\n\nWe got it.",
    "What did they do? It was done by those who had to, and you gotta ask them.",
]


@pytest.fixture(scope="module")
def array_nlp() -> Language:
    return load_model(SPACY_MODEL)


def _attributes(doc: Doc) -> list[list[int]]:
    return doc.to_array([TAG, POS, MORPH, LEMMA, DEP]).tolist()  # type: ignore[no-any-return]


def test_the_pinned_model_gets_the_array_ruler(array_nlp: Language) -> None:
    assert isinstance(array_nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)


def test_annotations_are_spacys(spacy_nlp: Language, array_nlp: Language) -> None:
    expected = [_attributes(d) for d in spacy_nlp.pipe(TEXTS)]
    assert [_attributes(d) for d in array_nlp.pipe(TEXTS)] == expected


def test_matches_are_spacys(spacy_nlp: Language, array_nlp: Language) -> None:
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    ours = array_nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler) and isinstance(ours, ArrayAttributeRuler)
    with spacy_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for doc in spacy_nlp.pipe(TEXTS):
            assert ours.match(doc) == ruler.match(doc)
    two_token = {(s, e) for _, _, s, e in ours.match(spacy_nlp(TEXTS[2])) if e - s == 2}
    assert two_token, "the multi-token rules ('let's', 'y'all') are exercised"


def test_rules_it_does_not_compile_go_to_spacys_matcher(spacy_nlp: Language) -> None:
    """A pattern with an operator (or another attribute) is matched by the ``Matcher``;
    rules added later take precedence, as in spaCy's ruler."""
    patterns = [
        {"patterns": [[{"LOWER": "troops"}]], "attrs": {"LEMMA": "soldier"}},
        {"patterns": [[{"IS_DIGIT": True}, {"LOWER": "troops", "OP": "?"}]], "attrs": {"POS": "X"}},
        {
            "patterns": [[{"TAG": {"IN": ["NNS", "NN"]}, "LOWER": {"REGEX": "^tro"}}]],
            "attrs": {"LEMMA": "troop"},
        },
    ]
    spacy_ruler, ours = AttributeRuler(spacy_nlp.vocab), ArrayAttributeRuler(spacy_nlp.vocab)
    for ruler in (spacy_ruler, ours):
        ruler.add_patterns(patterns)
    assert len(ours._rules()[1]) == 1
    with spacy_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = spacy_nlp(TEXTS[0])
    assert ours.match(doc) == spacy_ruler.match(doc)
    annotated = ours(doc.copy())
    assert [t.lemma_ for t in annotated if t.lower_ == "troops"] == ["troop"]
    assert _attributes(annotated) == _attributes(spacy_ruler(doc.copy()))
