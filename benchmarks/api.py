"""HTTP API latency at archive scale: 100,000 synthetic claims, real uvicorn, concurrent clients.

    .venv/bin/python benchmarks/api.py [--claims 100000] [--clients 8] [--requests 400]
                                       [--databases sqlite postgres] [--postgres URL]
                                       [--no-writer] [--keep DIR] [--keep-postgres SCHEMA]

For each database a fresh store is made (a temporary SQLite file; a new schema in
the PostgreSQL database, dropped afterwards) and filled by ``synthetic_archive.load``
(invented documents, four event claims each, and their incidents, written in bulk).
Then the planner statistics are gathered (ANALYZE; VACUUM ANALYZE on PostgreSQL, as
autovacuum would have done on an archive that grew over time).

Then ``warledger serve`` runs in its own process (uvicorn, one worker) on 127.0.0.1
and ``--clients`` threads, each with its own HTTP connection, send ``--requests``
requests per scenario, with parameters varied per request from a fixed seed:

* baseline        GET /api/documents?limit=1: token check plus one tiny indexed read, so
                  the ratios show what each query adds to the server's fixed cost
* health          GET /api/health (no token; counts rows, so it grows with the archive)
* filtered list   GET /api/incidents?grade&type&date_from&date_to&bbox&limit=50
* page 2          the same filters with the next_cursor of their first page
* search          GET /api/search?q=<two words>&limit=20 (full-text index)
* facets          GET /api/incident-facets with the filtered list's filters
* facets, all     GET /api/incident-facets with no filter (the list page's first view;
                  ``--requests`` / 10 requests)
* map data        GET /map/data?grade&type&from&to: the map page's points for its filters
* map, all        GET /map/data with no filter: the whole archive, the map zoomed out
                  (``--requests`` / 10 requests: each is the largest answer)

Unless ``--no-writer``, one writer ingests invented documents into the same store all the
while (``archive_writer``: a store-only ingest in its own process), as ``warledger
ingest`` would during the day. ``--keep DIR`` keeps the SQLite archive in DIR and reuses
it when it already holds ``--claims`` claims (loading 1,000,000 takes a while);
``--keep-postgres SCHEMA`` does the same with a PostgreSQL schema of that name.

It prints p50/p95/p99 latency, requests per second, and each as a ratio to the
baseline measured in the same run, and the writer's documents/s. Figures are printed,
not asserted.
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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from archive_writer import start_writer, stop_writer
from scratch_postgres import kept_schema, scratch_schema
from synthetic_archive import DAYS, SEED, START_DAY, WORDS, load
from warledger.config import Settings
from warledger.store import Store
from warledger.store.schema import claims, incidents
from warledger.store.tokens import create_token

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
FILTERED_BOX = "38,32,46,38"
"""About a third of the synthetic places (longitudes 35-50, latitudes 30-40)."""


@dataclass(frozen=True)
class Scenario:
    name: str
    requests: list[tuple[str, dict[str, Any]]]


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
    facets = [("/api/incident-facets", _filters(rng)) for _ in range(n)]
    mapped = [("/map/data", _map_filters(_filters(rng))) for _ in range(n)]
    return [
        Scenario("baseline", [("/api/documents", {"limit": 1})] * n),
        Scenario("health", [("/api/health", {})] * n),
        Scenario("filtered list", filtered),
        Scenario("page 2 (cursor)", second),
        Scenario("full-text search", search),
        Scenario("facets", facets),
        Scenario("facets, all", [("/api/incident-facets", {})] * max(1, n // 10)),
        Scenario("map data", mapped),
        Scenario("map, all", [("/map/data", {})] * max(1, n // 10)),
    ]


def _map_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """The map page's spelling of the list's filters (it has no box: it shows them all)."""
    return {
        "grade": filters["grade"],
        "type": filters["type"],
        "from": filters["date_from"],
        "to": filters["date_to"],
    }


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
    return {
        "p50": cuts[49] * 1000,
        "p95": cuts[94] * 1000,
        "p99": cuts[98] * 1000,
        "rps": len(latencies) / wall,
    }


def bench(settings: Settings, label: str, args: argparse.Namespace) -> None:
    start = time.perf_counter()
    n_incidents = _load_once(settings, args.claims)
    loaded = time.perf_counter() - start
    with Store.open(settings) as store:
        _info, secret = create_token(store, "reader", "benchmark")
    headers = {"Authorization": f"Bearer {secret}"}
    port = _free_port()
    server = serve(settings, port)
    base = f"http://127.0.0.1:{port}"
    writer = None
    try:
        planned = scenarios(base, headers, args.requests)
        writer = None if args.no_writer else start_writer(settings)
        for scenario in planned:  # warm-up: connections, caches, the database's pages
            run(base, headers, Scenario(scenario.name, scenario.requests[:40]), args.clients)
        results = [(s.name, run(base, headers, s, args.clients)) for s in planned]
    finally:
        written = stop_writer(writer) if writer is not None else None
        server.terminate()
        server.wait(timeout=30)
    print(
        f"\n{label}: {args.claims:,} claims, {n_incidents:,} incidents, loaded in {loaded:.0f} s; "
        f"{args.clients} clients, {args.requests} requests per scenario"
    )
    if written is not None:
        print(f"one writer meanwhile: {written[0]:,} documents stored, {written[1]:.1f} docs/s")
    header = ("scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "p95 x base", "req/s x base")
    print("{:<20} {:>8} {:>8} {:>8} {:>8} {:>10} {:>12}".format(*header))
    baseline = results[0][1]
    for name, r in results:
        print(
            f"{name:<20} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {r['rps']:>8.0f} "
            f"{r['p95'] / baseline['p95']:>10.2f} {r['rps'] / baseline['rps']:>12.2f}"
        )


def _load_once(settings: Settings, n_claims: int) -> int:
    """Load the synthetic archive, unless the store already holds one of this size (a kept
    archive); the number of incidents."""
    with Store.open(settings) as store, store.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(claims)).scalar_one()
        made = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
    if stored == n_claims and made > 0:
        return int(made)
    return load(settings, n_claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="per scenario")
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument(
        "--postgres", default=os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES)
    )
    parser.add_argument("--no-writer", action="store_true", help="no ingest while measuring")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the SQLite archive here")
    parser.add_argument(
        "--keep-postgres", metavar="SCHEMA", help="keep (and reuse) the PostgreSQL archive here"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            root = args.keep
        if "sqlite" in args.databases:
            sqlite = Settings(
                database_url=f"sqlite:///{root / 'bench.db'}", blob_dir=root / "blobs"
            )
            bench(sqlite, "SQLite", args)
        if "postgres" in args.databases:
            schema = (
                kept_schema(args.postgres, args.keep_postgres)
                if args.keep_postgres
                else scratch_schema(args.postgres)
            )
            with schema as url:
                bench(Settings(database_url=url, blob_dir=root / "pg-blobs"), "PostgreSQL", args)


if __name__ == "__main__":
    main()
