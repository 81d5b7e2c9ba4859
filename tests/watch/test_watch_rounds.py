"""Rounds of ``warledger watch`` against a local server: identity, 304, errors, caps, robots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.watch.feed_server import FeedServer, Route, article, rss, serve

from warledger.config import Settings
from warledger.store import Store
from warledger.store.feeds import feed_state, item_documents
from warledger.watch.feeds_file import FeedsFile, FeedSpec
from warledger.watch.fetching import USER_AGENT, make_client
from warledger.watch.rounds import RoundReport, run_round

PARAGRAPHS = [
    "Officials in the invented province of Veltra said on Tuesday that a convoy carrying "
    "water and tents reached the northern valley after two days on damaged roads.",
    "A spokesperson for the regional council told reporters that four bridges had been "
    "repaired by volunteers and that more trucks were expected before the weekend.",
    "Residents interviewed by the outlet described long queues at the only working clinic, "
    "where staff worked in shifts through the night to treat people with fevers.",
]


class Clock:
    """The round's idea of now, moved by the test instead of waiting."""

    def __init__(self) -> None:
        self.at = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as state:
        state.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield state


@pytest.fixture
def store(sqlite_settings: Settings) -> Iterator[Store]:
    with Store.open(sqlite_settings) as opened:
        yield opened


def _page(server: FeedServer, path: str, headline: str, size: int = 1) -> str:
    server.routes[path] = Route(article(headline, [f"{headline}. ", *PARAGRAPHS] * size))
    return server.base + path


def _round(
    store: Store,
    spec: FeedsFile,
    clock: Clock,
    number: int,
    max_page_bytes: int = 200_000,
    timeout_s: float = 5.0,
) -> RoundReport:
    with make_client(timeout_s, allow_private_hosts=True) as client:  # the server is local
        return run_round(
            store,
            spec,
            client,
            number,
            max_page_bytes=max_page_bytes,
            resolve=False,
            now=clock,
            sleep=lambda _s: None,
        )


def _spec(*urls: str) -> FeedsFile:
    return FeedsFile(
        min_delay_s=0, feeds=[FeedSpec(url=u, outlet="invented-wire", interval_s=60) for u in urls]
    )


def test_changing_feed_304_and_each_item_once(
    server: FeedServer, store: Store, sqlite_settings: Settings
) -> None:
    one = _page(server, "/a/1.html", "Convoy reaches valley")
    two = _page(server, "/a/2.html", "Bridges repaired by volunteers")
    server.routes["/feed.xml"] = Route(
        rss([("g1", one, "one"), ("g2", two, "two")]), "application/rss+xml", etag='"v1"'
    )
    spec, clock = _spec(server.base + "/feed.xml"), Clock()

    first = _round(store, spec, clock, 1)
    assert (first.feeds_polled, first.new_items, first.stored, first.item_failures) == (1, 2, 2, 0)
    assert store.stats()["documents"] == 2

    clock.advance(30)  # not yet due (interval 60 s): the feed is not even asked
    assert _round(store, spec, clock, 2).feeds_polled == 0
    clock.advance(31)
    unchanged = _round(store, spec, clock, 3)
    assert (unchanged.feeds_polled, unchanged.not_modified, unchanged.new_items) == (1, 1, 0)
    feed_requests = [h for p, h in server.requests if p == "/feed.xml"]
    assert feed_requests[-1]["If-None-Match"] == '"v1"'
    assert all(h["User-Agent"] == USER_AGENT for _p, h in server.requests)

    three = _page(server, "/a/3.html", "Clinic works through the night")
    server.routes["/feed.xml"] = Route(
        rss([("g3", three, "three"), ("g1", one, "one renamed"), ("g2", two, "two")]),
        "application/rss+xml",
        etag='"v2"',
    )
    clock.advance(61)
    changed = _round(store, spec, clock, 4)
    assert (changed.new_items, changed.stored, changed.duplicates) == (1, 1, 0)
    assert [server.hits(f"/a/{n}.html") for n in (1, 2, 3)] == [1, 1, 1]

    # A restart (a new Store on the same database) knows every item already.
    with Store.open(sqlite_settings) as reopened:
        clock.advance(61)
        server.routes["/feed.xml"].etag = '"v3"'
        again = _round(reopened, spec, clock, 5)
        assert (again.feeds_polled, again.new_items) == (1, 0)
        assert len(item_documents(reopened)) == 3
        assert reopened.verify().ok
    state = feed_state(store, server.base + "/feed.xml")
    assert state is not None and state.items == 3 and state.etag == '"v3"'
    assert "1 feeds polled (0 not modified, 0 failed), 0 new items" in again.line()


