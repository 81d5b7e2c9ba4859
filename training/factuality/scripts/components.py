"""Loaded by ``spacy train --code``: warledger's factuality factory and a corpus reader.

The reader yields examples whose predicted doc is the converted, parsed doc with
its stored ``doc.tensor`` restored (see ``convert.py``), so the frozen English
model need not run again on every training step. Evaluation on the dev corpus
runs the whole pipeline again on these docs, as warledger does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.training import Corpus, Example
from spacy.util import registry

import warledger.extract.factuality  # noqa: F401  (registers the factory and architecture)

TENSOR_KEY = "warledger_factuality_tensor"


@registry.readers("warledger.ParsedCorpus.v1")
def parsed_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Examples of ``path``'s docs, predicted = the parsed doc with its tensor back."""
    corpus = Corpus(path, shuffle=False)

    def read(nlp: Language) -> Iterator[Example]:
        for example in corpus(nlp):
            reference = example.reference
            stored = reference.user_data.get(TENSOR_KEY)
            if stored is None:
                raise ValueError(f"{path}: a doc has no stored tensor (rerun convert.py)")
            predicted = reference.copy()
            predicted.tensor = (
                numpy.frombuffer(stored, dtype="float16")
                .reshape((len(reference), -1))
                .astype("float32")
            )
            yield Example(predicted, reference)

    return read
