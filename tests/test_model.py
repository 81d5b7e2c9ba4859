"""The data model: content addresses, deterministic claim ids, strict fields, JSON round trips."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from pydantic import ValidationError

from warledger.model import (
    ActorMention,
    CasualtyFigure,
    Claim,
    Event,
    PloverType,
    Span,
    Stance,
    content_hash,
)

TEXT = "Officials said the militia shelled Kerem, killing two civilians."


def span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start=start, end=start + len(part), text=part)


def sample_claim(doc_id: str = "d1") -> Claim:
    content = span("the militia shelled Kerem, killing two civilians")
    event = Event(
        type=PloverType.ASSAULT,
        mode="shelling",
        trigger=span("shelled"),
        initiators=[ActorMention(span=span("militia"), name="militia")],
        casualties=[CasualtyFigure(span=span("two civilians"), group="civilians", low=2, high=2)],
    )
    return Claim(
        id=Claim.make_id(doc_id, content, "event:ASSAULT"),
        document_id=doc_id,
        claimant=ActorMention(span=span("Officials"), name="Officials", label="PERSON"),
        cue=span("said"),
        content=content,
        said_at=date(2026, 1, 5),
        proposition=event,
    )


def test_content_hash_is_the_sha256_of_the_bytes() -> None:
    assert content_hash(b"report") == hashlib.sha256(b"report").hexdigest()


def test_claim_ids_are_deterministic_and_depend_on_the_document() -> None:
    assert sample_claim().id == sample_claim().id
    assert len(sample_claim().id) == 24
    assert sample_claim("d1").id != sample_claim("d2").id


def test_a_claim_survives_a_json_round_trip_with_its_proposition_kind() -> None:
    claim = sample_claim()
    again = Claim.model_validate_json(claim.model_dump_json())
    assert again == claim
    assert isinstance(again.proposition, Event)
    assert again.proposition.casualties[0].low == 2
    assert again.stance is Stance.ASSERTED


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="killed_count"):
        Span.model_validate({"start": 0, "end": 3, "text": "Officials", "killed_count": 3})


def test_claimant_label_names_the_speaker_the_outlet_or_neither() -> None:
    claim = sample_claim()
    assert claim.claimant_label("Daily Wire Service") == "Officials"
    own_voice = claim.model_copy(update={"claimant": None, "claimant_is_outlet": True})
    assert own_voice.claimant_label("Daily Wire Service") == "Daily Wire Service (own voice)"
    assert own_voice.claimant_label(None) == "the outlet (own voice)"
    unattributed = claim.model_copy(update={"claimant": None})
    assert unattributed.claimant_label("Daily Wire Service") == "unattributed"