def test_500_backs_off_then_recovers(server: FeedServer, store: Store) -> None:
    url = server.base + "/broken.xml"
    server.routes["/broken.xml"] = Route(b"oops", "text/plain", status=500)
    spec, clock = _spec(url), Clock()
    report = _round(store, spec, clock, 1)
    assert report.feed_failures == 1 and "HTTP 500" in report.errors[0]
    state = feed_state(store, url)
    assert state is not None and state.failures == 1 and state.last_success is None
    assert state.next_poll is not None and state.next_poll - clock() >= timedelta(seconds=60)
    clock.advance(61)
    assert _round(store, spec, clock, 2).feed_failures == 1
    state = feed_state(store, url)
    assert state is not None and state.failures == 2
    assert state.next_poll is not None and state.next_poll - clock() >= timedelta(seconds=120)

    page = _page(server, "/b/1.html", "Volunteers rebuild a bridge")
    server.routes["/broken.xml"] = Route(rss([("b1", page, "b1")]), "application/rss+xml")
    clock.advance(60)
    assert _round(store, spec, clock, 3).feeds_polled == 0  # still backing off
    clock.advance(61)
    recovered = _round(store, spec, clock, 4)
    assert (recovered.feed_failures, recovered.stored) == (0, 1)
    state = feed_state(store, url)
    assert state is not None and state.failures == 0 and state.last_success == clock()
    assert state.last_error is not None and "HTTP 500" in state.last_error


def test_slow_host_is_bounded_and_others_go_on(server: FeedServer, store: Store) -> None:
    fine = _page(server, "/c/1.html", "Tents arrive in the valley")
    server.routes["/fine.xml"] = Route(rss([("c1", fine, "c1")]), "application/rss+xml")
    with serve() as slow:
        slow.routes["/slow.xml"] = Route(rss([]), "application/rss+xml", delay_s=3.0)
        spec = _spec(slow.base + "/slow.xml", server.base + "/fine.xml")
        report = _round(store, spec, Clock(), 1, timeout_s=0.5)
    assert report.feed_failures == 1 and "timed out" in report.errors[0]
    assert report.stored == 1


def test_malformed_feed_is_an_error_naming_it(server: FeedServer, store: Store) -> None:
    server.routes["/bad.xml"] = Route(b"<html><body>not a feed at all<p>", "text/html")
    server.routes["/binary.xml"] = Route(bytes(range(256)) * 4, "application/rss+xml")
    report = _round(store, _spec(server.base + "/bad.xml", server.base + "/binary.xml"), Clock(), 1)
    assert report.feed_failures == 2
    assert all("RSS/Atom feed" in e for e in report.errors), report.errors
    assert store.stats()["documents"] == 0


def test_page_over_the_cap_fails_and_is_retried_a_bounded_number_of_times(
    server: FeedServer, store: Store
) -> None:
    big = _page(server, "/d/big.html", "A very long report", size=40)
    assert len(server.routes["/d/big.html"].body) > 20_000
    small = _page(server, "/d/small.html", "A short report")
    server.routes["/cap.xml"] = Route(
        rss([("big", big, "big"), ("small", small, "small")]), "application/rss+xml"
    )
    spec, clock = _spec(server.base + "/cap.xml"), Clock()
    report = _round(store, spec, clock, 1, max_page_bytes=20_000)
    assert (report.stored, report.item_failures) == (1, 1)
    assert any("20,000 bytes" in e for e in report.errors)
    for number in range(2, 6):
        clock.advance(61)
        _round(store, spec, clock, number, max_page_bytes=20_000)
    assert server.hits("/d/big.html") == 3  # MAX_ITEM_ATTEMPTS, then left alone
    assert server.hits("/d/small.html") == 1


