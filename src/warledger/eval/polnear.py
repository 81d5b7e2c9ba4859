"""PolNeAR adapter: attribution source / cue / content spans against brat gold.

Layout (as in ``shared/gold/polnear``): ``text/<name>.txt`` holds each article;
``attributions/<name>_<annotator>.ann`` holds brat standoff lines such as
``T1<TAB>Source 89 106<TAB>The New York Post``. Only the span lines matter
here: ``Source``, ``Cue`` and ``Content`` text-bound annotations (the
``Attribution`` event lines just link them). Some texts were annotated twice;
the first annotation file in name order is used so no text counts double.

Spans may be discontinuous in brat (``315 448;463 553``); they are scored as
the envelope from the first start to the last end, which is what a single
``Span`` can express. Overlap matching is the headline (PolNeAR's annotators
differ on span edges far more than on which words are the cue); exact
matching is reported for information.
"""

from __future__ import annotations

from pathlib import Path

from warledger.errors import EvalError
from warledger.eval.scoring import PRF, LabeledSpan, match_spans
from warledger.extract.pipeline import build_pipeline

ROLES: tuple[str, ...] = ("source", "cue", "content")
_GOLD_LABELS = {"Source": "source", "Cue": "cue", "Content": "content"}


def read_ann(path: Path) -> dict[str, set[LabeledSpan]]:
    """Gold spans per role from one brat ``.ann`` file."""
    spans: dict[str, set[LabeledSpan]] = {role: set() for role in ROLES}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise EvalError(f"{path}:{number}: not a brat text-bound line: {line!r}")
        label, _, offsets = parts[1].partition(" ")
        role = _GOLD_LABELS.get(label)
        if role is None:
            continue
        try:
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
        except (ValueError, IndexError) as error:
            raise EvalError(f"{path}:{number}: bad offsets {offsets!r} ({error})") from error
        spans[role].add(LabeledSpan(start, end, role))
    return spans


def pairs(path: Path) -> list[tuple[Path, Path]]:
    """(text file, annotation file) for every annotated text under ``path``."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(f"{path}: expected text/ and attributions/ folders (PolNeAR brat layout)")
    found = []
    for text_file in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(f"{text_file.stem}_*.ann"))
        if annotations:
            found.append((text_file, annotations[0]))
    if not found:
        raise EvalError(f"{path}: no text with a matching attributions/<name>_*.ann file")
    return found


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Span P/R/F1 per role, overlap and exact, over the first ``limit`` texts."""
    nlp = build_pipeline(components=["warledger_actors", "warledger_attribution"])
    scores = {(role, mode): PRF() for role in ROLES for mode in ("overlap", "exact")}
    documents = pairs(path)[:limit] if limit is not None else pairs(path)
    for text_file, ann_file in documents:
        gold = read_ann(ann_file)
        doc = nlp(text_file.read_text(encoding="utf-8"))
        predicted: dict[str, list[LabeledSpan]] = {role: [] for role in ROLES}
        for attribution in doc._.attributions:
            for role in ROLES:
                span = getattr(attribution, role)
                if span is not None:
                    predicted[role].append(LabeledSpan(span.start, span.end, role))
        for role in ROLES:
            for mode in ("overlap", "exact"):
                scores[role, mode].add(match_spans(predicted[role], gold[role], mode=mode))
    return {
        "documents": len(documents),
        "overlap": {role: scores[role, "overlap"].as_dict() for role in ROLES},
        "exact": {role: scores[role, "exact"].as_dict() for role in ROLES},
    }
