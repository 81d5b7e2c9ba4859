"""HTTP API latency at archive scale: 100,000 synthetic claims, real uvicorn, concurrent clients.

    .venv/bin/python benchmarks/api.py [--claims 100000] [--clients 8] [--requests 400]
                                       [--databases sqlite postgres] [--postgres URL]

For each database a fresh store is made (a temporary SQLite file; a new schema in
the PostgreSQL database, dropped afterwards) and filled through the store's tables
in bulk: documents of invented text (words drawn from the list below with a fixed
seed), four event claims each, and the incidents grouping them (about 4 claims and
2 sources each), with types, grades, places, dates and sides spread as in a real
archive. The database's own triggers fill the full-text index and ``claim_actors``,
as they do for ``warledger ingest``. Then the planner statistics are gathered (ANALYZE;
VACUUM ANALYZE on PostgreSQL, as autovacuum would have done on an archive that grew over
time). The bulk load writes no ledger entries and no blobs (``verify`` would flag the
store; it is a benchmark store, deleted after).

Then ``warledger serve`` runs in its own process (uvicorn, one worker) on 127.0.0.1
and ``--clients`` threads, each with its own HTTP connection, send ``--requests``
requests per scenario, with parameters varied per request from a fixed seed:

* baseline        GET /api/documents?limit=1: token check plus one tiny indexed read, so
                  the ratios show what each query adds to the server's fixed cost
* health          GET /api/health (no token; counts rows, so it grows with the archive)
* filtered list   GET /api/incidents?grade&type&date_from&date_to&bbox&limit=50
* page 2          the same filters with the next_cursor of their first page
* search          GET /api/search?q=<two words>&limit=20 (full-text index)

It prints p50/p95 latency, requests per second, and each as a ratio to the
baseline measured in the same run. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from warledger.config import Settings
from warledger.model import (
    ActorMention,
    CasualtyFigure,
    CasualtyRange,
    Claim,
    DateMention,
    DatePrecision,
    Document,
    Event,
    Grade,
    Incident,
    Place,
    PlaceMention,
    PloverType,
    Side,
    Span,
    content_hash,
)
from warledger.store import Store
from warledger.store.incidents import incident_values
from warledger.store.rows import claim_values, document_values
from warledger.store.schema import claims, documents, incident_claims, incidents
from warledger.store.tokens import create_token

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SEED = 20261125
CLAIMS_PER_DOCUMENT = 4
WORDS_PER_DOCUMENT = 90
CHUNK = 2000
START_DAY = date(2024, 1, 1)
DAYS = 730
_WORD_LINES = (
    "morning evening river valley bridge market school convoy village checkpoint station road",
    "hill border harbour airport factory clinic hospital mosque church square district camp",
    "barracks depot warehouse tunnel railway highway farm orchard field forest coast island",
    "plain ridge dam power plant water supply grain fuel truck bus ambulance tank drone",
    "rocket mortar shell artillery sniper patrol column brigade battalion militia police",
    "soldiers fighters volunteers civilians residents families children workers refugees",
    "officials governor mayor spokesman commander minister witnesses journalists medics",
    "engineers negotiators observers monitors envoy council ceasefire truce talks agreement",
    "statement report claim denial warning threat attack raid ambush strike explosion fire",
    "siege blockade evacuation curfew arrest detention release exchange withdrawal advance",
    "offensive counteroffensive retreat shelling bombing shooting clashes protest rally",
    "strike march vigil aid delivery convoy shelter tent blanket medicine flour rice damage",
    "ruins crater smoke dust rain snow heat wind night dawn noon week month season north",
    "south east west central upper lower old new small large quiet busy empty crowded distant",
    "nearby",
)
WORDS = tuple(word for line in _WORD_LINES for word in line.split())
TYPES = (
    (PloverType.ASSAULT, "shelling", 30),
    (PloverType.ASSAULT, "aerial", 15),
    (PloverType.ASSAULT, "firearms", 10),
    (PloverType.COERCE, "arrest", 12),
    (PloverType.MOBILIZE, "troops", 10),
    (PloverType.THREATEN, None, 8),
    (PloverType.PROTEST, "demonstration", 10),
    (PloverType.AID, None, 5),
)
COUNTRIES = ("AM", "AZ", "SY", "IQ", "TR")
OUTLETS = tuple(f"outlet-{i:02d}" for i in range(40))
ACTORS = tuple(f"bench-actor-{i:02d}" for i in range(60))
FILTERED_BOX = "38,32,46,38"
"""About a third of the synthetic places (longitudes 35-50, latitudes 30-40)."""


@dataclass(frozen=True)
class Scenario:
    name: str
    requests: list[tuple[str, dict[str, Any]]]


# ----------------------------------------------------------------- synthetic data


def _places(rng: random.Random) -> list[Place]:
    syllables = ("ka", "ro", "vin", "tal", "bre", "nik", "sa", "dor", "mel", "az", "ur", "el")
    places = []
    for i in range(600):
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).title()
        places.append(
            Place(
                geonames_id=900_000 + i,
                name=f"{name} {i}",
                latitude=round(rng.uniform(30, 40), 4),
                longitude=round(rng.uniform(35, 50), 4),
                country=rng.choice(COUNTRIES),
                admin1=f"{rng.randint(1, 12):02d}",
                feature_class="P",
                precision=rng.choice((1, 1, 1, 2, 3)),
            )
        )
    return places


@dataclass
class EventSeed:
    """One real (synthetic) event: what incidents and claims are made from."""

    number: int
    type: PloverType
    mode: str | None
    place: Place
    day: date
    killed: int
    initiator: str
    target: str
    claim_ids: list[str]
    outlets: set[str]


def _events(rng: random.Random, n: int, places: list[Place]) -> list[EventSeed]:
    weights = [w for _, _, w in TYPES]
    out = []
    for i in range(n):
        kind, mode, _ = rng.choices(TYPES, weights)[0]
        out.append(
            EventSeed(
                number=i,
                type=kind,
                mode=mode,
                place=rng.choice(places),
                day=START_DAY + timedelta(days=rng.randrange(DAYS)),
                killed=rng.choice((0, 0, 1, 2, 3, 5, 8, 12, 20)),
                initiator=rng.choice(ACTORS),
                target=rng.choice(ACTORS),
                claim_ids=[],
                outlets=set(),
            )
        )
    return out


def _document(rng: random.Random, i: int, about: list[EventSeed]) -> tuple[Document, str]:
    words = [rng.choice(WORDS) for _ in range(WORDS_PER_DOCUMENT)]
    for event in about:
        words.insert(rng.randrange(len(words)), event.place.name)
    body = " ".join(words).capitalize() + "."
    title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    outlet = rng.choice(OUTLETS)
    doc = Document(
        id=content_hash(f"{i}:{title}:{body}".encode()),
        text=body,
        outlet=outlet,
        title=title,
        published_at=datetime.combine(about[0].day, datetime.min.time(), UTC)
        + timedelta(hours=rng.randrange(72)),
        language="en",
        source_name=f"bench/{i}.txt",
    )
    return doc, outlet


def _span(doc: Document, start: int, length: int) -> Span:
    return Span(start=start, end=start + length, text=doc.text[start : start + length])


def _claim(doc: Document, j: int, event: EventSeed) -> Claim:
    start = (j * 97) % max(1, len(doc.text) - 120)
    content = _span(doc, start, 110)
    mention = Span(start=start, end=start + 5, text=doc.text[start : start + 5])
    proposition = Event(
        type=event.type,
        mode=event.mode,
        trigger=mention,
        initiators=[ActorMention(span=mention, actor_id=event.initiator, name=event.initiator)],
        targets=[ActorMention(span=mention, actor_id=event.target, name=event.target)],
        place=PlaceMention(span=mention, place=event.place, score=1.0),
        date=DateMention(span=mention, start=event.day, end=event.day, precision=DatePrecision.DAY),
        casualties=[CasualtyFigure(span=mention, low=event.killed)] if event.killed else [],
    )
    return Claim(
        id=Claim.make_id(doc.id, content, f"bench:{event.number}:{j}"),
        document_id=doc.id,
        claimant_is_outlet=True,
        content=content,
        said_at=event.day,
        proposition=proposition,
    )


def _grade(event: EventSeed, sides: list[Side], rng: random.Random) -> Grade:
    if len(event.outlets) == 1:
        return rng.choice((Grade.SINGLE_SOURCE, Grade.SINGLE_SOURCE, Grade.PARTY_ONLY))
    if Side.PARTY_A in sides and Side.PARTY_B in sides:
        return Grade.CORROBORATED
    return rng.choice((Grade.REPORTED, Grade.REPORTED, Grade.CONTESTED, Grade.DENIED))


def load(settings: Settings, n_claims: int) -> int:
    """Fill a new store with ``n_claims`` synthetic claims; returns the incidents made."""
    rng = random.Random(SEED)
    places = _places(rng)
    n_docs = max(1, n_claims // CLAIMS_PER_DOCUMENT)
    events = _events(rng, max(1, n_claims // 4), places)
    side_of = {
        o: (Side.PARTY_A, Side.PARTY_B, Side.THIRD_PARTY)[i % 3] for i, o in enumerate(OUTLETS)
    }
    now = datetime.now(UTC)
    with Store.open(settings) as store, store.engine.begin() as conn:
        doc_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []

        def flush() -> None:
            if doc_rows:
                conn.execute(insert(documents), doc_rows)
                doc_rows.clear()
            if claim_rows:
                conn.execute(insert(claims), claim_rows)
                claim_rows.clear()

        for i in range(n_docs):
            about = rng.sample(events, 2)
            doc, outlet = _document(rng, i, about)
            doc_rows.append(document_values(doc, None, now))
            for j in range(CLAIMS_PER_DOCUMENT):
                event = about[j // 2]
                claim = _claim(doc, j, event)
                event.claim_ids.append(claim.id)
                event.outlets.add(outlet)
                claim_rows.append(claim_values(claim, now))
            if len(claim_rows) >= CHUNK:
                flush()
        flush()
        incident_rows, links = [], []
        for event in events:
            if not event.claim_ids:
                continue
            sides = sorted({side_of[o] for o in event.outlets}, key=lambda s: s.value)
            incident = Incident(
                id=f"inc-{event.number:07d}",
                claim_ids=event.claim_ids,
                type=event.type,
                mode=event.mode,
                place=event.place,
                date_start=event.day,
                date_end=event.day,
                killed=CasualtyRange(low=event.killed, best=event.killed, high=event.killed + 2),
                n_claims=len(event.claim_ids),
                n_sources=len(event.outlets),
                sides=sides,
                grade=_grade(event, sides, rng),
                reasons=["synthetic benchmark incident"],
            )
            incident_rows.append({**incident_values(incident, {}), "stored_at": now})
            links.extend({"incident_id": incident.id, "claim_id": c} for c in event.claim_ids)
        for start in range(0, len(incident_rows), CHUNK):
            conn.execute(insert(incidents), incident_rows[start : start + CHUNK])
        for start in range(0, len(links), CHUNK * 4):
            conn.execute(insert(incident_claims), links[start : start + CHUNK * 4])
    _analyze(settings.database_url)
    return len(incident_rows)


def _analyze(url: str) -> None:
    """Planner statistics, and on PostgreSQL the visibility map index-only scans need, as
    autovacuum would have them on an archive that grew over time (not after one bulk load)."""
    postgres = url.startswith("postgresql")
    engine = create_engine(url, isolation_level="AUTOCOMMIT") if postgres else create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("VACUUM ANALYZE" if postgres else "ANALYZE"))
    finally:
        engine.dispose()


# ------------------------------------------------------------------ the server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(settings: Settings, port: int) -> subprocess.Popen[bytes]:
    """``warledger serve`` on 127.0.0.1:``port``, once /api/health answers."""
    command = [str(Path(sys.executable).parent / "warledger"), "--db", settings.database_url]
    command += ["--blobs", str(settings.blob_dir), "serve", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"warledger serve did not answer: {server.stderr.read().decode()[-2000:]}")


# ------------------------------------------------------------------ the clients


def _filters(rng: random.Random) -> dict[str, Any]:
    first = START_DAY + timedelta(days=rng.randrange(DAYS - 120))
    return {
        "grade": rng.choice(("corroborated", "reported", "single_source")),
        "type": "ASSAULT",
        "date_from": first.isoformat(),
        "date_to": (first + timedelta(days=rng.choice((60, 90, 120)))).isoformat(),
        "bbox": FILTERED_BOX,
        "limit": 50,
    }


def scenarios(base: str, headers: dict[str, str], n: int) -> list[Scenario]:
    rng = random.Random(SEED + 1)
    filtered = [("/api/incidents", _filters(rng)) for _ in range(n)]
    second = []
    with httpx.Client(base_url=base, headers=headers) as client:
        for _attempt in range(n * 20):
            params = _filters(rng)
            cursor = client.get("/api/incidents", params=params).json()["next_cursor"]
            if cursor:
                second.append(("/api/incidents", {**params, "cursor": cursor}))
            if len(second) == n:
                break
    if len(second) < n:
        raise SystemExit("too few filtered lists have a second page; run with more --claims")
    search = [
        ("/api/search", {"q": f"{rng.choice(WORDS)} {rng.choice(WORDS)}", "limit": 20})
        for _ in range(n)
    ]
    return [
        Scenario("baseline", [("/api/documents", {"limit": 1})] * n),
        Scenario("health", [("/api/health", {})] * n),
        Scenario("filtered list", filtered),
        Scenario("page 2 (cursor)", second),
        Scenario("full-text search", search),
    ]


def run(base: str, headers: dict[str, str], scenario: Scenario, clients: int) -> dict[str, float]:
    """Send the scenario's requests from ``clients`` threads; latencies and throughput."""
    queue: Iterator[tuple[str, dict[str, Any]]] = iter(scenario.requests)
    lock = threading.Lock()
    latencies: list[float] = []
    failures: list[str] = []

    def worker() -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
            while True:
                with lock:
                    job = next(queue, None)
                if job is None:
                    return
                path, params = job
                start = time.perf_counter()
                response = client.get(path, params=params)
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        failures.append(f"{response.status_code} {path} {response.text[:200]}")

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"{scenario.name}: {len(failures)} failed, first: {failures[0]}")
    cuts = statistics.quantiles(latencies, n=100)
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "rps": len(latencies) / wall}


