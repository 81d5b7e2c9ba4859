"""A bounded soak of ``warledger watch``: 200 rounds against local servers.

    PYTHONPATH=src:. .venv/bin/python benchmarks/watch_soak.py [--rounds 200] [--extract]

Three local hosts (threaded ``http.server`` on 127.0.0.1, run in a child process so that
the memory figures are the watcher's own) serve two feeds each. Every
round, each feed gains one to three new items with probability 1/2 (a new ETag) and
otherwise answers 304; the third host answers 500 to its feeds a third of the time (so
its feeds back off); one new item in fifteen has a page that answers 500 (tried three
times, then left alone). A feed keeps its 20 newest items, so old items stay listed for
several rounds after they were stored. The clock given to each round moves by the
feeds' interval, so every feed is due every round unless it is backing off.

At the end it checks that every item whose page was fetched is stored exactly once
(documents in the store = items recorded with a document = good pages fetched, and no
page fetched twice; items of a feed still backing off when the run ends, or that left
its 20-item window meanwhile, are never fetched and are counted apart), that
``verify`` passes, and prints the process's resident memory (VmRSS) at round 10 and at
the last round. Without ``--extract`` no claims are extracted (the network, item identity
and store paths are what is soaked); with it, spaCy extraction runs on every new item.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import gc
import multiprocessing
import random
import tempfile
import time
import tracemalloc
from collections import Counter
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

from tests.watch.feed_server import FeedServer, Route, article, rss, serve

from warledger.config import Settings
from warledger.store import Store
from warledger.store.feeds import item_documents
from warledger.watch.feeds_file import FeedsFile, FeedSpec
from warledger.watch.fetching import make_client
from warledger.watch.rounds import release_free_heap, run_round

INTERVAL_S = 60.0
KEEP_ITEMS = 20


def rss_kib(field: str = "VmRSS") -> int:
    """The process's resident set size now (Linux /proc), in KiB; ``field`` may name one of
    its parts instead: ``RssAnon`` (heap and other private memory) or ``RssFile`` (pages of
    mapped files, such as the code of shared libraries, paged in as first used)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return -1


def sqlite_heap_kib() -> int:
    """Memory SQLite holds through its own allocator (page caches of every open connection
    included), from the library the ``sqlite3`` module is linked against; -1 if not found."""
    with contextlib.suppress(OSError, AttributeError):
        library = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        library.sqlite3_memory_used.restype = ctypes.c_int64
        return int(library.sqlite3_memory_used()) // 1024
    return -1


def rss_after_trim_kib() -> int:
    """The resident set size after glibc returns its free heap pages (``malloc_trim``).

    RSS alone counts memory the allocator keeps for reuse after it was freed; the size after
    a trim is what the process still holds, so growth there is what a leak would look like.
    ``run_round`` trims after each round that fetched pages, so the two differ little.
    """
    release_free_heap()
    return rss_kib()


