"""Tokens and roles: 401 without a token, 403 below the role, reviews into the ledger."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from fastapi import HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials
from fastapi.testclient import TestClient
from sqlalchemy import select

from warledger.api.auth import require
from warledger.config import Settings
from warledger.server import create_app
from warledger.store import Store
from warledger.store.schema import api_tokens
from warledger.store.tokens import create_token, list_tokens, revoke_token

Bearer = Callable[[str], dict[str, str]]


def _review(claim_id: str) -> dict[str, object]:
    return {
        "target_kind": "claim",
        "target_id": claim_id,
        "action": "accept",
        "analyst": "a.tester",
        "note": "matches the second report",
    }


def test_missing_token_is_401_with_how_to(client: TestClient) -> None:
    response = client.get("/api/claims")
    assert response.status_code == 401
    assert "warledger tokens create" in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"
    wrong = client.get("/api/claims", headers={"Authorization": "Bearer wl_nope_nope"})
    assert wrong.status_code == 401 and "unknown or revoked" in wrong.json()["detail"]
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_reader_cannot_review(client: TestClient, store: Store, reader: dict) -> None:
    claim = next(iter(store.iter_claims()))
    before = len(list(store.ledger()))
    response = client.post("/api/reviews", json=_review(claim.id), headers=reader)
    assert response.status_code == 403 and "analyst" in response.json()["detail"]
    assert len(list(store.ledger())) == before


def test_analyst_review_is_a_ledger_entry(client: TestClient, store: Store, bearer: Bearer) -> None:
    claim = next(iter(store.iter_claims()))
    analyst = bearer("analyst")
    response = client.post("/api/reviews", json=_review(claim.id), headers=analyst)
    assert response.status_code == 201, response.text
    entry = response.json()
    assert entry["kind"] == "review" and entry["subject_id"] == claim.id
    listed = client.get("/api/ledger", params={"since": entry["seq"] - 1}, headers=analyst)
    assert listed.json()["items"] == [entry]
    assert store.verify().ok
    bad = client.post("/api/reviews", json={"target_kind": "claim"}, headers=analyst)
    assert bad.status_code == 422


def test_roles_form_a_ladder(client: TestClient, bearer: Bearer) -> None:
    """A role admits every role above it and none below: reader < analyst < admin."""
    reader, analyst, admin = bearer("reader"), bearer("analyst"), bearer("admin")
    for headers in (reader, analyst, admin):
        assert client.get("/api/documents", headers=headers).status_code == 200
    assert client.get("/api/tokens", headers=admin).status_code == 200
    for headers, role in ((reader, "reader"), (analyst, "analyst")):
        refused = client.get("/api/tokens", headers=headers)
        assert refused.status_code == 403
        detail = refused.json()["detail"]
        assert detail.startswith("this needs the admin role; token ")
        assert detail.endswith(f" has role {role}")
    # An anonymous request is refused even where a reader would do, unless reads are public.
    assert client.get("/api/documents").status_code == 401


def test_require_refuses_an_unknown_role() -> None:
    with pytest.raises(ValueError, match=r"unknown role 'root': one of reader, analyst, admin$"):
        require("root")


def test_require_builds_a_per_request_check(store: Store) -> None:
    """The dependency itself, called as FastAPI calls it: a request and its credentials."""
    app = SimpleNamespace(state=SimpleNamespace(public_read=True, store=store))
    request = Request({"type": "http", "app": app, "headers": []})
    assert require("reader")(request, None) is None  # public reads
    with pytest.raises(HTTPException) as refused:
        require("analyst")(request, None)
    assert refused.value.status_code == 401
    info, secret = create_token(store, "analyst", "direct check")
    credentials = HTTPAuthorizationCredentials(scheme="Bearer", credentials=secret)
    caller = require("analyst")(request, credentials)
    assert caller is not None and (caller.id, caller.role) == (info.id, "analyst")
    with pytest.raises(HTTPException) as below:
        require("admin")(request, credentials)
    assert below.value.status_code == 403


def test_secret_is_stored_only_as_its_hash(store: Store) -> None:
    info, secret = create_token(store, "reader", "hash check")
    with store.engine.connect() as conn:
        row = conn.execute(select(api_tokens).where(api_tokens.c.id == info.id)).one()
    assert secret.split("_", 2)[2] not in str(tuple(row))
    assert len(row.secret_sha256) == 64


def test_revoked_token_is_refused(client: TestClient, store: Store) -> None:
    info, secret = create_token(store, "reader", "to revoke")
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/documents", headers=headers).status_code == 200
    assert revoke_token(store, info.id)
    assert client.get("/api/documents", headers=headers).status_code == 401
    assert next(t for t in list_tokens(store) if t.id == info.id).revoked


def test_only_admin_manages_tokens(client: TestClient, bearer: Bearer) -> None:
    analyst = bearer("analyst")
    assert client.get("/api/tokens", headers=analyst).status_code == 403
    admin = bearer("admin")
    made = client.post("/api/tokens", json={"role": "reader", "label": "x"}, headers=admin)
    assert made.status_code == 201
    new = made.json()
    headers = {"Authorization": f"Bearer {new['secret']}"}
    assert client.get("/api/documents", headers=headers).status_code == 200
    listed = client.get("/api/tokens", headers=admin).json()
    assert new["token"]["id"] in {t["id"] for t in listed}
    assert all("secret" not in t for t in listed)
    assert client.delete(f"/api/tokens/{new['token']['id']}", headers=admin).status_code == 204
    assert client.get("/api/documents", headers=headers).status_code == 401
    bad_role = client.post("/api/tokens", json={"role": "root"}, headers=admin)
    assert bad_role.status_code == 422


def test_public_read_lets_anonymous_gets_through(loaded: tuple[Settings, Store]) -> None:
    settings, store = loaded
    claim = next(iter(store.iter_claims()))
    with TestClient(create_app(settings, public_read=True)) as anonymous:
        assert anonymous.get("/api/documents").status_code == 200
        assert anonymous.get(f"/api/claims/{claim.id}").json()["id"] == claim.id
        assert anonymous.post("/api/reviews", json=_review(claim.id)).status_code == 401
        assert anonymous.get("/api/tokens").status_code == 401


def test_openapi_documents_the_routes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/claims", "/api/incidents", "/api/reviews", "/api/search"} <= paths
    page = schema["paths"]["/api/claims"]["get"]["responses"]["200"]["content"]
    assert page["application/json"]["schema"]["$ref"].endswith("/ClaimPage")
