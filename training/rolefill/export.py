"""Copy the trained role tagger into the package, without the training vocabulary.

Why: ``spacy train`` saves a whole pipeline, whose vocabulary's string store
would carry words of the MUC-4 documents. Only the tagger's weights (its own
encoder included), its label set (``moves``) and the config are written.

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
