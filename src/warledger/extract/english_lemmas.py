"""The English model's lemmatizer, each distinct word form lemmatised once.

Why: spaCy's rule lemmatizer checks each candidate form a suffix rule makes
against its word index, which the lookup tables hold as a list (57,528 nouns):
every new word form costs a scan of that list per rule, and the 89 VOA stories
of the benchmark spent as long in the lemmatizer as in the parser. It also
visits every token through the interpreter, and caches only the forms that
reach the suffix rules (a singular noun or a base-form verb is examined again
at each occurrence).

``CachedLemmatizer`` is spaCy's ``EnglishLemmatizer`` (the same config, lookup
tables and serialisation) that reads the index as sets, and whose ``__call__``
reads the Doc's word, part-of-speech and morphology columns at once, runs the
rules once for each combination it has not seen, and writes the lemma column
back. The lemmas are spaCy's: its rules read nothing else of a token, and
membership in a set is membership in the list it was made from. A lemmatizer
in another mode goes to spaCy's own loop.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab
from thinc.api import Model
from thinc.types import Ints2d

FACTORY = "warledger_cached_lemmatizer_v1"
SPACY_PIPE = "lemmatizer"
"""The name of the pinned model's lemmatizer, whose factory this replaces."""

MAX_FORMS = 500_000
"""Word forms remembered before the memory starts again (a worker reading an archive
meets new names and numbers without end; each form costs about 200 bytes)."""

FormKey = tuple[int, int, int]
"""(word, coarse part of speech, morphology) hashes: all that the rule mode reads."""


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer whose rule mode runs once per distinct word form."""

    def __init__(self, vocab: Vocab, model: Model | None, name: str = SPACY_PIPE, **kwargs: Any):
        super().__init__(vocab, model, name, **kwargs)
        self._lemma_of: dict[FormKey, str] = {}
        self._index_sets: dict[str, tuple[object, frozenset[str]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            self._set_lemmas(doc)
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)
        return doc

    def _set_lemmas(self, doc: Doc) -> None:
        """Lemmatise the tokens that have no lemma (all of them with ``overwrite``)."""
        if not len(doc):
            return
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        strings = self.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = self._lemma_of.get(key)
            if found is None:
                if len(self._lemma_of) >= MAX_FORMS:
                    self._lemma_of.clear()
                    self.cache.clear()  # spaCy's own, of the forms that reached the rules
                found = self.rule_lemmatize(doc[i])[0]
                self._lemma_of[key] = found
            # Added for each document, as setting ``lemma_`` does: inside a memory zone
            # (``Language.memory_zone``) a new string lasts only until the zone ends.
            lemmas[i] = strings.add(found)
        doc.from_array([LEMMA], cast(Ints2d, numpy.ascontiguousarray(lemmas.reshape(-1, 1))))

    def from_disk(self, *args: Any, **kwargs: Any) -> CachedLemmatizer:
        self._lemma_of = {}  # lemmas of the tables loaded before
        super().from_disk(*args, **kwargs)
        return self

    def from_bytes(self, *args: Any, **kwargs: Any) -> CachedLemmatizer:
        self._lemma_of = {}
        super().from_bytes(*args, **kwargs)
        return self

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy's ``Lemmatizer.rule_lemmatize`` (3.8), step for step, with the word
        index of ``univ_pos`` read as a set."""
        cache_key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return [string] if univ_pos == "propn" else [string.lower()]
        index = self._index_set(univ_pos, index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        self.cache[cache_key] = forms
        return forms

    def _index_set(self, univ_pos: str, words: Iterable[str]) -> frozenset[str]:
        """``words`` (the table's index of ``univ_pos``) as a set, made once per table."""
        held = self._index_sets.get(univ_pos)
        if held is None or held[0] is not words:
            held = (words, frozenset(words))
            self._index_sets[univ_pos] = held
        return held[1]


@Language.factory(
    FACTORY,
    assigns=["token.lemma"],
    default_score_weights={"lemma_acc": 1.0},
)
def make_cached_lemmatizer(
    nlp: Language,
    model: Model | None,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> CachedLemmatizer:
    """The arguments of spaCy's English ``lemmatizer`` factory, which the model's config gives."""
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def english_words(nlp: Language) -> frozenset[str]:
    """The words the English model's lemmatizer knows (its index of nouns, verbs,
    adjectives and adverbs, from WordNet), empty if the pipeline has no lemmatizer.
    Why: a word no English lexicon has, next to a person's name in lower-cased text,
    is most likely another word of the name (``role_names.whole_name``)."""
    if SPACY_PIPE not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe(SPACY_PIPE), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)
