"""Evaluation against gold sets: one adapter module per set, shared scorers.

``run_eval("re3d", path)`` imports the adapter lazily (each set's adapter may
need a different part of the pipeline) and returns a JSON-able dict of scores.
Every adapter module exposes ``evaluate(path: Path, limit: int | None) -> dict``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from warledger.errors import EvalError

ADAPTERS: dict[str, str] = {
    "re3d": "warledger.eval.re3d",
    "muc4": "warledger.eval.muc4",
    "wikievents": "warledger.eval.wikievents",
    "rams": "warledger.eval.rams",
    "case2021": "warledger.eval.case2021",
    "polnear": "warledger.eval.polnear",
    "geoparsing": "warledger.eval.geoparsing",
    "event_location": "warledger.eval.event_location",
    "plover": "warledger.eval.plover",
    "factuality": "warledger.eval.factuality",
    "ecbplus": "warledger.eval.ecbplus",
    "incident_reports": "warledger.eval.incident_reports",
}


def run_eval(set_name: str, path: Path, limit: int | None = None) -> dict[str, object]:
    """Score warledger on the gold set ``set_name`` laid out under ``path``."""
    if set_name not in ADAPTERS:
        known = ", ".join(sorted(ADAPTERS))
        raise EvalError(f"unknown gold set {set_name!r}; choose one of: {known}")
    if not path.exists():
        raise EvalError(
            f"{path}: no such gold folder (expected the layout of shared/gold/{set_name})"
        )
    module = importlib.import_module(ADAPTERS[set_name])
    result: dict[str, object] = module.evaluate(path, limit)
    return {"set": set_name, "path": str(path), **result}
