"""``warledger reference``: load ACLED / UCDP GED files, and compare incidents with them.

``load`` reads a CSV in the dataset's published column layout (a missing column is
named) into reference events, kept apart from claims, one ledger entry per file.
``compare`` prints, per month and country, our incidents with and without a matching
reference event, the reference events no incident matches, and the fatality figures
side by side; ``--csv FILE`` writes the same table as CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warledger.cli.errors import ExitCode, fail, open_store
from warledger.cli.options import settings_of

reference_app = typer.Typer(
    help="ACLED and UCDP GED events: load them, compare with incidents.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add the ``reference`` group to ``app``."""
    app.add_typer(reference_app, name="reference")


@reference_app.command("load")
def reference_load(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="An ACLED export CSV or a UCDP GED CSV.")],
    format: Annotated[
        str, typer.Option("--format", help="acled or ucdp-ged: the file's column layout.")
    ],
) -> None:
    """Load reference events from FILE (bad rows are reported and skipped)."""
    from warledger.reference.formats import FORMATS
    from warledger.reference.load import load_reference

    if format not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    with open_store(settings_of(ctx)) as store:
        loaded, entry = load_reference(store, file, format)
    err = Console(stderr=True, soft_wrap=True)
    for message in loaded.errors:
        err.print(f"[red]skipped:[/] {escape(message)}", highlight=False)
    Console().print(
        f"loaded {len(loaded.events)} {format} events from {escape(file.name)} "
        f"(sha256 {loaded.sha256[:12]}, ledger seq {entry.seq})"
    )
    if loaded.errors:
        raise typer.Exit(ExitCode.INPUTS_FAILED)


@reference_app.command("compare")
def reference_compare(
    ctx: typer.Context,
    dataset: Annotated[
        str | None, typer.Option("--dataset", help="Only acled or only ucdp-ged events.")
    ] = None,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Also write the table to this CSV file.")
    ] = None,
) -> None:
    """Incidents against reference events, per month and country."""
    from warledger.query.reference import reference_comparison
    from warledger.reference.comparison import to_csv

    with open_store(settings_of(ctx)) as store:
        rows = reference_comparison(store, dataset)
    table = Table(title="incidents against reference events")
    headers = (
        "month",
        "country",
        "incidents",
        "matched",
        "unmatched",
        "reference events",
        "reference unmatched",
        "our killed (matched)",
        "reference fatalities (matched)",
        "difference",
    )
    for header in headers:
        table.add_column(header, justify="left" if header in ("month", "country") else "right")
    for row in rows:
        table.add_row(
            row.month,
            row.country,
            *(
                str(v)
                for v in (
                    row.incidents,
                    row.incidents_matched,
                    row.incidents_unmatched,
                    row.reference_events,
                    row.reference_unmatched,
                    row.our_killed_matched,
                    row.reference_fatalities_matched,
                    row.fatality_difference,
                )
            ),
        )
    Console().print(table)
    if csv_file is not None:
        try:
            csv_file.write_text(to_csv(rows), encoding="utf-8")
        except OSError as exc:
            raise fail(f"cannot write {csv_file}: {exc.strerror or exc}") from exc
