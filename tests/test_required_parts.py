"""A missing outside part skips its tests on a laptop and fails them in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from required_parts import PARTS, missing

REPO = Path(__file__).resolve().parents[1]


def test_a_missing_part_skips_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARLEDGER_REQUIRE_SHARED", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no gold here"):
        missing("SHARED", "no gold here")
    monkeypatch.setenv("WARLEDGER_REQUIRE_SHARED", "1")
    with pytest.raises(pytest.fail.Exception, match="WARLEDGER_REQUIRE_SHARED=1"):
        missing("SHARED", "no gold here")


def test_ci_requires_every_part() -> None:
    """``.ci/run`` turns every skip of a required part into a failure."""
    script = (REPO / ".ci" / "run").read_text()
    unset = [p for p in PARTS if f"export WARLEDGER_REQUIRE_{p}=1" not in script]
    assert unset == []
