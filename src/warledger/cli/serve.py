"""``warledger serve``: the workbench (web pages) and the HTTP API over one store.

The store is opened once before the server starts, so that a database that
cannot be opened is the one error line of every other command rather than a
server start-up traceback.
"""

from __future__ import annotations

from typing import Annotated

import typer

from warledger.cli.errors import open_store
from warledger.cli.options import settings_of


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""
    app.command("serve")(serve)


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

    settings = settings_of(ctx)
    with open_store(settings):
        pass  # fail here, in one line, if the store cannot be opened
    uvicorn.run(create_app(settings, public_read=public_read), host=host, port=port)
