"""Reviews are checked before they are recorded (a refused one appends nothing), and read
back as each item's history and latest decision. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from review.review_samples import SampleArchive
from warledger.config import Settings
from warledger.errors import ReviewError, WarledgerError
from warledger.model import Review, ReviewAction
from warledger.resolve.incident_run import ResolveResult, resolve_incidents
from warledger.resolve.incidents import incident_id
from warledger.store import Store
from warledger.store.actors import append_merges
from warledger.store.review_corrections import parse_correction
from warledger.store.reviews import latest_decisions, review_history

Filled = tuple[Store, SampleArchive, ResolveResult]


@pytest.fixture
def filled(settings: Settings) -> Iterator[Filled]:
    with Store.open(settings) as store:
        archive = SampleArchive.fill(store)
        yield store, archive, resolve_incidents(store)


def _review(kind: str, target: str, action: str, **fields: object) -> Review:
    return Review.model_validate(
        {"target_kind": kind, "target_id": target, "action": action, "analyst": "a.k", **fields}
    )


def test_refused_reviews_say_why_and_append_nothing(filled: Filled) -> None:
    store, archive, result = filled
    dorvan = archive.incident_of(result.incidents, "dorvan-1")
    assert dorvan is not None and len(dorvan.claim_ids) == 3
    event, relation = archive.ids["dorvan-1"], archive.ids["sponsor"]
    cases: list[tuple[Review, str]] = [
        (_review("claim", "no-such-claim", "reject"), "claim 'no-such-claim' is not stored"),
        (
            _review("claim", event, "correct", correction={"casualties": 3}),
            "correction field 'casualties' is not allowed in claim reviews; allowed fields: "
            "date, event_type, injured, killed, mode, place",
        ),
        (
            _review("claim", event, "correct", correction={"killed": -1}),
            "correction killed=-1 is not allowed: killed takes a whole number from 0 to 1,000,000",
        ),
        (_review("claim", event, "correct", correction={"killed": "12"}), "killed='12'"),
        (_review("claim", event, "correct", correction={"injured": True}), "injured=True"),
        (_review("claim", event, "correct", correction={"killed": 10**9}), "from 0 to 1,000,000"),
        (
            _review("claim", event, "correct", correction={"event_type": "BOMBING"}),
            "event_type takes a PLOVER type (ASSAULT, COERCE,",
        ),
        (
            _review("claim", event, "correct", correction={"date": "10/04/2026"}),
            "date takes an ISO date YYYY-MM-DD",
        ),
        (_review("claim", event, "correct", correction={"place": ""}), "place takes a place name"),
        (_review("claim", event, "correct", correction={"mode": "m" * 65}), "1 to 64 characters"),
        (
            _review("claim", event, "accept", correction={"killed": 3}),
            "only a correct review carries a correction, and this one is accept",
        ),
        (_review("claim", event, "correct"), "a correct review needs a correction"),
        (
            _review("claim", relation, "correct", correction={"killed": 1}),
            "states a relation or a statement, not an event",
        ),
        (_review("actor_merge", "m-nope", "accept"), "actor merge 'm-nope' is not recorded"),
        (
            _review("actor_merge", "m-nope", "correct", correction={"place": "x"}),
            "an actor merge can only be accepted or rejected",
        ),
        (
            _review("incident", "inc-gone", "reject"),
            "incident 'inc-gone' is not in the current incident set",
        ),
        (
            _review(
                "incident", dorvan.id, "correct", correction={"remove_claim_ids": ["velt-claim"]}
            ),
            f"velt-claim is not a member of incident {dorvan.id}",
        ),
        (
            _review(
                "incident", dorvan.id, "correct", correction={"remove_claim_ids": dorvan.claim_ids}
            ),
            "names every member of incident",
        ),
        (
            _review("incident", dorvan.id, "correct", correction={"remove_claim_ids": event}),
            "remove_claim_ids takes a non-empty list",
        ),
        (
            _review("incident", dorvan.id, "correct", correction={"killed": 3}),
            "correction field 'killed' is not allowed in incident reviews",
        ),
        (_review("claim", event, "reject", analyst="  "), "review analyst is empty"),
        (_review("claim", event, "reject", note="n" * 10_001), "review note is 10,001 characters"),
    ]
    before = list(store.ledger())
    for review, expected in cases:
        with pytest.raises(ReviewError) as caught:
            store.add_review(review)
        assert expected in str(caught.value), (review, str(caught.value))
        assert isinstance(caught.value, WarledgerError)
    assert list(store.ledger()) == before
    assert store.stats()["reviews"] == 0
    assert store.verify().ok


def test_stale_incident_id_says_to_reopen(filled: Filled) -> None:
    store, archive, result = filled
    dorvan = archive.incident_of(result.incidents, "dorvan-3")
    assert dorvan is not None
    (founder,) = [c for c in dorvan.claim_ids if incident_id(c) == dorvan.id]
    store.add_review(_review("claim", founder, "reject"))
    after = resolve_incidents(store)
    gone = {i.id for i in result.incidents} - {i.id for i in after.incidents}
    assert gone, "rejecting the founding claim gives the incident another id"
    with pytest.raises(ReviewError, match="re-open the incident"):
        store.add_review(_review("incident", gone.pop(), "accept"))


def test_incident_review_records_its_members(filled: Filled) -> None:
    store, archive, result = filled
    velt = archive.incident_of(result.incidents, "velt-1")
    assert velt is not None
    entry = store.add_review(_review("incident", velt.id, "accept", note="same strike"))
    assert entry.details == {
        "target_kind": "incident",
        "action": "accept",
        "members": sorted([archive.ids["velt-1"], archive.ids["velt-2"]]),
    }
    (recorded,) = review_history(store, target_id=velt.id)
    assert recorded.seq == entry.seq and recorded.members == tuple(entry.details["members"])
    assert store.verify().ok


def test_latest_decision_replaces_earlier_ones_and_as_of_replays(filled: Filled) -> None:
    store, archive, _ = filled
    claim_id = archive.ids["velt-2"]
    first = store.add_review(_review("claim", claim_id, "reject", note="wrong bridge"))
    between = datetime.now(UTC)
    second = store.add_review(_review("claim", claim_id, "accept", note="checked again"))
    latest = latest_decisions(store, "claim")
    assert set(latest) == {claim_id}
    assert (latest[claim_id].seq, latest[claim_id].review.action) == (
        second.seq,
        ReviewAction.ACCEPT,
    )
    assert latest[claim_id].recorded_at == second.recorded_at
    earlier = latest_decisions(store, "claim", as_of=between)
    assert earlier[claim_id].review.action == ReviewAction.REJECT
    assert latest_decisions(store, "claim", as_of=datetime(2000, 1, 1, tzinfo=UTC)) == {}
    history = review_history(store, target_id=claim_id)
    assert [(r.seq, r.review.note) for r in history] == [
        (first.seq, "wrong bridge"),
        (second.seq, "checked again"),
    ]
    assert [r.seq for r in review_history(store, limit=1)] == [second.seq]
    assert latest_decisions(store, "incident") == {}


def test_actor_merges_take_accept_and_reject_only(filled: Filled) -> None:
    store, _, _ = filled
    (merge,) = append_merges(
        store, [("m-1", {"merged": ["new:sable-brigade"], "canonical": "new:x", "reason": "t"})]
    )
    accepted = store.add_review(_review("actor_merge", merge.subject_id, "accept"))
    rejected = store.add_review(_review("actor_merge", merge.subject_id, "reject"))
    assert rejected.seq == accepted.seq + 1
    with pytest.raises(ReviewError, match="only be accepted or rejected"):
        store.add_review(_review("actor_merge", "m-1", "correct", correction={"mode": "x"}))
    assert latest_decisions(store, "actor_merge")["m-1"].review.action == ReviewAction.REJECT


def test_parse_correction_types_values_and_names_bad_ones() -> None:
    assert parse_correction(
        "claim", ["killed=12", "event_type=assault", " place = Dorvan ", "date=2026-04-11"]
    ) == {"killed": 12, "event_type": "ASSAULT", "place": "Dorvan", "date": "2026-04-11"}
    assert parse_correction("incident", ["remove_claim_ids=a, b,"]) == {
        "remove_claim_ids": ["a", "b"]
    }
    refused = {
        "killed=twelve": "killed='twelve' is not allowed",
        "nonsense": "write FIELD=VALUE",
        "colour=red": "'colour' is not allowed in claim reviews",
        "date=tomorrow": "date takes an ISO date",
    }
    for text, expected in refused.items():
        with pytest.raises(ReviewError, match=expected):
            parse_correction("claim", [text])
    with pytest.raises(ReviewError, match="given twice"):
        parse_correction("claim", ["killed=1", "killed=2"])
    with pytest.raises(ReviewError, match="not allowed in incident reviews"):
        parse_correction("incident", ["killed=1"])


def test_recording_the_latest_decision_again_appends_nothing(filled: Filled) -> None:
    """A command re-run after a crash that followed its commit records the review once."""
    store, archive, _ = filled
    claim = archive.ids["velt-1"]
    first = store.add_review(_review("claim", claim, "reject", note="a rumour"))
    again = store.add_review(_review("claim", claim, "reject", note="a rumour"))
    assert again == first and store.last_seq() == first.seq
    other_note = store.add_review(_review("claim", claim, "reject", note="still a rumour"))
    assert other_note.seq == first.seq + 1
    accepted = store.add_review(_review("claim", claim, "accept"))
    rejected_again = store.add_review(_review("claim", claim, "reject", note="still a rumour"))
    assert rejected_again.seq == accepted.seq + 1  # only the latest decision is compared
    with_token = store.add_review(_review("claim", claim, "reject", note="still a rumour"), "t1")
    assert with_token.seq == rejected_again.seq + 1 and with_token.details["token_id"] == "t1"
    history = review_history(store, target_id=claim)
    assert [r.seq for r in history] == [
        first.seq,
        other_note.seq,
        accepted.seq,
        rejected_again.seq,
        with_token.seq,
    ]
    assert store.verify().ok
