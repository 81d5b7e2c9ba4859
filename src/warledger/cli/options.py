"""What the ``warledger`` commands share besides errors: their settings and their date options.

Kept apart from ``cli/app.py`` so the command modules can use them without
importing the root app (which imports every command module).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import typer

from warledger.cli.errors import fail
from warledger.config import Settings


def settings_of(ctx: typer.Context) -> Settings:
    """The settings the root callback built from ``--db`` / ``--blobs`` / the environment."""
    settings: Settings = ctx.find_root().obj
    return settings


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
