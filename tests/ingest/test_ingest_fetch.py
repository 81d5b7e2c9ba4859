"""``--urls`` against a real HTTP server on 127.0.0.1 (ephemeral port), through the runner."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ingest_texts import BODY, HEADLINE, SHORT_NOTE, html_page

from warledger.config import Settings
from warledger.ingest import ingest
from warledger.ingest.fetch import read_urls_file
from warledger.store import Store

CAP = 20_000
PAGE = html_page(HEADLINE, BODY).encode()


class Handler(BaseHTTPRequestHandler):
    """Routes for each case; the body of /stream is sent without Content-Length."""

    def do_GET(self) -> None:
        routes = {
            "/article.html": (200, "text/html; charset=utf-8", PAGE),
            "/note.txt": (200, "text/plain; charset=utf-8", SHORT_NOTE.encode()),
            "/legacy.txt": (
                200,
                "text/plain; charset=iso-8859-1",
                "Arrivés à Kessaly.".encode("latin-1"),
            ),
            "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            "/declared-big": (200, "text/html", b"<p>x</p>" * (CAP // 8 + 10)),
        }
        if self.path in routes:
            status, content_type, body = routes[self.path]
            self._send(status, content_type, body)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(CAP // 1000 + 5):
                self.wfile.write(b"<p>" + b"y" * 993 + b"</p>")
            self.close_connection = True
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test asserts on results, not on the access log."""


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_urls_file_against_a_local_server(settings: Settings, tmp_path: Path, server: str) -> None:
    paths = ["/article.html", "/note.txt", "/legacy.txt", "/moved", "/missing", "/image.png"]
    paths += ["/declared-big", "/stream", "/loop"]
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "# reports to fetch\n\n"
        + "\n".join(server + p for p in paths)
        + "\nftp://example.org/file.txt\n"
    )
    # The server is on 127.0.0.1: fetching from it is an explicit opt-in.
    small = settings.with_(max_input_bytes=CAP, fetch_timeout_s=5.0, allow_private_hosts=True)
    with Store.open(settings) as store:
        summary = ingest(store, [], urls, small)
        docs = {d.source_name: d for d in store.iter_documents()}
        assert store.verify().ok
    errors = {m.split(": ")[0]: m for m in summary.errors}
    assert summary.stored == 3  # /moved is the same page as /article.html
    assert summary.duplicates == 1
    assert summary.failed == 6
    article = docs[f"{server}/article.html"]
    assert article.title == HEADLINE
    assert article.url == f"{server}/article.html"
    assert "killing at least seven civilians" in article.text
    assert docs[f"{server}/note.txt"].text == SHORT_NOTE
    assert docs[f"{server}/legacy.txt"].text == "Arrivés à Kessaly."
    assert "returned HTTP 404 Not Found" in errors[f"{server}/missing"]
    assert "content type 'image/png', not HTML or plain text" in errors[f"{server}/image.png"]
    assert f"over the limit of {CAP:,} bytes" in errors[f"{server}/declared-big"]
    assert f"sent more than the limit of {CAP:,} bytes" in errors[f"{server}/stream"]
    assert "redirects more than 5 times" in errors[f"{server}/loop"]
    assert "is not an http(s) URL" in errors[f"{urls}:{len(paths) + 3}"]


def test_urls_file_must_be_readable(tmp_path: Path) -> None:
    urls, errors = read_urls_file(tmp_path / "absent.txt", 1000)
    assert urls == []
    assert "absent.txt: cannot be read" in str(errors[0])


def test_local_urls_are_refused_without_the_opt_in(
    settings: Settings, tmp_path: Path, server: str
) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server}/article.html\n")
    with Store.open(settings) as store:
        summary = ingest(store, [], urls, settings.with_(fetch_timeout_s=5.0))
        assert store.stats()["documents"] == 0
    assert summary.failed == 1
    assert (
        f"{server}/article.html: refused: host 127.0.0.1 is a loopback address"
        in (summary.errors[0])
    )
