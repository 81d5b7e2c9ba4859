"""The search's stop words are exactly the words PostgreSQL leaves out of its index."""

from __future__ import annotations

import string

from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS
from sqlalchemy import create_engine, text

from warledger.config import Settings
from warledger.store.search import STOP_WORDS


def test_stop_words_are_postgres_english_stop_words(postgres_settings: Settings) -> None:
    candidates = (
        STOP_WORDS
        | {w.lower() for w in SPACY_STOP_WORDS if w.isalpha()}
        | set(string.ascii_lowercase)
        | {"depot", "shelled", "mayor", "don", "theirs", "won"}
    )
    engine = create_engine(postgres_settings.database_url)
    try:
        with engine.connect() as conn:
            lexize = text("SELECT cardinality(ts_lexize('english_stem', CAST(:word AS text))) = 0")
            dropped = {w for w in candidates if conn.execute(lexize, {"word": w}).scalar()}
    finally:
        engine.dispose()
    assert sorted(STOP_WORDS - dropped) == []
    assert sorted(dropped - STOP_WORDS) == []
