"""GET routes return what the store holds: ids, counts and fields, page by page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from warledger.model import Event
from warledger.store import Store
from warledger.store.incidents import stored_incidents


def _all_claims(client: TestClient, headers: dict[str, str], **params: object) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/claims", params=query, headers=headers)
        assert page.status_code == 200, page.text
        body = page.json()
        items.extend(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def test_health_needs_no_token(client: TestClient, store: Store) -> None:
    body = client.get("/api/health").json()
    assert body == {
        "status": "ok",
        "database": "sqlite",
        "documents": 3,
        "claims": store.stats()["claims"],
    }


def test_documents_page_by_cursor(client: TestClient, store: Store, reader: dict) -> None:
    first = client.get("/api/documents", params={"limit": 2}, headers=reader).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = client.get(
        "/api/documents", params={"limit": 2, "cursor": first["next_cursor"]}, headers=reader
    ).json()
    assert len(second["items"]) == 1 and second["next_cursor"] is None
    ids = [d["id"] for d in first["items"] + second["items"]]
    assert ids == sorted(d.id for d in store.iter_documents())
    titles = {d["title"] for d in first["items"] + second["items"]}
    assert "Five killed as shells hit Korvin bus station" in titles
    assert "text" not in first["items"][0]


def test_script_in_a_document_is_a_json_string(
    client: TestClient, store: Store, reader: dict
) -> None:
    doc = next(d for d in store.iter_documents() if "<script>" in d.text)
    response = client.get(f"/api/documents/{doc.id}", headers=reader)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["text"] == doc.text
    assert "<script>alert(1)</script>" in response.json()["text"]
    assert client.get("/api/documents/nope", headers=reader).status_code == 404


def test_claim_pages_hold_every_claim_once(client: TestClient, store: Store, reader: dict) -> None:
    stored = sorted(c.id for c in store.iter_claims())
    assert len(stored) > 3
    for limit in (1, 3, 500):
        ids = [c["id"] for c in _all_claims(client, reader, limit=limit)]
        assert ids == stored
    assert client.get("/api/claims", params={"limit": 501}, headers=reader).status_code == 422
    bad = client.get("/api/claims", params={"cursor": "%%%"}, headers=reader)
    assert bad.status_code == 400 and "cursor" in bad.json()["detail"]


def test_claim_filters(client: TestClient, store: Store, reader: dict) -> None:
    claims = list(store.iter_claims())
    doc_id = claims[0].document_id

    def ids(**params: object) -> set[str]:
        return {c["id"] for c in _all_claims(client, reader, **params)}

    assert ids(document_id=doc_id) == {c.id for c in claims if c.document_id == doc_id}
    denied = {c.id for c in claims if c.stance.value == "denied"}
    assert denied and ids(stance="denied") == denied
    events = [c for c in claims if isinstance(c.proposition, Event)]
    shelling = {c.id for c in events if c.proposition.mode == "shelling"}
    assert shelling and ids(event_type="ASSAULT", mode="shelling") == shelling
    claimant = next(c.claimant.actor_id for c in claims if c.claimant and c.claimant.actor_id)
    by_claimant = {c.id for c in claims if c.claimant and c.claimant.actor_id == claimant}
    assert ids(claimant=claimant) == by_claimant
    dated = [c for c in events if c.proposition.date and c.proposition.date.start]
    day = dated[0].proposition.date.start
    on_day = {
        c.id
        for c in dated
        if c.proposition.date.start <= day <= (c.proposition.date.end or c.proposition.date.start)
    }
    assert ids(date_from=day.isoformat(), date_to=day.isoformat()) == on_day


def test_claim_by_id(client: TestClient, store: Store, reader: dict) -> None:
    claim = next(iter(store.iter_claims()))
    body = client.get(f"/api/claims/{claim.id}", headers=reader).json()
    assert body["id"] == claim.id and body["content"]["text"] == claim.content.text
    assert client.get("/api/claims/missing", headers=reader).status_code == 404


def test_incidents_and_filters(client: TestClient, store: Store, reader: dict) -> None:
    stored = [inc for inc, _ in stored_incidents(store)]
    body = client.get("/api/incidents", headers=reader).json()
    assert [i["incident"]["id"] for i in body["items"]] == [i.id for i in stored]
    multi = [i.id for i in stored if i.n_sources >= 2]
    assert multi, "the two Korvin reports should form one two-source incident"
    got = client.get("/api/incidents", params={"min_sources": 2}, headers=reader).json()
    assert [i["incident"]["id"] for i in got["items"]] == multi
    coerce = client.get("/api/incidents", params={"type": "COERCE"}, headers=reader).json()
    assert [i["incident"]["id"] for i in coerce["items"]] == [
        i.id for i in stored if i.type.value == "COERCE"
    ]
    grade = stored[0].grade.value
    graded = client.get("/api/incidents", params={"grade": grade}, headers=reader).json()
    assert {i["incident"]["id"] for i in graded["items"]} == {
        i.id for i in stored if i.grade.value == grade
    }
    world = client.get("/api/incidents", params={"bbox": "-180,-90,180,90"}, headers=reader)
    located = [i.id for i in stored if i.place and i.place.latitude is not None]
    assert [i["incident"]["id"] for i in world.json()["items"]] == located
    bad = client.get("/api/incidents", params={"bbox": "1,2,3"}, headers=reader)
    assert bad.status_code == 400 and "minlon,minlat,maxlon,maxlat" in bad.json()["detail"]


def test_incidents_as_of_before_anything_was_stored(client: TestClient, reader: dict) -> None:
    body = client.get(
        "/api/incidents", params={"as_of": "2000-01-01T00:00:00Z"}, headers=reader
    ).json()
    assert body["items"] == []


def test_incident_with_its_claims(client: TestClient, store: Store, reader: dict) -> None:
    incident = stored_incidents(store)[0][0]
    body = client.get(f"/api/incidents/{incident.id}", headers=reader).json()
    assert body["incident"]["n_sources"] == incident.n_sources
    assert [c["id"] for c in body["claims"]] == sorted(incident.claim_ids)
    assert client.get("/api/incidents/none", headers=reader).status_code == 404


def test_actor_page(client: TestClient, reader: dict) -> None:
    body = client.get("/api/actors/Brenic Liberation Front", headers=reader).json()
    assert body["actor"]["name"] == "Brenic Liberation Front"
    kinds = {(a["role"], a["type"], a["mode"]) for a in body["activities"]}
    assert ("initiator", "ASSAULT", "shelling") in kinds, "the governor says the BLF shelled"
    sponsors = [r for r in body["relations"] if r["predicate"] == "sponsors"]
    assert [(r["subject_name"], r["status"]) for r in sponsors] == [("Kazaria", "asserted")]
    assert "Kazaria backs" in sponsors[0]["sources"][0]["evidence"]
    for activity in body["activities"]:
        source = activity["source"]
        claim = client.get(f"/api/claims/{source['claim_id']}", headers=reader).json()
        assert claim["document_id"] == source["document_id"]
    by_id = client.get(f"/api/actors/{body['actor']['id']}", headers=reader).json()
    assert by_id["actor"] == body["actor"]
    missing = client.get("/api/actors/Nobody At All Xyz", headers=reader)
    assert missing.status_code == 404


def test_search_matches_documents_and_claims(
    client: TestClient, store: Store, reader: dict
) -> None:
    body = client.get("/api/search", params={"q": "BUS STATION"}, headers=reader).json()
    docs = {h["id"] for h in body["hits"] if h["kind"] == "document"}
    assert docs == {d.id for d in store.iter_documents() if "bus station" in d.text.lower()}
    assert len(docs) == 2
    claim_hits = [h for h in body["hits"] if h["kind"] == "claim"]
    assert claim_hits and all("bus station" in h["snippet"].lower() for h in claim_hits)
    assert {h["id"] for h in claim_hits} == {
        c.id for c in store.iter_claims() if "bus station" in c.content.text.lower()
    }
    wildcard = client.get("/api/search", params={"q": "%"}, headers=reader).json()
    assert wildcard["hits"] == []


def test_search_binds_its_parameter(client: TestClient, store: Store, reader: dict) -> None:
    before = store.stats()["claims"]
    response = client.get("/api/search", params={"q": "'; DROP TABLE claims; --"}, headers=reader)
    assert response.status_code == 200 and response.json()["hits"] == []
    assert store.stats()["claims"] == before > 0


def test_ledger_since(client: TestClient, store: Store, reader: dict) -> None:
    entries = list(store.ledger())
    body = client.get("/api/ledger", params={"since": 1, "limit": 2}, headers=reader).json()
    assert [e["seq"] for e in body["items"]] == [e.seq for e in entries[1:3]]
    assert body["items"][0]["hash"] == entries[1].hash
    assert body["next_since"] == entries[2].seq


def test_unknown_enum_values_are_422(client: TestClient, reader: dict) -> None:
    assert client.get("/api/claims", params={"stance": "x"}, headers=reader).status_code == 422
    response = client.get("/api/incidents", params={"grade": "gold"}, headers=reader)
    assert response.status_code == 422


def test_ledger_since_beyond_any_integer_column_is_422(client: TestClient, reader: dict) -> None:
    response = client.get("/api/ledger", params={"since": 2**70}, headers=reader)
    assert response.status_code == 422
    last = client.get("/api/ledger", params={"since": 2**63 - 1}, headers=reader)
    assert last.status_code == 200 and last.json()["items"] == []


def test_incidents_as_of_are_paged_like_the_stored_list(
    client: TestClient, store: Store, reader: dict
) -> None:
    """as_of recomputes in memory; its pages follow the same order and cursor."""
    later = {"as_of": "2999-01-01T00:00:00Z"}
    whole = client.get("/api/incidents", params={**later, "limit": 100}, headers=reader).json()
    assert whole["next_cursor"] is None
    expected = [i["incident"]["id"] for i in whole["items"]]
    assert expected == [i.id for i, _ in stored_incidents(store)]
    paged: list[str] = []
    cursor = None
    while True:
        params = {**later, "limit": 1, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/incidents", params=params, headers=reader).json()
        paged.extend(i["incident"]["id"] for i in body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert paged == expected and len(paged) >= 2
    grade = whole["items"][0]["incident"]["grade"]
    graded = client.get("/api/incidents", params={**later, "grade": grade}, headers=reader).json()
    assert [i["incident"]["id"] for i in graded["items"]] == [
        i["incident"]["id"] for i in whole["items"] if i["incident"]["grade"] == grade
    ]
