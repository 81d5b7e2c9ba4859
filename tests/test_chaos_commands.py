"""Chaos over the three commands that write, bounded and seeded: twenty SIGKILLs spread over
``warledger ingest`` (seven: six while documents are stored, one while claims are), ``warledger
resolve`` (seven) and ``warledger review claim`` (six), each followed by ``verify``; then every
command is run again to the end. Nothing may be lost or written twice: the documents and
claims are those of a clean in-process ingest of the same corpus, each planned review is
recorded once, the incidents are those a full re-resolution gives, and ``verify
--checkpoint`` proves the final ledger extends one checkpointed half-way.

Kill points: ingest is killed when the store reaches a seeded number of documents (or of
claims); resolve and review, whose work is a short burst after start-up, at a seeded fraction
of the wall time a clean run of the same command took just before (so the kills land in the
start-up, the reading and the write alike).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import warledger
from warledger.cli import app
from warledger.config import Settings
from warledger.resolve.incident_run import resolve_incidents
from warledger.store import Store
from warledger.store.incidents import stored_members
from warledger.store.schema import claims, reviews

SEED = 20261206
N_DOCS = 36
INGEST_KILLS = 6  # while documents are stored (--no-extract), plus one while claims are
RESOLVE_KILLS = 7
REVIEW_KILLS = 6
TOWNS = ("Velmora", "Ostrik", "Dannow", "Keltz", "Marrow Bay", "Sulven")
OUTLETS = ("harbor-post", "ridge-wire", "plain-daily", "delta-radio")
MODES = ("Artillery shelling", "A drone strike", "Rocket fire")


def write_corpus(path: Path, rng: random.Random) -> None:
    """Invented reports: a few events per town, each told by several outlets in other words."""
    with path.open("w") as handle:
        for i in range(N_DOCS):
            town, mode = TOWNS[i % len(TOWNS)], MODES[(i // len(TOWNS)) % len(MODES)]
            killed = rng.randint(2, 9)
            text = (
                f"Bulletin {i}. {mode} killed {killed} civilians in {town} on Tuesday, "
                f"the regional governor said. The army denied firing on {town}."
            )
            record = {
                "id": f"chaos-{i}",
                "text": text,
                "outlet": OUTLETS[i % len(OUTLETS)],
                "published": f"2026-04-{1 + (i // len(TOWNS)) % 3:02d}",
            }
            handle.write(json.dumps(record) + "\n")


def claim_keys(store: Store) -> list[tuple[str, str]]:
    """(document external id, claim id) of every stored claim, duplicates kept."""
    external = {d.id: d.external_id or "" for d in store.iter_documents()}
    with store.engine.connect() as conn:
        rows = conn.execute(select(claims.c.document_id, claims.c.id)).all()
    return sorted((external[doc], claim) for doc, claim in rows)


def stored_at_least(store: Store, what: str, n: int) -> Callable[[], bool]:
    return lambda: store.stats()[what] >= n


class Chaos:
    """Runs the CLI in subprocesses and kills them; counts the kills that hit a live process."""

    def __init__(self, settings: Settings, rng: random.Random) -> None:
        self.base = ["--db", settings.database_url, "--blobs", str(settings.blob_dir)]
        self.rng = rng
        self.landed = 0
        self.fired = 0

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-c", "from warledger.cli import app; app()", *self.base, *args]

    def run(self, *args: str) -> float:
        """Run to the end; the wall time it took."""
        start = time.monotonic()
        done = subprocess.run(self.command(*args), capture_output=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr.decode()
        return time.monotonic() - start

    def kill_when(self, args: list[str], reached: Callable[[], bool]) -> None:
        process = subprocess.Popen(
            self.command(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 600  # a model loading on a busy machine
        while not reached() and process.poll() is None:
            assert time.monotonic() < deadline, "the command made no progress"
            time.sleep(0.01)
        self._kill(process)

    def kill_after(self, args: list[str], clean_seconds: float) -> None:
        process = subprocess.Popen(
            self.command(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(clean_seconds * self.rng.uniform(0.3, 1.0))
        self._kill(process)

    def _kill(self, process: subprocess.Popen[bytes]) -> None:
        self.fired += 1
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            self.landed += 1
        process.wait()


def assert_verified(store: Store) -> None:
    report = store.verify()
    assert report.ok, report.problems


@pytest.mark.slow
def test_twenty_sigkills_over_ingest_resolve_and_review(
    sqlite_settings: Settings, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    corpus = tmp_path / "chaos.jsonl"
    write_corpus(corpus, rng)
    with warledger.open_store(str(tmp_path / "reference.db")) as reference:
        warledger.ingest_paths(reference, [corpus])
        expected_claims = claim_keys(reference)
    assert len(expected_claims) >= N_DOCS
    chaos = Chaos(sqlite_settings, rng)
    key, saved = tmp_path / "key.pem", tmp_path / "checkpoint.json"
    with Store.open(sqlite_settings) as store:
        # ingest: six kills while documents are stored, one while claims are
        for target in sorted(rng.sample(range(3, N_DOCS - 3), INGEST_KILLS)):
            chaos.kill_when(
                ["ingest", "--no-extract", str(corpus)], stored_at_least(store, "documents", target)
            )
            assert_verified(store)
        claims_target = rng.randint(1, len(expected_claims) // 2)
        chaos.kill_when(["ingest", str(corpus)], stored_at_least(store, "claims", claims_target))
        assert_verified(store)
        chaos.run("ingest", str(corpus))
        assert_verified(store)
        external = sorted(d.external_id or "" for d in store.iter_documents())
        assert external == sorted(f"chaos-{i}" for i in range(N_DOCS))
        assert claim_keys(store) == expected_claims
        chaos.run("checkpoint", "--key", str(key), "--out", str(saved))

        # resolve and review, interleaved in a seeded order; each review is re-run after its kill
        targets = rng.sample(sorted({claim for _, claim in expected_claims}), REVIEW_KILLS + 1)
        planned = [
            ("review", "claim", t, rng.choice(("--reject", "--accept")), "--analyst", "c.h")
            for t in targets
        ]
        resolve_seconds = chaos.run("resolve")
        review_seconds = chaos.run(*planned[0])
        order = ["resolve"] * RESOLVE_KILLS + ["review"] * REVIEW_KILLS
        rng.shuffle(order)
        pending = iter(planned[1:])
        for step in order:
            if step == "resolve":
                chaos.kill_after(["resolve"], resolve_seconds)
                assert_verified(store)
                continue
            review = next(pending)
            chaos.kill_after(list(review), review_seconds)
            assert_verified(store)
            chaos.run(*review)  # the operator's re-run after a crash
            assert_verified(store)
        chaos.run("resolve")
        assert_verified(store)

        with store.engine.connect() as conn:
            reviewed = sorted(conn.execute(select(reviews.c.target_id)).scalars())
        assert reviewed == sorted(targets)  # each planned review once: none lost, none twice
        assert claim_keys(store) == expected_claims
        resolved = stored_members(store)
        full = resolve_incidents(store, full=True)
        assert {i.id: sorted(i.claim_ids) for i in full.incidents} == {
            k: sorted(v) for k, v in resolved.items()
        }
    assert chaos.fired == INGEST_KILLS + 1 + RESOLVE_KILLS + REVIEW_KILLS == 20
    assert chaos.landed >= chaos.fired // 2, f"only {chaos.landed} kills hit a live process"
    verified = CliRunner().invoke(app, [*chaos.base, "verify", "--checkpoint", str(saved)])
    assert verified.exit_code == 0, verified.output
