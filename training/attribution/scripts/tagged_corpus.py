"""A spaCy corpus reader whose examples keep the English model's tags and lemmas.

Why: ``spacy.Corpus.v1`` builds each training example's input from the text
alone, so a tagger that embeds ``TAG`` and ``LEMMA`` (which the pinned English
model sets before it at run time) would train on empty columns. This reader
gives the input the same words, tags and lemmas as the reference ``DocBin``
holds (``brat_to_docbin.py`` writes them), and nothing else.

Used with ``spacy train --code scripts/tagged_corpus.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.attrs import LEMMA, TAG
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

COLUMNS = [TAG, LEMMA]


@spacy.registry.readers("warledger.tagged_corpus.v1")
def tagged_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Examples from the ``DocBin`` at ``path``, inputs carrying its tags and lemmas."""

    def read(nlp: Language) -> Iterator[Example]:
        for reference in DocBin().from_disk(path).get_docs(nlp.vocab):
            if len(reference) == 0:
                continue
            spaces = [bool(token.whitespace_) for token in reference]
            words = [token.text for token in reference]
            given = Doc(nlp.vocab, words=words, spaces=spaces)
            yield Example(given.from_array(COLUMNS, reference.to_array(COLUMNS)), reference)

    return read
