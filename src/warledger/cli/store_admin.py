"""``warledger verify`` and ``warledger stats``: check and count what the store holds.

``verify`` recomputes every hash the store keeps (the ledger's chain, each
row's digest, each blob's sha256) so tampering or corruption shows; ``stats``
counts what is stored; both only read. ``dedup --rebuild`` regroups near-duplicates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from warledger.cli.errors import ExitCode, fail, open_store
from warledger.cli.options import settings_of
from warledger.cli.output import print_summary
from warledger.config import hide_passwords
from warledger.store.checkpoint import read_checkpoint
from warledger.store.verify import Head


def register(app: typer.Typer) -> None:
    """Add the ``verify``, ``stats``, ``dedup`` and ``checkpoint`` commands to ``app``."""
    app.command("verify")(verify)
    app.command("stats")(stats)
    app.command("dedup")(dedup)
    app.command("checkpoint")(checkpoint)


def verify(
    ctx: typer.Context,
    expect_head: Annotated[
        str | None,
        typer.Option(
            "--expect-head",
            metavar="SEQ:HASH",
            help="A head printed by an earlier verify and kept outside the store: check that "
            "the ledger still holds it unchanged (catches deleted tail entries and a "
            "re-hashed chain).",
        ),
    ] = None,
    checkpoint_file: Annotated[
        Path | None,
        typer.Option(
            "--checkpoint",
            help="A checkpoint written by `warledger checkpoint`: check its signature and that "
            "the ledger extends it.",
        ),
    ] = None,
    trusted_key: Annotated[
        str | None,
        typer.Option(
            "--trusted-key",
            help="With --checkpoint: the public key (base64) the checkpoint must be signed by.",
        ),
    ] = None,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair-derived",
            help="First rebuild the derived tables (who each claim is about, the full-text "
            "index) from the stored rows; nothing the ledger covers is changed.",
        ),
    ] = False,
) -> None:
    """Recompute the ledger's hash chain, every stored row's digest and every blob's hash.

    Prints every entry, row or blob that does not match (exit code 1), or how much was
    checked when everything matches. Either way it prints the ledger's head
    (SEQ:HASH): keep it somewhere the store's writers cannot reach, and give it to a
    later verify with --expect-head.
    """
    try:
        expected = Head.parse(expect_head) if expect_head is not None else None
    except ValueError as exc:
        raise fail(f"--expect-head: {exc}") from exc
    if checkpoint_file is not None:
        if expected is not None:
            raise fail("give --expect-head or --checkpoint, not both")
        expected = read_checkpoint(checkpoint_file, trusted_key).head
    with open_store(settings_of(ctx)) as store:
        if repair:
            store.repair_derived()
        report = store.verify(expected)
    out = Console(soft_wrap=True)
    if report.ok:
        out.print(
            f"[green]ok[/]: {report.entries_checked} ledger entries and "
            f"{report.blobs_checked} blobs match their hashes",
            highlight=False,
        )
    out.print(f"head: {report.head or 'none (the ledger is empty)'}", highlight=False)
    if report.ok:
        return
    err = Console(stderr=True, soft_wrap=True)
    for problem in report.problems:
        err.print(f"[red]mismatch:[/] {escape(problem)}", highlight=False)
    raise typer.Exit(ExitCode.INPUTS_FAILED)


def stats(ctx: typer.Context) -> None:
    """Count what is stored: documents, near-duplicates, claims, ledger entries, blobs."""
    settings = settings_of(ctx)
    with open_store(settings) as store:
        counts = store.stats()
    print_summary(f"warledger: {hide_passwords(settings.database_url)}", dict(counts))


def dedup(
    ctx: typer.Context,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild",
            help="Recompute every document's near-duplicate group from the stored signatures "
            "and record the changes (one ledger entry).",
        ),
    ] = False,
) -> None:
    """Near-duplicate groups: show how many groups there are, or --rebuild them.

    Documents stored by ingests that ran at once before this version could miss being
    grouped with each other; --rebuild places every document again, oldest first, as one
    run would, and records each changed group (before and after) in the ledger.
    """
    from warledger.ingest.dedup import rebuild_groups
    from warledger.store.regroup import apply_regroup

    with open_store(settings_of(ctx)) as store:
        entry = (
            apply_regroup(store, rebuild_groups(store.minhash_signatures())) if rebuild else None
        )
        counts = store.stats()
    groups = entry.details["groups"] if entry else {}
    changed = len(groups) if isinstance(groups, dict) else 0
    rows: dict[str, object] = {
        "documents": counts["documents"],
        "syndication groups": counts["syndication_groups"],
        "near duplicates": counts["near_duplicates"],
    }
    if rebuild:
        rows["regrouped"] = changed
        rows["ledger entry"] = entry.seq if entry else "none (nothing changed)"
    print_summary("near-duplicate groups", rows)


DEFAULT_KEY = Path.home() / ".config" / "warledger" / "checkpoint-ed25519.pem"


def checkpoint(
    ctx: typer.Context,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the checkpoint here (default: print it)."),
    ] = None,
    key_file: Annotated[
        Path,
        typer.Option(
            "--key",
            envvar="WARLEDGER_CHECKPOINT_KEY",
            help="Ed25519 signing key (PEM); created, readable by you only, if missing. Keep "
            "it off the database server.",
        ),
    ] = DEFAULT_KEY,
    public_key: Annotated[
        bool, typer.Option("--public-key", help="Only print the key's public half (base64).")
    ] = False,
) -> None:
    """Sign the ledger's current head, after verifying the store, into a checkpoint file.

    Keep the file somewhere the store's writers cannot reach; `warledger verify
    --checkpoint FILE` later proves the ledger still extends it: no entry cut off the
    end, no history rewritten and re-hashed.
    """
    import json
    from dataclasses import asdict

    from warledger.store.checkpoint import (
        load_or_create_key,
        make_checkpoint,
        public_key_text,
        write_checkpoint,
    )

    key = load_or_create_key(key_file)
    if public_key:
        Console(soft_wrap=True).print(public_key_text(key), highlight=False)
        return
    settings = settings_of(ctx)
    with open_store(settings) as store:
        report = store.verify()
    if not report.ok or report.head is None:
        reason = "the ledger is empty" if report.ok else f"{len(report.problems)} mismatches"
        raise fail(f"no checkpoint written: {reason} (run `warledger verify`)")
    signed = make_checkpoint(report.head, hide_passwords(settings.database_url), key)
    if out is None:
        Console(soft_wrap=True).print(json.dumps(asdict(signed), indent=2), highlight=False)
        return
    write_checkpoint(signed, out)
    Console(stderr=True, soft_wrap=True).print(f"checkpoint of head {report.head} written to {out}")
