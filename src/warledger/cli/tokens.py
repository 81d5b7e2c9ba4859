"""``warledger tokens``: create, list and revoke the bearer tokens of the workbench and API.

Token secrets are printed once, at creation; only their sha256 is stored, so a
lost secret is replaced (create a new token, revoke the old), never recovered.
"""

from __future__ import annotations

from typing import Annotated

import typer

from warledger.cli.errors import fail, open_store
from warledger.cli.options import settings_of

tokens_app = typer.Typer(help="Create, list and revoke bearer tokens for the HTTP API.")


def register(app: typer.Typer) -> None:
    """Add the ``tokens`` group to ``app``."""
    app.add_typer(tokens_app, name="tokens")


@tokens_app.command("create")
def create(
    ctx: typer.Context,
    role: Annotated[
        str, typer.Option("--role", help="reader (GET), analyst (+ reviews) or admin (+ tokens).")
    ],
    label: Annotated[str, typer.Option(help="Who or what the token is for.")] = "",
) -> None:
    """Create a token and print its secret (shown only this once)."""
    from warledger.store.tokens import ROLES, create_token

    if role not in ROLES:
        raise fail(f"--role {role!r} is unknown; use one of {', '.join(ROLES)}")
    with open_store(settings_of(ctx)) as store:
        info, secret = create_token(store, role, label)
    typer.echo(f"token {info.id} ({info.role}) created; its secret is shown only once:", err=True)
    typer.echo(secret)


@tokens_app.command("list")
def list_(ctx: typer.Context) -> None:
    """List tokens (ids, roles, labels; never secrets)."""
    from warledger.store.tokens import list_tokens

    with open_store(settings_of(ctx)) as store:
        found = list_tokens(store)
    typer.echo("id                role     created                    state    label")
    for info in found:
        state = "revoked" if info.revoked else "active"
        created = info.created_at.isoformat(timespec="seconds")
        typer.echo(f"{info.id:<17} {info.role:<8} {created:<26} {state:<8} {info.label}")


@tokens_app.command("revoke")
def revoke(
    ctx: typer.Context, token_id: Annotated[str, typer.Argument(help="A token id.")]
) -> None:
    """Revoke a token: requests carrying it get 401 from then on."""
    from warledger.store.tokens import revoke_token

    with open_store(settings_of(ctx)) as store:
        found = revoke_token(store, token_id)
    if not found:
        raise fail(f"no token has id {token_id!r}; see `warledger tokens list`")
    typer.echo(f"token {token_id} revoked")
