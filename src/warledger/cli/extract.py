"""``warledger extract``: claims of one text as JSON lines, with no database.

The text goes through the same checks, size limit and header reading as an
ingested file, so the spans printed here are those the stored document would
get; extraction itself is ``warledger.extract_text``, the public API's.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from warledger.cli.options import parse_day, settings_of
from warledger.errors import InputError


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to ``app``."""
    app.command("extract")(extract)


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
    from warledger import extract_text
    from warledger.ingest.checks import read_capped
    from warledger.ingest.readers import text_document
    from warledger.model import content_hash

    settings = settings_of(ctx)
    limit = settings.max_input_bytes
    if file == "-":
        raw = sys.stdin.buffer.read(limit + 1)
        if len(raw) > limit:
            raise InputError("<stdin>", f"is over the limit of {limit:,} bytes")
    else:
        raw = read_capped(Path(file), limit)
    document = text_document("<stdin>" if file == "-" else file, raw, datetime.now(UTC))
    published_on = parse_day("--published", published) or (
        document.published_at.date() if document.published_at else None
    )
    claims = extract_text(
        document.text,
        published=published_on,
        document_id=content_hash(raw),
        places_file=settings.places_file,
    )
    for claim in claims:
        sys.stdout.write(claim.model_dump_json(exclude_none=True) + "\n")
