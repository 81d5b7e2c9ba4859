"""Bulk load of claims shards (Parquet) into a store: rows a second and peak memory.

    .venv/bin/python benchmarks/load_claims.py [--claims 100000] [--per-document 25]
        [--postgres-url URL] [--no-sqlite]

Invented documents (random words, a fixed seed) and ``--per-document`` event claims over
each are written as claims shards first (untimed, ``store.shard_format``), then
``load_shards`` (what ``warledger load-claims`` runs) loads them into an empty
PostgreSQL schema and an empty SQLite file, each in a fresh spawned process so that its
peak RSS (``ru_maxrss``: interpreter and imports included) is the load's own. A second
load of the same shards, which must store nothing, is timed too: it is what a retried
or repeated load costs. Figures are printed, not asserted: this is not a timed test.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from ingest import DEFAULT_POSTGRES_URL
from scratch_postgres import scratch_schema
from store_writes import _claims
from warledger.config import Settings
from warledger.model import Document, content_hash
from warledger.store import Store
from warledger.store.shard_format import ShardWriter
from warledger.store.shard_load import load_shards

SEED = 20261205
WORDS = tuple(f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "ru", "ta") for b in range(60))
DOCUMENTS_PER_SHARD = 2_000


def write_shards(folder: Path, n_claims: int, per_document: int) -> int:
    """Shards of ``n_claims`` invented claims; how many documents they cite."""
    rng = random.Random(SEED)
    n_docs = max(1, n_claims // per_document)
    for first in range(0, n_docs, DOCUMENTS_PER_SHARD):
        batch = []
        for i in range(first, min(n_docs, first + DOCUMENTS_PER_SHARD)):
            text = f"Dispatch {i}. " + " ".join(rng.choice(WORDS) for _ in range(150)) + "."
            raw = text.encode()
            doc = Document(id=content_hash(raw), text=text, language="en")
            batch.append((doc, raw, None))
        claims = [c for _, found, _ in _claims(batch, per_document) for c in found]
        with ShardWriter(folder / f"claims-{first // DOCUMENTS_PER_SHARD:05d}.parquet") as out:
            out.write(batch, claims)
    return n_docs


def _load(database_url: str, blob_dir: str, folder: str, queue: multiprocessing.Queue) -> None:
    settings = Settings(database_url=database_url, blob_dir=Path(blob_dir))
    with Store.open(settings) as store:
        started = time.perf_counter()
        first = load_shards(store, [Path(folder)])
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = load_shards(store, [Path(folder)])
        again_seconds = time.perf_counter() - started
        assert not first.errors and again.claims_stored == 0 and again.documents_stored == 0
        assert store.stats()["claims"] == first.claims_stored
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((first.claims_stored, first.documents_stored, seconds, again_seconds, rss_mb))


def measure(
    database_url: str, blob_dir: Path, folder: Path
) -> tuple[int, int, float, float, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_load, args=(database_url, str(blob_dir), str(folder), queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--per-document", type=int, default=25)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL),
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warledger-load-bench-") as tmp:
        folder = Path(tmp, "shards")
        # in a child of its own: Linux keeps a process's peak RSS across fork and exec, so
        # a parent that had built the shards would lend its peak to the loaders it spawns
        context = multiprocessing.get_context("spawn")
        with context.Pool(1) as pool:
            n_docs = pool.apply(write_shards, (folder, args.claims, args.per_document))
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"{args.claims} claims over {n_docs} documents, {size:.1f} MB of Parquet")
        print(
            f"{'database':>10} {'claims':>8} {'seconds':>8} {'claims/s':>9} {'docs/s':>8} "
            f"{'reload s':>9} {'peak RSS MB':>12}"
        )
        targets = []
        if not args.no_sqlite:
            targets.append(("sqlite", None))
        if not args.no_postgres:
            targets.append(("postgresql", args.postgres_url))
        for name, url in targets:
            blobs = Path(tmp, f"{name}-blobs")
            if url is None:
                result = measure(f"sqlite:///{tmp}/load.db", blobs, folder)
            else:
                with scratch_schema(url) as scoped:
                    result = measure(scoped, blobs, folder)
            claims, docs, seconds, again, rss = result
            print(
                f"{name:>10} {claims:>8} {seconds:>8.1f} {claims / seconds:>9.0f} "
                f"{docs / seconds:>8.0f} {again:>9.1f} {rss:>12.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
