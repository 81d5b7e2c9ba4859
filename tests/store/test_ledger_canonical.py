"""The ledger's canonical JSON: one spelling per value, whatever the machine's time zone,
so a digest computed today is the digest recomputed by ``verify`` anywhere later."""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from warledger.config import Settings
from warledger.model import LedgerEntry
from warledger.store import Store
from warledger.store.ledger import (
    GENESIS_HASH,
    append,
    append_many,
    canonical_json,
    chain_problem,
    count,
    digest_of,
    digest_problems,
    entries,
    entry_hash,
    last_seq,
)


@pytest.fixture
def far_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone five and a half hours ahead of UTC."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_keys_sorted_no_spaces_non_ascii_kept() -> None:
    assert canonical_json({"b": [1, 2.5], "a": "Київ", "c": None}) == (
        '{"a":"Київ","b":[1,2.5],"c":null}'
    )


def test_datetimes_are_utc_with_microseconds_whatever_the_local_zone(far_from_utc: None) -> None:
    naive = datetime(2026, 3, 1, 23, 30, 5, 7)
    aware = datetime(2026, 3, 2, 1, 30, 5, 7, tzinfo=timezone(timedelta(hours=2)))
    assert canonical_json([naive, aware, naive.replace(tzinfo=UTC)]) == (
        '["2026-03-01T23:30:05.000007Z","2026-03-01T23:30:05.000007Z",'
        '"2026-03-01T23:30:05.000007Z"]'
    )


def test_dates_and_bytes_have_one_spelling() -> None:
    assert canonical_json({"d": date(2026, 4, 9), "b": b"\x00\xff"}) == (
        '{"b":"00ff","d":"2026-04-09"}'
    )


def test_values_without_a_spelling_are_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"^cannot put set into a ledger digest$"):
        canonical_json({"s": {1}})
    with pytest.raises(ValueError):
        canonical_json({"x": math.nan})


def test_digest_is_the_sha256_of_the_canonical_utf8() -> None:
    value = {"k": "Київ", "n": 1}
    expected = hashlib.sha256('{"k":"Київ","n":1}'.encode()).hexdigest()
    assert digest_of(value) == expected == digest_of({"n": 1, "k": "Київ"})


AT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def entry(seq: int, prev_hash: str, **fields: object) -> LedgerEntry:
    """An entry whose hash is right for its fields (``fields`` may then be edited apart)."""
    kind, subject, digest = "document", f"doc-{seq}", "d" * 64
    details: dict[str, object] = {"n": seq}
    made = LedgerEntry(
        seq=seq,
        kind=kind,
        subject_id=subject,
        digest=digest,
        prev_hash=prev_hash,
        hash=entry_hash(prev_hash, seq, kind, subject, digest, AT, details),
        recorded_at=AT,
        details=details,
    )
    return made.model_copy(update=fields)


def test_entry_hash_chains_the_previous_hash_and_the_canonical_body() -> None:
    body = (
        '{"details":{"n":1},"digest":"' + "d" * 64 + '","kind":"document",'
        '"recorded_at":"2026-01-02T03:04:05.000000Z","seq":1,"subject_id":"doc-1"}'
    )
    expected = hashlib.sha256((GENESIS_HASH + body).encode()).hexdigest()
    assert entry(1, GENESIS_HASH).hash == expected


def test_chain_problem_names_each_break() -> None:
    first = entry(1, GENESIS_HASH)
    second = entry(2, first.hash)
    assert chain_problem(first, 1, GENESIS_HASH) is None
    assert chain_problem(second, 2, first.hash) is None
    assert chain_problem(entry(5, first.hash), 2, first.hash) == (
        "ledger seq 5: expected seq 2 (entries 2..4 are missing or reordered)"
    )
    assert chain_problem(second, 2, GENESIS_HASH) == (
        "ledger seq 2: prev_hash does not match the hash of the entry before it"
    )
    edits: list[dict[str, object]] = [
        {"kind": "claims"},
        {"subject_id": "doc-9"},
        {"digest": "e" * 64},
        {"recorded_at": AT + timedelta(microseconds=1)},
        {"details": {"n": 3}},
    ]
    for edit in edits:
        assert chain_problem(entry(2, first.hash, **edit), 2, first.hash) == (
            "ledger seq 2: stored hash does not match its contents (entry edited)"
        ), edit


def test_digest_problems_name_missing_inserted_and_changed_rows_in_id_order() -> None:
    recorded = {"a": "1", "b": "2", "c": "3"}
    current = {"a": "1", "b": "9", "d": "4"}
    assert digest_problems("claim", recorded, current, "ledger seq 7") == [
        "claim b differs from what ledger seq 7 recorded",
        "claim c recorded by ledger seq 7 is missing",
        "claim d has no ledger entry (inserted directly)",
    ]
    assert digest_problems("claim", recorded, dict(recorded), "ledger seq 7") == []


def test_append_many_chains_from_genesis_and_reads_back(sqlite_settings: Settings) -> None:
    with Store.open(sqlite_settings) as store:
        assert store.last_seq() == 0
        with store.write_transaction() as conn:
            assert append_many(conn, []) == []
            made = append_many(
                conn, [("note", "a", "d" * 64, {}), ("note", "b", "e" * 64, {"k": 1})]
            )
            more = append(conn, "note", "c", "f" * 64)
        assert [e.seq for e in (*made, more)] == [1, 2, 3]
        assert made[0].prev_hash == GENESIS_HASH
        assert (made[1].prev_hash, more.prev_hash) == (made[0].hash, made[1].hash)
        assert more.details == {} and made[1].details == {"k": 1}
        for stored in (*made, more):
            assert chain_problem(stored, stored.seq, stored.prev_hash) is None
        assert store.last_seq() == 3
        with store.engine.connect() as conn:
            assert list(entries(conn)) == [*made, more]
            assert list(entries(conn, since_seq=2)) == [more]
            assert (last_seq(conn), count(conn)) == (3, 3)
        with store.write_transaction() as conn, pytest.raises(TypeError, match="cannot put set"):
            append(conn, "note", "d", "0" * 64, {"bad": {1}})
        assert store.last_seq() == 3
