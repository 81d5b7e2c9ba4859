"""Split re3d by document and write spaCy training data for the conflict-entity NER.

Why a script: the trained component must be rebuilt from the gold folder alone
(``make train-entities``), and the validation figures must come only from
documents the model never saw. The split is fixed by a hash of each document id,
stratified by publisher folder (about 70 % train, 30 % validation per folder),
and written to ``split.json`` beside this file, so the list of trained documents
is committed and reviewable while no re3d text enters the repository.

Outputs (under ``--out``, which is git-ignored):

* ``train.spacy`` / ``validation.spacy``: DocBins with the six entity types;
* ``validation/<publisher>/{documents,entities}.json``: the validation part in
  re3d's own layout, so ``warledger eval re3d <out>/validation`` scores exactly
  the held-back documents with the project's unchanged scorer.

Usage: ``python training/entities/convert.py GOLD_RE3D OUT_DIR``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

TYPES = ("Person", "Organisation", "Location", "Nationality", "Weapon", "MilitaryPlatform")
MIN_CONFIDENCE = 0.5
TRAIN_SHARE = 0.7
SPLIT_FILE = Path(__file__).with_name("split.json")


def read_lines(path: Path) -> list[dict]:
    """One JSON object per line (re3d's Mongo export); a bad line names its file."""
    if not path.is_file():
        sys.exit(f"{path}: missing (a re3d publisher folder holds documents.json)")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{number}: not JSON ({exc.msg})")
    return rows


def split_ids(folders: list[Path]) -> dict[str, dict[str, list[str]]]:
    """Per publisher: documents ordered by sha256 of their id, the first 70 % train."""
    split: dict[str, dict[str, list[str]]] = {}
    for folder in folders:
        ids = sorted(
            (str(r["_id"]) for r in read_lines(folder / "documents.json")),
            key=lambda i: hashlib.sha256(i.encode()).hexdigest(),
        )
        cut = max(1, round(len(ids) * TRAIN_SHARE)) if len(ids) > 1 else len(ids)
        split[folder.name] = {"train": sorted(ids[:cut]), "validation": sorted(ids[cut:])}
    return split


def to_doc(nlp: spacy.language.Language, text: str, entities: list[dict]) -> Doc:
    """A Doc with the confident mentions of the six types; nested ones keep the longest."""
    doc = nlp.make_doc(text)
    spans = []
    for ent in entities:
        span = doc.char_span(
            int(ent["begin"]), int(ent["end"]), label=str(ent["type"]), alignment_mode="expand"
        )
        if span is not None and span.text.strip():
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="the re3d folder (publisher sub-folders)")
    parser.add_argument("out", type=Path, help="where to write the DocBins (git-ignored)")
    args = parser.parse_args()
    folders = sorted(p for p in args.gold.iterdir() if (p / "documents.json").is_file())
    if not folders:
        sys.exit(f"{args.gold}: no re3d publisher folders (each needs a documents.json)")
    split = split_ids(folders)
    SPLIT_FILE.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    nlp = spacy.blank("en")
    bins = {"train": DocBin(), "validation": DocBin()}
    for folder in folders:
        part_of = {i: part for part, ids in split[folder.name].items() for i in ids}
        entities: dict[str, list[dict]] = {}
        kept_lines = []
        for ent in read_lines(folder / "entities.json"):
            if ent.get("type") in TYPES and float(ent.get("confidence", 1.0)) >= MIN_CONFIDENCE:
                entities.setdefault(str(ent["documentId"]), []).append(ent)
            if part_of.get(str(ent.get("documentId"))) == "validation":
                kept_lines.append(ent)
        documents = read_lines(folder / "documents.json")
        relations = [
            r
            for r in read_lines(folder / "relations.json")
            if part_of.get(str(r.get("documentId"))) == "validation"
        ]
        for record in documents:
            doc_id = str(record["_id"])
            bins[part_of[doc_id]].add(to_doc(nlp, str(record["text"]), entities.get(doc_id, [])))
        target = args.out / "validation" / folder.name
        target.mkdir(parents=True, exist_ok=True)
        for name, rows in (
            ("documents.json", [r for r in documents if part_of[str(r["_id"])] == "validation"]),
            ("entities.json", kept_lines),
            ("relations.json", relations),
        ):
            with (target / name).open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in rows)
    for part, docbin in bins.items():
        docbin.to_disk(args.out / f"{part}.spacy")
        print(f"{part}: {len(docbin)} documents")


if __name__ == "__main__":
    main()
