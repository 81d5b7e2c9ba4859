"""``warledger resolve`` and ``warledger incidents``: make incidents from claims, and show them.

``resolve`` merges actors and clusters and grades event claims into incidents
(``resolve.actors``, ``resolve.incident_run``), with a progress bar; ``incidents``
prints them largest first, as recorded or as known at a past instant
(``warledger.read_incidents``).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from warledger.cli.errors import open_store
from warledger.cli.options import parse_day, parse_instant, settings_of
from warledger.model import CasualtyRange, Incident


def register(app: typer.Typer) -> None:
    """Add the ``resolve`` and ``incidents`` commands to ``app``."""
    app.command("resolve")(resolve)
    app.command("incidents")(incidents)


def resolve(
    ctx: typer.Context,
    full: Annotated[
        bool,
        typer.Option("--full", help="Recompute even when nothing was stored since the last run."),
    ] = False,
) -> None:
    """Resolve actors across documents, cluster event claims into incidents, grade them.

    First the same actor under different names becomes one (each merge a
    ledger entry, undone by a rejecting review); then event claims are grouped
    into incidents with corroboration grades and casualty ranges. All claims are
    clustered again in a stable order, so the incidents do not depend on the
    order reports arrived in; with nothing stored since the last run, its
    incidents are kept as they are. Analysts' reviews (`warledger review`) are
    applied: a rejected claim counts nowhere, a corrected one counts as
    corrected, and grouping decisions are obeyed. Every run is one ledger entry,
    listing the reviews it applied.
    """
    from warledger.resolve.actors import resolve_actors
    from warledger.resolve.incident_run import resolve_incidents

    err = Console(stderr=True)
    with (
        open_store(settings_of(ctx)) as store,
        Progress(
            TextColumn("[bold]{task.fields[stage]}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
        ) as progress,
    ):
        task = progress.add_task("resolve", total=None, stage="load")

        def report(stage: str, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, stage=stage)

        progress.update(task, stage="actors")
        merges = resolve_actors(store)
        result = resolve_incidents(store, full=full, progress=report)
        summary = {"new actor merges": len(merges), **result.summary()}
    table = Table(title="resolve summary", show_header=False)
    for key, value in summary.items():
        table.add_row(key, str(value))
    Console().print(table)


def _range(value: CasualtyRange) -> str:
    if value.low is None:
        return "-"
    return f"{value.low}/{value.best}/{value.high}"


def incidents(
    ctx: typer.Context,
    top: Annotated[
        int, typer.Option("--top", min=1, help="Show the N most severe incidents.")
    ] = 20,
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type", help="Only this event type (repeatable); default: ASSAULT and COERCE."
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="As known at this time: recompute from claims stored by then."
        ),
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Only events on or after this date.")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Only events on or before this date.")
    ] = None,
) -> None:
    """Show incidents, most severe first (best killed, then independent sources):
    grade, sources, sides and casualty range."""
    from warledger import read_incidents
    from warledger.resolve.ranking import event_types, rank

    start, end = parse_day("--from", date_from), parse_day("--to", date_to)
    known_at = parse_instant("--as-of", as_of)
    chosen = event_types(types)
    with open_store(settings_of(ctx)) as store:
        rows = read_incidents(store, as_of=known_at, start=start, end=end)
    rows = rank(rows, chosen, non_attacks=bool(types))
    _print_incidents(rows[:top], len(rows))


def _print_incidents(rows: list[Incident], total: int) -> None:
    table = Table(title=f"incidents (most severe {len(rows)} of {total})", show_lines=True)
    for column in (
        "grade",
        "event",
        "place",
        "dates",
        "claims",
        "sources",
        "sides",
        "killed l/b/h",
        "why",
    ):
        table.add_column(column, overflow="fold")
    for incident in rows:
        dates = str(incident.date_start or "?")
        if incident.date_end and incident.date_end != incident.date_start:
            dates += f" .. {incident.date_end}"
        table.add_row(
            incident.grade.value,
            incident.type.value + (f"/{incident.mode}" if incident.mode else ""),
            escape(incident.place.name if incident.place else "?"),
            dates,
            str(incident.n_claims),
            str(incident.n_sources),
            ", ".join(s.value for s in incident.sides),
            _range(incident.killed),
            escape(incident.reasons[0][:200] if incident.reasons else ""),
        )
    Console(width=200).print(table)
