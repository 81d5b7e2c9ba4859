"""What analysts' reviews change in resolution, on the invented archive of ``review_samples``.

Before any review, the five event claims form two incidents: Dorvan (three
reports, killed 5, 7 and 9: range 5/7/9) and Velt (two reports, killed 2 each).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from review.review_samples import SampleArchive
from warledger.cli import app
from warledger.config import Settings
from warledger.model import Claim, Incident, PloverType, Review
from warledger.resolve.actors import ActorIndex
from warledger.resolve.incident_run import ResolveResult, resolve_incidents
from warledger.resolve.relations import RelationGraph, reviewed_claims
from warledger.review.overlay import corrected
from warledger.store import Store
from warledger.store.incidents import stored_incidents, stored_members

Filled = tuple[Store, SampleArchive, ResolveResult]
SPONSORS = ("new:corvan-union", "sponsors", "new:sable-brigade")


@pytest.fixture
def filled(sqlite_settings: Settings) -> Iterator[Filled]:
    with Store.open(sqlite_settings) as store:
        archive = SampleArchive.fill(store)
        yield store, archive, resolve_incidents(store)


def _review(store: Store, kind: str, target: str, action: str, **fields: object) -> int:
    review = Review.model_validate(
        {"target_kind": kind, "target_id": target, "action": action, "analyst": "r.v", **fields}
    )
    return store.add_review(review).seq


def _incident(archive: SampleArchive, result: ResolveResult, name: str) -> Incident:
    incident = archive.incident_of(result.incidents, name)
    assert incident is not None, f"{name} is in no incident"
    return incident


def _killed(incident: Incident) -> tuple[int | None, int | None, int | None]:
    return incident.killed.low, incident.killed.best, incident.killed.high


def _groups(archive: SampleArchive, result: ResolveResult) -> list[list[str]]:
    return sorted(archive.names(i) for i in result.incidents)


def test_the_archive_before_any_review(filled: Filled) -> None:
    _, archive, first = filled
    assert _groups(archive, first) == [["dorvan-1", "dorvan-2", "dorvan-3"], ["velt-1", "velt-2"]]
    assert _killed(_incident(archive, first, "dorvan-1")) == (5, 7, 9)
    assert first.reviews_applied == []
    assert first.ledger_entry is not None and first.ledger_entry.details["reviews"] == []


def test_rejected_claim_counts_nowhere_until_accepted_again(filled: Filled) -> None:
    store, archive, first = filled
    before = datetime.now(UTC)
    seq = _review(store, "claim", archive.ids["dorvan-3"], "reject", note="a reader comment")
    result = resolve_incidents(store)
    assert archive.incident_of(result.incidents, "dorvan-3") is None
    dorvan = _incident(archive, result, "dorvan-1")
    assert archive.names(dorvan) == ["dorvan-1", "dorvan-2"]
    assert (dorvan.n_claims, dorvan.n_sources, _killed(dorvan)) == (2, 2, (5, 5, 7))
    assert sorted(f["low"] for f in result.details[dorvan.id]["figures"]) == [5, 7]
    assert result.reviews_applied == [seq]
    assert result.ledger_entry is not None
    assert result.ledger_entry.details["reviews"] == [seq]
    assert result.ledger_entry.details["full"] is True  # reviews changed: everything re-clustered
    assert archive.ids["dorvan-3"] not in {c for m in stored_members(store).values() for c in m}
    assert store.verify().ok

    replay = resolve_incidents(store, as_of=before)
    assert _killed(_incident(archive, replay, "dorvan-3")) == (5, 7, 9)
    assert replay.reviews_applied == [] and replay.ledger_entry is None

    again = resolve_incidents(store)  # same reviews: incremental, nothing rewritten
    assert again.ledger_entry is not None
    assert (again.ledger_entry.details["full"], again.ledger_entry.details["written"]) == (False, 0)

    _review(store, "claim", archive.ids["dorvan-3"], "accept", note="confirmed by phone")
    restored = resolve_incidents(store)
    assert {i.id: sorted(i.claim_ids) for i in restored.incidents} == {
        i.id: sorted(i.claim_ids) for i in first.incidents
    }
    assert _killed(_incident(archive, restored, "dorvan-3")) == (5, 7, 9)
    assert (
        _incident(archive, restored, "dorvan-3").reasons[-1] == "analyst review: 1 claim accepted"
    )
    assert not any("analyst" in r for r in _incident(archive, restored, "velt-1").reasons)


def test_corrected_toll_counts_while_the_stored_claim_stays_as_extracted(
    filled: Filled, sqlite_settings: Settings
) -> None:
    store, archive, _ = filled
    claim_id = archive.ids["dorvan-3"]
    stored_before = {c.id: c for c in store.iter_claims()}[claim_id]
    _review(store, "claim", claim_id, "correct", correction={"killed": 30}, note="30 in the update")
    result = resolve_incidents(store)
    dorvan = _incident(archive, result, "dorvan-3")
    assert archive.names(dorvan) == ["dorvan-1", "dorvan-2", "dorvan-3"]
    assert _killed(dorvan) == (5, 7, 30)
    assert dorvan.reasons[-1] == "analyst review: 1 claim corrected (killed)"
    figures = {f["claim_id"]: (f["low"], f["high"]) for f in result.details[dorvan.id]["figures"]}
    assert figures[claim_id] == (30, 30)
    assert {c.id: c for c in store.iter_claims()}[claim_id] == stored_before
    stored = next(i for i, _ in stored_incidents(store) if i.id == dorvan.id)
    assert _killed(stored) == (5, 7, 30)
    verify = CliRunner().invoke(
        app,
        ["--db", sqlite_settings.database_url, "--blobs", str(sqlite_settings.blob_dir), "verify"],
    )
    assert verify.exit_code == 0, verify.output
    assert "ok" in verify.output


def test_corrected_date_moves_a_claim_to_an_incident_of_its_own(filled: Filled) -> None:
    store, archive, _ = filled
    _review(store, "claim", archive.ids["dorvan-3"], "correct", correction={"date": "2026-05-30"})
    result = resolve_incidents(store)
    moved = _incident(archive, result, "dorvan-3")
    assert archive.names(moved) == ["dorvan-3"]
    assert (moved.date_start, moved.date_end) == (
        datetime(2026, 5, 30).date(),
        datetime(2026, 5, 30).date(),
    )
    assert archive.names(_incident(archive, result, "dorvan-1")) == ["dorvan-1", "dorvan-2"]


def test_rejected_grouping_splits_its_claims_until_accepted(filled: Filled) -> None:
    store, archive, first = filled
    dorvan = _incident(archive, first, "dorvan-1")
    before = datetime.now(UTC)
    _review(store, "incident", dorvan.id, "reject", note="three different markets")
    result = resolve_incidents(store)
    assert _groups(archive, resolve_incidents(store, as_of=before)) == _groups(archive, first)
    assert _groups(archive, result) == [
        ["dorvan-1"],
        ["dorvan-2"],
        ["dorvan-3"],
        ["velt-1", "velt-2"],
    ]
    assert sorted(_killed(_incident(archive, result, n)) for n in ("dorvan-1", "dorvan-2")) == [
        (5, 5, 5),
        (7, 7, 7),
    ]
    full = resolve_incidents(store, full=True)  # a full run obeys the same decision
    assert {i.id for i in full.incidents} == {i.id for i in result.incidents}
    # The founding claim keeps the incident's id, so the grouping can be accepted again.
    assert dorvan.id in {i.id for i in result.incidents}
    _review(store, "incident", dorvan.id, "accept", note="one market after all")
    restored = resolve_incidents(store)
    assert _groups(archive, restored) == _groups(archive, first)


def test_removed_claims_leave_the_grouping(filled: Filled) -> None:
    store, archive, first = filled
    dorvan = _incident(archive, first, "dorvan-1")
    removed = archive.ids["dorvan-2"]
    _review(store, "incident", dorvan.id, "correct", correction={"remove_claim_ids": [removed]})
    result = resolve_incidents(store)
    assert archive.names(_incident(archive, result, "dorvan-1")) == ["dorvan-1", "dorvan-3"]
    assert archive.names(_incident(archive, result, "dorvan-2")) == ["dorvan-2"]
    assert _killed(_incident(archive, result, "dorvan-1")) == (5, 5, 9)


def test_accepted_grouping_keeps_its_claims_together(filled: Filled) -> None:
    store, archive, first = filled
    dorvan = _incident(archive, first, "dorvan-1")
    _review(store, "incident", dorvan.id, "accept", note="one shelling")
    # A date correction alone would move dorvan-3 out (see the test above); the pin holds it.
    _review(store, "claim", archive.ids["dorvan-3"], "correct", correction={"date": "2026-05-30"})
    result = resolve_incidents(store)
    pinned = _incident(archive, result, "dorvan-3")
    assert archive.names(pinned) == ["dorvan-1", "dorvan-2", "dorvan-3"]
    assert pinned.date_end == datetime(2026, 5, 30).date()
    assert pinned.reasons[-1] == "analyst review: 1 claim corrected (date); grouping accepted"
    again = resolve_incidents(store, full=True)
    assert {i.id: sorted(i.claim_ids) for i in again.incidents} == {
        i.id: sorted(i.claim_ids) for i in result.incidents
    }


def test_relation_views_leave_out_rejected_claims(filled: Filled) -> None:
    store, archive, _ = filled
    index = ActorIndex.load(store)
    edge = RelationGraph.build(store, index).edges[SPONSORS]
    assert [s.claim_id for s in edge.sources] == [archive.ids["sponsor"]]
    before = datetime.now(UTC)
    _review(store, "claim", archive.ids["sponsor"], "reject", note="misread quote")
    _review(store, "claim", archive.ids["velt-1"], "correct", correction={"mode": "artillery"})
    assert SPONSORS not in RelationGraph.build(store, index).edges
    assert SPONSORS in RelationGraph.build(store, index, as_of=before).edges
    events = {s.claim.id: s.claim for s in reviewed_claims(store, None, "event")}
    assert len(events) == 5
    velt = events[archive.ids["velt-1"]].proposition
    assert velt is not None and velt.kind == "event" and velt.mode == "artillery"


def test_corrected_copies_every_field_and_leaves_the_original(filled: Filled) -> None:
    store, archive, _ = filled
    original = {c.id: c for c in store.iter_claims()}[archive.ids["velt-2"]]
    snapshot = original.model_dump()
    copy = corrected(
        original,
        {
            "event_type": "COERCE",
            "mode": "raid",
            "place": "Orlek",
            "date": "2026-04-21",
            "killed": 4,
            "injured": 1,
        },
    )
    assert original.model_dump() == snapshot
    event = copy.proposition
    assert isinstance(copy, Claim) and event is not None and event.kind == "event"
    assert (event.type, event.mode) == (PloverType.COERCE, "raid")
    assert event.place is not None and event.place.place is not None
    assert event.place.place.name == "Orlek" and event.place.place.latitude is None
    assert event.date is not None and (event.date.start, event.date.end) == (
        datetime(2026, 4, 21).date(),
        datetime(2026, 4, 21).date(),
    )
    tolls = sorted((f.kind, f.low, f.high, f.group) for f in event.casualties)
    assert tolls == [("injured", 1, 1, "unknown"), ("killed", 4, 4, "unknown")]
    assert copy.id == original.id and copy.content == original.content


def test_reviews_take_effect_on_both_databases(settings: Settings) -> None:
    with Store.open(settings) as store:
        archive = SampleArchive.fill(store)
        first = resolve_incidents(store)
        velt = _incident(archive, first, "velt-1")
        _review(store, "claim", archive.ids["dorvan-1"], "reject")
        _review(store, "incident", velt.id, "reject")
        result = resolve_incidents(store)
        assert _groups(archive, result) == [
            ["dorvan-2", "dorvan-3"],
            ["velt-1"],
            ["velt-2"],
        ]
        assert _killed(_incident(archive, result, "dorvan-2")) == (7, 7, 9)
        assert store.verify().ok


def test_reviewed_resolution_does_not_depend_on_ingest_order(tmp_path: Path) -> None:
    runs = []
    for reverse in (False, True):
        folder = tmp_path / ("reversed" if reverse else "forward")
        settings = Settings(database_url=f"sqlite:///{folder}.db", blob_dir=folder / "blobs")
        with Store.open(settings) as store:
            archive = SampleArchive.fill(store, reverse=reverse)
            dorvan = _incident(archive, resolve_incidents(store), "dorvan-1")
            removed = {"remove_claim_ids": [archive.ids["dorvan-1"]]}
            _review(store, "incident", dorvan.id, "correct", correction=removed)
            _review(store, "claim", archive.ids["velt-2"], "correct", correction={"killed": 3})
            result = resolve_incidents(store)
            runs.append({i.id: (archive.names(i), _killed(i)) for i in result.incidents})
    assert runs[0] == runs[1]
    assert sorted(runs[0].values()) == [
        (["dorvan-1"], (5, 5, 5)),
        (["dorvan-2", "dorvan-3"], (7, 7, 9)),
        (["velt-1", "velt-2"], (2, 2, 3)),
    ]
