"""Language identification of document texts, and what ingest does with each language."""

from __future__ import annotations

from pathlib import Path

from ingest_texts import ARTICLE

from warledger.config import Settings
from warledger.ingest import ingest
from warledger.ingest.language import detect_language
from warledger.model import Claim, Document
from warledger.store import Store


def test_languages_are_identified() -> None:
    assert detect_language(ARTICLE) == "en"
    assert detect_language("Les forces gouvernementales ont annoncé un cessez-le-feu hier.") == "fr"
    assert detect_language("Военные сообщили об обстреле города в понедельник.") == "ru"


def test_unconfident_guess_is_none() -> None:
    assert detect_language("ok") is None
    assert detect_language("ka3 lo5 mi7 ne2 ru9") is None


FRENCH_REPORT = (
    "Les forces gouvernementales ont annoncé hier soir un cessez-le-feu dans la province. "
    "Selon le ministère, trois soldats ont été blessés lors des combats de la semaine dernière, "
    "et les habitants du village attendent toujours l'aide promise par les autorités."
)


def test_a_document_in_an_unsupported_language_is_stored_but_not_extracted(
    settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH_REPORT, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ARTICLE, encoding="utf-8")
    handed_over: list[str] = []

    def extract(documents: list[Document]) -> list[list[Claim]]:
        handed_over.extend(d.language or "?" for d in documents)
        return [[] for _ in documents]

    with Store.open(settings) as store:
        summary = ingest(store, [tmp_path], None, settings, extract)
        again = ingest(store, [tmp_path], None, settings, extract)
        entries = [e for e in store.ledger() if e.kind == "extraction"]
        assert store.verify().ok
    assert (summary.stored, summary.unsupported_language, summary.failed) == (2, 1, 0)
    assert handed_over == ["en"]  # the French text never reached the English rules
    assert len(summary.notices) == 1
    assert "'fr' is not supported" in summary.notices[0] and "fr.txt" not in summary.errors
    assert again.unsupported_language == 0  # recorded once, not retried
    assert len(entries) == 2
    producers = [e.details.get("producer") for e in entries]
    assert {"unsupported_language": "fr"} in producers