def bench(settings: Settings, label: str, args: argparse.Namespace) -> None:
    start = time.perf_counter()
    n_incidents = load(settings, args.claims)
    loaded = time.perf_counter() - start
    with Store.open(settings) as store:
        _info, secret = create_token(store, "reader", "benchmark")
    headers = {"Authorization": f"Bearer {secret}"}
    port = _free_port()
    server = serve(settings, port)
    base = f"http://127.0.0.1:{port}"
    try:
        planned = scenarios(base, headers, args.requests)
        for scenario in planned:  # warm-up: connections, caches, the database's pages
            run(base, headers, Scenario(scenario.name, scenario.requests[:40]), args.clients)
        results = [(s.name, run(base, headers, s, args.clients)) for s in planned]
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        f"\n{label}: {args.claims:,} claims, {n_incidents:,} incidents, loaded in {loaded:.0f} s; "
        f"{args.clients} clients, {args.requests} requests per scenario"
    )
    header = ("scenario", "p50 ms", "p95 ms", "req/s", "p95 x base", "req/s x base")
    print("{:<20} {:>8} {:>8} {:>8} {:>10} {:>12}".format(*header))
    baseline = results[0][1]
    for name, r in results:
        print(
            f"{name:<20} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['rps']:>8.0f} "
            f"{r['p95'] / baseline['p95']:>10.2f} {r['rps'] / baseline['rps']:>12.2f}"
        )


def _postgres_settings(url: str, tmp: Path) -> tuple[Settings, str]:
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    base = make_url(url)
    _admin(url, f'CREATE SCHEMA "{schema}"')
    with_path = base.update_query_dict({"options": f"-csearch_path={schema}"})
    settings = Settings(
        database_url=with_path.render_as_string(hide_password=False), blob_dir=tmp / "pg-blobs"
    )
    return settings, schema


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="per scenario")
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument(
        "--postgres", default=os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES)
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if "sqlite" in args.databases:
            sqlite = Settings(
                database_url=f"sqlite:///{root / 'bench.db'}", blob_dir=root / "blobs"
            )
            bench(sqlite, "SQLite", args)
        if "postgres" in args.databases:
            settings, schema = _postgres_settings(args.postgres, root)
            try:
                bench(settings, "PostgreSQL", args)
            finally:
                _admin(args.postgres, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


if __name__ == "__main__":
    main()
