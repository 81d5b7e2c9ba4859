"""One gazetteer for the geo tests: built into the normal cache on first use."""

from __future__ import annotations

import pytest

from warledger.geo.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()
