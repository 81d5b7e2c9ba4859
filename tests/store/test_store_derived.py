"""verify compares the derived tables (claim_actors, the full-text index) with the rows they
are derived from, and --repair-derived rebuilds them (issue 12, item 9)."""

from __future__ import annotations

from sqlalchemy import text
from store_samples import PRODUCER, make_claims, make_document, raw_report

from warledger.store import Store


def _filled(store: Store) -> Store:
    raw = raw_report()
    doc = make_document(raw)
    store.add_document(doc, raw)
    store.add_claims(doc.id, make_claims(doc), PRODUCER)
    return store


def _sql(store: Store, statement: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(statement))


def test_an_actor_row_deleted_or_added_is_reported_and_repaired(store: Store) -> None:
    _filled(store)
    assert store.verify().ok
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM claim_actors")).scalar_one()
    assert rows >= 2
    _sql(store, "DELETE FROM claim_actors WHERE role = 'target'")
    _sql(
        store,
        "INSERT INTO claim_actors (claim_id, actor_id, role) "
        "SELECT id, 'someone-else', 'initiator' FROM claims LIMIT 1",
    )
    problems = store.verify().problems
    assert len(problems) == 1 and problems[0].startswith("claim_actors: ")
    assert "rows no claim's payload gives" in problems[0] and "--repair-derived" in problems[0]
    store.repair_derived()
    assert store.verify().ok
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claim_actors")).scalar_one() == rows


def test_an_edited_full_text_index_is_reported_and_repaired(store: Store) -> None:
    _filled(store)
    if store.engine.dialect.name == "postgresql":
        _sql(store, "UPDATE documents_fts SET vector = to_tsvector('english', 'planted words')")
    else:
        _sql(store, "DELETE FROM documents_fts_docno")
    problems = store.verify().problems
    assert len(problems) == 1 and problems[0].startswith("full-text index: ")
    store.repair_derived()
    assert store.verify().ok
