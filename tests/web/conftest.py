"""Fixtures for the web pages: a store built from invented reports, a real server, a browser.

The store holds ``tests/web/reports.jsonl`` (invented reports about fighting near real
towns, so the gazetteer gives them coordinates, one located only to a country, and one
hostile document whose title and text carry ``<script>`` and ``<b>`` tags) plus the
three reports of ``tests/api/reports.jsonl`` (an invented town with no coordinates), all
extracted and resolved into incidents.

``web_server`` runs ``warledger serve`` in a subprocess on a free 127.0.0.1 port over that
store, exactly as a user would, and waits for /api/health. ``browser_page`` is a
Playwright page in Debian's chromium (never a downloaded browser) that records every
dialog a script opens, so a test can assert that none did. These fixtures are shared
with the review-queue tests (``test_review*.py``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from required_parts import missing
from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.resolve.incident_run import resolve_incidents
from warledger.server import create_app
from warledger.store import Store
from warledger.store.tokens import ROLES, create_token

HERE = Path(__file__).resolve().parent
REPORTS = [HERE / "reports.jsonl", HERE.parent / "api" / "reports.jsonl"]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = HERE.parent.parent / "test-artifacts" / "screenshots"
STARTUP_SECONDS = 60


def build_store(settings: Settings, reports: list[Path]) -> None:
    """Ingest ``reports`` into the store ``settings`` names and resolve incidents."""
    with Store.open(settings) as store:
        with DocumentExtractor(1) as extractor:
            summary = ingest(store, reports, None, settings, extractor)
        assert summary.failed == 0, summary.errors
        resolve_incidents(store)


@pytest.fixture
def store_builder() -> Callable[[Settings, list[Path]], None]:
    """``build_store`` for tests that fill a store of their own (PostgreSQL)."""
    return build_store


@pytest.fixture(scope="session")
def web_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A SQLite store filled from the invented reports, shared by the whole session."""
    root = tmp_path_factory.mktemp("web")
    settings = Settings(database_url=f"sqlite:///{root / 'web.db'}", blob_dir=root / "blobs")
    build_store(settings, REPORTS)
    return settings


@pytest.fixture(scope="session")
def tokens(web_settings: Settings) -> dict[str, str]:
    """role -> a token secret of that role (reader, analyst, admin)."""
    with Store.open(web_settings) as store:
        return {role: create_token(store, role, f"web test {role}")[1] for role in ROLES}


@pytest.fixture(scope="session")
def client(web_settings: Settings) -> Iterator[TestClient]:
    """An in-process client of the app (not public: pages need a token)."""
    with TestClient(create_app(web_settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def public_client(web_settings: Settings) -> Iterator[TestClient]:
    """An in-process client of the same store served with ``public_read``."""
    with TestClient(create_app(web_settings, public_read=True)) as test_client:
        yield test_client


@pytest.fixture
def signed_in(client: TestClient, tokens: dict[str, str]) -> Callable[[str], dict[str, str]]:
    """Cookies of a browser signed in with the given role."""
    return lambda role: {"warledger_token": tokens[role]}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def web_server(web_settings: Settings, tokens: dict[str, str]) -> Iterator[str]:
    """Base URL of ``warledger serve`` running over the session's store."""
    port = _free_port()
    command = [
        str(Path(sys.executable).parent / "warledger"),
        "--db",
        web_settings.database_url,
        "--blobs",
        str(web_settings.blob_dir),
        "serve",
        "--port",
        str(port),
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if server.poll() is not None:
                output = server.stdout.read().decode() if server.stdout else ""
                pytest.fail(f"warledger serve exited with {server.returncode}:\n{output}")
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"warledger serve did not answer on {base} in {STARTUP_SECONDS} s")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright; skips only when it is not installed
    (fails under ``WARLEDGER_REQUIRE_CHROMIUM=1``)."""
    if not CHROMIUM.exists():
        missing("CHROMIUM", f"{CHROMIUM} is not installed (CI installs Debian's chromium with apt)")
    try:
        from playwright import sync_api
    except ImportError as exc:
        missing("CHROMIUM", f"playwright is not installed: {exc}")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def browser_page(browser: Any, web_server: str) -> Iterator[Any]:
    """A fresh page (own cookies) with ``page.dialogs``: every dialog a script opened.

    Dialogs are dismissed as they come, and the test can assert the list is empty.
    """
    context = browser.new_context(base_url=web_server, viewport={"width": 1360, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def sign_in() -> Callable[[Any, str], None]:
    """``sign_in(page, secret)``: sign the browser in through the /login form."""

    def go(page: Any, secret: str) -> None:
        page.goto("/login")
        page.fill("input[name=token]", secret)
        page.click("form.stack button[type=submit]")
        page.wait_for_load_state()
        assert page.locator("header.site .who code").count() == 1, "sign-in failed"

    return go


@pytest.fixture
def screenshot() -> Callable[[Any, str], Path]:
    """``screenshot(page, name)``: save the whole page to test-artifacts/screenshots/."""

    def take(page: Any, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
