"""The one error path of every ``warledger`` command: one line on stderr, a documented exit code.

A failure should say which input or store failed and what to do about it, in
one line a person can act on, never as a traceback. Commands therefore only
raise: ``CommandGroup`` (the class of every command group) turns a
``WarledgerError`` into that line and Ctrl-C into a one-line notice, and
``open_store`` turns every way a store can fail to open (a missing folder, a
server that does not answer, a file that is not a database, an unusable URL)
into a line that names the store, with any password in its URL masked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from warledger.config import Settings, hide_passwords
from warledger.errors import ConfigError, StoreError, WarledgerError

if TYPE_CHECKING:
    from typer._click import Context

    from warledger.store import Store


class ExitCode(IntEnum):
    """What a ``warledger`` command's exit status means (also in the root ``--help``)."""

    OK = 0
    INPUTS_FAILED = 1  # some inputs failed (the rest were done), or verify found a mismatch
    USAGE = 2  # a bad option, setting or input: nothing was done
    STORE_UNAVAILABLE = 3  # the database or blob folder could not be opened
    INTERRUPTED = 130  # Ctrl-C


EXIT_CODES_HELP = (
    "Exit codes: 0 done; 1 some inputs failed (the rest were done) or verify found a "
    "mismatch; 2 a bad option, setting or input (nothing was done); 3 the store could "
    "not be opened (database unreachable or not a warledger database, folder missing); "
    "130 interrupted with Ctrl-C (what was committed stays committed)."
)


def fail(message: str, code: int = ExitCode.USAGE) -> typer.Exit:
    """Print ``message`` as one error line on stderr (passwords masked); return the exit to
    raise."""
    line = " ".join(hide_passwords(message).split())
    Console(stderr=True, soft_wrap=True).print(
        f"[bold red]error:[/] {escape(line)}", highlight=False
    )
    return typer.Exit(code)


class CommandGroup(TyperGroup):
    """A command group whose commands may simply raise ``WarledgerError``: the error becomes
    one line and exit code 2, and Ctrl-C one line and exit code 130."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except WarledgerError as exc:
            raise fail(str(exc)) from exc
        except KeyboardInterrupt as exc:
            Console(stderr=True, soft_wrap=True).print(
                "[bold red]interrupted[/] (Ctrl-C): what was committed stays committed; "
                "running the same command again goes on from there",
                highlight=False,
            )
            raise typer.Exit(ExitCode.INTERRUPTED) from exc


@contextmanager
def open_store(settings: Settings) -> Iterator[Store]:
    """The store of ``settings``, closed when the block ends.

    A store that cannot be opened ends the command with one line naming it and
    saying what to do: exit code 3, or 2 when the URL itself is unusable.
    """
    from warledger.store import Store

    try:
        store = Store.open(settings)
    except Exception as exc:  # any driver, file or URL failure: reported below, not re-raised
        raise _cannot_open(settings, exc) from exc
    with store:
        yield store


def _cannot_open(settings: Settings, exc: Exception) -> typer.Exit:
    if isinstance(exc, ConfigError):  # the URL: unknown scheme, unparsable, missing driver
        return fail(str(exc), ExitCode.USAGE)
    cause = _innermost(exc)
    if isinstance(exc, StoreError) and isinstance(cause, OSError):  # the blob folder
        return fail(str(exc), ExitCode.STORE_UNAVAILABLE)
    url = settings.database_url
    reason = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        folder = Path(url.removeprefix("sqlite:///")).parent
        if not folder.is_dir():
            reason, hint = f"the folder {folder} does not exist", "create it or give another --db"
        elif "not a database" in reason:
            hint = "--db must name a warledger SQLite database or a file that does not exist yet"
        else:
            hint = "check that the file and its folder can be read and written"
    else:
        hint = (
            "is the database server running and reachable, and are the user and password "
            "right? Check --db or WARLEDGER_DATABASE_URL"
        )
    return fail(f"cannot open the store {url}: {reason} ({hint})", ExitCode.STORE_UNAVAILABLE)


def _innermost(exc: BaseException) -> BaseException:
    """The driver's own error under SQLAlchemy's and warledger's wrappers."""
    from sqlalchemy.exc import DBAPIError

    while True:
        if isinstance(exc, DBAPIError) and isinstance(exc.orig, BaseException):
            exc = exc.orig
        elif exc.__cause__ is not None:
            exc = exc.__cause__
        else:
            return exc
