"""The learned "same incident" scorer of report linking: features of two main incidents.

Report linking (``report_links``) decides whether the main incidents of two groups
of reports are one event. Which evidence matters how much is not something to
guess: a logistic regression over a few features of the pair, trained on the
ECB+ training topics (``training/incidents/train.py``, ``models/incident_links``),
weighs it. Each feature is something a reader would look at:

* ``lead``: how alike the reports' titles and leads are (average TF-IDF cosine of
  one incident's main reports against the other's), and ``claims``: how alike
  their event claims' sentences are (cosine of the incidents' claim centroids);
* ``same_type`` / ``shared_type``: the main event types agree / any type is shared;
* ``same_place`` / ``near_place``: the main places are the same place, or only
  compatible ones (with main places that cannot be one, only alike leads link:
  ``report_links.scorer_may_link``); both 0 when one
  incident has no located place;
* ``same_dates`` / ``no_dates`` / ``date_gap``: stated dates overlap, one incident
  has no date window at all, or the windows lie apart (log of the days between);
* ``actors``: a named actor in common; ``toll``: casualty figures that agree (+1)
  or clearly differ (-1).

The hard gates (dates or places that cannot be one event's) stay rules in
``report_links``; the scorer only weighs pairs that pass them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from warledger.resolve.incident_features import places_compatible
from warledger.resolve.incident_profile import IncidentProfile
from warledger.resolve.incident_score import figures_agree

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "incident_links"
FEATURES = (
    "lead",
    "claims",
    "same_type",
    "shared_type",
    "same_place",
    "near_place",
    "same_dates",
    "no_dates",
    "date_gap",
    "actors",
    "toll",
)


@dataclass(frozen=True)
class LinkModel:
    """Logistic regression weights over ``FEATURES`` and the probability a link needs."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: tuple[float, ...]) -> float:
        """The probability that two incidents are one event."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_model(model_dir: Path = MODEL_DIR) -> LinkModel:
    """The trained model in ``model_dir`` (``model.json``); its features must be ours."""
    path = model_dir / "model.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = tuple(data["features"])
        weights = tuple(float(w) for w in data["weights"])
        bias, threshold = float(data["bias"]), float(data["threshold"])
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: not an incident link model ({error!r})") from error
    if names != FEATURES or len(weights) != len(FEATURES):
        raise ValueError(f"{path}: features {names} are not {FEATURES}")
    return LinkModel(weights, bias, threshold)


@cache
def default_model() -> LinkModel:
    """The packaged model, read once (it is immutable)."""
    return load_model()


def _centroid_cosine(a: IncidentProfile, b: IncidentProfile) -> float:
    if a.norm2 <= 0.0 or b.norm2 <= 0.0:
        return 0.0
    small, big = sorted((a.centroid, b.centroid), key=len)
    dot = sum(weight * big.get(word, 0.0) for word, weight in small.items())
    return max(0.0, dot / math.sqrt(a.norm2 * b.norm2))


def _place_features(a: IncidentProfile, b: IncidentProfile) -> tuple[float, float]:
    mine, theirs = a.main_place(), b.main_place()
    if mine is None or theirs is None:
        return 0.0, 0.0
    if mine.key == theirs.key:
        return 1.0, 0.0
    return 0.0, 1.0 if places_compatible(mine, theirs) else 0.0


def _gap_days(a: IncidentProfile, b: IncidentProfile) -> int | None:
    """Days between the two date windows (0 when they overlap), None without both."""
    windows: list[tuple[date, date]] = []
    for profile in (a, b):
        if profile.date_lo is None or profile.date_hi is None:
            return None
        windows.append((profile.date_lo, profile.date_hi))
    (lo_a, hi_a), (lo_b, hi_b) = windows
    return max(0, (lo_b - hi_a).days, (lo_a - hi_b).days)


def _date_features(a: IncidentProfile, b: IncidentProfile) -> tuple[float, float, float]:
    gap = _gap_days(a, b)
    if gap is None:
        return 0.0, 1.0, 0.0
    stated = a.has_dated and b.has_dated and gap <= 1
    return 1.0 if stated else 0.0, 0.0, math.log1p(gap)


def _toll(a: IncidentProfile, b: IncidentProfile) -> float:
    votes = [
        figures_agree(tuple(mine), theirs)
        for mine, theirs in ((a.killed, b.killed), (a.injured, b.injured))
        if mine and theirs
    ]
    if not votes:
        return 0.0
    return 1.0 if all(votes) else -1.0


def link_features(a: IncidentProfile, b: IncidentProfile, lead: float) -> tuple[float, ...]:
    """The ``FEATURES`` of two incidents whose main reports' leads are ``lead`` alike."""
    main_a, main_b = a.main_type(), b.main_type()
    return (
        lead,
        _centroid_cosine(a, b),
        1.0 if main_a is not None and main_a == main_b else 0.0,
        1.0 if a.types.keys() & b.types.keys() else 0.0,
        *_place_features(a, b),
        *_date_features(a, b),
        1.0 if a.actors & b.actors else 0.0,
        _toll(a, b),
    )
