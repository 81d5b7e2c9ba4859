"""Bounds on a request body, enforced before anything parses it or asks who sent it.

Without them a client with no token could send a body of hundreds of megabytes:
the framework reads and parses the body before a route's dependencies (the token
check among them) run, and the memory it took is not given back. ``LimitBody``
answers 413 when ``Content-Length`` is over ``MAX_BODY_BYTES``, and otherwise reads
the body itself, counting, and answers 413 as soon as it passes the limit (a
chunked body has no length to check up front). Only a body within the limit ever
reaches the app. A 422 never echoes what was sent (``validation_error``): the
client has its own copy, and echoing it doubles the memory of a large bad body.
"""

from __future__ import annotations

import json

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1_000_000
"""Far above any review, token request or sign-in form (the review form's own limit is
256 kB); far below what would strain the server."""
TOO_LARGE = f"the request body is over {MAX_BODY_BYTES} bytes, the limit for every route"


class LimitBody:
    """ASGI middleware refusing (413) any HTTP request whose body is over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _too_large(send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await _too_large(send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(messages, receive), send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` giving back the messages already read, then the real one."""
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay


async def _too_large(send: Send) -> None:
    body = json.dumps({"detail": TOO_LARGE}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", b"%d" % len(body)),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
    """422 listing where and why the request is invalid, without the values sent."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {key: value for key, value in error.items() if key not in ("input", "ctx", "url")}
        for error in exc.errors()
    ]
    return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)
