"""The ray engine on a local Ray of two cores: the claims of in-process extraction, and
exactly-once results in the store when an extraction actor is killed mid-run.

One Ray is started for the module (two CPUs, a small object store). Ray that cannot
start on this machine skips the module, except where ``WARLEDGER_REQUIRE_RAY=1`` (CI):
there it is a failure.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import ray

from warledger import engines
from warledger.config import Settings
from warledger.engines.archive import extract_local
from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Document, content_hash
from warledger.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

# Invented reports, combined into distinct documents (no text from any real outlet).
SPEAKERS = ("The defence ministry", "A police spokesman")
EVENTS = (
    "said on Monday that insurgents shelled the market in Kharvo, killing four civilians",
    "said artillery struck a depot near Velmira on Sunday, wounding seven soldiers",
    "said that rebels attacked a convoy outside Dastan on Friday, killing two drivers",
    "denied that its forces had bombed the hospital in Orlek",
    "said gunmen kidnapped nine workers from a farm near Tuvali on Tuesday",
)


def _records() -> list[dict[str, str]]:
    return [
        {
            "id": f"r{n}",
            "text": f"{speaker} {event}. The report could not be verified independently.",
            "published": "2026-03-12",
            "outlet": "Invented Wire",
        }
        for n, (speaker, event) in enumerate(
            (speaker, event) for speaker in SPEAKERS for event in EVENTS
        )
    ]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    try:
        ray.init(
            num_cpus=2,
            object_store_memory=80 * 2**20,
            include_dashboard=False,
            log_to_driver=False,
        )
    except Exception as exc:  # whatever stops Ray from starting here
        if os.environ.get("WARLEDGER_REQUIRE_RAY") == "1":
            raise
        pytest.skip(f"Ray cannot start on this machine: {exc}")
    yield
    ray.shutdown()


@pytest.fixture
def shard(tmp_path: Path) -> Path:
    path = tmp_path / "shard-000.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in _records()))
    return path


def _store(root: Path) -> Store:
    return Store.open(Settings(database_url=f"sqlite:///{root}.db", blob_dir=root))


def _extraction_actor_pids() -> list[int]:
    """Processes of Ray Data's extraction actors (their title names the class)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"MapBatches(ShardExtractor)" in command:
            pids.append(int(entry.name))
    return pids


def test_ray_engine_gives_the_claims_of_in_process_extraction(local_ray: None) -> None:
    published = datetime(2026, 3, 12, tzinfo=UTC)
    docs = [
        Document(id=content_hash(r["text"].encode()), text=r["text"], published_at=published)
        for r in _records()[:4]
    ]
    expected = [
        worker_extractor(None).extract(TextInput(d.text, d.id, published.date())) for d in docs
    ]
    assert all(expected), "each invented report states at least one claim"
    done: list[int] = []
    with engines.get("ray", workers=2, batch_size=1) as engine:
        got = engine.map(docs, progress=done.append)
    assert got == expected
    assert done == [1, 2, 3, 4]


def test_archive_on_ray_is_exactly_once_when_an_actor_dies(
    local_ray: None, shard: Path, tmp_path: Path
) -> None:
    from warledger.engines.ray_archive import extract_ray

    now = datetime(2026, 3, 13, tzinfo=UTC)
    limit = Settings().max_input_bytes
    with _store(tmp_path / "reference") as reference:
        expected = extract_local(reference, [shard], limit, now)
        expected_claims = sorted((c.id, c.model_dump_json()) for c in reference.iter_claims())
    assert expected.stored == 10 and expected.claims > 10

    killed: list[int] = []

    def kill_one_actor(written: int) -> None:
        if not killed and written < 10:
            pids = _extraction_actor_pids()
            assert pids, "the extraction actors are running while batches are written"
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    with _store(tmp_path / "ray") as store:
        summary = extract_ray(
            store,
            [shard],
            limit,
            now,
            workers=2,
            batch_size=1,
            write_batch=3,
            progress=kill_one_actor,
        )
        claims = sorted((c.id, c.model_dump_json()) for c in store.iter_claims())
        kinds = [entry.kind for entry in store.ledger()]
        report = store.verify()
        # The same archive again (here in this process) stores and appends nothing.
        again = extract_local(store, [shard], limit, now)
        entries_after = sum(1 for _ in store.ledger())
    assert killed, "an actor was killed mid-run"
    assert (summary.stored, summary.claims, summary.failed) == (10, expected.claims, 0)
    assert claims == expected_claims
    assert len({claim_id for claim_id, _ in claims}) == len(claims)
    assert kinds.count("document") == 10 and kinds.count("extraction") == 10
    assert report.ok, report.problems
    assert (again.stored, again.claims, again.duplicates) == (0, 0, 10)
    assert entries_after == len(kinds)
