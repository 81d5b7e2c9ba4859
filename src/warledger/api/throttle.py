"""Back-off for clients that keep failing authentication.

Tokens are long random secrets, so guessing one is hopeless; but a client trying
token after token still costs a database look-up each, and a stolen-token list can
be tried at speed. ``ThrottleFailedAuth`` counts, per client address, responses
that refused a credential (401, from the API or the sign-in form) in a sliding
window; a client over ``max_failures`` gets 429 with ``Retry-After`` and its
request is not run until its oldest failure leaves the window. Successful requests
cost nothing. The counts live in the middleware object, one per app, in memory:
a restart forgets them, which only shortens one back-off.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_FAILURES = 50
WINDOW_S = 300.0
"""At most ``MAX_FAILURES`` refused credentials per client in ``WINDOW_S`` seconds: ten a
minute, enough for a person mistyping, useless for trying tokens."""
MAX_CLIENTS = 10_000
"""Clients remembered at once; the oldest is forgotten first, so memory stays bounded."""


class ThrottleFailedAuth:
    """ASGI middleware answering 429 to a client with too many recent 401s."""

    def __init__(
        self,
        app: ASGIApp,
        max_failures: int = MAX_FAILURES,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.max_failures = max_failures
        self.window_s = window_s
        self.clock = clock
        self.failures: dict[str, deque[float]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else "unknown"
        wait = self._wait(client)
        if wait > 0:
            await _too_many(send, wait)
            return

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                self._failed(client)
            await send(message)

        await self.app(scope, receive, watch)

    def _recent(self, client: str) -> deque[float]:
        times = self.failures.get(client, deque())
        while times and times[0] <= self.clock() - self.window_s:
            times.popleft()
        return times

    def _wait(self, client: str) -> float:
        """Seconds ``client`` must wait before its next request is run (0: none)."""
        times = self._recent(client)
        if not times:
            self.failures.pop(client, None)
            return 0.0
        if len(times) < self.max_failures:
            return 0.0
        return times[0] + self.window_s - self.clock()

    def _failed(self, client: str) -> None:
        times = self._recent(client)
        times.append(self.clock())
        self.failures.pop(client, None)
        self.failures[client] = times  # most recent last: the oldest is forgotten first
        if len(self.failures) > MAX_CLIENTS:
            del self.failures[next(iter(self.failures))]


async def _too_many(send: Send, wait: float) -> None:
    seconds = max(1, int(wait + 0.999))
    body = json.dumps(
        {"detail": f"too many failed sign-ins from this address; try again in {seconds} s"}
    ).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", b"%d" % len(body)),
        (b"retry-after", b"%d" % seconds),
    ]
    await send({"type": "http.response.start", "status": 429, "headers": headers})
    await send({"type": "http.response.body", "body": body})
