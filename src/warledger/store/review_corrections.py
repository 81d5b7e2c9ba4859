"""Corrections in analysts' reviews: which fields each kind of item takes, and
checking and typing their values (from the command line, a web form or the API)
before ``reviews.check_review`` lets a review be recorded. A correction refused
here names the field, the value and what the field takes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from warledger.errors import ReviewError
from warledger.model import PloverType

MAX_TOLL = 1_000_000
MAX_MODE_CHARS = 64
MAX_PLACE_CHARS = 200
MAX_ID_CHARS = 200
MAX_REMOVED = 10_000

CLAIM_FIELDS: dict[str, str] = {
    "event_type": "a PLOVER type (" + ", ".join(t.value for t in PloverType) + ")",
    "mode": f"text of 1 to {MAX_MODE_CHARS} characters, e.g. shelling",
    "place": f"a place name of 1 to {MAX_PLACE_CHARS} characters",
    "killed": f"a whole number from 0 to {MAX_TOLL:,}",
    "injured": f"a whole number from 0 to {MAX_TOLL:,}",
    "date": "an ISO date YYYY-MM-DD",
}
"""Fields a claim correction may set, and what each takes."""
INCIDENT_FIELDS: dict[str, str] = {
    "remove_claim_ids": "a non-empty list of member claim ids of the incident",
}
"""Fields an incident correction may set, and what each takes."""
FIELDS: dict[str, dict[str, str]] = {"claim": CLAIM_FIELDS, "incident": INCIDENT_FIELDS}


def shown(value: object) -> str:
    """A value as an error message quotes it: its repr, cut to 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(kind: str, field: str, value: object) -> ReviewError:
    return ReviewError(
        f"correction {field}={shown(value)} is not allowed: {field} takes {FIELDS[kind][field]}"
    )


def _text(kind: str, field: str, limit: int) -> Callable[[object], None]:
    def check(value: object) -> None:
        if not isinstance(value, str) or not value.strip() or len(value) > limit:
            raise _bad(kind, field, value)

    return check


def _toll(field: str) -> Callable[[object], None]:
    def check(value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_TOLL:
            raise _bad("claim", field, value)

    return check


def _event_type(value: object) -> None:
    if not isinstance(value, str) or value not in {t.value for t in PloverType}:
        raise _bad("claim", "event_type", value)


def _date(value: object) -> None:
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise _bad("claim", "date", value) from None


def _claim_ids(value: object) -> None:
    if (
        not isinstance(value, list)
        or not value
        or len(value) > MAX_REMOVED
        or not all(isinstance(i, str) and 0 < len(i) <= MAX_ID_CHARS for i in value)
        or len(set(value)) != len(value)
    ):
        raise ReviewError(
            f"correction remove_claim_ids={shown(value)} is not allowed: remove_claim_ids "
            "takes a non-empty list of distinct member claim ids of the incident"
        )


_CHECKS: dict[str, dict[str, Callable[[object], None]]] = {
    "claim": {
        "event_type": _event_type,
        "mode": _text("claim", "mode", MAX_MODE_CHARS),
        "place": _text("claim", "place", MAX_PLACE_CHARS),
        "killed": _toll("killed"),
        "injured": _toll("injured"),
        "date": _date,
    },
    "incident": {"remove_claim_ids": _claim_ids},
}


def _check_field_name(kind: str, field: str) -> None:
    checks = _CHECKS.get(kind, {})
    if field not in checks:
        allowed = ", ".join(sorted(checks)) or "none (this kind takes no correction)"
        raise ReviewError(
            f"correction field {shown(field)} is not allowed in {kind} reviews; "
            f"allowed fields: {allowed}"
        )


def check_correction(kind: str, correction: Mapping[str, object]) -> None:
    """Raise ``ReviewError`` unless every field is allowed for ``kind`` and well typed."""
    for field in sorted(correction):
        _check_field_name(kind, field)
        _CHECKS[kind][field](correction[field])


def parse_correction(kind: str, pairs: Iterable[str]) -> dict[str, object]:
    """``FIELD=VALUE`` texts (command line, web form) as a typed correction: tolls as
    numbers, event types upper-cased, ``remove_claim_ids`` split on commas."""
    correction: dict[str, object] = {}
    for pair in pairs:
        field, sep, raw = pair.partition("=")
        field, raw = field.strip(), raw.strip()
        if not sep or not field:
            raise ReviewError(f"correction {shown(pair)}: write FIELD=VALUE, e.g. killed=12")
        if field in correction:
            raise ReviewError(f"correction field {field!r} is given twice; give it once")
        _check_field_name(kind, field)
        value: object = raw
        if field in ("killed", "injured"):
            try:
                value = int(raw)
            except ValueError:
                raise _bad(kind, field, raw) from None
        elif field == "event_type":
            value = raw.upper()
        elif field == "remove_claim_ids":
            value = [i.strip() for i in raw.split(",") if i.strip()]
        correction[field] = value
    check_correction(kind, correction)
    return correction
