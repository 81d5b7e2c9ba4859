"""Every page and API response of the demo store, compared with a recorded snapshot.

The demo store is built as ``make demo`` builds it (``outlets load examples/outlets.yaml``,
``--places examples/places.yaml ingest examples/reports``, ``resolve``, all through the
``warledger`` command in a subprocess run from the repository root), then every route a
user can reach is requested in-process: the incident list under several filters, the
map data, the timeline, every incident, actor and document page, search, the review
queue and its item pages (as an analyst), the ``/api/...`` reads and the three exports.
Each response (status, and text or parsed JSON) must equal ``tests/data/snapshot/``.
The snapshot exists so that moving code between packages is shown to change no
behaviour.

Only what differs from one build to the next is normalised before comparing:
- ledger entries' ``recorded_at``, ``hash``/``prev_hash`` and ``digest`` (a document's
  digest covers its ingest time, and each hash covers the time and the previous hash);
- any ISO timestamp of today's ingest (``recorded_at``/``ingested_at`` shown on pages);
- the analyst token's id (random) shown on pages, and the CSRF value in page forms
  (derived from the token);
- ``as_of`` is asked only far in the past and far in the future of the build.

Extraction or resolution changes are meant to change the snapshot: regenerate it with
``WARLEDGER_UPDATE_SNAPSHOT=1 python -m pytest tests/server/test_snapshot.py`` and commit
the new files with the change that caused them.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from warledger.config import Settings
from warledger.server import create_app

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT_DIR = REPO / "tests" / "data" / "snapshot"
UPDATE = os.environ.get("WARLEDGER_UPDATE_SNAPSHOT") == "1"
WARLEDGER = Path(sys.executable).parent / "warledger"
PAST, FUTURE = "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z"
INCIDENT_FILTERS = [
    "",
    "grade=single_source",
    "grade=party_only&type=ASSAULT",
    "type=ASSAULT&min_sources=2",
    "place=dornavik",
    "date_from=2026-03-10&date_to=2026-03-14",
    "bbox=-40,-40,0,0",
    "side=party_a",
    "source=Meridian%20Wire",
]
SEARCHES = ["shelling", "Dornavik killed", "ceasefire talks", "nothing-matches-this"]


def _run_cli(db: Path, *args: str) -> str:
    command = [str(WARLEDGER), "--db", str(db), *args]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed: {done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    """A client of the demo store and an analyst token's secret."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    _run_cli(db, "outlets", "load", "examples/outlets.yaml")
    _run_cli(db, "--places", "examples/places.yaml", "ingest", "examples/reports")
    _run_cli(db, "resolve")
    secret = _run_cli(db, "tokens", "create", "--role", "analyst", "--label", "snapshot")
    settings = Settings(database_url=f"sqlite:///{db}", blob_dir=Path(f"{db}.blobs"))
    with TestClient(create_app(settings)) as client:
        yield client, secret.strip()


# A run that crosses midnight stores times of the next day too.
_RUN_DAYS = [(datetime.now(UTC).date() + timedelta(days=n)).isoformat() for n in (0, 1)]
_STAMP = re.compile(
    "(?:" + "|".join(map(re.escape, _RUN_DAYS)) + r")[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?"
)
_CSRF = re.compile(r'(name="csrf" value=")[0-9a-f]+(")')
_LEDGER_KEYS = ("recorded_at", "hash", "prev_hash", "digest")


def _normalise_text(text: str, token_id: str) -> str:
    text = _STAMP.sub("<ingest time>", text).replace(token_id, "<token id>")
    return _CSRF.sub(r"\1<csrf>\2", text)


def _normalise_json(value: Any, token_id: str) -> Any:
    if isinstance(value, dict):
        ledger_entry = "seq" in value and "prev_hash" in value
        return {
            key: "<varies>"
            if ledger_entry and key in _LEDGER_KEYS
            else _normalise_json(item, token_id)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_normalise_json(item, token_id) for item in value]
    if isinstance(value, str):
        return _normalise_text(value, token_id)
    return value


def _record(client: TestClient, url: str, secret: str) -> dict[str, Any]:
    token_id = secret.split("_")[1]
    response = client.get(url, headers=_headers(secret), follow_redirects=False)
    kind = response.headers.get("content-type", "").split(";")[0]
    if kind == "application/json":
        body: Any = _normalise_json(response.json(), token_id)
    elif kind == "application/geo+json":
        body = _normalise_json(json.loads(response.text), token_id)
    elif url.startswith("/api/export.jsonl"):
        lines = response.text.splitlines()
        body = [_normalise_json(json.loads(line), token_id) for line in lines]
    else:
        body = _normalise_text(response.text, token_id).splitlines()
    return {"status": response.status_code, "type": kind, "body": body}


def _headers(secret: str) -> dict[str, str]:
    """The analyst's token, as the API (bearer) and the pages (cookie) take it."""
    return {"Authorization": f"Bearer {secret}", "Cookie": f"warledger_token={secret}"}


def _all_pages(client: TestClient, url: str, headers: dict[str, str]) -> list[str]:
    """``url`` and every next page it leads to (cursor paging)."""
    urls, cursor = [url], None
    while True:
        page = client.get(url + (f"&cursor={cursor}" if cursor else ""), headers=headers)
        cursor = page.json().get("next_cursor")
        if not cursor:
            return urls
        urls.append(url + f"&cursor={cursor}")


