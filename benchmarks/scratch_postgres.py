"""A throwaway PostgreSQL schema for a benchmark run, so it never touches real data."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def scratch_schema(url: str) -> Iterator[str]:
    """A new, empty schema in the database at ``url``; yields a URL whose search_path is
    that schema, and drops the schema (with everything in it) afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    _admin(url, f'CREATE SCHEMA "{schema}"')
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        _admin(url, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()
