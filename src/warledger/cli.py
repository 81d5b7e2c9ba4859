"""The ``warledger`` command line: thin commands over the library.

Each command builds its ``Settings`` from ``--db`` / ``WARLEDGER_DATABASE_URL``,
calls one library function and prints the result. Long work shows a progress
bar on stderr; machine-readable output (JSON lines) goes to stdout.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from warledger.config import Settings
from warledger.errors import WarledgerError

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


def _settings(ctx: typer.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


def _fail(message: str, code: int = 2) -> typer.Exit:
    Console(stderr=True).print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


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
) -> None:
    """Global options shared by every command."""
    try:
        ctx.obj = Settings.from_env(database=db, blob_dir=blobs)
    except WarledgerError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A UTF-8 text file, or - to read standard input.")],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD, the base for relative dates."),
    ] = None,
) -> None:
    """Extract claims from one text and print them as JSON lines (no database).

    Each line is one claim: claimant, cue, content and stance, with the event or
    relation it states, every field carrying its character span, and the
    versions of the components and knowledge base that produced it.
    """
    from warledger.extract.pipeline import Extractor, TextInput
    from warledger.ingest.readers import decode_text
    from warledger.model import content_hash

    raw = sys.stdin.buffer.read() if file == "-" else _read_file(file)
    name = "<stdin>" if file == "-" else file
    try:
        text = decode_text(raw, name)
        published_on = date.fromisoformat(published) if published else None
    except (WarledgerError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    extractor = Extractor()
    for claim in extractor.extract(TextInput(text, content_hash(raw), published_on)):
        sys.stdout.write(claim.model_dump_json(exclude_none=True) + "\n")


def _read_file(file: str) -> bytes:
    try:
        return Path(file).read_bytes()
    except OSError as exc:
        raise _fail(f"{file}: cannot read ({exc.strerror}); check the path") from exc


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
        raise _fail(str(exc)) from exc
    sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")


def _print_table(title: str, rows: dict[str, object]) -> None:
    table = Table(title=title, show_header=False)
    for key, value in rows.items():
        table.add_row(key.replace("_", " "), str(value))
    Console().print(table)
