"""The words incident clustering compares: a claim's sentence and its report's lead.

A claim's own words are its content span's (``tokens_of``); its report's are those
of the title and lead (``report_words``), where the names, places and details that
tell one event from another of its kind are. Both are weighed by TF-IDF over the
run's reports (``weigh``) into unit vectors whose dot product is their similarity.
Split from ``incident_features``, which reduces a claim to its features.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from warledger.model import Document
    from warledger.resolve.incident_features import ClaimItem

# How much a report's words weigh beside the claim's own sentence; how much of a
# report is read for them, and how many of its strongest words are kept.
CONTEXT_WEIGHT = 2.0
REPORT_CHARS = 3000
REPORT_TERMS = 40
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOPWORDS = frozenset(STOP_WORDS) | {"said", "says", "told"}


def tokens_of(text: str) -> frozenset[str]:
    """Lower-cased content words: what text similarity compares."""
    return frozenset(w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOPWORDS)


def report_words(document: Document) -> tuple[tuple[str, int], ...]:
    """The content words of a report's title and first ``REPORT_CHARS`` characters,
    counted: the names, places and details that tell its event from another of the
    same kind (two earthquakes, two shootings) are there, in any report's lead."""
    text = f"{document.title or ''}\n{document.text[:REPORT_CHARS]}"
    counts = Counter(w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOPWORDS)
    return tuple(sorted(counts.items()))


def weigh(items: list[ClaimItem]) -> list[ClaimItem]:
    """The items with their TF-IDF ``vector``: a word counts by how few reports use it
    (smoothed inverse document frequency over these items' reports), so the names,
    places and details that set one event apart outweigh the words every report of
    its kind shares. A claim's vector is its own words' plus ``CONTEXT_WEIGHT`` times
    its report's (``REPORT_TERMS`` strongest words): two claims worded alike in
    reports about different events stay apart. Depends only on the set of items."""
    per_document: dict[str, set[str]] = {}
    contexts: dict[str, tuple[tuple[str, int], ...]] = {}
    for item in items:
        contexts.setdefault(item.document_id, item.context)
        per_document.setdefault(item.document_id, set()).update(item.tokens)
    frequency: Counter[str] = Counter()
    for document_id, words in per_document.items():
        words.update(w for w, _ in contexts[document_id])
        frequency.update(words)
    total = len(per_document)
    reports = {
        document_id: tuple(sorted(_report_vector(context, frequency, total)))
        for document_id, context in contexts.items()
    }
    out = []
    for item in items:
        own = _unit({w: _idf(frequency[w], total) for w in item.tokens})
        weights = dict(own)
        for word, weight in reports[item.document_id]:
            weights[word] = weights.get(word, 0.0) + CONTEXT_WEIGHT * weight
        out.append(
            replace(
                item,
                vector=tuple(sorted(_unit(weights))),
                report=reports[item.document_id],
            )
        )
    return out


def _report_vector(
    context: tuple[tuple[str, int], ...], frequency: Counter[str], total: int
) -> list[tuple[str, float]]:
    weights = {w: (1.0 + math.log(n)) * _idf(frequency[w], total) for w, n in context}
    strongest = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:REPORT_TERMS]
    return _unit(dict(strongest))


def _unit(weights: dict[str, float]) -> list[tuple[str, float]]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return [(word, w / norm) for word, w in weights.items()]


def _idf(frequency: int, total: int) -> float:
    return math.log((1 + total) / (1 + frequency)) + 1.0


def unit_vector(item: ClaimItem) -> tuple[tuple[str, float], ...]:
    """The item's weighed vector, or its tokens at equal weight if it was not weighed."""
    if item.vector or not item.tokens:
        return item.vector
    weight = 1.0 / math.sqrt(len(item.tokens))
    return tuple((word, weight) for word in sorted(item.tokens))
