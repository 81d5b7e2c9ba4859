"""``warledger eval``: score extraction against a gold set (P/R/F1 per field, as JSON).

A thin layer over ``warledger.eval.run_eval``, which picks the gold set's
adapter by name; an unknown set or a folder not laid out as expected is one
error line naming the choices.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command to ``app``."""
    app.command("eval")(eval_)


def eval_(
    set_name: Annotated[
        str,
        typer.Argument(
            metavar="SET",
            help="Gold set: re3d, muc4, wikievents, rams, case2021, polnear, geoparsing, "
            "event_location, plover (folders of shared/gold), factuality or ecbplus "
            "(folders of shared/train: their dev splits are scored), incident_reports "
            "(a folder with reports.yaml, such as tests/data/shootings).",
        ),
    ],
    path: Annotated[
        Path, typer.Argument(help="Folder laid out like shared/gold/SET (or shared/train/SET).")
    ],
    limit: Annotated[
        int | None, typer.Option(help="Score only the first N documents or records.")
    ] = None,
) -> None:
    """Score extraction against a gold set and print P/R/F1 per field as JSON."""
    from warledger.eval import run_eval

    result = run_eval(set_name, path, limit)
    sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")
