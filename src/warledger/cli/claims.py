"""``warledger claims``: the stored claims, as a table for people or JSON lines for programs.

Each row says who made the claim (or the outlet, in its own voice), its stance,
a one-line form of what it states and the evidence it came from.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warledger.cli.errors import open_store
from warledger.cli.options import settings_of
from warledger.cli.output import shorten
from warledger.model import Claim

if TYPE_CHECKING:
    from warledger.store import Store


def register(app: typer.Typer) -> None:
    """Add the ``claims`` command to ``app``."""
    app.command("claims")(claims)


def claims(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many claims.")] = 25,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """List stored claims: who claimed what (or the outlet, in its own voice), with stance."""
    from warledger import read_claims

    with open_store(settings_of(ctx)) as store:
        rows = read_claims(store, limit=limit)
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
            escape(shorten(claim.content.text, 160)),
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
