"""One exception hierarchy. Every message names the input and says what to do."""

from __future__ import annotations


class WarledgerError(Exception):
    """Base class: anything warledger raises on purpose."""


class InputError(WarledgerError):
    """An input could not be read. ``source`` names it; the batch goes on."""

    def __init__(self, source: str, reason: str, hint: str = "") -> None:
        self.source = source
        self.reason = reason
        self.hint = hint
        message = f"{source}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class StoreError(WarledgerError):
    """The database or blob store refused an operation."""


class ConfigError(WarledgerError):
    """A setting is missing or malformed."""


class EvalError(WarledgerError):
    """A gold set is missing or not laid out as its adapter expects."""


class ReviewError(WarledgerError):
    """A review was refused before it was recorded: its target is unknown or stale, or its
    action or correction does not fit the kind of item it reviews."""
