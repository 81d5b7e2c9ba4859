"""Headers every HTML response carries, whichever code made it.

Pages rendered through ``render`` set them already; the sign-in page, the 403 page
and any error page made elsewhere did not, and a page without ``frame-ancestors``
can be framed by another site (click-jacking the sign-in form). ``HtmlHeaders``
adds the Content-Security-Policy, ``X-Frame-Options`` for older browsers and
``nosniff`` to every ``text/html`` response that lacks them.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
"""Scripts only from this server's files: even if some text escaped escaping, an injected
inline script would not run. Inline style attributes stay allowed (grade swatches)."""


class HtmlHeaders:
    """ASGI middleware: the security headers on every HTML response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    headers.setdefault("X-Frame-Options", "DENY")
                    headers.setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        await self.app(scope, receive, send_with_headers)
