"""Batch inserts: PostgreSQL ``COPY ... FROM STDIN`` where it pays, a multi-row INSERT elsewhere.

A batch write (``Store.add_documents``, ``Store.add_extractions``, ``ledger.append_many``)
inserts hundreds of rows into one table inside the write transaction. On PostgreSQL a
multi-row ``INSERT`` still has the server parse and plan statements of bound
parameters; ``COPY`` streams the rows in the text format with no statement per row, and
it runs inside the same transaction, so a crash still leaves all of the batch or none
of it, and the row triggers (``claim_actors``, the full-text index) fire as for inserts.

Values are converted by each column's own SQLAlchemy bind processor first (UTC
datetimes, JSON text, bytes), so a row copied is the row an INSERT would have stored,
and the digests the ledger records of it stay the same. SQLite, and batches under
``COPY_MIN_ROWS``, take the INSERT. ``COPY_OPTION`` (an execution option, set from
``Settings.bulk_copy``) turns COPY off, for the benchmark's baseline.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import DBAPIError

COPY_OPTION = "warledger_copy"
"""Execution option: False makes ``insert_rows`` use a multi-row INSERT on PostgreSQL too."""
COPY_MIN_ROWS = 8
"""Fewer rows than this go by INSERT: COPY's own round trips cost more than it saves."""


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts of column values) into ``table`` in the caller's transaction."""
    if not rows:
        return
    if (
        conn.dialect.name != "postgresql"
        or len(rows) < COPY_MIN_ROWS
        or not conn.get_execution_options().get(COPY_OPTION, True)
    ):
        conn.execute(insert(table), list(rows))
        return
    names = [column.name for column in table.columns]
    processors: list[Callable[[Any], Any] | None] = [
        column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        for column in table.columns
    ]
    quote = conn.dialect.identifier_preparer
    columns = ", ".join(quote.quote(name) for name in names)
    statement = f"COPY {quote.format_table(table)} ({columns}) FROM STDIN"
    dbapi = conn.connection.driver_connection
    assert dbapi is not None, "a live connection has a driver connection"
    try:
        with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(
                    [
                        value if process is None else process(value)
                        for value, process in zip(
                            (row.get(name) for name in names), processors, strict=True
                        )
                    ]
                )
    except conn.dialect.loaded_dbapi.Error as exc:
        # as SQLAlchemy would have raised it, so the store's write turns it into StoreError
        raise DBAPIError.instance(
            statement, None, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
        ) from exc
