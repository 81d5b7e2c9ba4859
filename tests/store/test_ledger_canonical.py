"""The ledger's canonical JSON: one spelling per value, whatever the machine's time zone,
so a digest computed today is the digest recomputed by ``verify`` anywhere later."""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from warledger.store.ledger import canonical_json, digest_of


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
