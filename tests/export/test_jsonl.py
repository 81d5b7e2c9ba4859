"""JSON lines: claims (default) or incidents, read back as the models, spans intact."""

from __future__ import annotations

from collections.abc import Callable

from warledger.model import Claim, Incident

Export = Callable[..., str]


def test_claims_round_trip_with_spans_into_the_reports(
    export: Export, reports: tuple[dict[str, str], ...]
) -> None:
    claims = [Claim.model_validate_json(line) for line in export("--format", "jsonl").splitlines()]
    texts = [r["text"] for r in reports]
    assert len(claims) >= len(reports)
    for claim in claims:
        assert any(t[claim.content.start : claim.content.end] == claim.content.text for t in texts)
    figures = {
        (f.low, f.high)
        for c in claims
        if c.proposition is not None and c.proposition.kind == "event"
        for f in c.proposition.casualties
        if f.kind == "killed"
    }
    assert (5, 8) in figures


def test_incidents_round_trip_and_cover_stored_claims(export: Export) -> None:
    claim_ids = {
        Claim.model_validate_json(line).id for line in export("--format", "jsonl").splitlines()
    }
    lines = export("--format", "jsonl", "--what", "incidents").splitlines()
    incidents = [Incident.model_validate_json(line) for line in lines]
    assert len(incidents) == 3
    assert all(set(i.claim_ids) <= claim_ids and len(i.claim_ids) == i.n_claims for i in incidents)
    kharkiv = next(i for i in incidents if i.place and i.place.name == "Kharkiv")
    assert kharkiv.place is not None and kharkiv.place.country == "UA"
    assert (kharkiv.killed.low, kharkiv.killed.high) == (5, 8)
