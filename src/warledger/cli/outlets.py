"""``warledger outlets load``: the outlets an archive draws on and the side each takes.

Grading needs to know which outlets are independent of each other and which
side of a conflict each leans to; this loads them from a YAML file
(``kb.outlets``) into the store as one ledger entry (``store.outlets``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warledger.cli.errors import open_store
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
    file: Annotated[Path, typer.Argument(help="A YAML file: `conflicts` and `outlets`.")],
) -> None:
    """Load outlets (kind, owner group, side per conflict) from FILE into the store.

    The layout is that of tests/data/incidents/outlets.yaml. The load is one
    ledger entry; outlets already stored with the same id are replaced.
    """
    from warledger.kb.outlets import read_outlets_file
    from warledger.store.outlets import save_outlets

    registry = read_outlets_file(file)
    with open_store(settings_of(ctx)) as store:
        entry = save_outlets(store, registry, str(file))
    Console().print(
        f"loaded {len(registry.outlets)} outlets and {len(registry.conflicts)} conflicts "
        f"(ledger seq {entry.seq})"
    )
