"""What every ``warledger`` command shares: its settings, its error exit, its date options.

Kept apart from ``cli.py`` so the command modules (``cli_incidents``,
``cli_actors``) can use them without importing the main app.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import typer
from rich.console import Console
from rich.markup import escape

from warledger.config import Settings


def settings_of(ctx: typer.Context) -> Settings:
    """The settings the main callback built from ``--db`` / ``--blobs`` / the environment."""
    settings: Settings = ctx.find_root().obj
    return settings


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one error line on stderr and return the exit to raise."""
    Console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    return typer.Exit(code)


def parse_instant(option: str, value: str | None) -> datetime | None:
    """An ISO date or datetime; UTC when it has no offset; a date alone is its first instant."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise fail(
            f"{option} {value!r} is not an ISO date or datetime; write e.g. 2026-03-01T12:00:00"
        ) from exc
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def parse_day(option: str, value: str | None) -> date | None:
    """An ISO calendar date (YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise fail(f"{option} {value!r} is not an ISO date; write e.g. 2026-03-01") from exc
