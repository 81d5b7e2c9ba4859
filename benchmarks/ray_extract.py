"""Archive extraction throughput: one process vs the local pool vs Ray, on the same shard.

    .venv/bin/python benchmarks/ray_extract.py [SHARD.jsonl] [--docs N] [--cpus 2]

SHARD defaults to ``<shared>/corpus/voa_stories.jsonl`` (``$WARLEDGER_SHARED`` or
``../shared``). Each phase runs ``warledger archive extract``'s code path into a fresh
SQLite store, in its own spawned process, timed from the start (model loading and, for
Ray, starting Ray are included, as a user would pay them). The baseline, measured in
the same run, is one process (``--engine local --workers 1``); figures are ratios to it.
Ray's start-up (``ray.init`` with ``--cpus`` cores) is also reported on its own. Peak
RSS is the driver's (the pool's workers and Ray's actors are other processes).
Figures are printed, not asserted: this is not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def default_shard() -> Path:
    shared = os.environ.get("WARLEDGER_SHARED")
    return (
        (Path(shared) if shared else REPO / ".." / "shared").resolve()
        / "corpus"
        / ("voa_stories.jsonl")
    )


def _phase(kind: str, shard: str, cpus: int, folder: str) -> dict[str, Any]:
    from warledger.config import Settings
    from warledger.engines.archive import extract_local
    from warledger.store import Store

    settings = Settings(database_url=f"sqlite:///{folder}/{kind}.db", blob_dir=Path(folder, kind))
    now = datetime.now(UTC)
    startup = 0.0
    with Store.open(settings) as store:
        started = time.perf_counter()
        if kind == "ray":
            import ray

            from warledger.engines.ray_archive import extract_ray
            from warledger.engines.ray_engine import ray_session

            with ray_session(num_cpus=cpus):
                startup = time.perf_counter() - started
                summary = extract_ray(
                    store, [Path(shard)], settings.max_input_bytes, now, workers=cpus
                )
            assert not ray.is_initialized()
        else:
            workers = 1 if kind == "one process" else cpus
            summary = extract_local(
                store, [Path(shard)], settings.max_input_bytes, now, workers=workers
            )
        seconds = time.perf_counter() - started
    return {
        "phase": kind,
        "documents": summary.stored,
        "claims": summary.claims,
        "seconds": seconds,
        "startup_s": startup,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_phase(kind: str, shard: Path, cpus: int, folder: str) -> dict[str, Any]:
    """``_phase`` in a fresh Python (not a pool worker: those may not start processes)."""
    command = [sys.executable, __file__, str(shard), "--cpus", str(cpus), "--phase", kind]
    done = subprocess.run(
        [*command, "--folder", folder], check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shard", nargs="?", type=Path, default=default_shard())
    parser.add_argument("--docs", type=int, default=0, help="use the first N records (0: all)")
    parser.add_argument("--cpus", type=int, default=2, help="pool processes and Ray cores")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(_phase(args.phase, str(args.shard), args.cpus, args.folder)))
        return 0
    if not args.shard.is_file():
        print(f"error: shard {args.shard} not found; pass it as an argument", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="warledger-ray-bench-") as folder:
        shard = args.shard
        if args.docs:
            shard = Path(folder, "shard.jsonl")
            with args.shard.open() as source:
                shard.write_text("".join(islice(source, args.docs)))
        results = [
            run_phase(kind, shard, args.cpus, folder)
            for kind in ("one process", "local pool", "ray")
        ]
    base = float(results[0]["seconds"])
    pool = float(results[1]["seconds"])
    print(f"shard: {args.shard} ({results[0]['documents']} documents), {args.cpus} cores")
    print(
        f"{'phase':>12} {'docs':>5} {'claims':>6} {'seconds':>8} {'docs/s':>7} "
        f"{'speed-up':>8} {'vs pool':>8} {'start-up s':>10} {'peak RSS MB':>11}"
    )
    for row in results:
        seconds = float(row["seconds"])
        print(
            f"{row['phase']:>12} {row['documents']:>5} {row['claims']:>6} {seconds:>8.2f} "
            f"{int(row['documents']) / seconds:>7.2f} {base / seconds:>8.2f} "
            f"{pool / seconds:>8.2f} {float(row['startup_s']):>10.2f} "
            f"{float(row['peak_rss_mb']):>11.1f}"
        )
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
