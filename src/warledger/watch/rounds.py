"""One round of ``warledger watch``: poll the due feeds, fetch new items, ingest, resolve.

The network part runs in one worker thread per host, so a slow or failing host delays
only its own feeds, and each host's ``HostGate`` keeps it to one request at a time. The
store part (ingest, extraction, resolution, feed state) runs afterwards in the calling
thread, in one place and order. An item is recorded as handled only after its document
is stored: a crash in between means the page is fetched again next round and is then a
duplicate by content hash, never a second document.
"""

from __future__ import annotations

import calendar
import contextlib
import ctypes
import ctypes.util
import hashlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpx
from trafilatura.meta import reset_caches

from warledger.errors import InputError
from warledger.ingest.hosts import BlockedHost
from warledger.ingest.runner import ExtractBatch, ingest_reads
from warledger.model import Document
from warledger.resolve.actors import resolve_actors
from warledger.resolve.incident_run import resolve_incidents
from warledger.store import Store
from warledger.store.feeds import (
    FeedState,
    feed_state,
    feed_states,
    record_item,
    save_feed_state,
    seen_items,
)
from warledger.store.incidents import stored_members
from warledger.watch.feeds_file import FeedsFile, FeedSpec
from warledger.watch.fetching import FetchFailed, fetch_feed, fetch_page
from warledger.watch.polite import HostGate, backoff_until

MAX_ITEMS_PER_FEED = 50
"""New items fetched from one feed in one round; the rest wait for the next round."""
MAX_ITEM_ATTEMPTS = 3
"""An item whose page failed this many times is not tried again."""
MAX_HOST_WORKERS = 8


@dataclass
class RoundReport:
    """What one round did; ``line()`` is the one log line per round."""

    number: int
    feeds_polled: int = 0
    not_modified: int = 0
    feed_failures: int = 0
    new_items: int = 0
    stored: int = 0
    duplicates: int = 0
    item_failures: int = 0
    claims: int = 0
    new_incidents: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"round {self.number}: {self.feeds_polled} feeds polled "
            f"({self.not_modified} not modified, {self.feed_failures} failed), "
            f"{self.new_items} new items ({self.stored} stored, {self.duplicates} duplicates, "
            f"{self.item_failures} failed), {self.claims} claims, "
            f"{self.new_incidents} new incidents, {self.seconds:.1f} s"
        )


@dataclass
class _Item:
    key: str
    guid: str | None
    url: str
    read: tuple[Document, bytes] | InputError
    refused: bool = False


@dataclass
class _Polled:
    feed: FeedSpec
    error: str | None = None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    items: list[_Item] = field(default_factory=list)


@dataclass
class _Gates:
    """One ``HostGate`` per host, made on first use (item pages may be on other hosts)."""

    min_delay_s: float
    sleep: Callable[[float], None]
    gates: dict[str, HostGate] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def of(self, url: str) -> HostGate:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc.lower()}"
        with self.lock:
            if host not in self.gates:
                self.gates[host] = HostGate(host, self.min_delay_s, self.sleep)
            return self.gates[host]


def item_key(guid: str | None, url: str | None) -> str:
    """An item's identity: the sha256 of its GUID, or of its URL when it has none."""
    return hashlib.sha256((guid or url or "").encode("utf-8")).hexdigest()


