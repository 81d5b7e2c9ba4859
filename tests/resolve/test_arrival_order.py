"""Same incidents in any arrival order: incremental runs equal a full run.

Reports invented for this test are extracted once; then, for orders hypothesis
draws, their documents and claims are stored batch by batch into a fresh store,
resolving after each batch, and the last run's incidents must equal those of one
full run over everything. Late reports about old events (a trial months later, a
second wire story a day late) are among them.
"""

from __future__ import annotations

import itertools
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.errors import StoreError
from warledger.ingest.runner import ingest
from warledger.model import Claim, Document
from warledger.resolve.incident_run import resolve_incidents
from warledger.resolve.incidents import claim_items, cluster
from warledger.store import Store
from warledger.store.schema import incident_claims, incidents

REPORTS = [
    (
        "r1",
        "2024-03-04",
        "Artillery shelled the central market of Kharkiv on Sunday, "
        "killing five civilians and wounding twelve, regional officials said.",
    ),
    (
        "r2",
        "2024-03-04",
        "Five people were killed when shells hit a market in Kharkiv on Sunday, the governor said.",
    ),
    (
        "r3",
        "2024-03-05",
        "Rescuers searched the rubble of the Kharkiv market hit by "
        "shelling on Sunday; the toll rose to six dead.",
    ),
    (
        "r4",
        "2024-03-05",
        "Gunmen attacked a checkpoint near Mosul on Monday, killing "
        "two soldiers, security sources said.",
    ),
    (
        "r5",
        "2024-03-06",
        "Two soldiers were killed in an attack on a checkpoint near "
        "Mosul on Monday, the army said.",
    ),
    (
        "r6",
        "2024-03-09",
        "Police arrested forty protesters in Tbilisi on Saturday after "
        "a march against the new law.",
    ),
    (
        "r7",
        "2024-06-20",
        "A court in Kharkiv opened the trial of two officers over the "
        "shelling of the central market on March 3, in which six people were killed.",
    ),
    (
        "r8",
        "2024-03-10",
        "Drones struck a fuel depot in Odesa overnight, starting a "
        "large fire; no casualties were reported.",
    ),
]


@dataclass(frozen=True)
class Extracted:
    documents: list[tuple[Document, bytes]]
    claims: dict[str, list[Claim]]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Extracted]:
    root = tmp_path_factory.mktemp("arrival")
    feed = root / "reports.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": i, "published": day, "outlet": f"outlet-{i}", "text": text}) + "\n"
            for i, day, text in REPORTS
        ),
        encoding="utf-8",
    )
    config = Settings(database_url=f"sqlite:///{root / 'x.db'}", blob_dir=root / "blobs")
    with Store.open(config) as store, DocumentExtractor(1) as extractor:
        assert ingest(store, [feed], None, config, extractor).failed == 0
        documents = sorted(store.iter_documents(), key=lambda d: str(d.external_id))
        yield Extracted(
            documents=[(d, store.read_blob(d.id)) for d in documents],
            claims={d.id: store.claims_for(d.id) for d in documents},
        )


