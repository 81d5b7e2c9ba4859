"""The watcher's HTTP: conditional feed requests and size-capped bodies, through a host gate.

Feeds are fetched with ``If-None-Match`` / ``If-Modified-Since`` from the last answer,
so an unchanged feed costs the server a 304 and no body. Every body (feed, page,
robots.txt) is read in a stream and abandoned as soon as it passes its cap, and the
whole body must arrive within a deadline, so a slow or endless server holds a worker
for a bounded time. Item pages go through ``warledger.ingest.fetch.fetch_url``, the
same code as ``ingest --urls`` (HTML main text by trafilatura, the same checks).
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

import httpx

from warledger.ingest.fetch import DEADLINE_FACTOR, MAX_REDIRECTS, fetch_url
from warledger.ingest.hosts import BlockedHost, HostGuard
from warledger.model import Document

USER_AGENT = "warledger-watch/0.1 (+https://github.com/warledger/warledger; feed monitor)"
"""Names the project, so a site's operator can find out who polls them and why."""

FEED_MAX_BYTES = 5_000_000


class Gate(Protocol):
    """What a request waits on: one at a time per host, spaced (``polite.HostGate``)."""

    def turn(self) -> AbstractContextManager[None]: ...


class FetchFailed(Exception):
    """A request failed (network, timeout, size, deadline); the message says how."""


class HostRefused(FetchFailed):
    """The host guard refused the request (a private, loopback or link-local host)."""


@dataclass(frozen=True)
class FeedAnswer:
    """A feed poll's outcome: ``body`` is None when the server said 304 Not Modified."""

    status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None


def make_client(
    timeout_s: float,
    transport: httpx.BaseTransport | None = None,
    *,
    allow_private_hosts: bool = False,
) -> httpx.Client:
    """The client every watcher request uses: bounded timeouts and redirects, our User-Agent,
    and private hosts refused (redirect hops included) unless ``allow_private_hosts``."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT},
        transport=HostGuard(transport, allow_private_hosts=allow_private_hosts),
    )


def get_capped(
    client: httpx.Client,
    gate: Gate,
    url: str,
    max_bytes: int,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes, httpx.Headers]:
    """GET ``url`` in the gate's turn; ``(status, body, headers)``, body read up to the cap."""
    deadline_s = _timeout(client) * DEADLINE_FACTOR
    try:
        with gate.turn(), client.stream("GET", url, headers=headers or {}) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchFailed(f"{url} declares {int(declared):,} bytes, over {max_bytes:,}")
            started = time.monotonic()
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchFailed(f"{url} sent more than {max_bytes:,} bytes")
                if time.monotonic() - started > deadline_s:
                    raise FetchFailed(f"{url} took longer than {deadline_s:.0f} s to send")
                chunks.append(chunk)
            return response.status_code, b"".join(chunks), response.headers
    except BlockedHost as exc:
        raise HostRefused(f"{url}: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise FetchFailed(f"{url} timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise FetchFailed(f"{url} could not be fetched: {exc}") from exc


def fetch_feed(
    client: httpx.Client,
    gate: Gate,
    url: str,
    etag: str | None,
    last_modified: str | None,
    max_bytes: int = FEED_MAX_BYTES,
) -> FeedAnswer:
    """Poll a feed conditionally; ``FetchFailed`` for errors, HTTP 4xx/5xx included."""
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    status, body, answer = get_capped(client, gate, url, max_bytes, headers)
    if status == 304:
        return FeedAnswer(304, None, etag, last_modified)
    if status >= 400:
        raise FetchFailed(f"{url} returned HTTP {status}")
    return FeedAnswer(status, body, answer.get("etag"), answer.get("last-modified"))


def fetch_page(
    client: httpx.Client, gate: Gate, url: str, max_bytes: int
) -> tuple[Document, bytes]:
    """An item's page as a Document (as ``ingest --urls`` makes it); ``InputError`` if bad."""
    with gate.turn():
        return fetch_url(client, url, max_bytes, _timeout(client) * DEADLINE_FACTOR)


def _timeout(client: httpx.Client) -> float:
    return client.timeout.read or 20.0
