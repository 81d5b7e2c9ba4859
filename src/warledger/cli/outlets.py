"""``warledger outlets load``: the outlets an archive draws on and the side each takes.

Grading needs to know which outlets are independent of each other and which
side of a conflict each leans to; this loads them from a YAML file (``kb.outlets``)
or a spreadsheet's CSV (``kb.outlets_csv``) into the store as one ledger entry
(``store.outlets``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warledger.cli.errors import fail, open_store
from warledger.cli.options import settings_of

outlets_app = typer.Typer(
    help="Outlets and the side each takes in a conflict.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    """Add the ``outlets`` group to ``app``."""
    app.add_typer(outlets_app, name="outlets")


@outlets_app.command("load")
def outlets_load(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help="A YAML file (`conflicts` and `outlets`) or a CSV file.")
    ],
    conflicts: Annotated[
        Path | None,
        typer.Option(
            "--conflicts",
            metavar="YAML",
            help="With a CSV: a YAML file whose `conflicts` mapping defines the conflicts "
            "the `side` column names (packaged conflicts need none).",
        ),
    ] = None,
) -> None:
    """Load outlets (kind, owner group, side per conflict) from FILE into the store.

    A YAML file is laid out as tests/data/incidents/outlets.yaml. A `.csv` file has one
    row per outlet and the YAML fields as columns (id, name, kind, country, owner_group,
    side, aliases, domains); `side` holds `conflict=side` pairs and aliases and domains
    hold lists, separated by `;`. The load is one ledger entry; outlets already stored
    with the same id are replaced.
    """
    from warledger.kb.outlets import read_outlets_file
    from warledger.kb.outlets_csv import read_outlets_csv
    from warledger.store.outlets import save_outlets

    if file.suffix.lower() == ".csv":
        registry = read_outlets_csv(file, conflicts)
    else:
        if conflicts is not None:
            raise fail("--conflicts is for a CSV file; a YAML file has its own `conflicts`")
        registry = read_outlets_file(file)
    with open_store(settings_of(ctx)) as store:
        entry = save_outlets(store, registry, str(file))
    Console().print(
        f"loaded {len(registry.outlets)} outlets and {len(registry.conflicts)} conflicts "
        f"(ledger seq {entry.seq})"
    )
