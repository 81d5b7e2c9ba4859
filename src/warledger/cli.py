"""The ``warledger`` command line: thin commands over the library.

Each command builds its ``Settings`` from ``--db`` / ``WARLEDGER_DATABASE_URL``,
calls one library function and prints the result. Long work shows a progress
bar on stderr; machine-readable output (JSON lines) goes to stdout.
"""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from warledger import cli_actors, cli_api, cli_export, cli_reviews
from warledger.cli_incidents import register as register_incidents
from warledger.cli_options import fail, parse_day, settings_of
from warledger.config import Settings
from warledger.errors import InputError, WarledgerError
from warledger.model import Claim

if TYPE_CHECKING:
    from warledger.store import Store

app = typer.Typer(
    help=(
        "warledger: an auditable ledger of sourced claims about armed conflict.\n\n"
        "Ingest news reports and statements, extract who reportedly did what, where, "
        "when and with what toll - and according to whom - and keep every claim tied "
        "to the exact words it came from in an append-only, hash-chained ledger."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
register_incidents(app)
cli_actors.register(app)
cli_api.register(app)
cli_export.register(app)
cli_reviews.register(app)


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
) -> None:
    """Global options shared by every command."""
    from warledger.geo.user_places import read_user_places

    try:
        ctx.obj = Settings.from_env(database=db, blob_dir=blobs, places=places)
        if ctx.obj.places_file is not None:
            read_user_places(ctx.obj.places_file)  # a bad file fails here, before any work
    except WarledgerError as exc:
        raise fail(str(exc)) from exc


@app.command()
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
    workers: Annotated[
        int, typer.Option(min=1, help="Extraction processes (each loads its own model).")
    ] = 1,
) -> None:
    """Store documents (raw bytes kept forever) and extract their claims.

    Documents are identified by the sha256 of their bytes, so ingesting the
    same input twice stores it once; syndicated copies and small edits are
    grouped as near-duplicates. A bad input gets one error line naming it and
    the rest of the batch goes on; the exit code is 1 if anything failed.
    A run cut off half-way is finished by running the same command again.
    """
    from warledger.engines.local import DocumentExtractor
    from warledger.ingest.runner import IngestProgress
    from warledger.ingest.runner import ingest as run_ingest
    from warledger.store import Store

    if not paths and urls is None:
        raise fail("give at least one PATH or --urls FILE (see warledger ingest --help)")
    settings = settings_of(ctx)
    err = Console(stderr=True)
    with (
        Store.open(settings) as store,
        DocumentExtractor(workers, places_file=settings.places_file)
        if extract_claims
        else nullcontext() as engine,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[docs]} documents"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}", style="dim"),
            console=err,
            transient=False,
        ) as progress,
    ):
        task = progress.add_task("ingest", total=None, docs=0, current="")

        def report(step: IngestProgress) -> None:
            progress.update(
                task,
                completed=step.inputs_done,
                total=step.inputs_total,
                docs=step.documents_read,
                current=_shorten(step.current),
            )

        try:
            summary = run_ingest(store, list(paths or []), urls, settings, engine, report)
        except WarledgerError as exc:
            raise fail(str(exc)) from exc
    for message in summary.errors:
        err.print(f"[red]failed:[/] {escape(message)}", highlight=False)
    _print_table(
        "ingest summary",
        {k: v for k, v in summary.as_dict().items() if k != "errors"},
    )
    if summary.failed:
        raise typer.Exit(1)


def _shorten(text: str, width: int = 50) -> str:
    return text if len(text) <= width else "..." + text[-(width - 3) :]


@app.command()
def verify(ctx: typer.Context) -> None:
    """Recompute the ledger's hash chain, every stored row's digest and every blob's hash.

    Prints the first entry, row or blob that does not match (exit code 1), or
    how much was checked when everything matches.
    """
    from warledger.store import Store

    with Store.open(settings_of(ctx)) as store:
        report = store.verify()
    if report.ok:
        Console().print(
            f"[green]ok[/]: {report.entries_checked} ledger entries and "
            f"{report.blobs_checked} blobs match their hashes"
        )
        return
    err = Console(stderr=True)
    for problem in report.problems:
        err.print(f"[red]mismatch:[/] {escape(problem)}", highlight=False)
    raise typer.Exit(1)


@app.command()
def stats(ctx: typer.Context) -> None:
    """Count what is stored: documents, near-duplicates, claims, ledger entries, blobs."""
    from warledger.store import Store

    with Store.open(settings_of(ctx)) as store:
        counts = store.stats()
    _print_table(f"warledger: {settings_of(ctx).database_url}", dict(counts))


