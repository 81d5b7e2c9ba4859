"""A store filled once per module from three invented reports (tests/api/reports.jsonl),
extracted with the local engine and resolved into incidents, and an API client over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from synthetic_store import Synthetic
from warledger.config import Settings
from warledger.engines.local import DocumentExtractor
from warledger.ingest.runner import ingest
from warledger.resolve.incident_run import resolve_incidents
from warledger.server import create_app
from warledger.store import Store
from warledger.store.tokens import create_token

REPORTS = Path(__file__).resolve().parent / "reports.jsonl"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, Store]]:
    root = tmp_path_factory.mktemp("api")
    settings = Settings(database_url=f"sqlite:///{root / 'w.db'}", blob_dir=root / "blobs")
    with Store.open(settings) as store:
        with DocumentExtractor(1) as extractor:
            summary = ingest(store, [REPORTS], None, settings, extractor)
        assert summary.stored == 3 and summary.failed == 0
        resolve_incidents(store)
        yield settings, store


@pytest.fixture(scope="module")
def client(loaded: tuple[Settings, Store]) -> Iterator[TestClient]:
    with TestClient(create_app(loaded[0])) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def store(loaded: tuple[Settings, Store]) -> Store:
    return loaded[1]


def _bearer(store: Store, role: str) -> dict[str, str]:
    _info, secret = create_token(store, role, f"test {role}")
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture(scope="module")
def bearer(store: Store) -> Callable[[str], dict[str, str]]:
    """Headers carrying a new token of the role it is called with."""
    return lambda role: _bearer(store, role)


@pytest.fixture(scope="module")
def reader(store: Store) -> dict[str, str]:
    return _bearer(store, "reader")


@pytest.fixture
def api(
    settings: Settings, synthetic: tuple[Store, Synthetic]
) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A client over the synthetic store and a reader's headers."""
    _info, secret = create_token(synthetic[0], "reader", "synthetic")
    with TestClient(create_app(settings)) as client:
        yield client, {"Authorization": f"Bearer {secret}"}
