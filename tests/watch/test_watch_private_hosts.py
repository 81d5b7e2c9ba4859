"""Feed items that point at our own network are refused one by one; the round goes on."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from tests.watch.feed_server import FeedServer, Route, article, rss, serve

from warledger.config import Settings
from warledger.store import Store
from warledger.store.feeds import seen_items
from warledger.watch.feeds_file import FeedsFile, FeedSpec
from warledger.watch.fetching import USER_AGENT, make_client
from warledger.watch.rounds import item_key, run_round

WIRE = "http://wire.invented.org"
PUBLIC = "93.184.216.34"
STORY = [
    "Ferry crossings on the invented Lorun river resumed on Monday after a week of storms "
    "that had kept every boat tied up at the eastern landing.",
    "Harbour staff said the first crossing carried grain, two ambulances and a school choir "
    "returning from a regional competition in the lowland towns.",
]
HOSTILE = {
    "loop": "http://127.0.0.1:8080/admin",
    "lan": "http://10.20.30.40/router/config",
    "meta": "http://169.254.169.254/latest/meta-data/",
    "bounce": f"{WIRE}/bounce",
}


@pytest.fixture
def store(sqlite_settings: Settings) -> Iterator[Store]:
    with Store.open(sqlite_settings) as opened:
        yield opened


def _wire(reached: list[str]) -> httpx.MockTransport:
    """A public-looking outlet whose feed mixes one story with links into private networks."""
    items = [("ok", f"{WIRE}/ferry.html", "ferry")] + [(k, u, k) for k, u in HOSTILE.items()]

    def answer(request: httpx.Request) -> httpx.Response:
        reached.append(str(request.url))
        path = request.url.path
        if path == "/feed.xml":
            return httpx.Response(200, content=rss(items), headers={"content-type": "text/xml"})
        if path == "/ferry.html":
            body = article("Ferries run again", ["Ferries run again.", *STORY])
            return httpx.Response(200, content=body, headers={"content-type": "text/html"})
        if path == "/bounce":
            return httpx.Response(302, headers={"location": HOSTILE["meta"] + "iam"})
        return httpx.Response(404)

    return httpx.MockTransport(answer)


def test_private_items_are_refused_and_the_round_goes_on(store: Store) -> None:
    from warledger.ingest.hosts import HostGuard

    reached: list[str] = []

    def resolve(host: str) -> list[str]:
        return [PUBLIC] if host == "wire.invented.org" else [host]

    client = httpx.Client(
        transport=HostGuard(_wire(reached), resolve=resolve),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )
    spec = FeedsFile(min_delay_s=0, feeds=[FeedSpec(url=f"{WIRE}/feed.xml", interval_s=60)])
    with client:
        report = run_round(
            store, spec, client, 1, max_page_bytes=100_000, resolve=False, sleep=lambda _s: None
        )
    assert (report.new_items, report.stored, report.item_failures) == (5, 1, 4)
    errors = {e.split(": ")[0]: e for e in report.errors}
    assert "host 127.0.0.1 is a loopback address" in errors[HOSTILE["loop"]]
    assert "host 10.20.30.40 is a private address" in errors[HOSTILE["lan"]]
    assert "host 169.254.169.254 is a link-local address" in errors[HOSTILE["meta"]]
    assert "host 169.254.169.254 is a link-local address" in errors[HOSTILE["bounce"]]
    assert all(u.startswith(WIRE) for u in reached)  # nothing private was ever asked
    seen = seen_items(store, [item_key(k, u) for k, u in HOSTILE.items()])
    assert {s.status for s in seen.values()} == {"refused"}  # not retried next round


def test_the_default_client_refuses_a_local_feed(store: Store) -> None:
    with serve() as server:
        server.routes["/feed.xml"] = Route(rss([]), "application/rss+xml")
        spec = FeedsFile(min_delay_s=0, feeds=[FeedSpec(url=server.base + "/feed.xml")])
        with make_client(5.0) as client:
            report = run_round(store, spec, client, 1, max_page_bytes=1000, resolve=False)
        assert report.feed_failures == 1
        assert "is a loopback address" in report.errors[0]
        assert "--allow-private-hosts" in report.errors[0]
        assert _hits(server) == 0


def _hits(server: FeedServer) -> int:
    with server.lock:
        return len(server.requests)
