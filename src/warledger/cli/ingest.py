"""``warledger ingest``: store inputs (files, folders, JSON lines, URLs) and extract their claims.

A thin layer over ``warledger.ingest.ingest``: it opens the store, starts the
extraction engine chosen by name (``--engine``, see ``warledger.engines``),
shows progress on stderr and prints the run's summary; a bad input is one
``failed:`` line and exit code 1, and the rest of the batch goes on.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warledger import engines
from warledger.cli.errors import ExitCode, fail, open_store
from warledger.cli.options import settings_of
from warledger.cli.output import print_summary, shorten


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to ``app``."""
    app.command("ingest")(ingest)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files (.txt, .html, .htm, .jsonl) or folders, read recursively.",
            show_default=False,
        ),
    ] = None,
    urls: Annotated[
        Path | None,
        typer.Option("--urls", help="A file with one URL a line to fetch and ingest."),
    ] = None,
    extract_claims: Annotated[
        bool,
        typer.Option(
            "--extract/--no-extract",
            help="Extract and store claims for every new document (default) or only store it.",
        ),
    ] = True,
    engine_name: Annotated[
        str,
        typer.Option(
            "--engine",
            help=f"Where extraction runs, one of: {', '.join(engines.names())}. local: "
            "--workers processes on this machine; ray: Ray actors (a local Ray, or the "
            "cluster at --ray-address).",
        ),
    ] = "local",
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Extraction processes or actors, each loading its own model "
            "(default: local 1, ray every core).",
        ),
    ] = None,
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="With --engine ray: join the Ray cluster there (e.g. ray://head:10001).",
        ),
    ] = None,
) -> None:
    """Store documents (raw bytes kept forever) and extract their claims.

    Documents are identified by the sha256 of their bytes, so ingesting the
    same input twice stores it once; syndicated copies and small edits are
    grouped as near-duplicates. A bad input gets one error line naming it and
    the rest of the batch goes on; the exit code is 1 if anything failed.
    A run cut off half-way is finished by running the same command again.
    """
    from warledger.ingest.report import IngestProgress
    from warledger.ingest.runner import ingest as run_ingest

    if not paths and urls is None:
        raise fail("give at least one PATH or --urls FILE (see warledger ingest --help)")
    settings = settings_of(ctx)
    options: dict[str, object] = {"places_file": settings.places_file}
    if workers is not None:
        options["workers"] = workers
    if ray_address is not None:
        options["address"] = ray_address
    engine = engines.get(engine_name, **options)
    err = Console(stderr=True, soft_wrap=True)
    with ExitStack() as stack:
        store = stack.enter_context(open_store(settings))
        extract = stack.enter_context(engine).map if extract_claims else None
        progress = stack.enter_context(
            Progress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[docs]} documents"),
                TimeElapsedColumn(),
                TextColumn("{task.fields[current]}", style="dim"),
                console=err,
                transient=False,
            )
        )
        task = progress.add_task("ingest", total=None, docs=0, current="")

        def report(step: IngestProgress) -> None:
            progress.update(
                task,
                completed=step.inputs_done,
                total=step.inputs_total,
                docs=step.documents_read,
                current=shorten(step.current),
            )

        summary = run_ingest(store, list(paths or []), urls, settings, extract, report)
    for message in summary.errors:
        err.print(f"[red]failed:[/] {escape(message)}", highlight=False)
    for message in summary.notices:
        err.print(f"[yellow]notice:[/] {escape(message)}", highlight=False)
    print_summary(
        "ingest summary",
        {k: v for k, v in summary.as_dict().items() if k not in ("errors", "notices")},
    )
    if summary.failed or summary.extraction_failed:
        raise typer.Exit(ExitCode.INPUTS_FAILED)
