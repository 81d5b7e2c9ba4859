"""``warledger review``: record decisions from the command line, list an item's history, and
see a refused review explained (exit code 2, nothing appended)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from review.review_samples import SampleArchive
from warledger.cli import app
from warledger.config import Settings
from warledger.store import Store


@pytest.fixture
def archive(tmp_path: Path) -> tuple[list[str], SampleArchive]:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'r.db'}", blob_dir=tmp_path / "b")
    with Store.open(settings) as store:
        filled = SampleArchive.fill(store)
    return ["--db", str(tmp_path / "r.db"), "--blobs", str(tmp_path / "b")], filled


def test_review_claim_then_list_its_history(archive: tuple[list[str], SampleArchive]) -> None:
    db, samples = archive
    runner = CliRunner()
    claim_id = samples.ids["dorvan-3"]
    first = runner.invoke(
        app,
        [
            *db,
            "review",
            "claim",
            claim_id,
            "--correct",
            "killed=30",
            "--correct",
            "event_type=assault",
            "--note",
            "<b>updated</b> toll",
            "--analyst",
            "k.o",
        ],
    )
    assert first.exit_code == 0, first.output
    assert "ledger seq 11" in first.output  # after 5 document and 5 extraction entries
    second = runner.invoke(
        app, [*db, "review", "claim", claim_id, "--reject"], env={"WARLEDGER_ANALYST": "m.p"}
    )
    assert second.exit_code == 0, second.output
    listed = runner.invoke(app, [*db, "review", "list", claim_id])
    assert listed.exit_code == 0, listed.output
    lines = [row for row in listed.output.splitlines() if "│" in row and claim_id[:12] in row]
    assert len(lines) == 2
    assert "correct" in lines[0] and "reject" in lines[1]
    assert json.dumps({"event_type": "ASSAULT", "killed": 30}) in listed.output.replace("\n", "")
    assert "<b>updated</b> toll" in listed.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["claim", "CLAIM", "--correct", "killed=-2"], "killed takes a whole number from 0"),
        (["claim", "CLAIM", "--correct", "weapon=rifle"], "'weapon' is not allowed in claim"),
        (["claim", "CLAIM", "--correct", "killed"], "write FIELD=VALUE"),
        (["claim", "no-such-claim", "--reject"], "claim 'no-such-claim' is not stored"),
        (["claim", "CLAIM", "--accept", "--reject"], "exactly one of --accept, --reject"),
        (["claim", "CLAIM"], "exactly one of --accept, --reject"),
        (["incident", "inc-old", "--reject"], "re-open the incident"),
        (["merge", "m-none", "--accept"], "actor merge 'm-none' is not recorded"),
    ],
)
def test_refused_review_exits_2_and_appends_nothing(
    archive: tuple[list[str], SampleArchive], arguments: list[str], message: str
) -> None:
    db, samples = archive
    runner = CliRunner()
    before = runner.invoke(app, [*db, "stats"]).output
    target = [samples.ids["dorvan-1"] if a == "CLAIM" else a for a in arguments]
    result = runner.invoke(app, [*db, "review", *target, "--analyst", "k.o"])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert runner.invoke(app, [*db, "stats"]).output == before
