"""CLI commands for incidents: ``outlets load``, ``resolve`` and ``incidents``.

``register(app)`` adds them to the main ``warledger`` app; each is a thin layer
over ``store.outlets``, ``resolve.incident_run`` and ``store.incidents``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from warledger.cli_options import fail, parse_day, parse_instant, settings_of
from warledger.errors import WarledgerError
from warledger.model import CasualtyRange, Incident

outlets_app = typer.Typer(
    help="Outlets and the side each takes in a conflict.", no_args_is_help=True
)


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
    from warledger.store import Store
    from warledger.store.outlets import save_outlets

    try:
        registry = read_outlets_file(file)
        with Store.open(settings_of(ctx)) as store:
            entry = save_outlets(store, registry, str(file))
    except WarledgerError as exc:
        raise fail(str(exc)) from exc
    Console().print(
        f"loaded {len(registry.outlets)} outlets and {len(registry.conflicts)} conflicts "
        f"(ledger seq {entry.seq})"
    )


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
    from warledger.store import Store

    err = Console(stderr=True)
    with (
        Store.open(settings_of(ctx)) as store,
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

        try:
            progress.update(task, stage="actors")
            merges = resolve_actors(store)
            result = resolve_incidents(store, full=full, progress=report)
        except WarledgerError as exc:
            raise fail(str(exc)) from exc
    table = Table(title="resolve summary", show_header=False)
    for key, value in {"new actor merges": len(merges), **result.summary()}.items():
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
    from warledger.errors import InputError
    from warledger.resolve.incident_run import resolve_incidents
    from warledger.resolve.ranking import event_types, rank
    from warledger.store import Store
    from warledger.store.incidents import stored_incidents

    start, end = parse_day("--from", date_from), parse_day("--to", date_to)
    known_at = parse_instant("--as-of", as_of)
    try:
        chosen = event_types(types)
    except InputError as exc:
        raise fail(str(exc)) from exc
    with Store.open(settings_of(ctx)) as store:
        if known_at is None:
            rows = stored_incidents(store, period=(start, end))
        else:
            result = resolve_incidents(store, as_of=known_at)
            rows = [(i, result.details[i.id]) for i in result.incidents if _overlaps(i, start, end)]
    rows = rank(rows, chosen)
    _print_incidents(rows[:top], len(rows))


def _overlaps(incident: Incident, start: date | None, end: date | None) -> bool:
    if start and incident.date_end and incident.date_end < start:
        return False
    return not (end and incident.date_start and incident.date_start > end)


def _print_incidents(rows: list[tuple[Incident, dict[str, Any]]], total: int) -> None:
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
    for incident, _details in rows:
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


def register(app: typer.Typer) -> None:
    """Add ``outlets``, ``resolve`` and ``incidents`` to the main app."""
    app.add_typer(outlets_app, name="outlets")
    app.command("resolve")(resolve)
    app.command("incidents")(incidents)
