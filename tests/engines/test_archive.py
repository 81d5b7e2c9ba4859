"""Archive shards in this process (``--engine local``): a Parquet row is the same document
as the JSON line it stands for, a bad record is reported and skipped, and a second run
stores nothing twice."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warledger.config import Settings
from warledger.engines.archive import extract_local, prepare, shard_paths
from warledger.engines.archive_shards import ShardArchiveWriter
from warledger.errors import InputError
from warledger.store import Store
from warledger.store.shard_format import documents_path
from warledger.store.shard_load import load_shards

RECORDS = [
    {
        "id": "a1",
        "text": "The border guard said on Wednesday that drones struck a fuel depot near "
        "Pelmora, killing two workers.",
        "published": "2026-05-06",
    },
    {
        "id": "a2",
        "text": "A militia commander denied that his men had burned houses in Ostrava Lake.",
        "outlet": "Invented Radio",
    },
]


@pytest.mark.slow
def test_parquet_rows_are_the_documents_of_their_json_lines(tmp_path: Path) -> None:
    jsonl = tmp_path / "part-0.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + '{"title": "no text"}\n')
    parquet = tmp_path / "part-1.parquet"
    columns = pa.schema([(name, pa.string()) for name in ("id", "text", "published", "outlet")])
    pq.write_table(pa.Table.from_pylist(RECORDS, schema=columns), parquet)  # absent: null
    settings = Settings(database_url=f"sqlite:///{tmp_path}/a.db", blob_dir=tmp_path / "blobs")
    now = datetime(2026, 5, 7, tzinfo=UTC)
    with Store.open(settings) as store:
        first = extract_local(store, [jsonl], settings.max_input_bytes, now)
        second = extract_local(store, [parquet], settings.max_input_bytes, now)
        claims = list(store.iter_claims())
        assert store.verify().ok
    assert (first.stored, first.failed, first.claims) == (2, 1, len(claims))
    assert "part-0.jsonl:3" in first.errors[0] and "'text'" in first.errors[0]
    assert claims, "the invented records state claims"
    assert (second.stored, second.duplicates, second.claims, second.failed) == (0, 2, 0, 0)


def test_shard_paths_walk_folders_and_refuse_other_files(tmp_path: Path) -> None:
    (tmp_path / "b.parquet").write_bytes(b"")
    (tmp_path / "a.jsonl").write_text("")
    (tmp_path / "notes.txt").write_text("")
    assert shard_paths([tmp_path]) == [tmp_path / "a.jsonl", tmp_path / "b.parquet"]
    with pytest.raises(InputError, match=r"notes\.txt: is not a \.jsonl or \.parquet shard"):
        shard_paths([tmp_path / "notes.txt"])


@pytest.mark.slow
def test_an_archive_written_as_shards_loads_as_the_same_store(tmp_path: Path) -> None:
    jsonl = tmp_path / "part-0.jsonl"
    twice = [*RECORDS, RECORDS[0]]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in twice) + '{"title": "no text"}\n')
    now = datetime(2026, 5, 7, tzinfo=UTC)
    direct = Settings(database_url=f"sqlite:///{tmp_path}/d.db", blob_dir=tmp_path / "d")
    with Store.open(direct) as store:
        extract_local(store, [jsonl], direct.max_input_bytes, now)
        expected = [c.model_dump() for c in store.iter_claims()]
        documents = sorted(d.id for d in store.iter_documents())
    out = tmp_path / "shards"
    writer = ShardArchiveWriter(out)
    summary = extract_local(writer, [jsonl], direct.max_input_bytes, now)
    writer.close()
    assert (summary.stored, summary.duplicates, summary.failed) == (2, 1, 1)
    assert summary.claims == len(expected) > 0
    assert [p.name for p in writer.paths] == ["claims-00000.parquet"]
    loaded = Settings(database_url=f"sqlite:///{tmp_path}/l.db", blob_dir=tmp_path / "l")
    with Store.open(loaded) as store:
        report = load_shards(store, [out])
        assert report.errors == []
        assert [c.model_dump() for c in store.iter_claims()] == expected
        assert sorted(d.id for d in store.iter_documents()) == documents
        assert store.verify().ok


def test_shard_pairs_turn_over_after_their_records(tmp_path: Path) -> None:
    now = datetime(2026, 5, 7, tzinfo=UTC)
    items = [
        prepare(
            f"line {n}", json.dumps({"text": f"Invented report number {n}."}).encode(), 10**6, now
        )
        for n in range(5)
    ]
    writer = ShardArchiveWriter(tmp_path, shard_records=2)
    for start in range(0, 5, 2):
        writer.write([(item, []) for item in items[start : start + 2]])
    writer.close()
    assert [p.name for p in writer.paths] == [f"claims-0000{n}.parquet" for n in range(3)]
    counts = [pq.read_metadata(documents_path(p)).num_rows for p in writer.paths]
    assert counts == [2, 2, 1]
    assert writer.summary.stored == 5