def partition(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    return {frozenset(members) for members in groups.values()}


def test_the_sample_has_incidents_worth_ordering(extracted: Extracted) -> None:
    claims = [c for cs in extracted.claims.values() for c in cs]
    documents = {d.id: d for d, _ in extracted.documents}
    groups = cluster(claims, documents)
    document_of = {c.id: c.document_id for c in claims}
    # Reports share incidents: the property below is not only about singletons.
    shared = [m for m in groups.values() if len({document_of[c] for c in m}) >= 2]
    assert len(shared) >= 2
    # The trial story months later is linked to the shelling by the date it gives
    # the shelling, not by its own publication date.
    report_of = {d.id: d.external_id for d, _ in extracted.documents}
    reports = [{report_of[document_of[c]] for c in m} for m in groups.values()]
    assert any({"r1", "r2", "r7"} <= found for found in reports)
    assert not any({"r1", "r4"} <= found for found in reports)
    assert len(claim_items(claims, documents)) >= len(REPORTS)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_arrival_order_gives_the_full_runs_incidents(
    extracted: Extracted, data: st.DataObject
) -> None:
    order = data.draw(st.permutations(range(len(extracted.documents))), label="order")
    cuts = data.draw(
        st.lists(st.integers(1, len(order) - 1), max_size=3, unique=True), label="batches"
    )
    bounds = [0, *sorted(cuts), len(order)]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        config = Settings(database_url=f"sqlite:///{root / 'o.db'}", blob_dir=root / "blobs")
        with Store.open(config) as store:
            for start, end in itertools.pairwise(bounds):
                for index in order[start:end]:
                    document, raw = extracted.documents[index]
                    store.add_document(document, raw)
                    store.add_claims(document.id, extracted.claims[document.id], {"test": "1"})
                incremental = resolve_incidents(store)
            full = resolve_incidents(store, full=True)
    assert {i.id: sorted(i.claim_ids) for i in incremental.incidents} == {
        i.id: sorted(i.claim_ids) for i in full.incidents
    }
    assert (full.ledger_entry is not None) and full.ledger_entry.details["written"] == 0


def _store_reports(store: Store, extracted: Extracted, indices: list[int]) -> None:
    for index in indices:
        document, raw = extracted.documents[index]
        store.add_document(document, raw)
        store.add_claims(document.id, extracted.claims[document.id], {"test": "1"})


def _stored_rows(store: Store) -> tuple[list[dict[str, object]], list[tuple[str, str]]]:
    """Every incidents row (with its ``stored_at``) and every membership, in order."""
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(incidents).order_by(incidents.c.id))]
        links = sorted((r.incident_id, r.claim_id) for r in conn.execute(select(incident_claims)))
    return rows, links


def test_a_run_with_nothing_new_changes_nothing(extracted: Extracted, settings: Settings) -> None:
    with Store.open(settings) as store:
        _store_reports(store, extracted, list(range(len(extracted.documents))))
        first = resolve_incidents(store)
        before = _stored_rows(store)
        again = resolve_incidents(store)
        third = resolve_incidents(store)
        assert _stored_rows(store) == before
        assert first.ledger_entry is not None and again.ledger_entry is not None
        assert third.ledger_entry is not None
        assert again.ledger_entry.seq == first.ledger_entry.seq + 1
        assert again.ledger_entry.digest == third.ledger_entry.digest == first.ledger_entry.digest
        # Both repeat the run that listed the incidents, not each other.
        assert again.ledger_entry.details["same_as"] == first.ledger_entry.seq
        assert third.ledger_entry.details["same_as"] == first.ledger_entry.seq
        assert "incidents" not in third.ledger_entry.details
        assert (again.new_claims, again.ledger_entry.details["written"]) == (0, 0)
        assert again.claims_clustered == first.claims_clustered > 0
        assert {i.id: sorted(i.claim_ids) for i in third.incidents} == {
            i.id: sorted(i.claim_ids) for i in first.incidents
        }
        assert third.details == first.details
        assert store.verify().ok


def test_new_reports_after_a_run_with_nothing_new_equal_a_full_run(
    extracted: Extracted, settings: Settings
) -> None:
    order = [6, 0, 3, 5, 1, 7, 2, 4]  # the trial story first, the wire copies late
    with Store.open(settings) as store:
        _store_reports(store, extracted, order[:4])
        resolve_incidents(store)
        kept = resolve_incidents(store)
        _store_reports(store, extracted, order[4:])
        incremental = resolve_incidents(store)
        assert incremental.new_claims > 0
        with pytest.raises(StoreError, match="resolved again"):
            _ = kept.incidents  # read after a later run: not this run's incidents any more
        full = resolve_incidents(store, full=True)
        assert store.verify().ok
    assert {i.id: sorted(i.claim_ids) for i in incremental.incidents} == {
        i.id: sorted(i.claim_ids) for i in full.incidents
    }
    assert full.ledger_entry is not None and full.ledger_entry.details["written"] == 0
