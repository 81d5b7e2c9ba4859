"""``warledger watch`` as a process: a round line per round, and a clean stop on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.watch.feed_server import Route, article, rss, serve


def test_sigterm_stops_the_watcher_cleanly(tmp_path: Path) -> None:
    with serve() as server:
        server.routes["/robots.txt"] = Route(b"", "text/plain", status=404)
        page = server.base + "/p/1.html"
        server.routes["/p/1.html"] = Route(
            article("A ferry resumes service", ["The invented ferry line sailed again today."] * 5)
        )
        server.routes["/feed.xml"] = Route(rss([("p1", page, "p1")]), "application/rss+xml")
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"min_delay_s: 0\nfeeds:\n  - url: {server.base}/feed.xml\n")
        command = [
            str(Path(sys.executable).parent / "warledger"),
            "--db",
            str(tmp_path / "w.db"),
            "--allow-private-hosts",  # the test server is on 127.0.0.1
            "watch",
            str(feeds),
            "--no-extract",
            "--no-resolve",
        ]
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        assert process.stderr is not None
        lines = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            lines.append(line)
            if line.startswith("round 1:"):
                break
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=60)
    assert process.returncode == 0, "".join(lines) + rest
    assert any("1 new items (1 stored" in line for line in lines), lines
    assert "SIGTERM: stopping" in rest and "watch stopped after 1 round" in rest


def test_a_bad_feeds_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warledger.cli import app

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds: []\n")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "w.db"), "watch", str(feeds)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "feeds.yaml: feeds: List should have at least 1 item" in result.output
