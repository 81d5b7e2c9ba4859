"""Skip a test whose outside part is missing, unless the run requires that part.

On a laptop a missing PostgreSQL, ``../shared`` folder or Chromium skips the tests
that need it; ``.ci/run`` sets one ``WARLEDGER_REQUIRE_<PART>=1`` variable per part,
so there the same absence fails the run instead of passing it with skips.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

PARTS = ("POSTGRES", "RAY", "SHARED", "CHROMIUM")


def required(part: str) -> bool:
    """Whether this run requires ``part`` (one of ``PARTS``)."""
    assert part in PARTS, part
    return os.environ.get(f"WARLEDGER_REQUIRE_{part}") == "1"


def missing(part: str, message: str) -> NoReturn:
    """Skip with ``message``, or fail with it when the run requires ``part``."""
    if required(part):
        pytest.fail(f"{message} (WARLEDGER_REQUIRE_{part}=1, so this is a failure)")
    pytest.skip(message)