@app.command()
def claims(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many claims.")] = 25,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """List stored claims: who claimed what (or the outlet, in its own voice), with stance."""
    from warledger.store import Store

    with Store.open(settings_of(ctx)) as store:
        rows = list(islice(store.iter_claims(), limit))
        outlets = {doc_id: _outlet_of(store, doc_id) for doc_id in {c.document_id for c in rows}}
    if as_json:
        for claim in rows:
            sys.stdout.write(claim.model_dump_json(exclude_none=True) + "\n")
        return
    table = Table(title=f"claims (first {len(rows)})", show_lines=True)
    for column in ("according to", "stance", "proposition", "evidence"):
        table.add_column(column, overflow="fold")
    for claim in rows:
        table.add_row(
            escape(
                claim.claimant_label(
                    outlets[claim.document_id], claim.cue.text if claim.cue else "?"
                )
            ),
            claim.stance.value,
            escape(_proposition_label(claim)),
            escape(_shorten(claim.content.text, 160)),
        )
    Console().print(table)


def _outlet_of(store: Store, document_id: str) -> str:
    document = store.get_document(document_id)
    return (document.outlet or document.source_name or "?") if document else "?"


def _proposition_label(claim: Claim) -> str:
    prop = claim.proposition
    if prop is None:
        return "statement"
    if prop.kind == "relation":
        target = (
            prop.object.name
            if prop.object
            else prop.object_place.span.text
            if prop.object_place
            else "?"
        )
        return f"{prop.subject.name} {prop.predicate.value} {target}"
    parts = [prop.type.value + (f"/{prop.mode}" if prop.mode else "")]
    if prop.negated:
        parts.append("(negated)")
    if prop.initiators:
        parts.append("by " + ", ".join(a.name for a in prop.initiators))
    if prop.targets:
        parts.append("on " + ", ".join(a.name for a in prop.targets))
    if prop.place:
        parts.append("in " + prop.place.span.text)
    for figure in prop.casualties:
        high = "" if figure.high == figure.low else f"-{figure.high or ''}"
        parts.append(f"{figure.kind} {figure.group} {figure.low}{high}")
    return " ".join(parts)


@app.command()
def extract(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="A UTF-8 text file, or - to read standard input.")],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD, the base for relative dates "
            "(default: the text's own 'Published:' header line, if any)."
        ),
    ] = None,
) -> None:
    """Extract claims from one text and print them as JSON lines (no database).

    Each line is one claim: claimant, cue, content and stance, with the event or
    relation it states, every field carrying its character span, and the
    versions of the components and knowledge base that produced it. The text
    gets the checks and the size limit of ``ingest`` (WARLEDGER_MAX_INPUT_BYTES),
    and a leading Title:/Outlet:/Published: block is read as metadata, so spans
    are the same as those of the ingested document.
    """
    from warledger.extract.pipeline import Extractor, TextInput
    from warledger.ingest.checks import read_capped
    from warledger.ingest.readers import text_document
    from warledger.model import content_hash

    limit = settings_of(ctx).max_input_bytes
    try:
        if file == "-":
            raw = sys.stdin.buffer.read(limit + 1)
            if len(raw) > limit:
                raise InputError("<stdin>", f"is over the limit of {limit:,} bytes")
        else:
            raw = read_capped(Path(file), limit)
        document = text_document("<stdin>" if file == "-" else file, raw, datetime.now(UTC))
    except WarledgerError as exc:
        raise fail(str(exc)) from exc
    published_on = parse_day("--published", published) or (
        document.published_at.date() if document.published_at else None
    )
    extractor = Extractor(places_file=settings_of(ctx).places_file)
    for claim in extractor.extract(TextInput(document.text, content_hash(raw), published_on)):
        sys.stdout.write(claim.model_dump_json(exclude_none=True) + "\n")


@app.command("eval")
def eval_(
    set_name: Annotated[
        str,
        typer.Argument(
            metavar="SET",
            help="Gold set: re3d, muc4, wikievents, rams, case2021, polnear, geoparsing, "
            "event_location or plover.",
        ),
    ],
    path: Annotated[Path, typer.Argument(help="Folder laid out like shared/gold/SET.")],
    limit: Annotated[
        int | None, typer.Option(help="Score only the first N documents or records.")
    ] = None,
) -> None:
    """Score extraction against a gold set and print P/R/F1 per field as JSON."""
    from warledger.eval import run_eval

    try:
        result = run_eval(set_name, path, limit)
    except WarledgerError as exc:
        raise fail(str(exc)) from exc
    sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")


def _print_table(title: str, rows: dict[str, object]) -> None:
    table = Table(title=title, show_header=False)
    for key, value in rows.items():
        table.add_row(key.replace("_", " "), str(value))
    Console().print(table)
