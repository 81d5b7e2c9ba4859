"""Language identification of document texts, and what ingest does with each language."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ingest_texts import ARTICLE
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from warledger.config import Settings
from warledger.ingest import ingest
from warledger.ingest.language import SAMPLE_CHARS, WINDOW, _identifier, detect_language
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


# Invented texts in several scripts and languages, plus edge cases of the byte walk.
SAMPLES = (
    "",
    "a",
    "Zö",
    "ATTACK REPORTED NEAR THE BRIDGE AT DAWN",
    "Die Polizei meldete am Dienstag zwei Verletzte nach einer Explosion am Bahnhof.",
    "El alcalde confirmó que la carretera del norte seguirá cerrada hasta el viernes.",
    "Il portavoce ha detto che i colloqui riprenderanno la prossima settimana a Ginevra.",
    "Представитель армии заявил, что колонна попала под обстрел у моста.",
    "وقال المتحدث إن القافلة تعرضت لإطلاق نار قرب الجسر صباح الثلاثاء",
    "警方表示，周二上午在桥附近发生了一起爆炸事件。",
    "Mixed: the mayor said «le pont est fermé» and left. 🚧 12/03",
    "\x00\x01 ÿþ \ufeff tabs\tand\nnewlines",
    "word " * 500,
)


def test_the_array_walk_gives_py3langids_own_answers() -> None:
    """Same language and the same probability, bit for bit, as py3langid's own walk."""
    own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    fast = _identifier()
    for text in SAMPLES:
        assert fast.classify(text) == own.classify(text), text[:40]


def test_the_window_spans_the_longest_feature() -> None:
    """The array walk is exact only if no automaton state lies deeper than ``WINDOW`` bytes
    from the start state (breadth-first over every byte from every state)."""
    identifier = _identifier()
    moves = np.asarray(identifier.tk_nextmove)
    bases = np.asarray(identifier.tk_row, dtype=np.int64) << 8
    depth = np.full(bases.size, -1)
    depth[0] = 0
    frontier, level = np.array([0]), 0
    while frontier.size:
        level += 1
        reached = np.unique(moves[(bases[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[depth[reached] < 0]
        depth[frontier] = level
    assert depth.min() == 0  # every state reachable
    assert 1 < depth.max() <= WINDOW


def test_only_the_head_of_a_long_text_is_read() -> None:
    french = "Les habitants du quartier ont entendu des tirs pendant toute la nuit. "
    english = "Residents of the district said they heard gunfire throughout the night. "
    head = french * (SAMPLE_CHARS // len(french) + 1)
    assert detect_language(head + english * 100) == "fr"
    assert detect_language(english * 100 + head) == "en"
