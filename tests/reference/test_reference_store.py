"""Reference loads in the store: one ledger entry per file, replaced ids, verify catches edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from warledger.config import Settings
from warledger.errors import InputError
from warledger.reference.load import load_reference
from warledger.store import Store
from warledger.store.reference import reference_events_between

HERE = Path(__file__).resolve().parent


def test_load_is_ledgered_and_verified(settings: Settings, tmp_path: Path) -> None:
    with Store.open(settings) as store:
        loaded, entry = load_reference(store, HERE / "acled_sample.csv", "acled")
        assert entry.kind == "reference" and entry.subject_id == loaded.sha256
        assert entry.details["file"] == "acled_sample.csv" and entry.details["skipped"] == 1
        assert len(reference_events_between(store)) == 3
        _, again = load_reference(store, HERE / "acled_sample.csv", "acled")  # same ids: replaced
        assert again.seq == entry.seq + 1 and len(reference_events_between(store)) == 3
        load_reference(store, HERE / "ucdp_ged_sample.csv", "ucdp-ged")
        assert len(reference_events_between(store)) == 5
        assert store.verify().ok, store.verify().problems
        with store.engine.begin() as conn:
            conn.execute(
                text("UPDATE reference_events SET fatalities = 99 WHERE id = 'acled:XMD101'")
            )
        problems = store.verify().problems
        assert problems == [
            "reference event acled:XMD101 differs from what its latest reference load recorded"
        ]
        empty = tmp_path / "empty.csv"
        empty.write_text((HERE / "acled_sample.csv").read_text().splitlines()[0] + "\n")
        with pytest.raises(InputError, match="gave no usable acled event"):
            load_reference(store, empty, "acled")
