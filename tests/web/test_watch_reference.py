"""Feeds watched into a store, a reference file linked to what they became, and the pages
that show both: the CLI (``watch --once``, ``feeds``, ``reference load`` / ``compare``),
the pages in-process (escaping included) and in a real browser against ``warledger serve``.

Everything is invented: two outlets' pages about a shelling in Kharkiv served by a local
HTTP server, and ACLED / UCDP GED rows written here in the datasets' column layouts.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.watch.feed_server import Route, article, rss, serve
from typer.testing import CliRunner

from warledger.cli import app
from warledger.config import Settings
from warledger.model import Incident
from warledger.server import create_app
from warledger.store import Store
from warledger.store.incidents import stored_incidents
from warledger.store.tokens import create_token

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp"
)
PAGES = {
    "/news/market.html": (
        "Shells strike Kharkiv market",
        [
            "KHARKIV - Shells struck the covered market in Kharkiv on 4 May 2026, killing five "
            "civilians and wounding eleven, the city's mayor said.",
            "The mayor said the shelling began shortly after stalls opened and that rescue "
            "crews searched the damaged hall until the evening.",
        ],
    ),
    "/news/market-followup.html": (
        "Market shelling toll",
        [
            "Five people were killed when shells hit a market in Kharkiv on 4 May 2026, "
            "regional police said in a statement.",
            "Police said eleven people were wounded and that the market would stay closed.",
        ],
    ),
}


@pytest.fixture(scope="module")
def watched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A store filled by ``warledger watch --once`` from the local server, plus reference
    files whose first rows describe the incident it produced."""
    root = tmp_path_factory.mktemp("watched")
    db = str(root / "watched.db")
    runner = CliRunner()
    with serve() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", "text/plain")
        items = [(path, server.base + path, title) for path, (title, _) in PAGES.items()]
        for path, (title, paragraphs) in PAGES.items():
            server.routes[path] = Route(article(title, paragraphs))
        server.routes["/feed.xml"] = Route(rss(items), "application/rss+xml", etag='"1"')
        server.routes["/down.xml"] = Route(b"nope", "text/plain", status=500)
        feeds = root / "feeds.yaml"
        feeds.write_text(
            "min_delay_s: 0\nfeeds:\n"
            f"  - url: {server.base}/feed.xml\n    outlet: northline-gazette\n"
            f"  - url: {server.base}/down.xml?<b>bold</b>\n    outlet: river-daily\n"
        )
        # The test server is on 127.0.0.1, which watch refuses unless told otherwise.
        local = ["--db", db, "--allow-private-hosts", "watch", str(feeds), "--once"]
        result = runner.invoke(app, local)
        first = result.output
        again = runner.invoke(app, local)
    settings = Settings(database_url=f"sqlite:///{db}", blob_dir=root / "watched.blobs")
    with Store.open(settings) as store:
        incidents = [i for i, _ in stored_incidents(store) if i.place and i.place.name == "Kharkiv"]
        reader = create_token(store, "reader", "watch test")[1]
    yield {
        "db": db,
        "root": root,
        "settings": settings,
        "first": first,
        "first_code": result.exit_code,
        "again": again.output,
        "incidents": incidents,
        "reader": reader,
    }


def _acled(path: Path, incident: Incident) -> None:
    assert incident.place and incident.place.latitude is not None and incident.date_start
    near = f"{incident.place.latitude + 0.05:.4f},{incident.place.longitude:.4f}"
    day = incident.date_start.isoformat()
    rows = [
        f"XUA1,{day},2026,1,Political violence,Explosions/Remote violence,"
        f"Shelling/artillery/missile attack,Invented Corps,,1,Civilians (Ukraine),,7,17,"
        f"Civilian targeting,804,Europe,Ukraine,Kharkiv,,,Kharkiv,{near},1,Invented,National,"
        "Invented note,4,,1760000000",
        f"XUA2,{day},2026,1,Demonstrations,Protests,Peaceful protest,Protesters (Ukraine),,6,,,0,"
        f"60,,804,Europe,Ukraine,Kharkiv,,,Kharkiv,{near},1,Invented,National,Invented,0,,1",
        "XUA3,2026-01-10,2026,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,804,Europe,"
        "Ukraine,Kharkiv,,,Kharkiv,49.99,36.23,1,Invented,National,Invented,2,,1",
    ]
    path.write_text(ACLED_HEADER + "\n" + "\n".join(rows) + "\n")


