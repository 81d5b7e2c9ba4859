"""The evaluation gate: every pinned score in ``eval_floors.json`` must hold.

Floors only move up. Each entry names a gold set, a dotted path into the JSON
that ``warledger eval`` prints, and the lowest acceptable value. The dev splits
live in ``../shared/gold`` (ECB+, which has no gold folder, in
``../shared/train/ecbplus``, whose ``dev.jsonl`` is its dev split); without
them (a checkout on its own) the gate skips, except under
``WARLEDGER_REQUIRE_SHARED=1`` (``.ci/run``), where that is a failure.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from required_parts import missing
from warledger.eval import run_eval

REPO = Path(__file__).resolve().parents[2]
FLOORS: dict[str, dict[str, float]] = json.loads((REPO / "eval_floors.json").read_text())


def gold_dir() -> Path:
    return Path(os.environ.get("WARLEDGER_SHARED", REPO.parent / "shared")) / "gold"


def set_dir(set_name: str) -> Path:
    """Where a set's dev split lives: ``gold/<set>``, or ``train/<set>`` for the sets
    whose dev split ships beside their training data (factuality, ecbplus)."""
    if set_name in {"factuality", "ecbplus"}:
        return gold_dir().parent / "train" / set_name
    return gold_dir() / set_name


@cache
def scores(set_name: str) -> dict[str, object]:
    return run_eval(set_name, set_dir(set_name))


def lookup(result: dict[str, object], dotted: str) -> float:
    value: object = result
    for key in dotted.split("."):
        assert isinstance(value, dict), f"{dotted}: {key} is not inside a mapping"
        value = value[key]
    assert isinstance(value, int | float), f"{dotted} is not a number: {value!r}"
    return float(value)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("set_name", "metric"),
    [(s, m) for s, metrics in FLOORS.items() for m in metrics],
)
def test_score_is_not_below_its_floor(set_name: str, metric: str) -> None:
    if not set_dir(set_name).exists():
        missing("SHARED", f"no gold set at {set_dir(set_name)} (set WARLEDGER_SHARED)")
    measured = lookup(scores(set_name), metric)
    floor = FLOORS[set_name][metric]
    assert measured >= floor, f"{set_name} {metric} = {measured:.4f} fell below its floor {floor}"
