"""The language of a document's text, with py3langid (model shipped in the package).

The language tells later stages which pipeline applies (the extraction models
are English) and lets an analyst filter the archive. A guess below
``MIN_PROBABILITY`` is left as ``None`` instead of being stored as a fact:
short or made-up texts get near-uniform scores over 97 languages.

Identification is on ingest's critical path, and py3langid spends most of its time
walking its n-gram automaton (Aho-Corasick) over the text's bytes in a Python loop.
``_WindowedIdentifier`` does that walk in NumPy instead: in an Aho-Corasick automaton
whose longest n-gram has ``WINDOW`` bytes, the state after any byte is the state reached
by walking only the ``WINDOW`` bytes ending there from the start state, so the states of
all positions come from ``WINDOW`` vectorised table look-ups. The features it counts,
and their order, are py3langid's own, so every guess and probability is unchanged
(tests compare the two); the rest (text normalisation, scoring) is py3langid's code. The
feature table is widened to float32 once at load (about 57 MB) rather than per text.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_PROBABILITY = 0.5
# The head of a long text decides as well as all of it, at a fraction of the cost. On the
# 773 news documents of the shared corpus (median 1,600 characters) every guess and every
# confidence near the threshold is the same at 1,000 characters as for the whole text; at
# 500 the confidence of long texts starts to drop.
SAMPLE_CHARS = 1000
WINDOW = 6
"""Bytes in py3langid's longest n-gram feature: the depth of its automaton (a test checks)."""


class _WindowedIdentifier(LanguageIdentifier):
    """py3langid's identifier with the automaton walk done on whole arrays (see above)."""

    __slots__ = ("_bases", "_moves", "_outputs")

    def __init__(self, nb_ptc: np.ndarray, *args: object, **kwargs: object) -> None:
        # the feature table is float16 as shipped; widened once here instead of on every
        # score (numpy widens it to float32 for the product anyway: same scores, bit for bit)
        super().__init__(np.asarray(nb_ptc, dtype=np.float32), *args, **kwargs)
        self._moves = np.asarray(self.tk_nextmove)
        self._bases = np.asarray(self._rowbase, dtype=np.int64)
        self._outputs = np.asarray(self.tk_output, dtype=np.int64)

    def feature_counts(self, encoded: bytes) -> Counter[int]:
        """How often each feature occurs in the UTF-8 bytes, in order of first occurrence (as
        py3langid's ``visit_counts`` counts them, so its scores add up in the same order)."""
        text = np.frombuffer(encoded, dtype=np.uint8).astype(np.int64)
        states = np.zeros(text.size, dtype=np.int64)
        for back in range(min(WINDOW, text.size) - 1, -1, -1):  # ``back`` bytes before the end
            states[back:] = self._moves[self._bases[states[back:]] + text[: text.size - back]]
        features = self._outputs[states]
        return Counter(features[features >= 0].tolist())

    def _raw_score(self, text: bytes) -> np.ndarray:
        """py3langid's scores of the encoded text, from the counts above."""
        counts = self.feature_counts(text)
        if not counts:  # py3langid's own answer for a text with no feature (uniform)
            return super()._raw_score(text)
        return self._sparse_score(counts, self.nb_ptc)


@lru_cache(maxsize=1)
def _identifier() -> _WindowedIdentifier:
    """Load the model once per process (about a second); it is read-only afterwards."""
    return _WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the guess is not confident."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(language) if probability >= MIN_PROBABILITY else None
