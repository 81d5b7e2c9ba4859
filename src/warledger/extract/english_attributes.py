"""The English model's attribute ruler, its patterns matched by array comparisons.

Why: the pinned model's ``attribute_ruler`` maps tags to coarse part-of-speech
and morphology with 179 one- or two-token patterns, which spaCy's ``Matcher``
tries at every token; on the benchmark machine that cost as much as the
parser. ``ArrayAttributeRuler`` is spaCy's ``AttributeRuler`` (the same
patterns, attributes, ordering and serialisation) whose ``match`` compares
whole columns of the Doc (``Doc.to_array``) with each pattern's values: the
same matches, found in a handful of array operations per pattern.

Only the pattern forms the model uses are compiled (fixed-length patterns over
LOWER, TAG, DEP and IS_SPACE: a value, ``IN``, ``NOT_IN`` or ``REGEX``); a
rule with any other form (an ``OP``, another attribute or operator) is matched
by spaCy's ``Matcher`` as before, so every pattern still matches as spaCy
defines it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "warledger_array_attribute_ruler_v1"
SPACY_PIPE = "attribute_ruler"
"""The name of the pinned model's attribute ruler, whose factory this replaces."""

STRING_ATTRS = frozenset({"LOWER", "TAG", "DEP"})
FLAG_ATTRS = frozenset({"IS_SPACE"})

Match = tuple[int, int, int, int]
"""(rule number, match id, start, end), as ``AttributeRuler.match`` gives them."""


@dataclass(frozen=True)
class _Test:
    """One attribute test of a token pattern: the column it reads and what it accepts."""

    column: str
    values: tuple[int, ...] = ()
    negated: bool = False
    regex: re.Pattern[str] | None = None

    def can_pass(self, present: set[int]) -> bool:
        """False when no token can pass: none of the accepted values is ``present``
        in the column (most rules name words or tags that a given text lacks)."""
        return self.negated or self.regex is not None or not present.isdisjoint(self.values)

    def mask(self, doc: Doc, column: numpy.ndarray) -> numpy.ndarray:
        values = self.values
        if self.regex is not None:
            # As spaCy's regex predicate: a search in the attribute's string.
            strings = doc.vocab.strings
            values = tuple(v for v in set(column.tolist()) if self.regex.search(strings[v]))
        # A few comparisons with each value: the sets are short (numpy.isin sorts).
        accepted = numpy.zeros(len(column), dtype=bool)
        for value in values:
            accepted |= column == value
        return ~accepted if self.negated else accepted


@dataclass(frozen=True)
class _Rule:
    """A rule's patterns compiled to tests: one list of tests per token of each pattern."""

    number: int
    key: int
    patterns: tuple[tuple[tuple[_Test, ...], ...], ...]


class ArrayAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler whose patterns are matched on the Doc's attribute arrays."""

    def __init__(self, vocab: Vocab, name: str = SPACY_PIPE, **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled: tuple[list[_Rule], Matcher] | None = None

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        self._compiled = None
        super().add(patterns, attrs, index)

    def clear(self) -> None:
        self._compiled = None
        super().clear()

    def match(self, doc: Doc) -> list[Match]:
        """The matches ``AttributeRuler.match`` finds, in its order (by rule, then position)."""
        rules, others = self._rules()
        matches: set[Match] = set()
        if len(others):
            found = others(doc, allow_missing=True, as_spans=False)
            matches.update((int(self.vocab.strings[k]), k, s, e) for k, s, e in found)
        columns = self._columns(doc, rules)
        present = {name: set(column.tolist()) for name, column in columns.items()}
        for rule in rules:
            for pattern in rule.patterns:
                if all(t.can_pass(present[t.column]) for tests in pattern for t in tests):
                    for start in _starts(doc, columns, pattern):
                        matches.add((rule.number, rule.key, start, start + len(pattern)))
        return sorted(matches)

    def _rules(self) -> tuple[list[_Rule], Matcher]:
        """The compiled rules, and a ``Matcher`` holding the rules that do not compile."""
        if self._compiled is None:
            rules, others = [], Matcher(self.vocab, validate=self.validate)
            for number in range(len(self.attrs)):
                key = self.vocab.strings.add(str(number))
                patterns = self.matcher.get(key)[1]
                compiled = [_compile(pattern) for pattern in patterns]
                if all(p is not None for p in compiled):
                    rules.append(_Rule(number, key, tuple(p for p in compiled if p is not None)))
                else:
                    others.add(key, patterns)
            self._compiled = (rules, others)
        return self._compiled

    @staticmethod
    def _columns(doc: Doc, rules: list[_Rule]) -> dict[str, numpy.ndarray]:
        names = sorted(
            {test.column for r in rules for p in r.patterns for token in p for test in token}
        )
        if not names:
            return {}
        table = doc.to_array([IDS[name] for name in names]).reshape((len(doc), len(names)))
        return {name: table[:, i] for i, name in enumerate(names)}


def _starts(
    doc: Doc, columns: dict[str, numpy.ndarray], pattern: tuple[tuple[_Test, ...], ...]
) -> list[int]:
    """Where ``pattern`` matches: each of its tokens passes all its tests."""
    n = len(doc) - len(pattern) + 1
    if n <= 0:
        return []
    found = numpy.ones(n, dtype=bool)
    for offset, tests in enumerate(pattern):
        for test in tests:
            found &= test.mask(doc, columns[test.column])[offset : offset + n]
    return numpy.flatnonzero(found).tolist()


def _compile(pattern: list[dict[str, Any]]) -> tuple[tuple[_Test, ...], ...] | None:
    """A fixed-length pattern as tests per token; None for a form not compiled here."""
    tokens = [_token_tests(spec) for spec in pattern]
    if not tokens or any(t is None for t in tokens):
        return None
    return tuple(t for t in tokens if t is not None)


def _token_tests(spec: dict[str, Any]) -> tuple[_Test, ...] | None:
    tests = [_test(attr, value) for attr, value in spec.items()]
    if any(t is None for t in tests):
        return None
    return tuple(t for t in tests if t is not None)


def _test(attr: str, value: object) -> _Test | None:
    """The test of one ``attr: value`` entry, with the values hashed as the ``Matcher``
    hashes them; None for an attribute or operator not compiled here."""
    if attr in FLAG_ATTRS and isinstance(value, bool):
        return _Test(attr, (int(value),))
    if attr not in STRING_ATTRS:
        return None
    if isinstance(value, str):
        return _Test(attr, (get_string_id(value),))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    operator, operand = next(iter(value.items()))
    if operator == "REGEX" and isinstance(operand, str):
        return _Test(attr, regex=re.compile(operand))
    listed = isinstance(operand, list) and all(isinstance(v, str) for v in operand)
    if operator in ("IN", "NOT_IN") and listed:
        hashes = tuple(get_string_id(v) for v in operand)
        return _Test(attr, hashes, negated=operator == "NOT_IN")
    return None


@Language.factory(FACTORY, assigns=["token.tag", "token.pos", "token.morph", "token.lemma"])
def make_array_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> ArrayAttributeRuler:
    """The arguments of spaCy's ``attribute_ruler`` factory, which the model's config gives."""
    return ArrayAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)
