"""Chaos, bounded and seeded: an ingest killed (SIGKILL) again and again at random points,
a checkpoint taken between two kills, then run to the end: nothing lost, nothing twice,
and ``verify --checkpoint`` proves the final ledger extends the checkpointed one."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.config import Settings
from warledger.ingest.runner import DOCUMENT_BATCH
from warledger.store import Store

N_DOCS = 600
KILLS = 6
SEED = 20261205
WORDS = tuple(f"{a}{b}" for a in ("ba", "de", "fi", "go", "hu", "ja") for b in range(50))


def write_corpus(path: Path, rng: random.Random) -> None:
    """Generated reports of random words, so no two are near-duplicates."""
    with path.open("w") as handle:
        for i in range(N_DOCS):
            words = " ".join(rng.choice(WORDS) for _ in range(40))
            handle.write(json.dumps({"id": f"chaos-{i}", "text": f"Dispatch {i}. {words}."}) + "\n")


def stored(store: Store) -> int:
    return sum(1 for _ in store.minhash_signatures())


@pytest.mark.slow
def test_random_sigkills_then_rerun(sqlite_settings: Settings, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    corpus = tmp_path / "chaos.jsonl"
    write_corpus(corpus, rng)
    base = ["--db", sqlite_settings.database_url, "--blobs", str(sqlite_settings.blob_dir)]
    command = [sys.executable, "-c", "from warledger.cli import app; app()", *base]
    command += ["ingest", "--no-extract", str(corpus)]
    # the last kill must leave work for the final run: two store batches at least, since a
    # batch lands whole and a fast ingest can store one more before the kill arrives
    targets = sorted(rng.sample(range(20, N_DOCS - 2 * DOCUMENT_BATCH), KILLS))
    key, saved = tmp_path / "key.pem", tmp_path / "checkpoint.json"
    runner = CliRunner()
    with Store.open(sqlite_settings) as store:
        for n, target in enumerate(targets):
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 120
            while stored(store) < target and process.poll() is None:
                assert time.monotonic() < deadline, "the ingest made no progress"
                time.sleep(0.02)
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.communicate()
            report = store.verify()
            assert report.ok, report.problems
            if n == KILLS // 2:
                made = runner.invoke(
                    app, [*base, "checkpoint", "--key", str(key), "--out", str(saved)]
                )
                assert made.exit_code == 0, made.output
        before = stored(store)
        assert targets[-1] <= before < N_DOCS
        final = subprocess.run(command, capture_output=True, timeout=300, check=False)
        assert final.returncode == 0, final.stderr.decode()
        stats = store.stats()
        assert stats["documents"] == N_DOCS == stats["ledger_entries"]
        ids = sorted(d.external_id or "" for d in store.iter_documents())
        assert ids == sorted(f"chaos-{i}" for i in range(N_DOCS))
    verified = runner.invoke(app, [*base, "verify", "--checkpoint", str(saved)])
    assert verified.exit_code == 0, verified.output
