"""Alembic environment for warledger.

``Store.open`` passes its own connection in ``config.attributes["connection"]``,
already inside a locked transaction, so migrations run once even when several
processes open a new database at the same moment. Run from the command line
(for writing new revisions) it connects to ``WARLEDGER_DATABASE_URL``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from warledger.config import Settings
from warledger.store.schema import metadata


def run_with(connection: Connection) -> None:
    """Run the pending revisions on ``connection`` (batch mode lets SQLite alter tables)."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    engine = create_engine(Settings.from_env().database_url)
    try:
        with engine.begin() as own:
            run_with(own)
    finally:
        engine.dispose()


run()
