"""Model objects <-> table rows, and the digest of each row the ledger records.

A digest is always computed from the column values as they are (or will be)
stored, by the same function at write time and at ``verify`` time, so that any
later change to a stored row (its text, a claim payload, a denormalised column)
changes the digest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from warledger.model import Claim, Document, Event, Relation, Review
from warledger.store.ledger import digest_of
from warledger.store.schema import claims

DOCUMENT_FIELDS = tuple(Document.model_fields)
_DOCUMENT_DIGESTED = (*DOCUMENT_FIELDS, "minhash")
_CLAIM_DIGESTED = tuple(c.name for c in claims.columns if c.name != "stored_at")
_REVIEW_DIGESTED = tuple(Review.model_fields)


def document_values(doc: Document, minhash: bytes | None, stored_at: datetime) -> dict[str, Any]:
    """The documents row for ``doc``."""
    values: dict[str, Any] = doc.model_dump()
    values["minhash"] = minhash
    values["stored_at"] = stored_at
    return values


def document_from_row(row: Mapping[str, Any]) -> Document:
    return Document.model_validate({name: row[name] for name in DOCUMENT_FIELDS})


def document_digest(row: Mapping[str, Any]) -> str:
    """Digest of every stored field of a document, text and minhash signature included."""
    return digest_of({name: row[name] for name in _DOCUMENT_DIGESTED})


def claim_values(claim: Claim, stored_at: datetime) -> dict[str, Any]:
    """The claims row: the whole claim as JSON plus the columns queries filter on."""
    values: dict[str, Any] = {
        "id": claim.id,
        "document_id": claim.document_id,
        "payload": claim.model_dump(mode="json"),
        "stance": claim.stance.value,
        "claimant_actor_id": claim.claimant.actor_id if claim.claimant else None,
        "event_type": None,
        "event_mode": None,
        "predicate": None,
        "date_start": None,
        "date_end": None,
        "place_name": None,
        "latitude": None,
        "longitude": None,
        "stored_at": stored_at,
    }
    proposition = claim.proposition
    place_mention = None
    if isinstance(proposition, Event):
        values["event_type"] = proposition.type.value
        values["event_mode"] = proposition.mode
        if proposition.date is not None:
            values["date_start"] = proposition.date.start
            values["date_end"] = proposition.date.end
        place_mention = proposition.place
    elif isinstance(proposition, Relation):
        values["predicate"] = proposition.predicate.value
        values["date_start"] = proposition.valid_from
        values["date_end"] = proposition.valid_to
        place_mention = proposition.object_place
    if place_mention is not None:
        place = place_mention.place
        values["place_name"] = place.name if place else place_mention.span.text
        if place is not None:
            values["latitude"] = place.latitude
            values["longitude"] = place.longitude
    return values


def claim_from_row(row: Mapping[str, Any]) -> Claim:
    return Claim.model_validate(row["payload"])


def claim_digests(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Digest of each claims row (payload and query columns), by claim id."""
    return {row["id"]: digest_of({name: row[name] for name in _CLAIM_DIGESTED}) for row in rows}


def claims_digest(digests: Mapping[str, str]) -> str:
    """The digest of an extraction: of its per-claim digests, so verify can name the claim."""
    return digest_of(dict(digests))


def review_values(review: Review, seq: int, recorded_at: datetime) -> dict[str, Any]:
    values: dict[str, Any] = review.model_dump(mode="json")
    values["ledger_seq"] = seq
    values["recorded_at"] = recorded_at
    return values


def review_digest(row: Mapping[str, Any]) -> str:
    return digest_of({name: row[name] for name in _REVIEW_DIGESTED})
