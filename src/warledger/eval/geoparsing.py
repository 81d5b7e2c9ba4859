"""Geoparsing gold (LGL, TR-News): toponym recognition and resolution.

Each XML file holds ``<article>`` elements with ``<text>`` and ``<toponym>``
children giving character offsets and, when the annotators found one, a
GeoNames ``gaztag`` with coordinates. Scores, per file and overall:

- recognition P/R/F1 with exact and with overlapping spans;
- resolution over correctly recognised toponyms (overlap match, one-to-one)
  that have gold coordinates: share within 161 km (100 miles, the usual
  threshold), mean and median error in km, and the area under the curve of
  log errors (AUC, lower is better). A recognised toponym left unresolved
  counts as a miss for the accuracy, is left out of the mean and median error,
  and counts at the largest possible error (20,039 km) in the AUC.

Headline: recognition F1 with exact spans, accuracy within 161 km and AUC,
the figures of Gritta, Pilehvar & Collier 2019 (A pragmatic guide to
geoparsing evaluation, LRE), whose LGL and TR-News files these are. Counted
and printed: gold toponyms without offsets (not read), gold toponyms without
coordinates (not in the resolution figures), unresolved predictions.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from warledger.errors import EvalError
from warledger.eval.scoring import PRF, LabeledSpan, headline, match_spans, spans_overlap
from warledger.geo.distance import haversine_km
from warledger.model import PlaceMention

ACCURACY_KM = 161.0
MAX_ERROR_KM = 20_039.0  # half the Earth's circumference: the worst possible error


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    toponyms_without_offsets: int = 0


def read_corpus(path: Path) -> list[Article]:
    """Parse one geoparsing XML file; raises ``EvalError`` naming the file if malformed."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise EvalError(f"{path}: not a readable geoparsing XML file ({exc})") from exc
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        without_offsets = 0
        for top in art.iter("toponym"):
            start, end = top.findtext("start"), top.findtext("end")
            if start is None or end is None:
                without_offsets += 1
                continue
            lat, lon = top.findtext("gaztag/lat"), top.findtext("gaztag/lon")
            try:
                gold.append(GoldToponym(int(start), int(end), _float(lat), _float(lon)))
            except ValueError as exc:
                raise EvalError(
                    f"{path}: article {art.get('docid')}: toponym offsets {start!r}..{end!r} "
                    "are not whole numbers; fix the file"
                ) from exc
        articles.append(Article(art.get("docid", ""), text, tuple(gold), without_offsets))
    return articles


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def error_auc(errors_km: list[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1] (Gritta et al. 2019):
    0 when every toponym is placed exactly, 1 when every one is as far off as can be."""
    if len(errors_km) < 2:
        return math.log1p(errors_km[0]) / math.log1p(MAX_ERROR_KM) if errors_km else 0.0
    logs = np.sort(np.log1p(np.asarray(errors_km, dtype=float)))
    return float(np.trapezoid(logs) / ((len(logs) - 1) * math.log1p(MAX_ERROR_KM)))


def score_articles(articles: list[Article], predicted: list[list[PlaceMention]]) -> dict:
    """Recognition and resolution figures for parallel lists of gold and predictions."""
    exact, overlap = PRF(), PRF()
    errors: list[float] = []
    resolvable = hits = unresolved = without_coordinates = 0
    for art, preds in zip(articles, predicted, strict=True):
        pred_spans = [LabeledSpan(p.span.start, p.span.end) for p in preds]
        gold_spans = [LabeledSpan(g.start, g.end) for g in art.toponyms]
        exact.add(match_spans(pred_spans, gold_spans, "exact", typed=False))
        overlap.add(match_spans(pred_spans, gold_spans, "overlap", typed=False))
        free = sorted(preds, key=lambda p: p.span.start)
        for gold in art.toponyms:
            gspan = LabeledSpan(gold.start, gold.end)
            match = next(
                (p for p in free if spans_overlap(LabeledSpan(p.span.start, p.span.end), gspan)),
                None,
            )
            if match is None:
                continue
            free.remove(match)
            if gold.lat is None or gold.lon is None:
                without_coordinates += 1
                continue
            resolvable += 1
            place = match.place
            if place is None or place.latitude is None or place.longitude is None:
                unresolved += 1
                continue
            err = haversine_km(gold.lat, gold.lon, place.latitude, place.longitude)
            errors.append(err)
            hits += err <= ACCURACY_KM
    return {
        "articles": len(articles),
        "excluded": {
            "gold_toponyms_without_offsets": sum(a.toponyms_without_offsets for a in articles),
            "recognised_gold_toponyms_without_coordinates": without_coordinates,
        },
        "recognition_exact": exact.as_dict(),
        "recognition_overlap": overlap.as_dict(),
        "resolution": {
            "n": resolvable,
            "accuracy_161km": round(hits / resolvable, 4) if resolvable else 0.0,
            "unresolved": unresolved,
            "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
            "median_error_km": round(statistics.median(errors), 1) if errors else None,
            "auc": round(error_auc(errors + [MAX_ERROR_KM] * unresolved), 4),
        },
    }


def corpus_files(path: Path) -> list[Path]:
    """The XML files to score: ``path`` itself or every ``*.xml`` in the folder."""
    files = sorted(path.glob("*.xml")) if path.is_dir() else [path]
    if not files:
        raise EvalError(f"{path}: no geoparsing XML files (expected lgl.xml, TR-News.xml)")
    return files


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Run ``warledger_places`` on every article (``limit`` per file) and score it."""
    from warledger.extract.pipeline import build_pipeline

    nlp = build_pipeline(components=["warledger_places"])
    # These gold sets annotate demonyms ("Turkish") as toponyms of their country.
    nlp.get_pipe("warledger_places").include_demonyms = True
    per_file: dict[str, object] = {}
    all_articles: list[Article] = []
    all_preds: list[list[PlaceMention]] = []
    for file in corpus_files(path):
        articles = read_corpus(file)[:limit] if limit else read_corpus(file)
        preds = [list(doc._.places or []) for doc in nlp.pipe(a.text for a in articles)]
        per_file[file.stem] = score_articles(articles, preds)
        all_articles += articles
        all_preds += preds
    overall = score_articles(all_articles, all_preds)
    resolution = overall["resolution"]
    return {
        "headline": headline(
            "toponym recognition F1 (exact span); resolution accuracy within 161 km and AUC "
            "of log error (lower is better) over correctly recognised toponyms",
            "Gritta, Pilehvar & Collier 2019, A pragmatic guide to geoparsing evaluation "
            "(Language Resources and Evaluation)",
            {
                "recognition_exact_f1": overall["recognition_exact"]["f1"],
                "accuracy_161km": resolution["accuracy_161km"],
                "auc": resolution["auc"],
            },
            scope="every article of every file; overlap recognition is secondary",
        ),
        "overall": overall,
        "per_corpus": per_file,
    }
