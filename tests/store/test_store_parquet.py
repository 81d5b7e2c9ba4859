"""Claims shards (Parquet) out of one store and into another: the same claims, loaded once,
and a bad shard named with its column while the good ones still load."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from store_samples import make_claims, make_document, raw_report

from warledger.config import Settings
from warledger.errors import StoreError
from warledger.store import Store
from warledger.store.shard_format import CLAIM_COLUMNS, ShardWriter, documents_path
from warledger.store.shard_load import dump_claims, load_shards
from warledger.store.signatures import signature, signature_bytes


def _filled(store: Store, variants: range) -> None:
    raws = [raw_report(f" Variant {n}.") for n in variants]
    docs = [make_document(raw) for raw in raws]
    signed = [
        (doc, raw, signature_bytes(signature(doc.text)))
        for doc, raw in zip(docs, raws, strict=True)
    ]
    store.add_documents(signed)
    store.add_extractions([(doc.id, make_claims(doc), {"claims": "0.1.0"}) for doc in docs])


def _fresh(tmp_path: Path, name: str) -> Store:
    url = f"sqlite:///{tmp_path / name}.db"
    return Store.open(Settings(database_url=url, blob_dir=tmp_path / f"{name}-blobs"))


def test_an_export_loads_into_a_fresh_store_as_the_same_claims_once(
    store: Store, tmp_path: Path
) -> None:
    _filled(store, range(5))
    shard = tmp_path / "out" / "claims.parquet"
    written = dump_claims(store, shard, batch_size=3)
    assert (written.counts.claims, written.counts.documents) == (10, 5)
    with _fresh(tmp_path, "copy") as copy:
        first = load_shards(copy, [shard], batch_size=4)
        assert first.errors == []
        assert (first.documents_stored, first.claims_stored) == (5, 10)
        assert [c.model_dump() for c in copy.iter_claims()] == [
            c.model_dump() for c in store.iter_claims()
        ]
        assert sorted(copy.iter_documents(), key=lambda d: d.id) == sorted(
            store.iter_documents(), key=lambda d: d.id
        )
        assert sorted(copy.minhash_signatures()) == sorted(store.minhash_signatures())
        entries = [e.kind for e in copy.ledger()]
        assert entries.count("document") == 5 and entries.count("extraction") == 5
        assert copy.verify().ok
        second = load_shards(copy, [shard.parent], batch_size=4)
        assert (second.documents_read, second.claims_read) == (5, 10)
        assert (second.documents_stored, second.claims_stored, second.errors) == (0, 0, [])
        assert [e.kind for e in copy.ledger()] == entries
        assert copy.verify().ok


def test_claims_added_later_load_onto_the_stored_ones(store: Store, tmp_path: Path) -> None:
    _filled(store, range(2))
    dump_claims(store, tmp_path / "early.parquet")
    _filled(store, range(2, 4))
    dump_claims(store, tmp_path / "late.parquet")
    with _fresh(tmp_path, "copy") as copy:
        load_shards(copy, [tmp_path / "early.parquet"])
        later = load_shards(copy, [tmp_path / "late.parquet"])
        assert (later.documents_stored, later.claims_stored) == (2, 4)
        assert copy.stats()["claims"] == 8
        assert copy.verify().ok


def _bad_copy(source: Path, target: Path, change: pa.Table) -> None:
    pq.write_table(change, target)
    pq.write_table(pq.read_table(documents_path(source)), documents_path(target))


def test_a_bad_shard_is_named_with_its_column_and_the_others_still_load(
    store: Store, tmp_path: Path
) -> None:
    _filled(store, range(3))
    good = tmp_path / "shards" / "good.parquet"
    dump_claims(store, good)
    with _fresh(tmp_path, "other-source") as other:
        _filled(other, range(3, 6))
        dump_claims(other, tmp_path / "other.parquet")
    table = pq.read_table(tmp_path / "other.parquet")
    missing = tmp_path / "shards" / "missing.parquet"
    _bad_copy(tmp_path / "other.parquet", missing, table.drop_columns(["stance"]))
    wrong = tmp_path / "shards" / "wrong.parquet"
    as_text = table.set_column(
        table.schema.get_field_index("latitude"),
        "latitude",
        pa.array([str(v) for v in table.column("latitude").to_pylist()]),
    )
    _bad_copy(tmp_path / "other.parquet", wrong, as_text)
    with _fresh(tmp_path, "target") as target:
        report = load_shards(target, [tmp_path / "shards"])
        assert sorted(report.errors) == [
            f"{missing}: column 'stance' (string) is missing from this claims shard",
            f"{wrong}: column 'latitude' is string, expected double",
        ]
        assert report.claims_stored == 6  # the good shard's, not the bad ones'
        assert [c.id for c in target.iter_claims()] == [c.id for c in store.iter_claims()]
        assert target.verify().ok


def test_a_column_that_disagrees_with_the_payload_is_refused(store: Store, tmp_path: Path) -> None:
    _filled(store, range(3))
    shard = tmp_path / "claims.parquet"
    dump_claims(store, shard)
    table = pq.read_table(shard)
    stances = table.column("stance").to_pylist()
    stances[-1] = "denied" if stances[-1] != "denied" else "asserted"
    edited = table.set_column(table.schema.get_field_index("stance"), "stance", pa.array(stances))
    pq.write_table(edited.cast(CLAIM_COLUMNS), shard)
    with _fresh(tmp_path, "copy") as copy:
        report = load_shards(copy, [shard], batch_size=2)
        assert len(report.errors) == 1
        assert report.errors[0].startswith(f"{shard}: row 6: column 'stance' is '{stances[-1]}'")
        # rows 1-2 are the first document's: stored once row 3 moved on to the second;
        # the second's are held with it until its rows end, and row 6 fails first
        assert report.claims_stored == 2
        assert copy.verify().ok


def test_claims_without_their_documents_are_refused_by_name(store: Store, tmp_path: Path) -> None:
    _filled(store, range(1))
    shard = tmp_path / "claims.parquet"
    dump_claims(store, shard)
    documents_path(shard).unlink()
    with _fresh(tmp_path, "copy") as copy:
        report = load_shards(copy, [shard])
    assert len(report.errors) == 1
    assert "cite a document that is not stored" in report.errors[0]
    assert "claims.documents.parquet" in report.errors[0]


def test_an_empty_writer_leaves_loadable_empty_files(tmp_path: Path, store: Store) -> None:
    with ShardWriter(tmp_path / "none.parquet"):
        pass
    report = load_shards(store, [tmp_path / "none.parquet"])
    assert (report.shards, report.claims_read, report.errors) == (2, 0, [])


def test_a_missing_path_is_an_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"absent\.parquet: no such shard file or folder"):
        load_shards(store, [tmp_path / "absent.parquet"])


def test_the_loader_signs_documents_again_rather_than_trusting_the_shard(
    store: Store, tmp_path: Path
) -> None:
    raw = raw_report(" Forged.")
    document = make_document(raw)
    store.add_documents([(document, raw, b"\x01" * 1024)])
    store.add_extractions([(document.id, make_claims(document), {"claims": "0.1.0"})])
    shard = tmp_path / "out" / "claims.parquet"
    dump_claims(store, shard, batch_size=3)
    with _fresh(tmp_path, "copy") as copy:
        assert load_shards(copy, [shard], batch_size=4).errors == []
        stored = [data for _id, _group, data in copy.minhash_signatures()]
    assert stored == [signature_bytes(signature(document.text))]
