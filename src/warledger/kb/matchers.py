"""spaCy phrase matchers built from the knowledge base, with sensible case rules.

Why three matchers: names that are also ordinary words or short acronyms
("Amnesty", "IS", "SAM") must match only as written, while multi-word names and
common nouns ("al-Nusra Front", "gunmen") match in any case. Wire text that is
entirely lower-cased (the MUC-4 reports) has no case to go by, so it gets one
case-blind matcher with the stop words left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from warledger.kb.loader import KnowledgeBase, surface_variants

# Match-key prefixes: what a phrase names. The payload after ":" is an id or index.
ACTOR = "A"  # a curated actor, or a state's seat of government ("the Kremlin")
STATE = "S"  # a state's name: an actor only when used as one
CAPITAL = "C"  # a capital city: an actor only when used as one ("Baku said")
DEMONYM = "D"  # a nationality adjective or people noun
GENERIC = "G"  # a common actor noun; payload indexes KnowledgeBase.generic
TITLE = "T"
WEAPON = "W"
PLATFORM = "P"


@dataclass(frozen=True)
class PhraseHit:
    """One match: its token range, what it names (``category``) and the payload."""

    start: int
    end: int
    category: str
    payload: str


def _is_case_sensitive(text: str) -> bool:
    """Single capitalised words, acronyms and stop words must match as written."""
    if text.lower() in STOP_WORDS:
        return True
    if any(ch.isdigit() for ch in text):
        return False
    if text.islower():
        return False
    return " " not in text and "-" not in text


def _plural(term: str) -> str:
    """The regular English plural of a term's last word, good enough for a lexicon."""
    if term[-1:].isupper() or term[-1:].isdigit():
        return term + "s"
    if term.endswith(("s", "x", "ch", "sh")):
        return term + "es"
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        return term[:-1] + "ies"
    return term + "s"


def kb_phrases(kb: KnowledgeBase) -> Iterator[tuple[str, str]]:
    """Every (match key, phrase) pair the knowledge base contributes."""
    for entry in kb.actors:
        for name in (entry.name, *entry.aliases):
            yield f"{ACTOR}:{entry.id}", name
    for state in kb.states:
        for name in (state.name, *state.aliases):
            yield f"{STATE}:{state.id}", name
        for seat in state.seats:
            yield f"{ACTOR}:{state.id}", seat
        for capital in state.capitals:
            yield f"{CAPITAL}:{state.id}", capital
        for demonym in state.demonyms:
            yield f"{DEMONYM}:{state.id}", demonym
    for i, group in enumerate(kb.generic):
        for term in group.terms:
            yield f"{GENERIC}:{i}", term
    for title in kb.titles.titles:
        yield f"{TITLE}:", title
    for label, terms in ((WEAPON, kb.instruments.weapons), (PLATFORM, kb.instruments.platforms)):
        for term in terms:
            yield f"{label}:", term
            yield f"{label}:", _plural(term)


class KBMatcher:
    """Finds every knowledge-base phrase in a Doc. Built once per pipeline."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.vocab = nlp.vocab
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lowered = PhraseMatcher(nlp.vocab, attr="LOWER")
        cased: dict[str, list[Doc]] = {}
        caseless: dict[str, list[Doc]] = {}
        lowered: dict[str, list[Doc]] = {}
        seen: set[tuple[str, str, str]] = set()
        for key, phrase in kb_phrases(kb):
            for variant in surface_variants(phrase):
                sensitive = _is_case_sensitive(variant)
                forms = (variant, variant.upper()) if sensitive else (variant,)
                for form in forms:
                    target = cased if sensitive else caseless
                    self._add(target, key, form, seen, "c" if sensitive else "i", nlp)
                if variant.lower() not in STOP_WORDS:
                    self._add(lowered, key, variant, seen, "l", nlp)
        for matcher, table in ((self.cased, cased), (self.caseless, caseless)):
            for key, docs in table.items():
                matcher.add(key, docs)
        for key, docs in lowered.items():
            self.lowered.add(key, docs)

    def _add(
        self,
        table: dict[str, list[Doc]],
        key: str,
        phrase: str,
        seen: set[tuple[str, str, str]],
        tag: str,
        nlp: Language,
    ) -> None:
        if (key, phrase, tag) in seen:
            return
        seen.add((key, phrase, tag))
        table.setdefault(key, []).append(nlp.make_doc(phrase))

    def __call__(self, doc: Doc) -> list[PhraseHit]:
        """All matches, overlapping ones included; callers pick by category."""
        matchers: Iterable[PhraseMatcher] = (
            (self.lowered,) if is_lowercased(doc) else (self.cased, self.caseless)
        )
        hits = set()
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                category, _, payload = self.vocab.strings[match_id].partition(":")
                hits.add(PhraseHit(start, end, category, payload))
        return sorted(hits, key=lambda h: (h.start, -h.end, h.category))


def is_lowercased(doc: Doc) -> bool:
    """True for all-lower-case text (old wire services), judged on its first 2000 characters."""
    sample = doc.text[:2000]
    return any(ch.isalpha() for ch in sample) and not any(ch.isupper() for ch in sample)
