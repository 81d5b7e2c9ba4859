"""Two processes writing at once still leave one valid chain."""

from __future__ import annotations

import itertools
import multiprocessing

from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.config import Settings
from warledger.model import Review, ReviewAction
from warledger.store import Store

PER_WORKER = 12


def _write_many(settings: Settings, worker: int) -> None:
    with Store.open(settings) as store:
        for i in range(PER_WORKER):
            raw = raw_report(f" Worker {worker}, report {i}.")
            doc = make_document(raw)
            store.add_document(doc, raw)
            claim = make_claims(doc)[0]
            store.add_claims(doc.id, [claim], PRODUCER)
            store.add_review(
                Review(
                    target_kind="claim",
                    target_id=claim.id,
                    action=ReviewAction.ACCEPT,
                    analyst=f"worker-{worker}",
                )
            )


def test_concurrent_appends_keep_one_chain(settings: Settings) -> None:
    Store.open(settings).close()
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_many, args=(settings, n)) for n in (1, 2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=300)
    assert [p.exitcode for p in workers] == [0, 0]
    with Store.open(settings) as store:
        entries = list(store.ledger())
        report = store.verify()
        stats = store.stats()
    assert report.problems == []
    assert report.entries_checked == 6 * PER_WORKER
    assert [e.seq for e in entries] == list(range(1, 6 * PER_WORKER + 1))
    assert all(b.hash == a.prev_hash for b, a in itertools.pairwise(entries))
    analysts = {str(e.details.get("action")) for e in entries if e.kind == "review"}
    assert analysts == {"accept"}
    assert stats["documents"] == 2 * PER_WORKER
    assert stats["reviews"] == 2 * PER_WORKER
