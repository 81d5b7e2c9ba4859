"""The language of a document's text, with py3langid (model shipped in the package).

The language tells later stages which pipeline applies (the extraction models
are English) and lets an analyst filter the archive. A guess below
``MIN_PROBABILITY`` is left as ``None`` instead of being stored as a fact:
short or made-up texts get near-uniform scores over 97 languages.
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_PROBABILITY = 0.5
# The head of a long text decides as well as all of it, at a fraction of the cost.
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """Load the model once per process (about a second); it is read-only afterwards."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the guess is not confident."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(language) if probability >= MIN_PROBABILITY else None
