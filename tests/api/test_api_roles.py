"""``require(role)`` on its own, every needed role against every caller: a probe route is
built at test time around the dependency (the API's routes are built at import), on a real
store with real tokens, so each answer and message of the role check is asserted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from warledger.api.auth import HOW_TO_GET_A_TOKEN, Caller, require
from warledger.config import Settings
from warledger.store import Store
from warledger.store.tokens import ROLES, TokenInfo, create_token, revoke_token

Tokens = dict[str, tuple[TokenInfo, str]]


@pytest.fixture
def tokens(sqlite_settings: Settings) -> Iterator[tuple[Store, Tokens]]:
    with Store.open(sqlite_settings) as store:
        yield store, {role: create_token(store, role, f"probe {role}") for role in ROLES}


def probe(store: Store, role: str, *, public_read: bool) -> TestClient:
    """An app with one route guarded by ``require(role)``; it answers with the caller."""
    app = FastAPI()
    app.state.store = store
    app.state.public_read = public_read

    @app.get("/probe")
    def guarded(caller: Caller = Depends(require(role))) -> dict[str, str | None]:  # noqa: B008
        return {"token": caller.id if caller else None, "role": caller.role if caller else None}

    return TestClient(app)


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.mark.parametrize("public_read", [False, True])
@pytest.mark.parametrize("needed", ROLES)
def test_each_role_admits_itself_and_the_roles_above(
    tokens: tuple[Store, Tokens], needed: str, public_read: bool
) -> None:
    store, made = tokens
    client = probe(store, needed, public_read=public_read)
    for role, (info, secret) in made.items():
        response = client.get("/probe", headers=bearer(secret))
        if ROLES.index(role) >= ROLES.index(needed):
            assert response.status_code == 200, (needed, role)
            assert response.json() == {"token": info.id, "role": role}
        else:
            assert response.status_code == 403, (needed, role)
            assert response.json()["detail"] == (
                f"this needs the {needed} role; token {info.id} has role {role}"
            )


@pytest.mark.parametrize("needed", ROLES)
def test_without_a_token_only_a_public_read_passes(
    tokens: tuple[Store, Tokens], needed: str
) -> None:
    store, _ = tokens
    for public_read in (False, True):
        response = probe(store, needed, public_read=public_read).get("/probe")
        if public_read and needed == "reader":
            assert response.status_code == 200
            assert response.json() == {"token": None, "role": None}
            continue
        assert response.status_code == 401, (needed, public_read)
        assert response.headers["WWW-Authenticate"] == "Bearer"
        assert response.json()["detail"] == f"authentication required: {HOW_TO_GET_A_TOKEN}"


@pytest.mark.parametrize("public_read", [False, True])
def test_unknown_and_revoked_tokens_are_401_even_for_a_public_read(
    tokens: tuple[Store, Tokens], public_read: bool
) -> None:
    store, made = tokens
    info, secret = made["admin"]
    assert revoke_token(store, info.id)
    client = probe(store, "reader", public_read=public_read)
    for sent in (secret, "wl_not_a_token", "garbage"):
        response = client.get("/probe", headers=bearer(sent))
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"
        assert response.json()["detail"] == (
            f"the token is unknown or revoked: {HOW_TO_GET_A_TOKEN}"
        )
