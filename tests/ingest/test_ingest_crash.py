"""SIGKILL in the middle of a large ingest loses nothing committed, and a re-run completes it."""

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

from warledger.config import Settings
from warledger.ingest import ingest
from warledger.store import Store

N_DOCS = 3000
KILL_AFTER = 300
VOCABULARY = tuple(
    f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi") for b in range(40)
)


def write_corpus(path: Path) -> None:
    """Generated reports: random words, so no two are near-duplicates."""
    rng = random.Random(7)
    with path.open("w") as handle:
        for i in range(N_DOCS):
            words = " ".join(rng.choice(VOCABULARY) for _ in range(40))
            handle.write(json.dumps({"id": f"gen-{i}", "text": f"Report {i}. {words}."}) + "\n")


def stored_count(store: Store) -> int:
    return sum(1 for _ in store.minhash_signatures())


@pytest.mark.slow
def test_sigkill_then_rerun(settings: Settings, tmp_path: Path) -> None:
    corpus = tmp_path / "generated.jsonl"
    write_corpus(corpus)
    command = [sys.executable, "-c", "from warledger.cli import app; app()"]
    command += ["--db", settings.database_url, "--blobs", str(settings.blob_dir)]
    command += ["ingest", "--no-extract", str(corpus)]
    with Store.open(settings) as store:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 300
        while stored_count(store) < KILL_AFTER and process.poll() is None:
            assert time.monotonic() < deadline, "the ingest subprocess made no progress"
            time.sleep(0.05)
        assert process.poll() is None, process.communicate()
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        assert process.returncode == -signal.SIGKILL

        before = stored_count(store)
        assert KILL_AFTER <= before < N_DOCS
        report = store.verify()
        assert report.ok, report.problems

        summary = ingest(store, [corpus], None, settings)
        assert summary.failed == 0
        assert summary.duplicates == before
        assert summary.stored == N_DOCS - before
        stats = store.stats()
        assert stats["documents"] == N_DOCS
        assert stats["ledger_entries"] == N_DOCS
        ids = [d.external_id for d in store.iter_documents()]
        assert sorted(ids) == sorted(f"gen-{i}" for i in range(N_DOCS))
        report = store.verify()
        assert report.ok, report.problems
        assert report.blobs_checked >= N_DOCS
