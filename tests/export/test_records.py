"""Incident -> record rules that the stored corpus does not reach: time precision,
ordering of claims from undated documents, unknown tolls."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from warledger.export.records import ExportSources, incident_record, time_precision
from warledger.kb import load_kb
from warledger.kb.outlets import OutletRegistry
from warledger.model import Claim, Document, Incident, PloverType, Span
from warledger.resolve.actors import ActorIndex


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (date(2026, 1, 5), date(2026, 1, 5), 1),
        (date(2026, 1, 5), date(2026, 1, 8), 2),
        (date(2026, 1, 5), date(2026, 1, 12), 2),
        (date(2026, 1, 1), date(2026, 1, 31), 3),
        (None, None, 3),
    ],
)
def test_time_precision(start: date | None, end: date | None, precision: int) -> None:
    incident = Incident(id="i", claim_ids=[], type=PloverType.ASSAULT)
    incident = incident.model_copy(update={"date_start": start, "date_end": end})
    assert time_precision(incident) == precision


def _claim(doc: str, text: str) -> Claim:
    return Claim(id=f"c-{doc}", document_id=doc, content=Span(start=0, end=len(text), text=text))


def test_notes_come_from_the_earliest_dated_report_and_unknown_toll_is_zero() -> None:
    documents = {
        "undated": Document(id="undated", text="Later words.", outlet="Nowhere Gazette"),
        "dated": Document(
            id="dated",
            text="First words.",
            outlet="Early Bulletin",
            published_at=datetime(2026, 2, 1, tzinfo=UTC),
        ),
    }
    claims = {c.id: c for c in (_claim("undated", "Later words."), _claim("dated", "First words."))}
    sources = ExportSources(
        claims, documents, OutletRegistry.build({}, []), ActorIndex(load_kb(), {}, [])
    )
    incident = Incident(id="i", claim_ids=sorted(claims), type=PloverType.ASSAULT, n_claims=2)
    record = incident_record(incident, sources)
    assert record["notes"] == "First words."
    assert record["source"] == "Early Bulletin; Nowhere Gazette"
    assert record["fatalities"] == 0
    assert record["fatalities_low"] is None and record["fatalities_best"] is None
    assert record["event_type"] is None and record["latitude"] is None
