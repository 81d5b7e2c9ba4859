"""The same API on SQLite and PostgreSQL: ingest with extraction, search, review, ledger."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.server import create_app
from warledger.store import Store
from warledger.store.tokens import create_token

REPORT = (
    "The defence ministry said on Monday that rebel artillery shelled the town of "
    "Aleppo, killing four civilians. The rebels denied that their fighters fired on the town."
)


def test_api_on_each_database(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    with Store.open(settings) as store:
        with DocumentExtractor(1) as extractor:
            ingest(store, [source], None, settings, extractor)
        _info, secret = create_token(store, "analyst")
        claim_ids = sorted(c.id for c in store.iter_claims())
        doc_id = next(iter(store.iter_documents())).id
    assert claim_ids
    headers = {"Authorization": f"Bearer {secret}"}
    with TestClient(create_app(settings)) as client:
        pages = [client.get("/api/claims", params={"limit": 1}, headers=headers).json()]
        while pages[-1]["next_cursor"]:
            cursor = pages[-1]["next_cursor"]
            params = {"limit": 1, "cursor": cursor}
            pages.append(client.get("/api/claims", params=params, headers=headers).json())
        assert [c["id"] for p in pages for c in p["items"]] == claim_ids
        found = client.get("/api/search", params={"q": "aleppo"}, headers=headers).json()
        assert [h["id"] for h in found["hits"] if h["kind"] == "document"] == [doc_id]
        injected = client.get(
            "/api/search", params={"q": "'; DROP TABLE claims; --"}, headers=headers
        )
        assert injected.status_code == 200 and injected.json()["hits"] == []
        review = {
            "target_kind": "claim",
            "target_id": claim_ids[0],
            "action": "reject",
            "analyst": "pg.tester",
            "note": "the town was not named by the second source",
        }
        entry = client.post("/api/reviews", json=review, headers=headers).json()
        ledger = client.get("/api/ledger", params={"since": entry["seq"] - 1}, headers=headers)
        assert ledger.json()["items"] == [entry]
        assert client.get("/api/health").json()["claims"] == len(claim_ids)
    with Store.open(settings) as store:
        assert store.verify().ok
        assert store.stats()["reviews"] == 1
