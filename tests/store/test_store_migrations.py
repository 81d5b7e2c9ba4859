"""The Alembic migrations build exactly the schema the code declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from warledger.config import Settings
from warledger.store import Store
from warledger.store.engine import alembic_config
from warledger.store.schema import metadata


def test_migrated_schema_matches_metadata(settings: Settings) -> None:
    with Store.open(settings) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert context.get_current_revision() == head == "0003"
        tables = set(inspect(conn).get_table_names())
    assert set(metadata.tables) | {"alembic_version"} == tables


def test_opening_twice_does_not_migrate_again(settings: Settings) -> None:
    Store.open(settings).close()
    with Store.open(settings) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert context.get_current_revision() == "0003"
        assert store.stats()["ledger_entries"] == 0


def test_sqlite_pragmas(sqlite_settings: Settings) -> None:
    with Store.open(sqlite_settings) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
