"""``warledger review``: analysts' decisions on the command line (``review claim|incident|merge
ID`` records one, ``review list [ID]`` shows them).

A thin layer over ``Store.add_review`` (which refuses a review of an unknown or
stale item, or with a correction its kind does not take) and
``store.reviews.review_history``. Corrections are given as ``FIELD=VALUE`` and
typed by ``store.review_corrections.parse_correction``, the same parser a web form uses.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warledger.cli.errors import fail, open_store
from warledger.cli.options import settings_of
from warledger.model import Review, ReviewAction

review_app = typer.Typer(
    help=(
        "Record an analyst's decision on a claim, an incident grouping or an actor merge, "
        "and list decisions. Each decision is a ledger entry; nothing stored is edited. "
        "`warledger resolve` applies them: a rejected claim counts nowhere, a corrected "
        "one counts as corrected, a rejected grouping is split, an accepted one is kept."
    ),
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add the ``review`` group to ``app``."""
    app.add_typer(review_app, name="review")


AcceptOption = Annotated[bool, typer.Option("--accept", help="The item is right as it is.")]
RejectOption = Annotated[bool, typer.Option("--reject", help="The item is wrong.")]
NoteOption = Annotated[str, typer.Option("--note", help="Why; kept in the ledger.")]
AnalystOption = Annotated[
    str,
    typer.Option(
        "--analyst",
        envvar="WARLEDGER_ANALYST",
        help="Who decides (kept in the ledger); default $WARLEDGER_ANALYST.",
        show_default=False,
    ),
]


def _action(accept: bool, reject: bool, correct: list[str] | None) -> ReviewAction:
    chosen = [
        action
        for action, given in (
            (ReviewAction.ACCEPT, accept),
            (ReviewAction.REJECT, reject),
            (ReviewAction.CORRECT, bool(correct)),
        )
        if given
    ]
    if len(chosen) != 1:
        raise fail("give exactly one of --accept, --reject or --correct FIELD=VALUE")
    return chosen[0]


def _record(
    ctx: typer.Context,
    kind: Literal["claim", "incident", "actor_merge"],
    target_id: str,
    action: ReviewAction,
    pairs: list[str] | None,
    note: str,
    analyst: str,
) -> None:
    from warledger.store.review_corrections import parse_correction

    label = "actor merge" if kind == "actor_merge" else kind
    correction = parse_correction(kind, pairs) if pairs else {}
    review = Review(
        target_kind=kind,
        target_id=target_id,
        action=action,
        analyst=analyst,
        note=note,
        correction=correction,
    )
    with open_store(settings_of(ctx)) as store:
        entry = store.add_review(review)
    Console().print(
        f"recorded: {action.value} {label} {escape(target_id)} (ledger seq {entry.seq}); "
        "`warledger resolve` applies it",
        highlight=False,
    )


@review_app.command("claim")
def review_claim(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(help="The claim's id (`warledger claims --json`).")],
    analyst: AnalystOption,
    accept: AcceptOption = False,
    reject: RejectOption = False,
    correct: Annotated[
        list[str] | None,
        typer.Option(
            "--correct",
            metavar="FIELD=VALUE",
            help="Correct a field of an event claim (repeatable): event_type=ASSAULT, "
            "mode=shelling, place=NAME, killed=N, injured=N, date=YYYY-MM-DD.",
        ),
    ] = None,
    note: NoteOption = "",
) -> None:
    """Accept, reject or correct one claim."""
    _record(ctx, "claim", claim_id, _action(accept, reject, correct), correct, note, analyst)


@review_app.command("incident")
def review_incident(
    ctx: typer.Context,
    incident_id: Annotated[
        str, typer.Argument(help="The incident's current id (`warledger incidents`).")
    ],
    analyst: AnalystOption,
    accept: Annotated[
        bool, typer.Option("--accept", help="These claims are one incident: keep them together.")
    ] = False,
    reject: Annotated[
        bool,
        typer.Option("--reject", help="These claims are not one incident: never group them."),
    ] = False,
    correct: Annotated[
        list[str] | None,
        typer.Option(
            "--correct",
            metavar="remove_claim_ids=ID,ID",
            help="Take these member claims out of the grouping.",
        ),
    ] = None,
    note: NoteOption = "",
) -> None:
    """Accept, reject or correct an incident grouping (its member claims as they are now)."""
    _record(ctx, "incident", incident_id, _action(accept, reject, correct), correct, note, analyst)


@review_app.command("merge")
def review_merge(
    ctx: typer.Context,
    merge_id: Annotated[
        str, typer.Argument(help="The merge's id (subject of an actor_merge ledger entry).")
    ],
    analyst: AnalystOption,
    accept: AcceptOption = False,
    reject: Annotated[
        bool, typer.Option("--reject", help="The two names are different actors: undo it.")
    ] = False,
    note: NoteOption = "",
) -> None:
    """Accept or reject an actor merge (a merge has nothing to correct)."""
    _record(ctx, "actor_merge", merge_id, _action(accept, reject, None), None, note, analyst)


@review_app.command("list")
def review_list(
    ctx: typer.Context,
    target_id: Annotated[
        str | None, typer.Argument(help="Show the history of this item (all its reviews).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Without ID: the latest N.")] = 20,
) -> None:
    """Show reviews, oldest first: an item's whole history, or the latest decisions."""
    from warledger.store.reviews import review_history

    with open_store(settings_of(ctx)) as store:
        history = review_history(store, target_id=target_id, limit=None if target_id else limit)
    title = f"reviews of {target_id}" if target_id else f"latest {len(history)} reviews"
    table = Table(title=escape(title), show_lines=True)
    for column in ("seq", "recorded", "item", "action", "correction", "analyst", "note"):
        table.add_column(column, overflow="fold")
    for recorded in history:
        review = recorded.review
        correction = (
            json.dumps(review.correction, ensure_ascii=False, sort_keys=True)
            if review.correction
            else ""
        )
        if recorded.members:
            correction = f"{correction} (of {len(recorded.members)} member claims)".strip()
        table.add_row(
            str(recorded.seq),
            recorded.recorded_at.strftime("%Y-%m-%d %H:%M:%S"),
            escape(f"{review.target_kind} {review.target_id}"),
            review.action.value,
            escape(correction),
            escape(review.analyst),
            escape(review.note[:300]),
        )
    Console(width=200).print(table)
    if not history:
        Console(stderr=True).print("no reviews" + (f" of {escape(target_id)}" if target_id else ""))
