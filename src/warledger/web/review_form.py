"""The review form, parsed into a ``model.Review`` with an explicit, typed correction.

A correction is data that resolution acts on, so it is never a free-form
dictionary: each kind of item takes a closed set of fields (``store.reviews``
defines them and their types), and a form that sends anything else is refused
with a message naming the field. Empty fields are not part of the correction, so
one form serves accept, correct and reject. The values are typed by
``store.review_corrections.parse_correction`` (the same parser the command line uses), and
``Store.add_review`` checks the whole review again before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from warledger.errors import WarledgerError
from warledger.model import Review, ReviewAction
from warledger.store.review_corrections import (
    CLAIM_FIELDS,
    INCIDENT_FIELDS,
    MAX_ID_CHARS,
    parse_correction,
)
from warledger.store.reviews import MAX_NOTE_CHARS, MERGE_KIND
from warledger.store.reviews import (
    analyst_name as analyst_name,  # re-exported: pages name analysts as the API does
)

TARGET_KINDS = ("claim", "incident", MERGE_KIND)
"""What an analyst reviews: a claim, an incident grouping, a recorded actor merge."""
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "claim": tuple(CLAIM_FIELDS),
    "incident": tuple(INCIDENT_FIELDS),
    MERGE_KIND: (),
}
"""The correction fields each kind of item takes (a merge is only accepted or rejected)."""
FORM_FIELDS = ("csrf", "target_kind", "target_id", "action", "note", "return_to")
MULTIPLE = ("remove_claim_ids",)
"""Fields a form may send more than once (one checkbox per claim)."""
MAX_NOTE = MAX_NOTE_CHARS


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
            raise ReviewFormError(f"field {name[:40]!r} must be text, not a file upload")
        values[name].append(value)
    return Submitted(dict(values))


def parse_review(submitted: Submitted, analyst: str) -> ReviewForm:
    """The ``Review`` the form asks for; ``ReviewFormError`` (or ``ReviewError`` for a
    correction value) naming the first bad field."""
    kind = submitted.one("target_kind")
    if kind not in TARGET_KINDS:
        raise ReviewFormError(
            f"target_kind {kind[:40]!r} is unknown; use one of {', '.join(TARGET_KINDS)}"
        )
    takes = CORRECTABLE[kind]
    for name, values in submitted.values.items():
        if name not in FORM_FIELDS and name not in takes:
            what = ", ".join(takes) or "no correction fields (accept or reject only)"
            raise ReviewFormError(
                f"field {name[:40]!r} is not part of a {_label(kind)} review; a "
                f"{_label(kind)} review takes {what}"
            )
        if len(values) > 1 and name not in MULTIPLE:
            raise ReviewFormError(f"field {name!r} was sent {len(values)} times; send it once")
    target_id = submitted.one("target_id").strip()
    if not target_id or len(target_id) > MAX_ID_CHARS:
        raise ReviewFormError(
            f"target_id must be the id of a {_label(kind)} (1 to {MAX_ID_CHARS} characters)"
        )
    action_text = submitted.one("action")
    try:
        action = ReviewAction(action_text)
    except ValueError:
        raise ReviewFormError(
            f"action {action_text[:40]!r} is unknown; choose accept, correct or reject"
        ) from None
    note = submitted.one("note").strip()
    if len(note) > MAX_NOTE:
        raise ReviewFormError(f"the note is {len(note):,} characters; keep it under {MAX_NOTE:,}")
    review = Review(
        target_kind=kind,
        target_id=target_id,
        action=action,
        analyst=analyst,
        note=note,
        correction=parse_correction(kind, _pairs(submitted, takes)),
    )
    return ReviewForm(review, submitted.one("return_to"))


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def _pairs(submitted: Submitted, takes: tuple[str, ...]) -> list[str]:
    """``FIELD=VALUE`` for every non-empty correction field (checked ids joined by commas)."""
    pairs = []
    for name in takes:
        values = [v.strip() for v in submitted.all(name) if v.strip()]
        if values:
            pairs.append(f"{name}={','.join(values)}")
    return pairs