def run_round(
    store: Store,
    spec: FeedsFile,
    client: httpx.Client,
    number: int,
    *,
    max_page_bytes: int,
    extract: ExtractBatch | None = None,
    resolve: bool = True,
    stop: threading.Event | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    sleep: Callable[[float], None] = time.sleep,
) -> RoundReport:
    """Poll every feed that is due, store what is new; returns the round's report."""
    started = time.monotonic()
    stop = stop or threading.Event()
    report = RoundReport(number)
    states = {s.url: s for s in feed_states(store)}
    at = now()
    due = [f for f in spec.feeds if _due(states.get(f.url), at)]
    by_host: dict[str, list[FeedSpec]] = {}
    for feed in due:
        by_host.setdefault(feed.host, []).append(feed)
    gates = _Gates(spec.min_delay_s, sleep)

    def poll_host(feeds: list[FeedSpec]) -> list[_Polled]:
        return [_poll(store, client, gates, feed, max_page_bytes, stop) for feed in feeds]

    polled: list[_Polled] = []
    if by_host:
        workers = min(len(by_host), MAX_HOST_WORKERS)
        with ThreadPoolExecutor(workers, thread_name_prefix="watch-host") as pool:
            for result in pool.map(poll_host, by_host.values()):
                polled.extend(result)
    incidents_before = set(stored_members(store)) if resolve else set()
    items = [(o.feed.url, item) for o in polled if not o.error for item in o.items]
    _ingest_items(store, items, report, extract, now())
    for outcome in polled:
        _save_state(store, outcome, states.get(outcome.feed.url), report, now())
    if resolve and report.stored:
        resolve_actors(store)
        resolve_incidents(store)
        report.new_incidents = len(set(stored_members(store)) - incidents_before)
    if items:
        # trafilatura, htmldate and courlan keep module-level caches of every page's lines,
        # dates and URLs; bounded, but in a process that runs for months they hold pages
        # long gone. Their own reset frees them (measured: benchmarks/watch_soak.py).
        reset_caches()
        release_free_heap()
    report.seconds = time.monotonic() - started
    return report


def release_free_heap() -> None:
    """Give the heap pages freed during a round back to the system (glibc ``malloc_trim``).

    Between rounds the watcher sleeps; without this its resident size creeps up by
    what the allocator keeps for reuse (about 20 MiB over 800 rounds of the soak,
    ``benchmarks/watch_soak.py``) although the live heap stays flat. Not glibc: nothing."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)


def _due(state: FeedState | None, at: datetime) -> bool:
    return state is None or state.next_poll is None or state.next_poll <= at


def _poll(
    store: Store,
    client: httpx.Client,
    gates: _Gates,
    feed: FeedSpec,
    max_page_bytes: int,
    stop: threading.Event,
) -> _Polled:
    """Fetch one feed and its new items' pages (network only; nothing written here)."""
    state = feed_state(store, feed.url)
    try:
        answer = fetch_feed(
            client,
            gates.of(feed.url),
            feed.url,
            state.etag if state else None,
            state.last_modified if state else None,
        )
    except FetchFailed as exc:
        return _Polled(feed, error=str(exc))
    polled = _Polled(feed, etag=answer.etag, last_modified=answer.last_modified)
    if answer.body is None:
        polled.not_modified = True
        return polled
    entries, error = parse_feed(feed.url, answer.body)
    if error:
        polled.error = error
        return polled
    seen = seen_items(store, (item_key(e.guid, e.link) for e in entries))
    for entry in entries:
        if stop.is_set() or len(polled.items) >= MAX_ITEMS_PER_FEED:
            break
        key = item_key(entry.guid, entry.link)
        previous = seen.get(key)
        if previous and (previous.status != "failed" or previous.attempts >= MAX_ITEM_ATTEMPTS):
            continue
        polled.items.append(_fetch_item(client, gates, feed, key, entry, max_page_bytes))
    return polled


@dataclass(frozen=True)
class FeedEntry:
    """What a feed says of one item; title and date fill in what the page lacks."""

    guid: str | None
    link: str
    title: str | None = None
    published: datetime | None = None


def parse_feed(url: str, body: bytes) -> tuple[list[FeedEntry], str | None]:
    """The items with an http(s) link, or an error for something that is not a feed.

    ``body`` is always bytes: feedparser treats a ``str`` as a URL or a path to open.
    """
    parsed: Any = feedparser.parse(body)
    if parsed.get("bozo") and not parsed.entries and not parsed.feed:
        reason = parsed.get("bozo_exception") or "unreadable"
        return [], f"{url} is not a valid RSS/Atom feed: {reason}"
    if not parsed.version and not parsed.entries:
        return [], f"{url} is not an RSS/Atom feed (no channel or feed element)"
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "")
        if urlsplit(link).scheme not in ("http", "https"):
            continue
        guid = entry.get("id") or None
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        title = str(entry.get("title") or "")[:500] or None
        entries.append(
            FeedEntry(
                str(guid)[:2000] if guid else None,
                link[:2000],
                title,
                datetime.fromtimestamp(calendar.timegm(when), UTC) if when else None,
            )
        )
    return entries, None


