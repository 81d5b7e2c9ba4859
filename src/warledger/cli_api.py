"""``warledger tokens`` and ``warledger serve``: the HTTP API on the command line.

Token secrets are printed once, at creation; only their sha256 is stored, so a
lost secret is replaced (create a new token, revoke the old), never recovered.
"""

from __future__ import annotations

from typing import Annotated

import typer

from warledger.cli_options import fail, settings_of
from warledger.errors import WarledgerError

tokens_app = typer.Typer(help="Create, list and revoke bearer tokens for the HTTP API.")


def register(app: typer.Typer) -> None:
    """Add the ``tokens`` group and the ``serve`` command to ``app``."""
    app.add_typer(tokens_app, name="tokens")
    app.command("serve")(serve)


@tokens_app.command("create")
def create(
    ctx: typer.Context,
    role: Annotated[
        str, typer.Option("--role", help="reader (GET), analyst (+ reviews) or admin (+ tokens).")
    ],
    label: Annotated[str, typer.Option(help="Who or what the token is for.")] = "",
) -> None:
    """Create a token and print its secret (shown only this once)."""
    from warledger.store import Store
    from warledger.store.tokens import ROLES, create_token

    if role not in ROLES:
        raise fail(f"--role {role!r} is unknown; use one of {', '.join(ROLES)}")
    try:
        with Store.open(settings_of(ctx)) as store:
            info, secret = create_token(store, role, label)
    except WarledgerError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"token {info.id} ({info.role}) created; its secret is shown only once:", err=True)
    typer.echo(secret)


@tokens_app.command("list")
def list_(ctx: typer.Context) -> None:
    """List tokens (ids, roles, labels; never secrets)."""
    from warledger.store import Store
    from warledger.store.tokens import list_tokens

    try:
        with Store.open(settings_of(ctx)) as store:
            found = list_tokens(store)
    except WarledgerError as exc:
        raise fail(str(exc)) from exc
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
    from warledger.store import Store
    from warledger.store.tokens import revoke_token

    try:
        with Store.open(settings_of(ctx)) as store:
            found = revoke_token(store, token_id)
    except WarledgerError as exc:
        raise fail(str(exc)) from exc
    if not found:
        raise fail(f"no token has id {token_id!r}; see `warledger tokens list`")
    typer.echo(f"token {token_id} revoked")


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    public_read: Annotated[
        bool, typer.Option("--public-read", help="Let anonymous clients use the GET routes.")
    ] = False,
) -> None:
    """Serve the HTTP API (OpenAPI schema at /docs and /openapi.json)."""
    import uvicorn

    from warledger.server import create_app

    uvicorn.run(create_app(settings_of(ctx), public_read=public_read), host=host, port=port)
