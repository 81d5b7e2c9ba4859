"""``warledger actors``: an actor's page on the command line.

Who the actor is (aliases, kind, country, sides, which discovered names were
merged into it and why), who is said to back, command, send fighters to or fight
it - each with who says so, when and in which words - and what it is reported
to have done or suffered. ``--as-of`` shows all of it as known at a past instant,
so a published statement can be reproduced later.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from warledger.cli.errors import ExitCode, fail, open_store
from warledger.cli.options import parse_day, parse_instant, settings_of
from warledger.model import RelationPredicate

if TYPE_CHECKING:
    from warledger.model import Actor
    from warledger.resolve.actors import ActorIndex
    from warledger.resolve.relations import RelationEdge, Source
    from warledger.store import Store

_EVIDENCE_WIDTH = 160


def register(app: typer.Typer) -> None:
    """Add the ``actors`` command to ``app``."""
    app.command("actors")(actors)


def actors(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="A name, alias or id; close spellings are found too.")
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Show what was known at this ISO date or datetime (UTC if no offset; a "
            "date alone is its first instant), e.g. 2026-03-01T12:00:00+00:00.",
        ),
    ] = None,
    valid_from: Annotated[
        str | None,
        typer.Option(
            "--from", help="Only relations and events that held on or after this ISO date."
        ),
    ] = None,
    valid_to: Annotated[
        str | None,
        typer.Option("--to", help="Only relations and events that held on or before this date."),
    ] = None,
    predicate: Annotated[
        RelationPredicate | None,
        typer.Option("--predicate", help="Only relations of this kind."),
    ] = None,
    list_top: Annotated[
        bool, typer.Option("--list", help="List the actors most claims mention.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="How many actors --list shows.")] = 25,
    resolve: Annotated[
        bool,
        typer.Option(
            "--resolve",
            help="First record the actor merges the stored claims support (ledger entries).",
        ),
    ] = False,
) -> None:
    """Show an actor: aliases, kind, country, sides, relations with claimants, activities.

    Merges of the same actor under other names apply once recorded (--resolve, or
    `warledger resolve`); --as-of replays what was stored, merged and reviewed by then.
    """
    from warledger.resolve.actors import ActorIndex, resolve_actors

    if name is None and not list_top:
        raise fail("give an actor NAME, or --list to see the most mentioned actors")
    when = parse_instant("--as-of", as_of)
    period = (parse_day("--from", valid_from), parse_day("--to", valid_to))
    if resolve and when is not None:
        raise fail("--resolve records merges now; it cannot be combined with --as-of")
    settings = settings_of(ctx)
    with open_store(settings) as store:
        if resolve:
            typer.echo(f"recorded {len(resolve_actors(store))} new actor merges")
        index = ActorIndex.load(store, as_of=when)
        if list_top:
            _print_top(index, limit)
        if name is not None:
            chosen = predicate.value if predicate else None
            _print_actor(store, index, name, when, period, chosen)


def _print_top(index: ActorIndex, limit: int) -> None:
    typer.echo("claims  actor")
    for actor, count in index.top(limit):
        where = f", {actor.country}" if actor.country else ""
        typer.echo(f"{count:6d}  {actor.name} [{actor.id}] ({actor.kind.value}{where})")


def _print_actor(
    store: Store,
    index: ActorIndex,
    name: str,
    when: datetime | None,
    period: tuple[date | None, date | None],
    predicate: str | None,
) -> None:
    from warledger.query.actors import actor_view

    found = index.find(name)
    if not found:
        raise fail(f"no actor is called {name!r}; see `warledger actors --list`")
    if len(found) > 1:
        typer.echo(f"{name!r} may be any of these actors; ask again with a name or id:")
        for actor in found:
            typer.echo(f"  {actor.id}  {actor.name} ({actor.kind.value})")
        raise typer.Exit(ExitCode.INPUTS_FAILED)
    actor = found[0]
    _print_identity(index, actor)
    known = f" as known at {when.isoformat()}" if when else ""
    if period != (None, None):
        known += f", valid {period[0] or '...'} to {period[1] or '...'}"
    valid_in = None if period == (None, None) else period
    view = actor_view(store, index, actor, when, valid_in, predicate)
    kind = f" ({predicate.replace('_', ' ')})" if predicate else ""
    typer.echo(f"relations{kind}{known}: {len(view.relations)}")
    for edge in view.relations:
        _print_edge(edge)
    typer.echo(f"reported activities{known}: {len(view.activities)}")
    for activity in view.activities:
        what = activity.type + (f"/{activity.mode}" if activity.mode else "")
        if activity.negated:
            what += " (negated)"
        others = ", ".join(activity.counterparts) or "?"
        who = (
            f"{others} -> {actor.name}"
            if activity.role == "target"
            else f"{actor.name} -> {others}"
        )
        line = f"  {_dates(activity.source)} {activity.role}, {what}: {who}"
        line += f" in {activity.place}" if activity.place else ""
        typer.echo(line)
        typer.echo(f"    {_according_to(activity.source)}")


def _print_identity(index: ActorIndex, actor: Actor) -> None:
    origin = "discovered in text" if actor.discovered else "knowledge base"
    typer.echo(f"{actor.name} [{actor.id}] ({origin})")
    typer.echo(f"kind: {actor.kind.value}")
    typer.echo(f"country: {actor.country or 'unknown'}")
    typer.echo(f"aliases: {', '.join(actor.aliases) or 'none'}")
    sides = ", ".join(f"{conflict}: {side.value}" for conflict, side in sorted(actor.side.items()))
    typer.echo(f"sides: {sides or 'none recorded'}")
    for merge in index.merges:
        if index.canonical(merge.merged_id) == actor.id:
            typer.echo(f"merged: {merge.merged_id} (merge {merge.merge_id}: {merge.reason})")


def _print_edge(edge: RelationEdge) -> None:
    lo, hi = edge.period
    span = f" {lo}..{hi}" if lo or hi else ""
    predicate = edge.predicate.replace("_", " ")
    typer.echo(f"  {edge.subject_name} {predicate} {edge.object_name} [{edge.status}]{span}")
    for label, sources in (("asserted by", edge.supporting), ("denied by", edge.denying)):
        if sources:
            names = ", ".join(dict.fromkeys(s.claimant for s in sources))
            typer.echo(f"    {label} {len(sources)}: {names}")
    for source in sorted(edge.sources, key=_stance_order):
        typer.echo(f"    {_according_to(source)}")


def _stance_order(source: Source) -> tuple[int, date, str]:
    """Assertions first, then denials, then threats, plans and questions; oldest first."""
    rank = {"asserted": 0, "denied": 1}.get(source.stance.value, 2)
    return rank, source.said_at or date.max, source.claim_id


def _according_to(source: Source) -> str:
    said = f", said {source.said_at}" if source.said_at else ""
    if source.start is not None and (source.start, source.end) != (source.said_at,) * 2:
        said += f", valid {_dates(source)}"
    outlet = f" in {source.outlet}" if source.outlet and not source.own_voice else ""
    evidence = " ".join(source.evidence.split())
    if len(evidence) > _EVIDENCE_WIDTH:
        evidence = evidence[: _EVIDENCE_WIDTH - 3] + "..."
    return f'{source.stance.value} by {source.claimant}{outlet}{said}: "{evidence}"'


def _dates(source: Source) -> str:
    if source.start is None:
        # the words are kept even when they name no day ("October 6" with no year)
        return f'undated ("{source.dated_as}")' if source.dated_as else "undated"
    return (
        str(source.start) if source.end in (None, source.start) else f"{source.start}..{source.end}"
    )