def test_robots_disallow_is_respected(server: FeedServer, store: Store) -> None:
    hidden = _page(server, "/private/1.html", "Not for crawlers")
    shown = _page(server, "/public/1.html", "Open to all")
    server.routes["/mixed.xml"] = Route(
        rss([("p1", hidden, "hidden"), ("p2", shown, "shown")]), "application/rss+xml"
    )
    report = _round(store, _spec(server.base + "/mixed.xml"), Clock(), 1)
    assert (report.stored, report.item_failures) == (1, 1)
    assert "robots.txt" in " ".join(report.errors)
    assert server.hits("/private/1.html") == 0
    assert server.hits("/robots.txt") == 1


def test_robots_5xx_means_nothing_is_fetched(server: FeedServer, store: Store) -> None:
    server.routes["/robots.txt"] = Route(b"down", "text/plain", status=503)
    page = _page(server, "/e/1.html", "A page")
    server.routes["/e.xml"] = Route(rss([("e1", page, "e1")]), "application/rss+xml")
    report = _round(store, _spec(server.base + "/e.xml"), Clock(), 1)
    assert report.stored == 0 and server.hits("/e/1.html") == 0


def test_feeds_file_errors_name_the_field(tmp_path: Path) -> None:
    from warledger.errors import InputError
    from warledger.watch.feeds_file import read_feeds_file

    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - url: ftp://example.invalid/feed\n")
    with pytest.raises(InputError, match=r"feeds\.0\.url.*not an http"):
        read_feeds_file(bad)
    bad.write_text("feeds:\n  - url: http://a.invalid/f\n  - url: http://a.invalid/f\n")
    with pytest.raises(InputError, match="more than once"):
        read_feeds_file(bad)
    good = tmp_path / "good.yaml"
    good.write_text("min_delay_s: 2\nfeeds:\n  - url: http://a.invalid/f\n    interval_s: 30\n")
    parsed = read_feeds_file(good)
    assert parsed.min_delay_s == 2 and parsed.feeds[0].host == "http://a.invalid"


def test_host_gate_spaces_requests_and_backoff_grows() -> None:
    from warledger.watch.polite import BACKOFF_MAX_S, HostGate, backoff_until

    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    gate = HostGate("http://a.invalid", 5.0, sleep=sleep, clock=lambda: now[0])
    with gate.turn():
        pass
    now[0] += 2.0
    with gate.turn():
        pass
    with gate.turn():
        pass
    assert slept == [3.0, 5.0]
    at = datetime(2026, 1, 1, tzinfo=UTC)
    waits = [(backoff_until(at, n, 30) - at).total_seconds() for n in range(5)]
    assert waits == [30, 60, 120, 240, 480]
    assert (backoff_until(at, 40, 30) - at).total_seconds() == BACKOFF_MAX_S


def test_feed_entries_give_title_and_date() -> None:
    from warledger.watch.rounds import parse_feed

    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Invented</title><id>urn:x</id><updated>2026-05-04T10:00:00Z</updated>"
        b"<entry><id>urn:item:1</id><title>Ferry resumes</title>"
        b'<link href="https://a.invalid/1"/><updated>2026-05-04T09:30:00Z</updated></entry>'
        b'<entry><id>urn:item:2</id><title>No link</title><link href="mailto:x@a.invalid"/>'
        b"<updated>2026-05-04T09:00:00Z</updated></entry></feed>"
    )
    entries, error = parse_feed("https://a.invalid/atom", atom)
    assert error is None and len(entries) == 1
    assert entries[0].guid == "urn:item:1" and entries[0].title == "Ferry resumes"
    assert entries[0].published == datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
