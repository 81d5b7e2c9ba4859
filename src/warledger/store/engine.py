"""Database engines configured for the store, and the programmatic Alembic upgrade.

SQLite needs four things the default pysqlite set-up does not give: WAL (readers
never block the writer), ``foreign_keys=ON`` (off by default), a busy timeout
so a second process waits for the write lock instead of failing, and a page cache
sized for an archive (``CACHE_KIB``). pysqlite's own
transaction handling is switched off so the store can say ``BEGIN IMMEDIATE``
for writes: that takes the database write lock up front, which is what keeps
ledger appends from two processes in one chain.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Column, Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from warledger.errors import ConfigError, StoreError
from warledger.store.bulk_copy import COPY_OPTION

BUSY_TIMEOUT_S = 60
CACHE_KIB = 64 * 1024
"""Each SQLite connection's page cache (it grows to this only as pages are read). SQLite's
default of 2 MB is smaller than the incident list index and the claims index of an archive
of 1,000,000 claims, so every read went back to the operating system for the same pages:
a filtered map plus a claim count took 15 ms of CPU with it and 5.7 ms with 32 MB or more."""
IN_CHUNK = 500
"""Ids per ``IN (...)`` list: far below SQLite's and PostgreSQL's bound-parameter limits."""
WRITE_OPTION = "warledger_write"
"""Execution option marking a connection whose transactions take the write lock."""

_MIGRATION_LOCK_KEY = 0x7761726C  # "warl": PostgreSQL advisory lock held while migrating


def make_engine(database_url: str) -> Engine:
    """An engine for ``database_url``, with the SQLite settings above when it is SQLite."""
    try:
        if database_url.startswith("sqlite"):
            engine = create_engine(
                database_url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
            )
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(database_url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError(
            f"database URL {database_url!r} is not usable: {exc} "
            "(use sqlite:///path.db or postgresql+psycopg://user@host/db)"
        ) from exc
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the "begin" listener emits BEGIN itself
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    finally:
        cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def writer(engine: Engine, copy: bool = True) -> Engine:
    """The same engine, but its transactions take the write lock (SQLite ``BEGIN IMMEDIATE``);
    ``copy=False`` makes batch writes use INSERT on PostgreSQL too (``store.bulk_copy``)."""
    return engine.execution_options(**{WRITE_OPTION: True, COPY_OPTION: copy})


def alembic_config() -> Config:
    """The packaged Alembic configuration (``store/alembic.ini`` + ``store/migrations``)."""
    ini = files("warledger.store").joinpath("alembic.ini")
    config = Config(str(ini))
    config.set_main_option("script_location", str(files("warledger.store").joinpath("migrations")))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, once even if several processes race here."""
    config = alembic_config()
    try:
        with writer(engine).begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
                )
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(
            f"could not create or upgrade the schema at {engine.url!r}: {exc} "
            "(is the database reachable and writable?)"
        ) from exc


def existing_ids(conn: Connection, column: Column[str], ids: list[str]) -> set[str]:
    """Those of ``ids`` present in ``column`` (a primary key), asked ``IN_CHUNK`` at a time
    so that a large batch never exceeds a database's limit on bound parameters."""
    found: set[str] = set()
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        found.update(conn.execute(select(column).where(column.in_(chunk))).scalars())
    return found
