"""Being a good citizen on other people's servers: robots.txt, one request at a time per
host with a minimum delay between two, and exponential back-off after failures.

``HostGate`` is per host and thread-safe: the round gives each host its own worker
thread, and the gate's lock makes that a guarantee rather than a convention.
robots.txt follows RFC 9309: a 4xx answer means no rules (everything allowed), a 5xx
answer or an unreachable server means "assume everything disallowed" until the next
round asks again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from urllib.robotparser import RobotFileParser

import httpx

from warledger.watch.fetching import USER_AGENT, FetchFailed, HostRefused, get_capped

BACKOFF_BASE_S = 60.0
BACKOFF_MAX_S = 6 * 3600.0
ROBOTS_MAX_BYTES = 512_000


def backoff_until(now: datetime, failures: int, interval_s: float) -> datetime:
    """When a feed that failed ``failures`` times in a row may be polled again:
    ``interval`` after a success, then 1, 2, 4... minutes (capped at 6 h, and never
    sooner than the feed's own interval)."""
    if failures <= 0:
        return now + timedelta(seconds=interval_s)
    wait = min(BACKOFF_BASE_S * 2 ** (failures - 1), BACKOFF_MAX_S)
    return now + timedelta(seconds=max(wait, interval_s))


class HostGate:
    """Serialises requests to one host and spaces them by ``min_delay_s``."""

    def __init__(
        self,
        host: str,
        min_delay_s: float,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        self.min_delay_s = min_delay_s
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._last: float | None = None
        self._robots: RobotFileParser | None = None
        self._robots_lock = threading.Lock()  # not ``_lock``: reading robots.txt takes a turn

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold this host for one request, once ``min_delay_s`` has passed since the last."""
        with self._lock:
            if self._last is not None:
                wait = self._last + self.min_delay_s - self._clock()
                if wait > 0:
                    self._sleep(wait)
            try:
                yield
            finally:
                self._last = self._clock()

    def allowed(self, client: httpx.Client, url: str, max_bytes: int = ROBOTS_MAX_BYTES) -> bool:
        """Whether robots.txt lets our User-Agent fetch ``url`` (read once per gate)."""
        with self._robots_lock:
            if self._robots is None:
                self._robots = self._read_robots(client, max_bytes)
            rules = self._robots
        return rules.can_fetch(USER_AGENT, url)

    def _read_robots(self, client: httpx.Client, max_bytes: int) -> RobotFileParser:
        parser = RobotFileParser(f"{self.host}/robots.txt")
        try:
            status, body, _headers = get_capped(client, self, f"{self.host}/robots.txt", max_bytes)
        except HostRefused:
            # No rules to read; the page request is refused by the same guard, saying why.
            status, body = 404, b""
        except FetchFailed:
            status, body = 503, b""
        if status >= 500:
            lines = ["User-agent: *", "Disallow: /"]
        elif status >= 400:
            lines = []
        else:
            lines = body.decode("utf-8", errors="replace").splitlines()
        parser.parse(lines)
        parser.modified()  # can_fetch refuses everything until the rules are dated
        return parser