def _fetch_item(
    client: httpx.Client,
    gates: _Gates,
    feed: FeedSpec,
    key: str,
    entry: FeedEntry,
    max_page_bytes: int,
) -> _Item:
    url = entry.link
    gate = gates.of(url)
    if not gate.allowed(client, url):
        refusal = InputError(url, "is disallowed by the site's robots.txt for warledger")
        return _Item(key, entry.guid, url, refusal, refused=True)
    try:
        document, raw = fetch_page(client, gate, url, max_page_bytes)
    except InputError as error:
        # A private host (or a redirect to one) stays refused; other failures are retried.
        return _Item(key, entry.guid, url, error, refused=isinstance(error.__cause__, BlockedHost))
    update: dict[str, Any] = {
        "outlet": feed.outlet or document.outlet,
        "title": document.title or entry.title,
        "published_at": document.published_at or entry.published,
    }
    if feed.language:
        update["language"] = feed.language
    return _Item(key, entry.guid, url, (document.model_copy(update=update), raw))


def _save_state(
    store: Store, outcome: _Polled, state: FeedState | None, report: RoundReport, at: datetime
) -> None:
    """Save a feed's new state: validators and success, or the error and its back-off."""
    feed = outcome.feed
    report.feeds_polled += 1
    state = state or FeedState(url=feed.url)
    state = replace(state, outlet=feed.outlet, last_attempt=at)
    if outcome.error:
        report.feed_failures += 1
        report.errors.append(outcome.error)
        failures = state.failures + 1
        save_feed_state(
            store,
            replace(
                state,
                last_error=outcome.error[:2000],
                last_error_at=at,
                failures=failures,
                next_poll=backoff_until(at, failures, feed.interval_s),
            ),
        )
        return
    report.not_modified += outcome.not_modified
    save_feed_state(
        store,
        replace(
            state,
            etag=outcome.etag,
            last_modified=outcome.last_modified,
            last_success=at,
            failures=0,
            next_poll=backoff_until(at, 0, feed.interval_s),
        ),
    )


def _ingest_items(
    store: Store,
    items: list[tuple[str, _Item]],
    report: RoundReport,
    extract: ExtractBatch | None,
    at: datetime,
) -> None:
    """Ingest every page fetched this round in one batch (one near-duplicate index, one
    extraction queue), then record what became of each item."""
    fetched = [(url, i) for url, i in items if not isinstance(i.read, InputError)]

    def record(feed_url: str, item: _Item, status: str, **outcome: str) -> None:
        record_item(
            store,
            item.key,
            feed_url,
            guid=item.guid,
            url=item.url,
            status=status,
            seen_at=at,
            **outcome,
        )

    for feed_url, item in items:
        report.new_items += 1
        if isinstance(item.read, InputError):
            report.item_failures += 1
            report.errors.append(str(item.read))
            status = "refused" if item.refused else "failed"
            record(feed_url, item, status, error=str(item.read)[:2000])
    if not fetched:
        return
    reads = [i.read for _url, i in fetched if isinstance(i.read, tuple)]
    known = store.stored_document_ids([doc.id for doc, _raw in reads])
    summary = ingest_reads(store, reads, extract)
    now_stored = store.stored_document_ids([doc.id for doc, _raw in reads])
    report.claims += summary.claims
    report.errors.extend(summary.errors)
    this_round: set[str] = set()
    for feed_url, item in fetched:
        assert isinstance(item.read, tuple)
        document_id = item.read[0].id
        if document_id not in now_stored:  # refused by a check inside ingest, which said why
            report.item_failures += 1
            record(feed_url, item, "failed", error="not stored (see the round's errors)")
            continue
        duplicate = document_id in known or document_id in this_round
        this_round.add(document_id)
        report.duplicates += duplicate
        report.stored += not duplicate
        record(feed_url, item, "duplicate" if duplicate else "stored", document_id=document_id)
