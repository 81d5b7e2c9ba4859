"""The English model's lemmatizer run once per word form sets the lemmas spaCy's own
lemmatizer sets, token for token. Sentences are invented for these tests."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.english_lemmas import CachedLemmatizer
from warledger.extract.pipeline import SPACY_MODEL, load_model

TEXTS = [
    "Colonel Amira Hassan said on Monday that 300 troops had left the bases.",
    "",
    "The militias were fleeing; the children's shelters had been shelled worse than ever.",
    "Drones struck 2 depots, 12 lorries and the ferries.  \n\nThey'd better've known.",
    "Bigger, biggest, quickly, best: the rebels' gains are the army's losses, analysts say.",
    "The Mayor's ex-deputies re-took the 3rd-floor offices of the U.N.-backed councils.",
]


@pytest.fixture(scope="module")
def cached_nlp() -> Language:
    return load_model(SPACY_MODEL)


def _lemmas(doc: Doc) -> list[str]:
    return [token.lemma_ for token in doc]


def test_the_pinned_model_gets_the_cached_lemmatizer(cached_nlp: Language) -> None:
    assert isinstance(cached_nlp.get_pipe("lemmatizer"), CachedLemmatizer)


def test_lemmas_are_spacys(spacy_nlp: Language, cached_nlp: Language) -> None:
    expected = [_lemmas(d) for d in spacy_nlp.pipe(TEXTS)]
    assert [_lemmas(d) for d in cached_nlp.pipe(TEXTS)] == expected
    # A second pass reads the lemmas it found the first time: still spaCy's.
    assert [_lemmas(d) for d in cached_nlp.pipe(TEXTS)] == expected
    assert expected[0][8:10] == ["troop", "have"] and expected[4][0] == "big"


def test_rule_lemmatize_is_spacys(spacy_nlp: Language, cached_nlp: Language) -> None:
    """Each token's candidate forms, in order, not only the first that becomes the lemma."""
    ours = cached_nlp.get_pipe("lemmatizer")
    theirs = spacy_nlp.get_pipe("lemmatizer")
    assert isinstance(ours, CachedLemmatizer)
    with spacy_nlp.select_pipes(disable=["lemmatizer"]):
        for doc in spacy_nlp.pipe(TEXTS):
            assert [ours.rule_lemmatize(t) for t in doc] == [theirs.rule_lemmatize(t) for t in doc]


def test_a_lemma_already_set_is_kept_unless_overwriting(spacy_nlp: Language) -> None:
    with spacy_nlp.select_pipes(disable=["lemmatizer"]):
        doc = spacy_nlp(TEXTS[0])
    doc[8].lemma_ = "soldier"
    spacy_lemmatizer = spacy_nlp.get_pipe("lemmatizer")
    for overwrite in (False, True):
        ours = CachedLemmatizer(spacy_nlp.vocab, None, mode="rule", overwrite=overwrite)
        ours.lookups = spacy_lemmatizer.lookups
        theirs = type(spacy_lemmatizer)(spacy_nlp.vocab, None, mode="rule", overwrite=overwrite)
        theirs.lookups = spacy_lemmatizer.lookups
        expected = _lemmas(theirs(doc.copy()))
        assert _lemmas(ours(doc.copy())) == expected
        assert (expected[8] == "soldier") is not overwrite


def test_the_lemma_column_is_written(cached_nlp: Language) -> None:
    doc = cached_nlp("Shells hit the villages.")
    assert doc.to_array([LEMMA]).tolist() == [cached_nlp.vocab.strings[t.lemma_] for t in doc]


def test_lemmas_outlive_a_memory_zone(cached_nlp: Language, spacy_nlp: Language) -> None:
    """A lemma first met inside a memory zone (whose new strings are dropped when it
    ends) is still written, and readable, in the next zone."""
    text = "The Zorvanian quartermasters were re-arming the outposts."
    expected = _lemmas(spacy_nlp(text))
    for _ in range(2):
        with cached_nlp.memory_zone():
            assert _lemmas(cached_nlp(text)) == expected
