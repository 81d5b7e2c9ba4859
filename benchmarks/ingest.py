"""Ingest throughput and memory: store-only ingest on SQLite and PostgreSQL vs reading alone.

    .venv/bin/python benchmarks/ingest.py [CORPUS_DIR] [--postgres-url URL] [--no-postgres]

CORPUS_DIR defaults to ``<repo>/../shared/corpus`` (or ``$WARLEDGER_SHARED/corpus``).
The baseline, measured in the same run on the same inputs, is the time to read
and hash them (the readers: decoding, JSON parsing, HTML extraction, sha256)
without storing anything. A second reference phase adds the CPU work ingest
does before storing (MinHash, language, LSH placement), so the rest of the
ingest time is the store's (blob fsync, transactions, ledger). ``CPU s`` is the process's
CPU time over the same span, all threads (the store writes in a background thread): on a
machine shared with other work it moves less than the wall time. Each phase runs
in a fresh spawned process so that its peak RSS (``ru_maxrss``, which includes
the interpreter and imports) is its own; tracemalloc is not used because its
overhead would distort the timings. The language model is loaded before the clock
starts (its load, about a second, is a start-up cost paid once per process, not a
cost per document) and reported apart as ``startup_seconds``.
Figures are printed, not asserted: this is not a timed test.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from scratch_postgres import scratch_schema
from warledger.config import Settings
from warledger.errors import InputError
from warledger.ingest import NearDuplicateIndex, ingest, read_paths
from warledger.ingest.language import detect_language
from warledger.store import Store
from warledger.store.signatures import signature

REPO = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
COLUMNS: tuple[tuple[str, str, int, str], ...] = (
    ("phase", "phase", 18, ""),
    ("docs", "documents", 5, ""),
    ("seconds", "seconds", 8, ".2f"),
    ("CPU s", "cpu_seconds", 6, ".2f"),
    ("start-up s", "startup_seconds", 10, ".2f"),
    ("docs/s", "docs_per_s", 8, ".1f"),
    ("MB/s", "mb_per_s", 7, ".3f"),
    ("time/baseline", "time_ratio_to_baseline", 14, ".2f"),
    ("peak RSS MB", "peak_rss_mb", 12, ".1f"),
)


def default_corpus() -> Path:
    shared = os.environ.get("WARLEDGER_SHARED")
    return (Path(shared) if shared else REPO / ".." / "shared").resolve() / "corpus"


def _phase(kind: str, corpus: Path, database_url: str | None, blob_dir: str | None) -> dict:
    """Run one phase in this (fresh) process and return its figures."""
    loading = time.perf_counter()
    if kind != "read+hash":
        detect_language("The language model loads on first use.")
    startup = time.perf_counter() - loading
    if kind in ("read+hash", "read+hash+sign"):
        sign = kind == "read+hash+sign"
        index = NearDuplicateIndex()
        started, cpu_started = time.perf_counter(), time.process_time()
        documents = failed = size = 0
        for item in read_paths([corpus], Settings().max_input_bytes):
            if isinstance(item, InputError):
                failed += 1
                continue
            documents += 1
            size += len(item[1])
            if sign:  # the CPU work ingest adds before storing
                document = item[0]
                minhash = signature(document.text)
                detect_language(document.text)
                index.add(document.id, index.place(document.id, minhash).syndication_group, minhash)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    else:
        settings = Settings(database_url=database_url or "", blob_dir=Path(blob_dir or "."))
        with Store.open(settings) as store:  # schema creation is not timed
            started, cpu_started = time.perf_counter(), time.process_time()
            summary = ingest(store, [corpus], None, settings)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            documents, failed = summary.stored, summary.failed
            size = sum(len(store.read_blob(d.id)) for d in store.iter_documents())
    return {
        "phase": kind,
        "documents": documents,
        "failed": failed,
        "bytes": size,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "startup_seconds": startup,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_phase(
    kind: str, corpus: Path, database_url: str | None = None, blob_dir: str | None = None
) -> dict:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_phase, (kind, corpus, database_url, blob_dir))


def add_corpus_and_databases(parser: argparse.ArgumentParser) -> None:
    """The arguments the ingest benchmarks share: the corpus folder and the databases."""
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL),
    )
    parser.add_argument("--no-postgres", action="store_true")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_and_databases(parser)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(
            f"error: corpus folder {args.corpus} not found; pass it as an argument", file=sys.stderr
        )
        return 2

    results = [run_phase("read+hash", args.corpus), run_phase("read+hash+sign", args.corpus)]
    with tempfile.TemporaryDirectory(prefix="warledger-bench-") as tmp:
        results.append(
            run_phase(
                "ingest sqlite", args.corpus, f"sqlite:///{tmp}/bench.db", f"{tmp}/sqlite.blobs"
            )
        )
        if not args.no_postgres:
            with scratch_schema(args.postgres_url) as url:
                results.append(run_phase("ingest postgresql", args.corpus, url, f"{tmp}/pg.blobs"))

    baseline = results[0]
    megabytes = baseline["bytes"] / 2**20
    print(f"corpus: {args.corpus} ({baseline['documents']} documents, {megabytes:.2f} MB)")
    for row in results:
        row["docs_per_s"] = row["documents"] / row["seconds"]
        row["mb_per_s"] = row["bytes"] / 2**20 / row["seconds"]
        row["time_ratio_to_baseline"] = row["seconds"] / baseline["seconds"]
        row["docs_per_s_ratio_to_baseline"] = row["docs_per_s"] / baseline["docs_per_s"]
    print(" ".join(f"{title:>{width}}" for title, _, width, _ in COLUMNS))
    for row in results:
        print(" ".join(f"{row[key]:>{width}{fmt}}" for _, key, width, fmt in COLUMNS))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
