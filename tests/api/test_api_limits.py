"""Request bodies are bounded before parsing and before the token check, a 422 does not
echo the body, and a review is recorded under its token (issue 12, items 3 and 4)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi.testclient import TestClient
from sqlalchemy import select

from warledger.api.limits import MAX_BODY_BYTES
from warledger.store import Store
from warledger.store.schema import reviews
from warledger.store.tokens import create_token

Bearer = Callable[[str], dict[str, str]]


def test_a_large_body_is_refused_before_authentication(client: TestClient) -> None:
    body = b"{" + b" " * (MAX_BODY_BYTES + 10) + b"}"
    response = client.post(
        "/api/reviews", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert str(MAX_BODY_BYTES) in response.json()["detail"]
    lying = client.post(
        "/api/reviews",
        content=b"{}",
        headers={"content-type": "application/json", "content-length": "300000000"},
    )
    assert lying.status_code == 413


def test_a_chunked_body_is_counted_as_it_arrives(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b" " * 100_000

    response = client.post("/login", content=chunks(), headers={"content-type": "text/plain"})
    assert response.status_code == 413


def test_a_422_does_not_echo_the_body(client: TestClient, store: Store, bearer: Bearer) -> None:
    claim = next(iter(store.iter_claims()))
    junk = "z" * 500_000
    review = {"target_kind": "claim", "target_id": claim.id, "action": junk}
    response = client.post("/api/reviews", json=review, headers=bearer("analyst"))
    assert response.status_code == 422
    assert len(response.content) < 2_000 and junk[:100] not in response.text
    assert response.json()["detail"][0]["loc"] == ["body", "action"]


def test_a_review_is_recorded_under_its_token(client: TestClient, store: Store) -> None:
    claim = next(iter(store.iter_claims()))
    info, secret = create_token(store, "analyst", "Desk B")
    review = {
        "target_kind": "claim",
        "target_id": claim.id,
        "action": "accept",
        "analyst": "somebody.else",
        "note": "checked against the wire copy",
    }
    response = client.post(
        "/api/reviews", json=review, headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 201, response.text
    entry = response.json()
    assert entry["details"]["token_id"] == info.id
    with store.engine.connect() as conn:
        row = conn.execute(select(reviews).where(reviews.c.ledger_seq == entry["seq"])).one()
    assert row.analyst == f"Desk B ({info.id})"
    assert store.verify().ok
