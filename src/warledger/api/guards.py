"""Request checks that hold for every route, before any route code runs.

A NUL character cannot be stored in, or compared with, a PostgreSQL text value:
the driver raises an error, which would reach the client as a 500. No id, name
or word warledger keeps contains one, so a request whose path or query string
carries a NUL is refused here with a 400 that says so, on both databases alike.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

NUL_MESSAGE = (
    "the request's path or query parameters contain a NUL character (%00), which no "
    "stored value holds; remove it"
)


class RefuseNul:
    """ASGI middleware answering 400 to HTTP requests with a NUL in the path or query."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _has_nul(scope):
            body = json.dumps({"detail": NUL_MESSAGE}).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", b"%d" % len(body)),
            ]
            await send({"type": "http.response.start", "status": 400, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def _has_nul(scope: Scope) -> bool:
    query: bytes = scope.get("query_string", b"")
    return "\x00" in scope.get("path", "") or b"%00" in query.lower() or b"\x00" in query
