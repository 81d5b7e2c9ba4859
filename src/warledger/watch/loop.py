"""Rounds until stopped: ``watch`` runs ``run_round``, logs its line, sleeps until a feed
is due, and returns when ``stop`` is set (SIGTERM or Ctrl-C in the command) or after one
round with ``once``. A stop during a round lets the item in flight finish, stores what
was fetched, and ends; nothing is half-written because every write is its own
transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from warledger.config import Settings
from warledger.ingest.runner import ExtractBatch
from warledger.store import Store
from warledger.store.feeds import feed_states
from warledger.watch.feeds_file import FeedsFile
from warledger.watch.fetching import make_client
from warledger.watch.rounds import RoundReport, run_round

MIN_SLEEP_S = 1.0
MAX_SLEEP_S = 300.0


def watch(
    store: Store,
    spec: FeedsFile,
    settings: Settings,
    *,
    extract: ExtractBatch | None = None,
    once: bool = False,
    max_rounds: int | None = None,
    stop: threading.Event | None = None,
    log: Callable[[RoundReport], None] = lambda _report: None,
    transport: httpx.BaseTransport | None = None,
    resolve: bool = True,
) -> int:
    """Run rounds until ``stop`` is set (or one round with ``once``); the rounds run."""
    stop = stop or threading.Event()
    rounds = 0
    with make_client(
        settings.fetch_timeout_s, transport, allow_private_hosts=settings.allow_private_hosts
    ) as client:
        while not stop.is_set():
            rounds += 1
            report = run_round(
                store,
                spec,
                client,
                rounds,
                max_page_bytes=settings.max_input_bytes,
                extract=extract,
                resolve=resolve,
                stop=stop,
            )
            log(report)
            if once or (max_rounds is not None and rounds >= max_rounds):
                break
            stop.wait(seconds_to_next_poll(store, spec))
    return rounds


def seconds_to_next_poll(store: Store, spec: FeedsFile) -> float:
    """How long until the earliest watched feed is due (bounded both ways)."""
    wanted = {feed.url for feed in spec.feeds}
    states = [s for s in feed_states(store) if s.url in wanted]
    if len(states) < len(wanted) or any(s.next_poll is None for s in states):
        return MIN_SLEEP_S
    earliest = min(s.next_poll for s in states if s.next_poll is not None)
    wait = (earliest - datetime.now(UTC)).total_seconds()
    return min(max(wait, MIN_SLEEP_S), MAX_SLEEP_S)
