"""The review form, parsed into a ``model.Review`` with an explicit, typed correction.

A correction is data that resolution and exports will act on, so it is never a
free-form dictionary: each kind of item has a closed set of fields, each field
one type (a PLOVER type, a mode word, a place name, a non-negative whole number,
an ISO date, claim ids), and anything else is refused with a message that names
the field and says what it takes. Empty fields are simply not part of the
correction, so one form serves accept, correct and reject.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from warledger.errors import WarledgerError
from warledger.model import PloverType, Review, ReviewAction

TARGET_KINDS = ("claim", "incident", "actor_merge")
"""What an analyst reviews: a claim, an incident grouping, a recorded actor merge."""
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "claim": ("event_type", "mode", "place", "killed", "injured", "date"),
    "incident": ("remove_claim_ids",),
    "actor_merge": (),
}
"""The correction fields each kind of item takes (a merge is only accepted or rejected)."""
FORM_FIELDS = ("csrf", "target_kind", "target_id", "action", "note", "return_to")
MAX_NOTE = 2000
MAX_ID = 200
MAX_PLACE = 200
MAX_TOLL = 1_000_000
"""A toll above this is a typo, not a figure any source gives for one event."""
MODE_PATTERN = re.compile(r"[a-z][a-z_]{0,63}")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_ANALYST = 200


class ReviewFormError(WarledgerError):
    """A submitted review form that cannot be recorded; the message names the field."""


@dataclass(frozen=True)
class ReviewForm:
    """A parsed form: the review to record and where to go afterwards."""

    review: Review
    return_to: str


@dataclass(frozen=True)
class Submitted:
    """The raw values of a form, kept to show the form again with an error."""

    values: Mapping[str, list[str]] = field(default_factory=dict)

    def one(self, name: str) -> str:
        found = self.values.get(name) or [""]
        return found[0]

    def all(self, name: str) -> list[str]:
        return list(self.values.get(name, []))


def collect(pairs: Iterable[tuple[str, object]]) -> Submitted:
    """Group the form's (name, value) pairs; a file upload is refused."""
    values: dict[str, list[str]] = defaultdict(list)
    for name, value in pairs:
        if not isinstance(value, str):
            raise ReviewFormError(f"field {name!r} must be text, not a file upload")
        values[name].append(value)
    return Submitted(dict(values))


def analyst_name(token_id: str, label: str) -> str:
    """How a review names its analyst: the token's label and its (unique) id."""
    name = f"{label.strip()} ({token_id})" if label.strip() else token_id
    return name if len(name) <= MAX_ANALYST else f"{label[:150].strip()}… ({token_id})"


def parse_review(submitted: Submitted, analyst: str) -> ReviewForm:
    """The ``Review`` the form asks for; ``ReviewFormError`` naming the first bad field."""
    kind = submitted.one("target_kind")
    if kind not in TARGET_KINDS:
        raise ReviewFormError(f"target_kind {kind!r} is unknown; use one of {TARGET_KINDS}")
    allowed = set(FORM_FIELDS) | set(CORRECTABLE[kind])
    for name, values in submitted.values.items():
        if name not in allowed:
            takes = ", ".join(CORRECTABLE[kind]) or "no correction fields"
            raise ReviewFormError(
                f"field {name!r} is not part of a {_label(kind)} review; a {_label(kind)} "
                f"correction takes {takes}"
            )
        if len(values) > 1 and name != "remove_claim_ids":
            raise ReviewFormError(f"field {name!r} was sent {len(values)} times; send it once")
    target_id = submitted.one("target_id").strip()
    if not target_id or len(target_id) > MAX_ID:
        raise ReviewFormError(f"target_id must be the id of a {_label(kind)} (1-{MAX_ID} chars)")
    action_text = submitted.one("action")
    try:
        action = ReviewAction(action_text)
    except ValueError:
        raise ReviewFormError(
            f"action {action_text!r} is unknown; choose accept, correct or reject"
        ) from None
    note = submitted.one("note").strip()
    if len(note) > MAX_NOTE:
        raise ReviewFormError(f"note is {len(note)} characters; keep it under {MAX_NOTE}")
    correction = _correction(kind, submitted)
    if correction and action != ReviewAction.CORRECT:
        raise ReviewFormError(
            f"correction fields ({', '.join(correction)}) were filled in but the action is "
            f"{action.value}; choose correct, or clear them"
        )
    if action == ReviewAction.CORRECT and not correction:
        if not CORRECTABLE[kind]:
            raise ReviewFormError("an actor merge can only be accepted or rejected")
        raise ReviewFormError(
            f"correct needs at least one corrected field ({', '.join(CORRECTABLE[kind])})"
        )
    review = Review(
        target_kind=kind,
        target_id=target_id,
        action=action,
        analyst=analyst,
        note=note,
        correction=correction,
    )
    return ReviewForm(review, submitted.one("return_to"))


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def _correction(kind: str, submitted: Submitted) -> dict[str, object]:
    """The typed correction: only the non-empty fields ``kind`` takes."""
    out: dict[str, object] = {}
    for name in CORRECTABLE[kind]:
        if name == "remove_claim_ids":
            ids = [v.strip() for v in submitted.all(name) if v.strip()]
            if ids:
                out[name] = _claim_ids(ids)
            continue
        text = submitted.one(name).strip()
        if text:
            out[name] = _parse_field(name, text)
    return out


def _parse_field(name: str, text: str) -> object:
    if name == "event_type":
        return _event_type(text)
    if name == "mode":
        return _mode(text)
    if name == "place":
        return _place(text)
    if name in ("killed", "injured"):
        return _toll(name, text)
    return _date(text)


def _event_type(text: str) -> str:
    try:
        return PloverType(text.upper()).value
    except ValueError:
        names = ", ".join(t.value for t in PloverType)
        raise ReviewFormError(
            f"event_type {text[:40]!r} is not a PLOVER type; use one of {names}"
        ) from None


def _mode(text: str) -> str:
    if not MODE_PATTERN.fullmatch(text):
        raise ReviewFormError(
            f"mode {text[:80]!r} must be one lower-case word with underscores "
            "(e.g. shelling, aerial, fighters_transfer), at most 64 characters"
        )
    return text


def _place(text: str) -> str:
    if len(text) > MAX_PLACE:
        raise ReviewFormError(f"place is {len(text)} characters; at most {MAX_PLACE}")
    return text


def _toll(name: str, text: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise ReviewFormError(f"{name} {text[:40]!r} must be a whole number of 0 or more")
    value = int(text)
    if value > MAX_TOLL:
        raise ReviewFormError(f"{name} {value} is larger than {MAX_TOLL}; check the figure")
    return value


def _date(text: str) -> str:
    try:
        if not DATE_PATTERN.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ReviewFormError(
            f"date {text[:40]!r} must be an ISO date YYYY-MM-DD, e.g. 2026-03-08"
        ) from None


def _claim_ids(ids: list[str]) -> list[str]:
    for claim_id in ids:
        if len(claim_id) > MAX_ID:
            raise ReviewFormError(f"remove_claim_ids: {claim_id[:40]!r}… is not a claim id")
    return sorted(set(ids))
