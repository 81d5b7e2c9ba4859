"""Store-only ingest, this tree against an older revision, in alternating runs.

    .venv/bin/python benchmarks/ingest_ab.py --against REV [CORPUS_DIR] [--rounds N]
        [--postgres-url URL] [--no-postgres]

On a machine shared with other work, absolute documents/s move with the load from one
minute to the next; a ratio between two versions measured side by side does not. Each
round runs the ``ingest sqlite`` (and ``ingest postgresql``) phase of
``benchmarks/ingest.py`` once with this tree's ``src`` and once with ``src`` of ``REV``
(extracted with ``git archive`` into a temporary folder), alternating which goes first,
each in a fresh process. Printed: every run, then per database the median documents/s
of each version, the paired ratios (new / old, same round) and their median, and the
median CPU seconds of each. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from ingest import add_corpus_and_databases
from scratch_postgres import scratch_schema

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / "benchmarks"
RUN_PHASE = (
    "import json, sys; from ingest import _phase; "
    "print(json.dumps(_phase(sys.argv[1], __import__('pathlib').Path(sys.argv[2]), "
    "sys.argv[3], sys.argv[4])))"
)


def extract_revision(revision: str, into: Path) -> Path:
    """``src`` of ``revision`` (``git archive``) under ``into``; its path."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", revision, "src"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def run_once(src: Path, kind: str, corpus: Path, url: str, blob_dir: str) -> dict:
    """One phase of ``benchmarks/ingest.py`` in a new process importing warledger from ``src``."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(src), str(BENCHMARKS)]))
    done = subprocess.run(
        [sys.executable, "-c", RUN_PHASE, kind, str(corpus), url, blob_dir],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} with {src} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_and_databases(parser)
    parser.add_argument("--against", required=True, help="the older revision (commit, branch)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"error: corpus folder {args.corpus} not found", file=sys.stderr)
        return 2
    databases = ["sqlite"] if args.no_postgres else ["sqlite", "postgresql"]
    runs: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="warledger-ab-") as tmp:
        trees = {"old": extract_revision(args.against, Path(tmp) / "old"), "new": REPO / "src"}
        for round_ in range(args.rounds):
            order = ("old", "new") if round_ % 2 == 0 else ("new", "old")
            for database in databases:
                for version in order:
                    with tempfile.TemporaryDirectory(dir=tmp) as scratch:
                        if database == "sqlite":
                            row = run_once(
                                trees[version],
                                "ingest sqlite",
                                args.corpus,
                                f"sqlite:///{scratch}/bench.db",
                                f"{scratch}/blobs",
                            )
                        else:
                            with scratch_schema(args.postgres_url) as url:
                                row = run_once(
                                    trees[version],
                                    "ingest postgresql",
                                    args.corpus,
                                    url,
                                    f"{scratch}/blobs",
                                )
                    row["docs_per_s"] = row["documents"] / row["seconds"]
                    runs.setdefault((database, version), []).append(row)
                    print(
                        f"round {round_} {database:10} {version}: {row['docs_per_s']:6.0f} docs/s"
                        f"  cpu {row['cpu_seconds']:.2f} s"
                        f"  peak RSS {row['peak_rss_mb']:.0f} MB",
                        flush=True,
                    )
    for database in databases:
        old, new = runs[(database, "old")], runs[(database, "new")]
        ratios = [n["docs_per_s"] / o["docs_per_s"] for o, n in zip(old, new, strict=True)]
        print(
            f"{database}: old median {statistics.median(r['docs_per_s'] for r in old):.0f} docs/s,"
            f" new median {statistics.median(r['docs_per_s'] for r in new):.0f} docs/s;"
            f" paired new/old {', '.join(f'{x:.2f}' for x in ratios)},"
            f" median {statistics.median(ratios):.2f}"
        )
        print(
            f"{database}: median CPU s old {statistics.median(r['cpu_seconds'] for r in old):.2f},"
            f" new {statistics.median(r['cpu_seconds'] for r in new):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
