"""The Alembic migrations build exactly the schema the code declares."""

from __future__ import annotations

from collections import Counter

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select
from store_samples import make_document, raw_report

from synthetic_store import fill
from warledger.config import Settings
from warledger.query.incidents import IncidentFilter, incident_facets
from warledger.store import Store
from warledger.store.engine import alembic_config, upgrade
from warledger.store.schema import incidents, metadata
from warledger.store.signatures import signature, signature_bytes

FULLTEXT_PREFIX = "documents_fts"
"""Full-text tables of migration 0004, different on each database, so they are not in the
shared ``metadata`` and are left out of the comparison (tests/api/test_api_search.py checks
that they work). SQLite: the FTS5 virtual table, which SQLAlchemy cannot declare, the shadow
tables FTS5 creates for it (_data, _idx, _docsize, _config) and its rowid table.
PostgreSQL: a table of tsvector values (a type SQLite does not have) with a GIN index."""


def _declared(name: str | None, type_: str, *_args: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FULLTEXT_PREFIX))


def test_migrated_schema_matches_metadata(settings: Settings) -> None:
    with Store.open(settings) as store, store.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": _declared}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, metadata) == []
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert context.get_current_revision() == head == "0012"
        tables = set(inspect(conn).get_table_names())
    fulltext = {t for t in tables if t.startswith(FULLTEXT_PREFIX)}
    assert "documents_fts" in fulltext
    if store.engine.dialect.name == "sqlite":
        assert {"documents_fts_data", "documents_fts_docno"} <= fulltext
    assert set(metadata.tables) | {"alembic_version"} == tables - fulltext


def test_opening_twice_does_not_migrate_again(settings: Settings) -> None:
    Store.open(settings).close()
    with Store.open(settings) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert context.get_current_revision() == "0012"
        assert store.stats()["ledger_entries"] == 0


def test_sqlite_pragmas(sqlite_settings: Settings) -> None:
    with Store.open(sqlite_settings) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_migration_0007_re_signs_documents_signed_the_earlier_way(settings: Settings) -> None:
    raw = raw_report()
    document = make_document(raw)
    with Store.open(settings) as store:
        store.add_document(document, raw, minhash=b"\x07" * 1024)
        store.add_document(make_document(raw + b" unsigned"), raw + b" unsigned", minhash=None)
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0006")
        upgrade(store.engine)
        signatures = {doc_id: data for doc_id, _group, data in store.minhash_signatures()}
    # the earlier signature is replaced by this version's; a document with none keeps none
    assert signatures == {document.id: signature_bytes(signature(document.text))}


def test_migration_0009_copies_each_incident_country_and_verify_holds(settings: Settings) -> None:
    """Incidents stored before 0009 get the country of their place, and the resolution entry
    written before the column existed still verifies (country is not digested)."""
    with Store.open(settings) as store:
        data = fill(store)
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0008")
        upgrade(store.engine)
        with store.engine.connect() as conn:
            stored = dict(conn.execute(select(incidents.c.id, incidents.c.country)).all())
        report = store.verify()
        counted = incident_facets(store, IncidentFilter())["country"]
    expected = {i.id: i.place.country if i.place else None for i in data.incidents}
    assert stored == expected and any(stored.values())
    assert report.ok, report.problems
    assert counted == dict(Counter(c for c in expected.values() if c).most_common())


def test_migration_0011_counts_the_incidents_stored_before_it(settings: Settings) -> None:
    """Downgrading drops the kept counts and their triggers; upgrading counts the stored
    incidents again, and verify agrees with the counts."""
    with Store.open(settings) as store:
        data = fill(store)
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0010")
            assert "incident_facet_counts" not in inspect(conn).get_table_names()
        upgrade(store.engine)
        report = store.verify()
        counted = incident_facets(store, IncidentFilter())["grade"]
    assert report.ok, report.problems
    assert counted == dict(Counter(i.grade.value for i in data.incidents).most_common())
