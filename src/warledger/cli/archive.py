"""``warledger archive extract``: re-extract an archive of shards (JSON lines, Parquet) in bulk.

For archives too big for ``ingest``'s file-by-file path: the shards are read and
extracted by the chosen engine (``ray``: Ray Data and an actor pool, on a local Ray
or a cluster; ``local``: this machine's processes) and written in batches of one
transaction each. Re-running the command finishes an interrupted run and never
stores anything twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from warledger.cli.errors import ExitCode, fail, open_store
from warledger.cli.options import settings_of
from warledger.cli.output import print_summary
from warledger.config import Settings

if TYPE_CHECKING:
    from warledger.engines.archive import RecordWriter
    from warledger.store import Store

archive_app = typer.Typer(
    help="Archives of shards: extraction in bulk, on Ray or locally.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    """Add the ``archive`` group to ``app``."""
    app.add_typer(archive_app, name="archive")


@archive_app.command("extract")
def archive_extract(
    ctx: typer.Context,
    shards: Annotated[
        list[Path],
        typer.Argument(
            help="Shard files (.jsonl, .parquet) or folders of them.", show_default=False
        ),
    ],
    engine_name: Annotated[
        str,
        typer.Option("--engine", help="ray (Ray Data, local Ray or a cluster) or local."),
    ] = "ray",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="Join the Ray cluster there (e.g. ray://head:10001 or auto) instead of "
            "starting Ray on this machine.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Extraction actors or processes (default: every core; local: 1)."),
    ] = None,
    parquet_out: Annotated[
        Path | None,
        typer.Option(
            "--parquet-out",
            metavar="DIR",
            help="Write claims shards (Parquet) into DIR instead of the store; load them "
            "later with `warledger load-claims DIR` (docs/parquet.md).",
        ),
    ] = None,
) -> None:
    """Store the records of SHARDS as documents and extract their claims, in bulk.

    A record is a JSON object with `text` (and optionally url, title, published,
    author, outlet, id), one a line or one a Parquet row; it gets the document id
    `warledger ingest` would give it. Bad records are reported and skipped. With
    --parquet-out, nothing is written to the store (it is not even opened).
    """
    from warledger.engines.archive import extract_local, shard_paths

    settings = settings_of(ctx)
    if engine_name not in ("ray", "local"):
        raise fail(f"--engine {engine_name!r} is unknown for archives; choose ray or local")
    if ray_address is not None and engine_name != "ray":
        raise fail("--ray-address needs --engine ray")
    paths = shard_paths(shards)
    now = datetime.now(UTC)
    with _target(settings, parquet_out) as target:
        if engine_name == "ray":
            from warledger.engines.ray_archive import extract_ray

            summary = extract_ray(
                target,
                paths,
                settings.max_input_bytes,
                now,
                workers=workers,
                places_file=settings.places_file,
                address=ray_address,
            )
        else:
            summary = extract_local(
                target,
                paths,
                settings.max_input_bytes,
                now,
                workers=workers or 1,
                places_file=settings.places_file,
            )
    err = Console(stderr=True)
    for message in summary.errors:
        err.print(f"[red]failed:[/] {escape(message)}", highlight=False)
    print_summary("archive summary", {k: v for k, v in summary.as_dict().items() if k != "errors"})
    if summary.failed:
        raise typer.Exit(ExitCode.INPUTS_FAILED)


@contextmanager
def _target(settings: Settings, parquet_out: Path | None) -> Iterator[Store | RecordWriter]:
    """The opened store, or a writer of shard files in ``parquet_out`` (closed after)."""
    if parquet_out is None:
        with open_store(settings) as store:
            yield store
        return
    from warledger.engines.archive_shards import ShardArchiveWriter

    if parquet_out.exists() and not parquet_out.is_dir():
        raise fail(f"--parquet-out {parquet_out}: not a folder")
    writer = ShardArchiveWriter(parquet_out)
    try:
        yield writer
    finally:
        writer.close()