class Feeds:
    """The servers' feeds and what each item's page does, changed at random each round."""

    def __init__(self, servers: list[FeedServer], rng: random.Random) -> None:
        self.servers = servers
        self.rng = rng
        self.items: dict[str, list[tuple[str, str, str]]] = {}
        self.good_pages: set[str] = set()
        self.count = 0
        for server in servers:
            server.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", "text/plain")
            for name in ("a", "b"):
                self.items[f"{server.base}/{name}.xml"] = []
                self._publish(server, name, etag=0)

    def urls(self) -> list[str]:
        return list(self.items)

    def _publish(self, server: FeedServer, name: str, etag: int) -> None:
        items = self.items[f"{server.base}/{name}.xml"][-KEEP_ITEMS:]
        route = Route(rss(items), "application/rss+xml", etag=f'"{etag}"')
        server.routes[f"/{name}.xml"] = route

    def change(self, number: int) -> None:
        for index, server in enumerate(self.servers):
            for name in ("a", "b"):
                url = f"{server.base}/{name}.xml"
                if index == 2 and self.rng.random() < 1 / 3:
                    server.routes[f"/{name}.xml"] = Route(b"unavailable", "text/plain", status=500)
                    continue
                if self.rng.random() < 0.5:
                    for _ in range(self.rng.randint(1, 3)):
                        self._new_item(server, name, url)
                    self._publish(server, name, etag=number)
                else:
                    self._publish(server, name, etag=self._etag(server, name))

    def _etag(self, server: FeedServer, name: str) -> int:
        route = server.routes.get(f"/{name}.xml")
        if route is None or route.etag is None:
            return 0
        return int(route.etag.strip('"'))

    def _new_item(self, server: FeedServer, name: str, url: str) -> None:
        self.count += 1
        path = f"/{name}/{self.count}.html"
        if self.rng.random() < 1 / 15:
            server.routes[path] = Route(b"broken", "text/plain", status=500)
        else:
            paragraphs = [
                f"Dispatch {self.count} of an invented outlet: a ferry crossing reopened and "
                f"volunteers counted {self.count % 97} passengers on the first boat.",
                "Harbour staff said the schedule would be published each morning.",
            ]
            server.routes[path] = Route(article(f"Dispatch {self.count}", paragraphs))
            self.good_pages.add(server.base + path)
        self.items[url].append((f"guid-{self.count}", server.base + path, f"item {self.count}"))


