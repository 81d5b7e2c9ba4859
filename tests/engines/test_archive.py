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
from warledger.engines.archive import extract_local, shard_paths
from warledger.errors import InputError
from warledger.store import Store

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
