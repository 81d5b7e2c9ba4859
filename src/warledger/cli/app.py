"""The root of the ``warledger`` command line: its help, its global options, its commands.

Each command builds its ``Settings`` from ``--db`` / ``WARLEDGER_DATABASE_URL``,
calls the library and prints the result. Long work shows a progress bar on
stderr; machine-readable output (JSON lines) goes to stdout. Every command
module adds itself with its own ``register(app)``, in the order below (the
order of the help), and errors take the one path of ``cli.errors``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from warledger.cli import (
    actors,
    archive,
    claims,
    evaluate,
    export,
    extract,
    incidents,
    ingest,
    load_claims,
    outlets,
    reference,
    reviews,
    serve,
    store_admin,
    tokens,
    watch,
)
from warledger.cli.errors import EXIT_CODES_HELP, CommandGroup
from warledger.config import Settings

app = typer.Typer(
    cls=CommandGroup,
    help=(
        "warledger: an auditable ledger of sourced claims about armed conflict.\n\n"
        "Ingest news reports and statements, extract who reportedly did what, where, "
        "when and with what toll - and according to whom - and keep every claim tied "
        "to the exact words it came from in an append-only, hash-chained ledger."
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
for command_module in (
    ingest,
    archive,
    load_claims,
    watch,
    store_admin,
    claims,
    extract,
    evaluate,
    outlets,
    reference,
    incidents,
    actors,
    export,
    reviews,
    tokens,
    serve,
):
    command_module.register(app)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help=(
                "Database: a SQLite file path or a SQLAlchemy URL such as "
                "postgresql+psycopg://user@host/dbname. Default: $WARLEDGER_DATABASE_URL, "
                "else ./warledger.db."
            ),
        ),
    ] = None,
    blobs: Annotated[
        str | None,
        typer.Option(
            "--blobs",
            help="Folder for the raw input bytes (default: beside the SQLite file, "
            "or $WARLEDGER_BLOB_DIR).",
        ),
    ] = None,
    places: Annotated[
        str | None,
        typer.Option(
            "--places",
            metavar="FILE",
            help="Your own gazetteer (YAML: villages, districts, checkpoints GeoNames lacks), "
            "merged into GeoNames for extraction; see examples/places.yaml. "
            "Default: $WARLEDGER_PLACES.",
        ),
    ] = None,
    allow_private_hosts: Annotated[
        bool,
        typer.Option(
            "--allow-private-hosts",
            help="Let `ingest --urls` and `watch` fetch from loopback, private and link-local "
            "hosts (refused by default: feed links come from third parties). "
            "Default: $WARLEDGER_ALLOW_PRIVATE_HOSTS=1.",
        ),
    ] = False,
) -> None:
    """Global options shared by every command."""
    from warledger.geo.user_places import read_user_places

    ctx.obj = Settings.from_env(
        database=db, blob_dir=blobs, places=places, allow_private_hosts=allow_private_hosts
    )
    if ctx.obj.places_file is not None:
        read_user_places(ctx.obj.places_file)  # a bad file fails here, before any work
