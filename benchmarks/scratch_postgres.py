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
        yield _scoped(url, schema)
    finally:
        _admin(url, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@contextmanager
def kept_schema(url: str, schema: str) -> Iterator[str]:
    """The schema ``schema`` in the database at ``url`` (created if missing, kept afterwards,
    so a large benchmark archive is loaded once and measured many times); yields a URL
    whose search_path is that schema."""
    if not schema.isidentifier():
        raise ValueError(f"schema name {schema!r}: use letters, digits and underscores")
    _admin(url, f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    yield _scoped(url, schema)


def _scoped(url: str, schema: str) -> str:
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return scoped.render_as_string(hide_password=False)


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()
