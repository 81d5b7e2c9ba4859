"""PolNeAR adapter: attribution source / cue / content spans against brat gold.

Layout (as in ``shared/gold/polnear``): ``text/<name>.txt`` holds each article;
``attributions/<name>_<annotator>.ann`` holds brat standoff lines such as
``T1<TAB>Source 89 106<TAB>The New York Post``. Only the span lines matter
here: ``Source``, ``Cue`` and ``Content`` text-bound annotations (the
``Attribution`` event lines just link them). Some texts were annotated twice;
the first annotation file in name order is used so no text counts double, and
the others are counted as excluded.

The headline follows the span agreement measures of PolNeAR (Newell, Margolin
& Ruths, LREC 2018): **exact** (same first and last character) and **≥ 50%
overlap** (the characters two spans share are at least half of the longer of
the two), each as P/R/F1 per role with one-to-one matching. The old
one-shared-character match is printed only as ``lenient_overlap``, since it
lets a one-word prediction match a whole paragraph.

Spans may be discontinuous in brat (``315 448;463 553``); they are scored as
the envelope from the first start to the last end, which is what a single
``Span`` can express, and counted under ``exclusions.discontinuous_gold_spans``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warledger.errors import EvalError
from warledger.eval.scoring import PRF, LabeledSpan, match_spans
from warledger.extract.pipeline import build_pipeline

ROLES: tuple[str, ...] = ("source", "cue", "content")
METRIC = (
    "PolNeAR span agreement (Newell, Margolin & Ruths, LREC 2018): exact match and "
    ">= 50% character overlap of the longer span, one-to-one, P/R/F1 per role"
)
MIN_OVERLAP = 0.5
_TEXT_BOUND = re.compile(r"T\d+\t")
_GOLD_LABELS = {"Source": "source", "Cue": "cue", "Content": "content"}


@dataclass
class GoldAnnotations:
    """The gold spans of one ``.ann`` file, per role, and how many were discontinuous."""

    spans: dict[str, set[LabeledSpan]] = field(default_factory=lambda: {r: set() for r in ROLES})
    discontinuous: int = 0


def read_ann(path: Path) -> GoldAnnotations:
    """Gold spans per role from one brat ``.ann`` file.

    A span text that holds a newline continues on the next line of the file;
    only lines that open with a ``T<number><TAB>`` id are text-bound annotations.
    """
    gold = GoldAnnotations()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not _TEXT_BOUND.match(line):
            continue  # events, notes, and the rest of a span text that holds a newline
        parts = line.split("\t")
        label, _, offsets = parts[1].partition(" ")
        role = _GOLD_LABELS.get(label)
        if role is None:
            continue
        try:
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
        except (ValueError, IndexError) as error:
            raise EvalError(f"{path}:{number}: bad offsets {offsets!r} ({error})") from error
        gold.spans[role].add(LabeledSpan(start, end, role))
        gold.discontinuous += len(pieces) > 1
    return gold


def overlap_ratio(a: LabeledSpan, b: LabeledSpan) -> float:
    """Shared characters as a share of the longer span (1.0 for identical spans)."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    longer = max(a.end - a.start, b.end - b.start)
    return shared / longer if shared > 0 and longer > 0 else 0.0


def match_by_overlap(
    predicted: Iterable[LabeledSpan], gold: Iterable[LabeledSpan], min_ratio: float = MIN_OVERLAP
) -> PRF:
    """One-to-one matching where a pair counts when ``overlap_ratio >= min_ratio``.

    Pairs are taken best ratio first, so a prediction goes to the gold span it
    covers best and no span is used twice.
    """
    preds, golds = sorted(set(predicted), key=_order), sorted(set(gold), key=_order)
    candidates = sorted(
        (
            (-ratio, i, j)
            for i, p in enumerate(preds)
            for j, g in enumerate(golds)
            if (ratio := overlap_ratio(p, g)) >= min_ratio
        ),
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
    return PRF(tp=len(used_pred), fp=len(preds) - len(used_pred), fn=len(golds) - len(used_gold))


def _order(span: LabeledSpan) -> tuple[int, int, str]:
    return (span.start, span.end, span.label)


def pairs(path: Path) -> list[tuple[Path, Path]]:
    """(text file, annotation file) for every annotated text under ``path``."""
    return _collect(path)[0]


def _collect(path: Path) -> tuple[list[tuple[Path, Path]], dict[str, int]]:
    """The scored (text, annotation) pairs, and counts of the files left out."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(f"{path}: expected text/ and attributions/ folders (PolNeAR brat layout)")
    found = []
    excluded = {"texts_without_annotation": 0, "second_annotations": 0}
    for text_file in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(f"{text_file.stem}_*.ann"))
        if annotations:
            found.append((text_file, annotations[0]))
            excluded["second_annotations"] += len(annotations) - 1
        else:
            excluded["texts_without_annotation"] += 1
    if not found:
        raise EvalError(f"{path}: no text with a matching attributions/<name>_*.ann file")
    return found, excluded


def score_document(
    predicted: dict[str, list[LabeledSpan]], gold: dict[str, set[LabeledSpan]]
) -> dict[tuple[str, str], PRF]:
    """Counts per (role, mode) for one document; modes: exact, overlap_50, lenient_overlap."""
    counts = {}
    for role in ROLES:
        counts[role, "exact"] = match_spans(predicted[role], gold[role], mode="exact")
        counts[role, "overlap_50"] = match_by_overlap(predicted[role], gold[role])
        counts[role, "lenient_overlap"] = match_spans(predicted[role], gold[role], mode="overlap")
    return counts


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Span P/R/F1 per role: exact and ≥ 50% overlap (headline), lenient overlap."""
    nlp = build_pipeline(
        components=["warledger_actors", "warledger_attribution_tagger", "warledger_attribution"]
    )
    modes = ("exact", "overlap_50", "lenient_overlap")
    scores = {(role, mode): PRF() for role in ROLES for mode in modes}
    documents, excluded = _collect(path)
    if limit is not None:
        excluded["texts_beyond_limit"] = max(0, len(documents) - limit)
        documents = documents[:limit]
    discontinuous = 0
    for text_file, ann_file in documents:
        gold = read_ann(ann_file)
        discontinuous += gold.discontinuous
        doc = nlp(text_file.read_text(encoding="utf-8"))
        predicted: dict[str, list[LabeledSpan]] = {role: [] for role in ROLES}
        for attribution in doc._.attributions:
            for role in ROLES:
                span = getattr(attribution, role)
                if span is not None:
                    predicted[role].append(LabeledSpan(span.start, span.end, role))
        for key, counts in score_document(predicted, gold.spans).items():
            scores[key].add(counts)
    return {
        "metric": METRIC,
        "documents": len(documents),
        **{mode: {role: scores[role, mode].as_dict() for role in ROLES} for mode in modes},
        "exclusions": {**excluded, "discontinuous_gold_spans_scored_as_envelope": discontinuous},
    }
