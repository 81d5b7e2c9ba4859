"""Language identification of document texts."""

from __future__ import annotations

from ingest_texts import ARTICLE

from warledger.ingest.language import detect_language


def test_languages_are_identified() -> None:
    assert detect_language(ARTICLE) == "en"
    assert detect_language("Les forces gouvernementales ont annoncé un cessez-le-feu hier.") == "fr"
    assert detect_language("Военные сообщили об обстреле города в понедельник.") == "ru"


def test_unconfident_guess_is_none() -> None:
    assert detect_language("ok") is None
    assert detect_language("ka3 lo5 mi7 ne2 ru9") is None
