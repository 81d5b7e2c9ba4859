"""``warledger export``: stored incidents or claims as ACLED-style CSV, GeoJSON or JSON lines,
the relation graph as GraphML or GEXF, and claims, incidents or relations as Parquet.

A thin layer over ``warledger.export``: it opens the store, picks what to
export (incidents for CSV and GeoJSON, which are incident formats; claims by
default for JSON lines; relations for the graph formats) and writes to a file or
standard output.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console

from warledger.cli.errors import fail, open_store
from warledger.cli.options import settings_of
from warledger.export.stream import GRAPH_FORMATS, ExportFormat, ExportWhat

if TYPE_CHECKING:
    from warledger.store import Store


def register(app: typer.Typer) -> None:
    """Add the ``export`` command to ``app``."""
    app.command("export")(export)


def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help="csv: ACLED's columns plus warledger's; geojson: points for QGIS; "
            "jsonl: full claims or incidents with their spans; graph (GraphML) or gexf: "
            "the relation graph for Gephi or NetworkX; parquet: claims (a shard that "
            "`load-claims` loads), incidents or relations as typed columns (docs/parquet.md).",
        ),
    ],
    what: Annotated[
        ExportWhat | None,
        typer.Option(
            "--what",
            help="incidents, claims or relations. csv and geojson export incidents only; "
            "jsonl exports claims unless told otherwise; graph and gexf relations only.",
        ),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write, or - for standard output.")
    ] = "-",
) -> None:
    """Export stored incidents (run `warledger resolve` first), claims or the relation graph.

    The CSV follows ACLED's column conventions (event_date, event_type and
    sub_event_type derived from PLOVER, actor1, actor2, country, location,
    latitude, longitude, geo_precision, time_precision, source, notes,
    fatalities) and adds grade, grade_reasons, fatalities_low/best/high,
    n_claims, n_sources, sides and claim_ids. Incidents without coordinates
    are left out of the GeoJSON and counted in its "warledger:skipped" member.
    """
    chosen = what or _default_what(fmt)
    if fmt == ExportFormat.PARQUET:
        _export_parquet(ctx, chosen, output)
        return
    if chosen == ExportWhat.CLAIMS and fmt != ExportFormat.JSONL:
        raise fail(
            f"--format {fmt.value} exports {_default_what(fmt).value}; "
            "use --format jsonl for claims"
        )
    if (chosen == ExportWhat.RELATIONS) != (fmt in GRAPH_FORMATS):
        raise fail(
            f"--format {fmt.value} cannot export {chosen.value}: "
            "relations export as --format graph or gexf, and those export relations only"
        )
    err = Console(stderr=True)
    with open_store(settings_of(ctx)) as store, ExitStack() as stack:
        out = sys.stdout if output == "-" else stack.enter_context(_open(output))
        written, total = _write(store, fmt, chosen, out)
    where = "standard output" if output == "-" else output
    left_out = f" ({total - written} without coordinates left out)" if written < total else ""
    err.print(f"exported {written} {chosen.value} to {where}{left_out}", highlight=False)
    if total == 0 and chosen == ExportWhat.INCIDENTS:
        err.print("no incidents to export: run `warledger resolve` first", highlight=False)


def _export_parquet(ctx: typer.Context, what: ExportWhat, output: str) -> None:
    """Parquet is binary and written in row groups, so it goes to a file, never stdout."""
    from pathlib import Path

    from warledger.export.parquet import write_parquet
    from warledger.store.shard_format import documents_path

    if output == "-":
        raise fail("--format parquet writes a file: give --output PATH.parquet")
    path = Path(output)
    if not path.parent.is_dir():
        raise fail(f"--output {output}: folder {path.parent} does not exist")
    with open_store(settings_of(ctx)) as store:
        written = write_parquet(store, what, path)
    beside = f" (their documents in {documents_path(path)})" if what == ExportWhat.CLAIMS else ""
    err = Console(stderr=True)
    err.print(f"exported {written} {what.value} to {output}{beside}", highlight=False)


def _default_what(fmt: ExportFormat) -> ExportWhat:
    if fmt == ExportFormat.PARQUET:
        return ExportWhat.CLAIMS
    if fmt in GRAPH_FORMATS:
        return ExportWhat.RELATIONS
    return ExportWhat.CLAIMS if fmt == ExportFormat.JSONL else ExportWhat.INCIDENTS


def _open(path: str) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise fail(f"--output {path}: cannot write ({exc.strerror}); check the path") from exc


def _write(store: Store, fmt: ExportFormat, what: ExportWhat, out: TextIO) -> tuple[int, int]:
    """Write the export (the same stream as the API's /api/export.*); returns (items
    written, items there were)."""
    from warledger.export.stream import Tally, export_chunks
    from warledger.query.incidents import IncidentFilter, iter_incidents

    tally = Tally()
    incidents = (incident for incident, _ in iter_incidents(store, IncidentFilter()))
    for chunk in export_chunks(store, fmt, what, incidents, tally):
        out.write(chunk)
    return tally.written, tally.total
