"""Shared fixtures: ``settings`` for both databases, and ``shared_dir`` for the gold data.

Each PostgreSQL test gets its own fresh schema in database ``test`` (selected with
``search_path`` in the URL) and drops it afterwards, because several people run
the tests against the same server at once. If the server cannot be reached the
PostgreSQL half is skipped, unless ``WARLEDGER_REQUIRE_POSTGRES=1`` (CI), where
that is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from required_parts import missing
from synthetic_store import Synthetic, fill
from warledger.config import Settings
from warledger.store import Store

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REPO = Path(__file__).resolve().parents[1]


def _postgres_url() -> URL:
    return make_url(os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL))


def _run_admin(url: URL, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def postgres_settings(tmp_path: Path) -> Iterator[Settings]:
    """Settings for a brand-new schema of its own on the test PostgreSQL server."""
    base = _postgres_url()
    schema = f"t_{uuid.uuid4().hex}"
    try:
        _run_admin(base, f'CREATE SCHEMA "{schema}"')
    except OperationalError as exc:
        missing("POSTGRES", f"PostgreSQL at {base!r} is unreachable: {exc}")
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield Settings(
            database_url=url.render_as_string(hide_password=False),
            blob_dir=tmp_path / "blobs",
        )
    finally:
        _run_admin(base, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def sqlite_settings(tmp_path: Path) -> Settings:
    """Settings for a new SQLite file (and its blob folder) in the test's temporary dir."""
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'warledger.db'}", blob_dir=tmp_path / "blobs"
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest) -> Settings:
    """The same test once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_settings")


@pytest.fixture
def synthetic(settings: Settings) -> Iterator[tuple[Store, Synthetic]]:
    """A store (SQLite and PostgreSQL) filled by ``synthetic_store.fill``: the API's and
    the read layer's tests page and filter its incidents."""
    with Store.open(settings) as store:
        yield store, fill(store)


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the repository (or ``WARLEDGER_SHARED``); skips when absent
    (fails under ``WARLEDGER_REQUIRE_SHARED=1``)."""
    path = Path(os.environ.get("WARLEDGER_SHARED") or REPO / ".." / "shared").resolve()
    if not path.is_dir():
        missing("SHARED", f"shared data folder {path} is absent (set WARLEDGER_SHARED)")
    return path
