"""Find lexicon phrases in a parsed document by lemma or lower-case form.

The events component's lexicons hold some 700 phrases. spaCy's token
``Matcher`` with that many patterns (or with ``{"IN": [...]}`` predicates)
spends most of the component's time evaluating patterns token by token, so
phrases go into two hash-based ``PhraseMatcher``s instead (one on lemmas, one
on lower-case forms for words the lemmatiser gets wrong), and the only
per-word condition the lexicon has, a ``:V`` or ``:N`` part-of-speech limit,
is checked on the few matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

_POS_LIMITS: dict[str, frozenset[str]] = {
    "V": frozenset({"VERB", "AUX"}),
    "N": frozenset({"NOUN", "PROPN"}),
}


class LexiconMatcher:
    """Matches ``(key, phrases)`` entries; a phrase is space-separated words,
    each optionally suffixed ``:V`` or ``:N``."""

    def __init__(self, vocab: Vocab, entries: Iterable[tuple[str, Sequence[str]]]) -> None:
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        self.phrases: dict[str, tuple[str, tuple[str, ...]]] = {}
        for key, phrases in entries:
            for phrase in phrases:
                words = [w.partition(":") for w in phrase.split()]
                texts = [text for text, _, _ in words]
                match_key = f"{key}#{phrase}"
                self.phrases[match_key] = (key, tuple(pos for _, _, pos in words))
                pattern = Doc(vocab, words=texts)
                for token, text in zip(pattern, texts, strict=True):
                    token.lemma_ = text
                self.by_lemma.add(match_key, [pattern])
                self.by_lower.add(match_key, [pattern])

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """``(key, start token, end token)`` of every match, in text order."""
        found: set[tuple[str, int, int]] = set()
        for matcher in (self.by_lemma, self.by_lower):
            for match_id, start, end in matcher(doc):
                key, limits = self.phrases[doc.vocab.strings[match_id]]
                if all(_allowed(doc[start + k], pos) for k, pos in enumerate(limits)):
                    found.add((key, start, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


def _allowed(token: Token, pos: str) -> bool:
    return pos not in _POS_LIMITS or token.pos_ in _POS_LIMITS[pos]
