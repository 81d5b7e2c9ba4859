"""``warledger watch`` and ``warledger feeds``: monitor outlets' feeds, and show their health.

``watch`` runs rounds (``warledger.watch``) and prints one line per round on stderr; it
stops cleanly on SIGTERM or Ctrl-C (the round in progress finishes the item it is on,
stores what it fetched and ends) and ``--once`` runs a single round, for cron. ``feeds``
prints each feed's last success, last error and items stored, from the store.
"""

from __future__ import annotations

import signal
import threading
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warledger import engines
from warledger.cli.errors import ExitCode, open_store
from warledger.cli.options import settings_of


def register(app: typer.Typer) -> None:
    """Add the ``watch`` and ``feeds`` commands to ``app``."""
    app.command("watch")(watch)
    app.command("feeds")(feeds)


def watch(
    ctx: typer.Context,
    feeds_file: Annotated[
        Path, typer.Argument(metavar="FEEDS.yaml", help="The feeds to watch (see below).")
    ],
    once: Annotated[
        bool, typer.Option("--once", help="Run one round and exit (for cron).")
    ] = False,
    extract_claims: Annotated[
        bool, typer.Option("--extract/--no-extract", help="Extract claims from new items.")
    ] = True,
    resolve: Annotated[
        bool, typer.Option("--resolve/--no-resolve", help="Resolve incidents after each round.")
    ] = True,
    engine_name: Annotated[
        str, typer.Option("--engine", help=f"Extraction engine: {', '.join(engines.names())}.")
    ] = "local",
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
) -> None:
    """Poll RSS/Atom feeds; ingest, extract and resolve each new item once.

    FEEDS.yaml lists `feeds:` (each `url`, optional `outlet`, `language`, `interval_s`,
    default 900) and optionally `min_delay_s` between two requests to one host (default 5).
    Requests are conditional (ETag / Last-Modified), one at a time per host, respect
    robots.txt, back off exponentially after errors and are size-capped while streaming.
    Items are known by GUID (or URL) in the store, so a restart never ingests one twice.
    """
    from warledger.watch.feeds_file import read_feeds_file
    from warledger.watch.loop import watch as run_watch
    from warledger.watch.rounds import RoundReport

    spec = read_feeds_file(feeds_file)
    settings = settings_of(ctx)
    err = Console(stderr=True, soft_wrap=True)
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        err.print(f"{signal.Signals(signum).name}: stopping after the item in flight")
        stop.set()

    def log(report: RoundReport) -> None:
        err.print(escape(report.line()), highlight=False)
        for message in report.errors[:20]:
            err.print(f"  [red]failed:[/] {escape(message)}", highlight=False)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        with ExitStack() as stack:
            store = stack.enter_context(open_store(settings))
            extract = None
            if extract_claims:
                engine = engines.get(engine_name, workers=workers, places_file=settings.places_file)
                extract = stack.enter_context(engine).map
            rounds = run_watch(
                store,
                spec,
                settings,
                extract=extract,
                once=once,
                stop=stop,
                log=log,
                resolve=resolve,
            )
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    err.print(f"watch stopped after {rounds} round{'s' if rounds != 1 else ''}")
    if stop.is_set():
        raise typer.Exit(ExitCode.OK)


def feeds(ctx: typer.Context) -> None:
    """Show each watched feed: last success, last error, failures, items stored."""
    from warledger.query.feeds import feed_status

    with open_store(settings_of(ctx)) as store:
        rows = feed_status(store)
    table = Table(title=f"{len(rows)} feeds")
    for column in (
        "feed",
        "outlet",
        "last success",
        "last error",
        "failures",
        "next poll",
        "items",
    ):
        table.add_column(column)
    for row in rows:
        error = f"{_when(row.last_error_at)} {row.last_error}" if row.last_error else ""
        table.add_row(
            escape(row.url),
            escape(row.outlet or ""),
            _when(row.last_success),
            escape(error[:200]),
            str(row.failures),
            _when(row.next_poll),
            str(row.items),
        )
    Console().print(table)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else "-"
