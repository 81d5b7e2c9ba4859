"""``warledger load-claims``: claims shards (Parquet) written elsewhere, into this store.

The other half of extracting on a cluster: workers write shards (``archive extract
--parquet-out``) or another store exports them (``export --format parquet``), and
this command, the one writer, loads them. It can be run again at will: what is
already stored is skipped, so a second load adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from warledger.cli.errors import ExitCode, fail, open_store
from warledger.cli.options import settings_of
from warledger.cli.output import print_summary


def register(app: typer.Typer) -> None:
    """Add the ``load-claims`` command to ``app``."""
    app.command("load-claims")(load_claims)


def load_claims(
    ctx: typer.Context,
    shards: Annotated[
        list[Path],
        typer.Argument(
            help="Claims shards (NAME.parquet, loaded with NAME.documents.parquet beside it), "
            "documents shards, or folders of them.",
            show_default=False,
        ),
    ],
    batch: Annotated[
        int, typer.Option(min=1, help="Rows per transaction (and per ledger append).")
    ] = 2_000,
) -> None:
    """Load claims shards: their documents (with raw bytes) and claims, each once.

    Documents shards load first. A shard with a missing column, a column of the wrong
    type or a row that does not match its payload is reported with its file and column
    (exit code 1), and the other shards still load. See docs/parquet.md for the columns.
    """
    from warledger.errors import StoreError
    from warledger.store.shard_load import load_shards

    with open_store(settings_of(ctx)) as store:
        try:
            report = load_shards(store, shards, batch_size=batch)
        except StoreError as exc:
            raise fail(str(exc)) from exc
    err = Console(stderr=True)
    for message in report.errors:
        err.print(f"[red]failed:[/] {escape(message)}", highlight=False)
    print_summary("load summary", dict(report.as_dict()))
    if report.errors:
        raise typer.Exit(ExitCode.INPUTS_FAILED)
