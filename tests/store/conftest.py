"""A ``store`` opened on each database of the shared ``settings`` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from warledger.config import Settings
from warledger.store import Store


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with Store.open(settings) as opened:
        yield opened
