"""Find lexicon phrases in a parsed document by lemma or lower-case form.

The events component's lexicons hold some 700 phrases. spaCy's token
``Matcher`` with that many patterns (or with ``{"IN": [...]}`` predicates)
spends most of the component's time evaluating patterns token by token, so
phrases go into two hash-based ``PhraseMatcher``s instead (one on lemmas, one
on lower-case forms for words the lemmatiser gets wrong), and the only
per-word condition the lexicon has, a ``:V`` or ``:N`` part-of-speech limit,
is checked on the few matches.

A two-word phrase whose first word is a verb also matches when its second word is
the verb's particle or object further on ("pulled its last units out", "froze the
assets of four generals", "opened heavy fire"): the parse joins what the words
between keep apart. The match is then the verb alone, so that it takes no words
of the object with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

_SPLIT_DEPS = frozenset({"prt", "dobj"})
# Adverbs of direction the parser may read as a preposition or an adverb after an object
# ("pulled its units out of the valley"); other prepositions are no particles
# ("called the minister on Tuesday" is no "call on").
_PARTICLES = frozenset({"away", "back", "down", "off", "out", "over", "up"})
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
        self.split: dict[tuple[str, str], list[str]] = {}
        for key, phrases in entries:
            for phrase in phrases:
                words = [w.partition(":") for w in phrase.split()]
                texts = [text for text, _, _ in words]
                match_key = f"{key}#{phrase}"
                self.phrases[match_key] = (key, tuple(pos for _, _, pos in words))
                if len(texts) == 2 and words[0][2] != "N":
                    self.split.setdefault((texts[0], texts[1]), []).append(key)
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
        found.update(self._split_matches(doc, found))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _split_matches(
        self, doc: Doc, contiguous: set[tuple[str, int, int]]
    ) -> set[tuple[str, int, int]]:
        """Two-word phrases told apart: a verb and, not next to it, its particle or
        object's head. A verb already starting a contiguous phrase is left to it, and
        an object that a phrase of its own already holds ("lodged an official
        protest") tells its event itself."""
        starts = {start for _, start, end in contiguous if end > start + 1}
        covered = {i for _, start, end in contiguous for i in range(start, end)}
        found: set[tuple[str, int, int]] = set()
        for verb in doc:
            if verb.pos_ != "VERB" or verb.i in starts:
                continue
            for child in verb.children:
                if (
                    child.i == verb.i + 1
                    or child.i in covered
                    or not (
                        child.dep_ in _SPLIT_DEPS
                        or (child.dep_ in ("prep", "advmod") and child.lower_ in _PARTICLES)
                    )
                ):
                    continue
                for first in {verb.lemma_.lower(), verb.lower_}:
                    for second in {child.lemma_.lower(), child.lower_}:
                        for key in self.split.get((first, second), ()):
                            found.add((key, verb.i, verb.i + 1))
        return found


def _allowed(token: Token, pos: str) -> bool:
    return pos not in _POS_LIMITS or token.pos_ in _POS_LIMITS[pos]
