"""``server.create_app`` serves the API and the pages from one app, while ``api`` and
``web`` load without each other (each reads through ``warledger.query``)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from warledger.config import Settings
from warledger.server import create_app


def test_one_app_serves_the_api_and_the_pages(sqlite_settings: Settings) -> None:
    with TestClient(create_app(sqlite_settings, public_read=True)) as client:
        health = client.get("/api/health").json()
        assert (health["status"], health["documents"], health["claims"]) == ("ok", 0, 0)
        answers = {
            path: client.get(path).headers["content-type"].split(";")[0]
            for path in ("/api/incidents", "/api/export.csv", "/incidents", "/map/data")
        }
        assert answers == {
            "/api/incidents": "application/json",
            "/api/export.csv": "text/csv",
            "/incidents": "text/html",
            "/map/data": "application/json",
        }


@pytest.mark.parametrize(
    ("loaded", "absent"),
    [("warledger.api.app", "warledger.web"), ("warledger.web", "warledger.api")],
)
def test_api_and_web_load_without_each_other(loaded: str, absent: str) -> None:
    script = (
        f"import sys, {loaded}; "
        f"found = [m for m in sys.modules if m.split('.')[:2] == {absent.split('.')!r}]; "
        "print(found); sys.exit(1 if found else 0)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
