"""Every HTML response can't be framed and carries the CSP; /login refuses another site's
POST; failed sign-ins are throttled per client (issue 12, item 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient

from warledger.api.throttle import ThrottleFailedAuth
from warledger.config import Settings
from warledger.server import create_app
from warledger.web.headers import CONTENT_SECURITY_POLICY


@pytest.fixture
def own_client(web_settings: Settings) -> Iterator[TestClient]:
    """A client on an app of its own, so its failed sign-ins count for no other test."""
    with TestClient(create_app(web_settings)) as test_client:
        yield test_client


def _framing_refused(headers: dict[str, str] | object) -> bool:
    csp = headers["content-security-policy"]  # type: ignore[index]
    return csp == CONTENT_SECURITY_POLICY and "frame-ancestors 'none'" in csp


def test_login_and_denied_pages_carry_the_csp(
    own_client: TestClient, tokens: dict[str, str]
) -> None:
    login = own_client.get("/login")
    assert login.status_code == 200 and _framing_refused(login.headers)
    assert login.headers["x-frame-options"] == "DENY"
    failed = own_client.post("/login", data={"token": "wl_nope_nope"})
    assert failed.status_code == 401 and _framing_refused(failed.headers)
    own_client.cookies.set("warledger_token", tokens["reader"])
    denied = own_client.get("/review")
    assert denied.status_code == 403 and "text/html" in denied.headers["content-type"]
    assert _framing_refused(denied.headers)
    api = own_client.get("/api/health")
    assert "content-security-policy" not in api.headers  # JSON is not rendered


def test_login_refuses_a_cross_origin_post(own_client: TestClient, tokens: dict[str, str]) -> None:
    form = {"token": tokens["reader"], "next": "/"}
    other = own_client.post(
        "/login", data=form, headers={"Origin": "https://elsewhere.example"}, follow_redirects=False
    )
    assert other.status_code == 403 and "set-cookie" not in other.headers
    fetched = own_client.post(
        "/login", data=form, headers={"Sec-Fetch-Site": "cross-site"}, follow_redirects=False
    )
    assert fetched.status_code == 403
    same = own_client.post(
        "/login", data=form, headers={"Origin": "http://testserver"}, follow_redirects=False
    )
    assert same.status_code == 303 and "warledger_token=" in same.headers["set-cookie"]


def test_failed_authentication_is_throttled_with_retry_after() -> None:
    now = [1000.0]
    app = FastAPI()

    @app.get("/guarded")
    def guarded(key: str = "") -> dict[str, str]:
        if key != "right":
            raise HTTPException(401, "wrong key")
        return {"ok": "yes"}

    app.add_middleware(ThrottleFailedAuth, max_failures=3, window_s=60.0, clock=lambda: now[0])
    with TestClient(app) as client:
        assert client.get("/guarded", params={"key": "right"}).status_code == 200
        assert [client.get("/guarded").status_code for _ in range(3)] == [401, 401, 401]
        now[0] += 10
        blocked = client.get("/guarded", params={"key": "right"})
        assert blocked.status_code == 429 and blocked.headers["retry-after"] == "50"
        now[0] += 50
        assert client.get("/guarded", params={"key": "right"}).status_code == 200


def test_the_server_throttles_guessed_tokens(web_settings: Settings) -> None:
    with TestClient(create_app(web_settings)) as client:
        guesses = [
            client.get("/api/claims", headers={"Authorization": f"Bearer wl_{i:016x}_guess"})
            for i in range(60)
        ]
        codes = [r.status_code for r in guesses]
        assert codes[:50] == [401] * 50 and set(codes[50:]) == {429}
        assert int(guesses[-1].headers["retry-after"]) > 0
