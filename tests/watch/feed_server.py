"""A local HTTP server on 127.0.0.1 for the watcher's tests: feeds and pages written here.

Each path answers what the test put in ``routes``: a status, a content type, a body,
an optional ETag (a matching ``If-None-Match`` gets 304) and an optional delay. Every
request is counted per path with its headers, so tests can check conditional requests,
robots.txt reads and that nothing was fetched twice.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    delay_s: float = 0.0


@dataclass
class FeedServer:
    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def hits(self, path: str) -> int:
        with self.lock:
            return sum(1 for p, _ in self.requests if p == path)


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with server.lock:
                server.requests.append((self.path, dict(self.headers.items())))
            route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            # The client may give up (a cap or a timeout): that is what is tested.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@contextmanager
def serve() -> Iterator[FeedServer]:
    """A threaded server on a free port of 127.0.0.1, shut down when the block ends."""
    state = FeedServer(port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def rss(items: list[tuple[str, str, str]], title: str = "Invented Wire") -> bytes:
    """An RSS 2.0 feed of ``(guid, link, title)`` items."""
    entries = "".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{name}</title></item>"
        for guid, link, name in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://example.invalid/</link>"
        f"<description>test feed</description>{entries}</channel></rss>"
    ).encode()


def article(headline: str, paragraphs: list[str]) -> bytes:
    """A small HTML news page whose main text trafilatura can find."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{headline}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{body}</article>"
        "<footer>Invented outlet for tests</footer></body></html>"
    ).encode()