def _actor_ids(claims: list[dict[str, Any]]) -> list[str]:
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("actor_id"), str):
                found.add(value["actor_id"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(claims)
    return sorted(found)


def _urls(client: TestClient, headers: dict[str, str]) -> dict[str, list[str]]:
    """Every URL to record, by snapshot file, found by walking the store's own lists."""
    claim_pages = _all_pages(client, "/api/claims?limit=100", headers)
    claims = [c for u in claim_pages for c in client.get(u, headers=headers).json()["items"]]
    incident_pages = _all_pages(client, "/api/incidents?limit=100", headers)
    incidents = [
        item["incident"]["id"]
        for u in incident_pages
        for item in client.get(u, headers=headers).json()["items"]
    ]
    documents = [
        d["id"]
        for u in _all_pages(client, "/api/documents?limit=100", headers)
        for d in client.get(u, headers=headers).json()["items"]
    ]
    actors = _actor_ids(claims)
    review = client.get("/review", headers=headers).text
    review_items = sorted(set(re.findall(r'href="(/review/[a-z_]+/[^"?#]+)"', review)))
    first_doc = documents[0]
    return {
        "api": [
            "/api/health",
            *_all_pages(client, "/api/documents?limit=5", headers),
            *[f"/api/documents/{d}" for d in documents],
            *claim_pages,
            f"/api/claims?document_id={first_doc}&limit=100",
            "/api/claims?stance=denied&limit=100",
            "/api/claims?event_type=ASSAULT&mode=shelling&limit=100",
            "/api/claims?date_from=2026-03-10&date_to=2026-03-12&limit=100",
            *[f"/api/claims/{c['id']}" for c in claims[:5]],
            "/api/claims/no-such-claim",
            *incident_pages,
            *[f"/api/incidents?{f}&limit=100" for f in INCIDENT_FILTERS[1:]],
            f"/api/incidents?as_of={PAST}&limit=100",
            f"/api/incidents?as_of={FUTURE}&limit=100",
            *[f"/api/incidents/{i}" for i in incidents],
            "/api/incidents/no-such-incident",
            *[f"/api/incident-facets?{f}" for f in INCIDENT_FILTERS],
            "/api/places?limit=100",
            "/api/places?name=dorn",
            "/api/places?bbox=-40,-40,0,0",
            "/api/relations?limit=100",
            f"/api/relations?as_of={PAST}",
            *[f"/api/relations?actor={quote(a, safe='')}" for a in actors[:5]],
            *[f"/api/actors/{quote(a, safe='')}" for a in actors],
            f"/api/actors/{quote(actors[0], safe='')}?as_of={PAST}",
            *[f"/api/search?q={quote(q)}" for q in SEARCHES],
            "/api/ledger?limit=500",
            "/api/ledger?since=3&limit=2",
        ],
        "exports": [
            "/api/export.csv",
            "/api/export.csv?grade=single_source",
            "/api/export.geojson",
            "/api/export.geojson?type=ASSAULT",
            "/api/export.jsonl",
            "/api/export.jsonl?what=incidents",
            "/api/export.jsonl?what=incidents&place=dornavik",
        ],
        "pages": [
            "/",
            *[f"/incidents?{f}" for f in INCIDENT_FILTERS],
            "/incidents?grade=bogus",
            "/map",
            *[f"/map/data?{f}" for f in INCIDENT_FILTERS],
            *[f"/timeline?{f}" for f in INCIDENT_FILTERS],
            *[f"/incidents/{i}" for i in incidents],
            "/incidents/no-such-incident",
            *[f"/actors/{quote(a, safe=':')}" for a in actors],
            *[f"/documents/{d}" for d in documents],
            *[f"/search?q={quote(q)}" for q in SEARCHES],
            "/review",
            *review_items,
            "/login",
        ],
    }


@pytest.mark.parametrize("part", ["api", "exports", "pages"])
def test_demo_store_responses_match_snapshot(demo: tuple[TestClient, str], part: str) -> None:
    client, secret = demo
    urls = _urls(client, _headers(secret))[part]
    recorded = {url: _record(client, url, secret) for url in urls}
    path = SNAPSHOT_DIR / f"{part}.json"
    if UPDATE:
        SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(recorded, indent=1, ensure_ascii=False) + "\n")
    expected = json.loads(path.read_text())
    assert list(recorded) == list(expected), f"{part}: the set of URLs changed"
    changed = [url for url in expected if recorded[url] != expected[url]]
    assert not changed, (
        f"{part}: {len(changed)} responses changed ({changed[:5]}); the first:\n"
        + _first_difference(expected[changed[0]], recorded[changed[0]])
    )


def _first_difference(expected: Any, recorded: Any) -> str:
    """A few lines of unified diff between two recorded responses."""
    lines = difflib.unified_diff(
        json.dumps(expected, indent=1, ensure_ascii=False).splitlines(),
        json.dumps(recorded, indent=1, ensure_ascii=False).splitlines(),
        "snapshot",
        "now",
        lineterm="",
        n=1,
    )
    return "\n".join(list(lines)[:40])
