"""The local-report incident adapter: its reading of the reports file and its four
figures on hand-built predictions (no pipeline needed)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from warledger.errors import EvalError
from warledger.eval.incident_reports import GoldIncident, Report, read_set, score
from warledger.model import CasualtyRange, Incident, Place, PloverType

SHOOTINGS = Path(__file__).parents[1] / "data" / "shootings"
FRESH = Path(__file__).parents[1] / "data" / "shootings_fresh"
FRESH_2 = Path(__file__).parents[1] / "data" / "shootings_fresh_2"
FRESH_3 = Path(__file__).parents[1] / "data" / "shootings_fresh_3"


def test_the_shooting_set_reads_with_every_report_labelled() -> None:
    gold, reports = read_set(SHOOTINGS)
    assert len(gold) == 23 and len(reports) == 52
    assert gold["rochester-mn"].town == "Rochester, MN"
    assert gold["jackson-ms"].killed == 3
    first = reports[0]
    assert (first.doc_id, first.incident) == ("sil-1", "springfield-il")
    assert first.text.startswith("SPRINGFIELD, Ill. — A 24-year-old man") and "\n" not in first.text


def test_the_second_shooting_set_reads_with_every_report_labelled() -> None:
    gold, reports = read_set(FRESH)
    assert len(gold) == 16 and len(reports) == 43
    assert gold["carolina-pr"].town == "Carolina, PR" and gold["tulsa-ok"].killed == 2
    assert {r.incident for r in reports} == set(gold)


def test_the_third_set_reads_with_every_report_labelled() -> None:
    gold, reports = read_set(FRESH_2)
    assert len(gold) == 18 and len(reports) == 44
    assert gold["hamilton-on"].town == "Hamilton, CA" and gold["dayton-oh"].killed == 3
    assert {r.incident for r in reports} == set(gold)


def test_a_report_naming_an_unknown_incident_is_refused(tmp_path: Path) -> None:
    (tmp_path / "reports.yaml").write_text(
        "incidents: {}\nreports:\n  - {id: a, incident: nowhere, published: 2025-01-01T00:00:00Z,"
        " title: t, text: x}\n",
        encoding="utf-8",
    )
    with pytest.raises(EvalError, match="nowhere"):
        read_set(tmp_path)


def _report(doc_id: str, incident: str) -> Report:
    return Report(doc_id, incident, datetime(2025, 3, 1, tzinfo=UTC), "t", "x")


def _incident(key: str, killed: int | None, lat: float, lon: float) -> Incident:
    return Incident(
        id=key,
        claim_ids=[],
        type=PloverType.ASSAULT,
        place=Place(name=key, latitude=lat, longitude=lon, admin1="Somewhere"),
        killed=CasualtyRange(low=killed, best=killed, high=killed),
    )


def test_four_figures_from_each_reports_predicted_incident() -> None:
    gold = {
        "a": GoldIncident("a", "Aton, XX", 40.0, -90.0, 2),
        "b": GoldIncident("b", "Bville, YY", 35.0, -80.0, 0),
    }
    reports = [_report("a1", "a"), _report("a2", "a"), _report("a3", "a"), _report("b1", "b")]
    # a1 and a2 in p (right toll, 0.3 degrees of latitude = 33 km off); a3 with b1 in q
    # (no toll: 0 killed, right for b; 400 km from b's town).
    predicted = {"a1": "p", "a2": "p", "a3": "q", "b1": "q"}
    incidents = {"p": _incident("p", 2, 40.3, -90.0), "q": _incident("q", None, 38.6, -80.0)}
    result = score(gold, reports, predicted, incidents)
    assert result["killed_exact"] == 1.0
    assert result["place_within_50km"] == 0.5
    assert result["pairwise"] == {"p": 0.5, "r": 0.3333, "f1": 0.4}
    assert result["merged"] == [["a", "b"]]
    rows = {r["incident"]: r for r in result["by_incident"]}  # type: ignore[attr-defined]
    assert (rows["a"]["pieces"], rows["a"]["km"]) == (2, 33)
    assert rows["b"]["km"] == 400


def test_the_fourth_set_reads_with_every_report_labelled() -> None:
    gold, reports = read_set(FRESH_3)
    assert len(gold) == 13 and len(reports) == 30
    assert gold["london-on"].town == "London, ON" and gold["paris-tx"].killed == 2
    assert {r.incident for r in reports} == set(gold)
