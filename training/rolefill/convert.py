"""Turn MUC-4 role-filler templates into spaCy training data for the role tagger.

Why a script: MUC-4 (in GRIT's preprocessing) gives each role's fillers as
strings, not as spans of the text, and ``make train-rolefill`` must rebuild the
tagger from ``../shared`` alone. Every occurrence (on word boundaries) of every
mention string of a filler becomes a span labelled with its role
(PerpInd, PerpOrg, Target, Victim, Weapon), snapped outward to token
boundaries; where spans overlap the longest is kept. Tagging every occurrence,
rather than only the first, keeps the training signal consistent: the same
words in the same kind of context are never both a filler and not one.
The training documents are cut into sentences, and the tagger learns from
every sentence that holds a filler plus one in ``NEGATIVE_EVERY`` of the
others (chosen by a hash of the text, so the set is fixed): fillers are about
2 % of MUC-4's tokens, and on whole documents the tagger learned to propose
nothing at all within the step budget. The dev documents stay whole.

Outputs (``OUT`` is git-ignored): ``train.spacy`` from ``train/muc4/train.json``
and ``dev.spacy`` from ``gold/muc4/docs.jsonl`` (spaCy's dev figure during
training; warledger's own figure comes from ``warledger eval muc4``).

Usage: ``python training/rolefill/convert.py SHARED_DIR OUT_DIR``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
NEGATIVE_EVERY = 4


def read_records(path: Path) -> list[dict]:
    """JSON Lines; a bad line names its file and line."""
    if not path.is_file():
        sys.exit(f"{path}: missing (see ../shared/train/README.md, section muc4/)")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            sys.exit(f"{path}:{number}: not JSON ({exc.msg})")
        if "doctext" not in record or "extracts" not in record:
            sys.exit(f"{path}:{number}: expected 'doctext' and 'extracts'")
        records.append(record)
    return records


def mention_strings(entity: list) -> list[str]:
    """An entity's mention strings: plain strings (train) or [string, offset] pairs (dev)."""
    found = []
    for mention in entity:
        text = mention[0] if isinstance(mention, list) else mention
        if isinstance(text, str) and text.strip():
            found.append(text.strip())
    return found


def role_spans(doc: Doc, extracts: dict) -> list[Span]:
    """Every word-bounded occurrence of every filler string, labelled with its role."""
    text = doc.text
    spans = []
    for role in ROLES:
        for entity in extracts.get(role, []):
            for string in mention_strings(entity):
                pattern = rf"(?<!\w){re.escape(string)}(?!\w)"
                for match in re.finditer(pattern, text):
                    span = doc.char_span(
                        match.start(), match.end(), label=role, alignment_mode="expand"
                    )
                    if span is not None:
                        spans.append(span)
    return filter_spans(spans)


def to_docbin(nlp: Language, records: list[dict], sentences: bool) -> tuple[DocBin, int]:
    """Whole documents, or (``sentences``) the sentences kept for training."""
    docbin = DocBin()
    count = 0
    for record in records:
        doc = nlp(str(record["doctext"]))
        doc.ents = role_spans(doc, record["extracts"])
        parts = [s.as_doc() for s in doc.sents if kept(s)] if sentences else [doc]
        for part in parts:
            count += len(part.ents)
            docbin.add(part)
    return docbin, count


def kept(sentence: Span) -> bool:
    """A sentence with a filler, or one in ``NEGATIVE_EVERY`` of the others."""
    if sentence.ents:
        return True
    digest = hashlib.sha256(sentence.text.encode("utf-8")).digest()
    return digest[0] % NEGATIVE_EVERY == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shared", type=Path, help="the shared folder (train/ and gold/)")
    parser.add_argument("out", type=Path, help="where to write the DocBins (git-ignored)")
    args = parser.parse_args()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    args.out.mkdir(parents=True, exist_ok=True)
    sources = {
        "train": args.shared / "train" / "muc4" / "train.json",
        "dev": args.shared / "gold" / "muc4" / "docs.jsonl",
    }
    for part, path in sources.items():
        docbin, spans = to_docbin(nlp, read_records(path), sentences=part == "train")
        docbin.to_disk(args.out / f"{part}.spacy")
        print(f"{part}: {len(docbin)} examples, {spans} role spans")


if __name__ == "__main__":
    main()
