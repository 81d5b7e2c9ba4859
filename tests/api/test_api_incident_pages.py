"""The incident list in SQL, on SQLite and PostgreSQL: cursor pages hold every incident
once in size order, each filter keeps exactly the incidents it should, facets count them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from fastapi.testclient import TestClient

from synthetic_store import Synthetic, listing_order
from warledger.model import Incident
from warledger.store import Store


def _follow(client: TestClient, headers: dict[str, str], **params: object) -> list[str]:
    """Every incident id of the listing, following next_cursor; checks each page's size."""
    ids: list[str] = []
    cursor = None
    limit = int(str(params.get("limit", 100)))
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = client.get("/api/incidents", params=query, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        page = [item["incident"]["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        assert len(page) == limit if cursor else len(page) <= limit
        ids.extend(page)
        if cursor is None:
            return ids


def test_cursor_pages_hold_every_incident_once_in_order(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    client, headers = api
    incidents = synthetic[1].incidents
    expected = listing_order(incidents)
    assert len(expected) == 16
    sizes = Counter((i.n_sources, i.n_claims) for i in incidents)
    assert max(sizes.values()) > 1, "ties in size must be broken by id"
    for limit in (1, 3, 7, 16, 100):
        assert _follow(client, headers, limit=limit) == expected
    assault = [i for i in expected if _by_id(incidents)[i].type.value == "ASSAULT"]
    assert _follow(client, headers, limit=2, type="ASSAULT") == assault


def test_a_cursor_this_api_did_not_issue_is_400(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    client, headers = api
    claims_cursor = client.get("/api/claims", params={"limit": 1}, headers=headers).json()
    for cursor in ("%%%", "bm9wZQ==", claims_cursor["next_cursor"], "MTp4Onk="):
        response = client.get("/api/incidents", params={"cursor": cursor}, headers=headers)
        assert response.status_code == 400, cursor
        assert "next_cursor" in response.json()["detail"]


def _by_id(incidents: list[Incident]) -> dict[str, Incident]:
    return {i.id: i for i in incidents}


def test_each_filter_keeps_exactly_its_incidents(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    client, headers = api
    data = synthetic[1]
    order = listing_order(data.incidents)
    by_id = _by_id(data.incidents)
    claims = {c.id: c for c in data.claims}

    def expect(keep: Callable[[Incident], bool]) -> list[str]:
        kept = [i for i in order if keep(by_id[i])]
        assert 0 < len(kept) < len(order), "a filter that keeps all or nothing proves little"
        return kept

    def about(incident: Incident, actor: str) -> bool:
        for claim_id in incident.claim_ids:
            claim = claims[claim_id]
            event = claim.proposition
            mentions = [*event.initiators, *event.targets] if event else []
            if claim.claimant and claim.claimant.actor_id == actor:
                return True
            if any(m.actor_id == actor for m in mentions):
                return True
        return False

    cases: list[tuple[dict[str, object], Callable[[Incident], bool]]] = [
        ({"grade": "corroborated"}, lambda i: i.grade.value == "corroborated"),
        ({"type": "COERCE"}, lambda i: i.type.value == "COERCE"),
        ({"mode": "aerial"}, lambda i: i.mode == "aerial"),
        ({"min_sources": 2}, lambda i: i.n_sources >= 2),
        (
            {"date_from": "2026-03-10", "date_to": "2026-03-20"},
            lambda i: i.date_end >= date(2026, 3, 10) and i.date_start <= date(2026, 3, 20),
        ),
        (
            {"bbox": "44,39,47,41"},
            lambda i: i.place is not None and i.place.name in {"Korvin", "Brenic Heights"},
        ),
        ({"place": "rEnIc"}, lambda i: i.place is not None and i.place.name == "Brenic Heights"),
        ({"side": "party_b"}, lambda i: "party_b" in {s.value for s in i.sides}),
        ({"actor": "actor-green"}, lambda i: about(i, "actor-green")),
        (
            {"source": "east-radio"},
            lambda i: any(data.outlet_of[c] == "east-radio" for c in i.claim_ids),
        ),
        (
            {"type": "ASSAULT", "min_sources": 2, "bbox": "30,30,50,45"},
            lambda i: i.type.value == "ASSAULT" and i.n_sources >= 2 and i.place is not None,
        ),
    ]
    for params, keep in cases:
        assert _follow(client, headers, limit=3, **params) == expect(keep), params
    nobody = client.get("/api/incidents", params={"actor": "actor-none"}, headers=headers)
    assert nobody.json()["items"] == []
    wildcard = client.get("/api/incidents", params={"place": "%"}, headers=headers)
    assert wildcard.json()["items"] == []


def test_facets_route(
    api: tuple[TestClient, dict[str, str]], synthetic: tuple[Store, Synthetic]
) -> None:
    client, headers = api
    body = client.get("/api/incident-facets", params={"grade": "reported"}, headers=headers)
    assert body.status_code == 200
    reported = [i for i in synthetic[1].incidents if i.grade.value == "reported"]
    assert body.json()["grade"] == {"reported": len(reported)}
    assert client.get("/api/incident-facets").status_code == 401


def test_a_nul_character_is_refused_not_a_server_error(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    """PostgreSQL cannot compare text with NUL; every database answers 400 alike."""
    client, headers = api
    for url in (
        "/api/incidents?place=a%00b",
        "/api/incidents?source=%00",
        "/api/claims?mode=%00",
        "/api/claims/ab%00cd",
        "/api/places?name=%00",
    ):
        response = client.get(url, headers=headers)
        assert response.status_code == 400, url
        assert "NUL" in response.json()["detail"]
    assert client.get("/api/incidents?place=a%01b", headers=headers).status_code == 200
