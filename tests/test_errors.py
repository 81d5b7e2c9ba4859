"""The exception hierarchy: one base to catch, and messages that name the input."""

from __future__ import annotations

import pytest

from warledger.errors import (
    ConfigError,
    EvalError,
    InputError,
    ReviewError,
    StoreError,
    WarledgerError,
)


def test_an_input_error_names_its_input_then_the_reason_then_the_hint() -> None:
    error = InputError("reports/a.html", "is not valid UTF-8", "save it as UTF-8")
    assert str(error) == "reports/a.html: is not valid UTF-8 (save it as UTF-8)"
    assert (error.source, error.reason, error.hint) == (
        "reports/a.html",
        "is not valid UTF-8",
        "save it as UTF-8",
    )
    assert str(InputError("feed.jsonl:3", "is not JSON")) == "feed.jsonl:3: is not JSON"


@pytest.mark.parametrize("kind", [InputError, StoreError, ConfigError, EvalError, ReviewError])
def test_every_error_is_a_warledger_error(kind: type[Exception]) -> None:
    assert issubclass(kind, WarledgerError)
    assert not issubclass(WarledgerError, kind)