def test_watch_once_round_line_and_restart(watched: dict[str, Any]) -> None:
    assert watched["first_code"] == 0, watched["first"]
    assert (
        "round 1: 2 feeds polled (0 not modified, 1 failed), 2 new items (2 stored"
        in (watched["first"])
    )
    assert "HTTP 500" in watched["first"]
    # Run again at once (as cron would): no feed is due yet, nothing is fetched twice.
    assert "round 1: 0 feeds polled" in watched["again"] and "0 new items" in watched["again"]
    assert watched["incidents"], "the two reports should resolve into a Kharkiv incident"


def test_feeds_command_and_verify(watched: dict[str, Any]) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["--db", watched["db"], "feeds"], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    assert "feed.xml" in shown.output and "HTTP 500" in shown.output
    verified = runner.invoke(app, ["--db", watched["db"], "verify"])
    assert verified.exit_code == 0, verified.output


def test_reference_load_compare_and_pages(watched: dict[str, Any]) -> None:
    incident = watched["incidents"][0]
    acled = watched["root"] / "acled.csv"
    _acled(acled, incident)
    runner = CliRunner()
    db = watched["db"]
    loaded = runner.invoke(app, ["--db", db, "reference", "load", str(acled), "--format", "acled"])
    assert loaded.exit_code == 0, loaded.output
    assert "loaded 3 acled events from acled.csv" in loaded.output
    out = watched["root"] / "compare.csv"
    compared = runner.invoke(app, ["--db", db, "reference", "compare", "--csv", str(out)])
    assert compared.exit_code == 0, compared.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    month = incident.date_start.strftime("%Y-%m")
    ua = {r["month"]: r for r in rows if r["country"] == "UA"}
    assert ua[month]["incidents_matched"] == "1"
    assert ua[month]["reference_unmatched"] == "1"  # the protest: no protest incident
    assert ua["2026-01"]["reference_unmatched"] == "1"  # months away from anything
    assert int(ua[month]["reference_fatalities_matched"]) == 4
    assert int(ua[month]["fatality_difference"]) == (incident.killed.best or 0) - 4
    assert runner.invoke(app, ["--db", db, "verify"]).exit_code == 0

    with TestClient(create_app(watched["settings"], public_read=True)) as client:
        page = client.get(f"/incidents/{incident.id}")
        assert page.status_code == 200
        assert 'data-reference="acled:XUA1"' in page.text
        assert "acled:XUA2" not in page.text  # a protest is not a shelling
        feeds = client.get("/feeds")
        assert "feed.xml" in feeds.text
        assert "&lt;b&gt;bold&lt;/b&gt;" in feeds.text and "<b>bold</b>" not in feeds.text
        chart = client.get("/reference")
        assert chart.status_code == 200 and "<svg" in chart.text
        assert client.get("/reference.csv").text.startswith("month,country,incidents,")
        assert client.get("/reference?dataset=<x>").status_code == 400


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.slow
def test_browser_feeds_page_and_matched_incident(watched: dict[str, Any], browser: Any) -> None:
    incident = watched["incidents"][0]
    acled = watched["root"] / "acled-browser.csv"
    _acled(acled, incident)
    CliRunner().invoke(
        app, ["--db", watched["db"], "reference", "load", str(acled), "--format", "acled"]
    )
    port = _free_port()
    command = [
        str(Path(sys.executable).parent / "warledger"),
        "--db",
        watched["db"],
        "--blobs",
        str(watched["settings"].blob_dir),
        "serve",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ}
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        context = browser.new_context(base_url=base)
        try:
            page = context.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto("/login")
            page.fill("input[name=token]", watched["reader"])
            page.click("form.stack button[type=submit]")
            page.wait_for_load_state()
            page.goto("/feeds")
            assert page.locator("#feeds tbody tr").count() == 2
            assert page.locator("#feeds tr.failing").count() == 1
            assert "<b>bold</b>" in page.locator("#feeds tr.failing").inner_text()
            page.goto(f"/incidents/{incident.id}")
            matches = page.locator("#reference-matches tbody tr")
            assert matches.count() == 1
            assert "acled:XUA1" in matches.first.inner_text()
            page.goto("/reference")
            assert page.locator("#reference-chart rect").count() >= 3
            assert dialogs == []
        finally:
            context.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
