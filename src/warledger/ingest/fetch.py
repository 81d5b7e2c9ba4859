"""Fetch documents from URLs listed in a file (``--urls FILE``), with httpx.

Every fetch is bounded: connect/read timeouts, a wall-clock deadline for the
whole body, at most ``MAX_REDIRECTS`` redirects, only http(s), only textual
content types, and ``max_input_bytes`` enforced while the body streams in (a
declared ``Content-Length`` over the limit is refused before any body is
read; decompressed bytes are what is counted, so a compression bomb stops at
the cap). The transport is injectable, as httpx intends, so callers can route
requests anywhere without monkeypatching.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from warledger.errors import InputError
from warledger.ingest.checks import (
    decode_strict,
    normalise_newlines,
    read_capped,
    reject_empty_or_binary,
    require_text,
)
from warledger.ingest.hosts import BlockedHost, HostGuard
from warledger.ingest.html import html_document
from warledger.ingest.readers import Read, text_document
from warledger.model import Document, content_hash

MAX_REDIRECTS = 5
# The whole body must arrive within this many read timeouts.
DEADLINE_FACTOR = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
USER_AGENT = "warledger/0.1 (news ingest)"


def read_urls_file(path: Path, max_bytes: int) -> tuple[list[str], list[InputError]]:
    """URLs from a file, one a line; blank lines and ``#`` comments are skipped.

    A line that is not an absolute http(s) URL is an error naming ``FILE:LINE``.
    """
    try:
        text = decode_strict(str(path), read_capped(path, max_bytes))
    except InputError as error:
        return [], [error]
    urls: list[str] = []
    errors: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            errors.append(
                InputError(f"{path}:{number}", f"{url!r} is not an http(s) URL", "fix the line")
            )
        else:
            urls.append(url)
    return urls, errors


def fetch_urls(
    urls: Iterable[str],
    max_input_bytes: int,
    timeout_s: float,
    transport: httpx.BaseTransport | None = None,
    allow_private_hosts: bool = False,
) -> Iterator[Read]:
    """Fetch each URL in turn; yields ``(Document, body)`` or an ``InputError``, never raises.

    Hosts on loopback/private/link-local networks are refused unless
    ``allow_private_hosts`` (see ``warledger.ingest.hosts``).
    """
    with httpx.Client(
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT},
        transport=HostGuard(transport, allow_private_hosts=allow_private_hosts),
    ) as client:
        for url in urls:
            try:
                yield fetch_url(client, url, max_input_bytes, timeout_s * DEADLINE_FACTOR)
            except InputError as error:
                yield error


def fetch_url(
    client: httpx.Client, url: str, max_input_bytes: int, deadline_s: float
) -> tuple[Document, bytes]:
    """Fetch one URL and turn its body into a Document."""
    try:
        with client.stream("GET", url) as response:
            _check_response(url, response, max_input_bytes)
            body = _read_capped_body(url, response, max_input_bytes, deadline_s)
            media_type = _media_type(response)
            final_url = str(response.url)
            charset = response.charset_encoding
    except BlockedHost as exc:
        raise InputError(url, str(exc)) from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(url, f"redirects more than {MAX_REDIRECTS} times") from exc
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out ({type(exc).__name__})", "retry later") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"could not be fetched: {exc}", "check the URL and network") from exc
    now = datetime.now(UTC)
    if media_type in HTML_TYPES:
        document = html_document(url, body, now, url=final_url)
    else:
        document = _plain_text_document(url, body, now, charset).model_copy(
            update={"url": final_url}
        )
    return document, body


def _check_response(url: str, response: httpx.Response, max_input_bytes: int) -> None:
    if response.status_code >= 400:
        raise InputError(
            url, f"returned HTTP {response.status_code} {response.reason_phrase}", "check the URL"
        )
    media_type = _media_type(response)
    if media_type not in HTML_TYPES | TEXT_TYPES:
        raise InputError(
            url,
            f"has content type {media_type or '(none)'!r}, not HTML or plain text",
            "warledger fetches web pages; download and convert other formats first",
        )
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_input_bytes:
        raise InputError(
            url,
            f"declares {int(declared):,} bytes, over the limit of {max_input_bytes:,} bytes",
            "raise the limit with WARLEDGER_MAX_INPUT_BYTES if this page is wanted",
        )


def _read_capped_body(
    url: str, response: httpx.Response, max_input_bytes: int, deadline_s: float
) -> bytes:
    started = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_input_bytes:
            raise InputError(
                url,
                f"sent more than the limit of {max_input_bytes:,} bytes",
                "raise the limit with WARLEDGER_MAX_INPUT_BYTES if this page is wanted",
            )
        if time.monotonic() - started > deadline_s:
            raise InputError(url, f"took longer than {deadline_s:.0f} s to send its body")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _plain_text_document(
    url: str, body: bytes, retrieved_at: datetime, charset: str | None
) -> Document:
    """text/plain honours a declared charset; without one it must be UTF-8 (see checks)."""
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return text_document(url, body, retrieved_at)
    reject_empty_or_binary(url, body)
    try:
        text = normalise_newlines(body.decode(charset))
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(url, f"is not valid text in its declared charset {charset!r}") from exc
    return Document(
        id=content_hash(body),
        text=require_text(url, text),
        retrieved_at=retrieved_at,
        source_name=url,
    )
