"""``warledger verify`` and ``warledger stats``: check and count what the store holds.

``verify`` recomputes every hash the store keeps (the ledger's chain, each
row's digest, each blob's sha256) so tampering or corruption shows; ``stats``
counts what is stored. Both only read.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from warledger.cli.errors import ExitCode, open_store
from warledger.cli.options import settings_of
from warledger.cli.output import print_summary
from warledger.config import hide_passwords


def register(app: typer.Typer) -> None:
    """Add the ``verify`` and ``stats`` commands to ``app``."""
    app.command("verify")(verify)
    app.command("stats")(stats)


def verify(ctx: typer.Context) -> None:
    """Recompute the ledger's hash chain, every stored row's digest and every blob's hash.

    Prints the first entry, row or blob that does not match (exit code 1), or
    how much was checked when everything matches.
    """
    with open_store(settings_of(ctx)) as store:
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
    raise typer.Exit(ExitCode.INPUTS_FAILED)


def stats(ctx: typer.Context) -> None:
    """Count what is stored: documents, near-duplicates, claims, ledger entries, blobs."""
    settings = settings_of(ctx)
    with open_store(settings) as store:
        counts = store.stats()
    print_summary(f"warledger: {hide_passwords(settings.database_url)}", dict(counts))