def serve_feeds(connection: Connection, seed: int) -> None:
    """The child process: three feed servers, changed on each ``change`` command.

    Commands: ``("urls",)`` answers the feeds' URLs; ``("change", n)`` publishes round n;
    ``("hits",)`` answers the requests seen since it was last asked, counted per URL (the
    harness keeps counts, not every request it saw); ``("pages",)`` answers the good pages
    and the number of items created; ``("stop",)`` ends it.
    """
    with ExitStack() as stack:
        servers = [stack.enter_context(serve()) for _ in range(3)]
        feeds = Feeds(servers, random.Random(seed))
        while True:
            command = connection.recv()
            if command[0] == "urls":
                connection.send(feeds.urls())
            elif command[0] == "change":
                feeds.change(command[1])
                connection.send(None)
            elif command[0] == "hits":
                hits: Counter[str] = Counter()
                for server in servers:
                    with server.lock:
                        hits.update(server.base + path for path, _headers in server.requests)
                        server.requests.clear()
                connection.send(hits)
            elif command[0] == "pages":
                connection.send((feeds.good_pages, feeds.count))
            else:
                return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--extract", action="store_true", help="extract claims (loads spaCy)")
    parser.add_argument(
        "--trace",
        type=int,
        default=0,
        metavar="N",
        help="trace Python allocations and print the N source lines whose memory grew most "
        "between round 10 and the last round (slower; the memory figures after round 10 then "
        "include the round-10 snapshot, so take them from a run without --trace)",
    )
    args = parser.parse_args()
    if args.trace:
        tracemalloc.start(1)
    traced: dict[int, tracemalloc.Snapshot] = {}
    ours, theirs = multiprocessing.get_context("fork").Pipe()
    harness = multiprocessing.get_context("fork").Process(
        target=serve_feeds, args=(theirs, args.seed), daemon=True
    )
    harness.start()
    ours.send(("urls",))
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        spec = FeedsFile(
            min_delay_s=0, feeds=[FeedSpec(url=u, interval_s=INTERVAL_S) for u in ours.recv()]
        )
        settings = Settings(database_url=f"sqlite:///{tmp}/soak.db", blob_dir=Path(tmp) / "b")
        store = stack.enter_context(Store.open(settings))
        extract = None
        if args.extract:
            from warledger.engines.local import DocumentExtractor

            extract = stack.enter_context(DocumentExtractor(1)).map
        client = stack.enter_context(make_client(5.0, allow_private_hosts=True))
        clock = [datetime(2026, 12, 1, tzinfo=UTC)]
        memory: dict[int, int] = {}
        trimmed: dict[int, int] = {}
        sqlite_heap: dict[int, int] = {}
        parts: dict[int, tuple[int, int]] = {}
        hits: Counter[str] = Counter()
        started = time.monotonic()
        stored = failures = 0
        for number in range(1, args.rounds + 1):
            ours.send(("change", number))
            ours.recv()
            report = run_round(
                store,
                spec,
                client,
                number,
                max_page_bytes=200_000,
                extract=extract,
                resolve=False,
                now=lambda: clock[0],
                sleep=lambda _s: None,
            )
            stored += report.stored
            failures += report.item_failures + report.feed_failures
            clock[0] += timedelta(seconds=INTERVAL_S + 1)
            ours.send(("hits",))
            hits.update(ours.recv())
            if number == 10 or number % 50 == 0 or number == args.rounds:
                gc.collect()
                memory[number] = rss_kib()
                trimmed[number] = rss_after_trim_kib()
                sqlite_heap[number] = sqlite_heap_kib()
                parts[number] = (rss_kib("RssAnon"), rss_kib("RssFile"))
                if args.trace and number in (10, args.rounds):
                    # Only the two compared snapshots are kept: each holds a trace of every
                    # live allocation (tens of MiB), so keeping one per checkpoint would
                    # itself make the resident memory grow from checkpoint to checkpoint.
                    traced[number] = tracemalloc.take_snapshot()
        elapsed = time.monotonic() - started
        ours.send(("pages",))
        listed, created = ours.recv()
        ours.send(("stop",))
        harness.join(timeout=10)
        documents = store.stats()["documents"]
        recorded = {key for key, doc in item_documents(store) if doc is not None}
        fetches = {url: hits[url] for url in listed}
        verified = store.verify()
    print(f"rounds: {args.rounds} in {elapsed:.1f} s; items created: {created}")
    print(
        f"pages served OK: {len(listed)}; documents stored: {documents}; stored by rounds: "
        f"{stored}; items recorded with a document: {len(recorded)}"
    )
    print(
        f"pages fetched more than once: {sum(1 for n in fetches.values() if n > 1)}; "
        f"never fetched: {sum(1 for n in fetches.values() if n == 0)}"
    )
    print(f"failures seen (feeds + items): {failures}")
    by_round = ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in sorted(memory.items()))
    print(f"VmRSS (MiB) by round: {by_round}")
    print(
        f"VmRSS at round 10: {memory.get(10, -1) / 1024:.1f} MiB; at round {args.rounds}: "
        f"{memory.get(args.rounds, -1) / 1024:.1f} MiB "
        f"(ratio {memory.get(args.rounds, 0) / max(memory.get(10, 1), 1):.3f})"
    )
    by_round = ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in sorted(trimmed.items()))
    print(f"VmRSS (MiB) after returning free heap pages to the system (malloc_trim): {by_round}")
    by_round = ", ".join(
        f"{n}: {anon / 1024:.1f} + {mapped / 1024:.1f}"
        for n, (anon, mapped) in sorted(parts.items())
    )
    print(f"of which private (RssAnon) + mapped files (RssFile), after the trim (MiB): {by_round}")
    by_round = ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in sorted(sqlite_heap.items()))
    print(f"of which SQLite's own heap, page caches included (MiB): {by_round}")
    print(f"verify: {'ok' if verified.ok else verified.problems[:5]}")
    fetched = [url for url, n in fetches.items() if n > 0]
    exactly_once = documents == len(fetched) == len(recorded) and all(
        n <= 1 for n in fetches.values()
    )
    print(f"every served item ingested exactly once: {exactly_once}")
    if args.trace and 10 in traced:
        growth = traced[args.rounds].compare_to(traced[10], "lineno")
        print(f"Python allocations that grew most from round 10 to {args.rounds}:")
        for stat in growth[: args.trace]:
            print(f"  {stat.size_diff / 1024:+9.1f} KiB  {stat.traceback}")


if __name__ == "__main__":
    main()
