"""``create_app``: the one FastAPI app ``warledger serve`` runs, the JSON API beside the pages.

``api`` (the ``/api/...`` routes) and ``web`` (the analyst's pages) are siblings that
never import each other: both read through ``warledger.query`` and find the open store
on ``app.state.store``. This module is where they meet. Each app opens its own ``Store``
in its lifespan, so two apps in one process (tests, or two databases) share nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from warledger.api.app import add_api_routes
from warledger.api.guards import RefuseNul
from warledger.api.limits import LimitBody
from warledger.api.params import ERRORS
from warledger.api.throttle import ThrottleFailedAuth
from warledger.config import Settings
from warledger.store import Store
from warledger.web import add_web_routes


def create_app(settings: Settings, public_read: bool = False) -> FastAPI:
    """The API and pages over the store ``settings`` names; ``public_read`` lets anonymous
    GETs through."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = Store.open(settings)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="warledger",
        summary="An auditable ledger of sourced claims about armed conflict.",
        version="0.1.0",
        lifespan=lifespan,
        responses=ERRORS,
    )
    app.state.public_read = public_read
    app.add_middleware(RefuseNul)
    app.add_middleware(ThrottleFailedAuth)
    app.add_middleware(LimitBody)  # added last: the outermost, before anything reads the body
    add_api_routes(app)
    add_web_routes(app)
    return app
