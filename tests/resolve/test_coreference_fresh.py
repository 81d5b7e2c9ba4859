"""Incidents of the invented cross-report coreference set (tests/data/coreference_fresh):
outlets telling one happening in their own words (an appointment as "named", "tapped",
"the selection"; a nomination as "nominated", "choice", "nominee"; a coach's firing as
"fired", "dismissed", "parted ways"; a village raid as an attack, a massacre and a
killing; an airstrike as a strike, a bombing and a raid), with dates given differently,
beside look-alikes of each kind that must stay apart (two police chiefs named in two
cities the same week, two coaches fired a week apart, two raids in one state two days
apart, two airstrikes in one province).

Written before any change for issue 11's ECB+ recall; main then scored B-cubed
P 1.0, R 0.725, F1 0.840 (pairwise F1 0.667). What is split: reports of an
appointment told as "named ... as chief", "tapped to run" or "named Boise's police
chief" and of a coach "fired as coach" (passive) yield no event claim and stay alone
(extraction), a footbridge collapse is no event at all, and the governor's visit
after the raid is the main act of its report (a tie with the raid's killing, told
later in it) and two days after the raid. The floor below guards what holds: no
look-alike is merged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warledger.eval.incident_reports import evaluate

FRESH = Path(__file__).resolve().parents[1] / "data" / "coreference_fresh"


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    return evaluate(FRESH)


def test_clustering_floor(result: dict[str, object]) -> None:
    bcubed = result["bcubed"]
    assert isinstance(bcubed, dict)
    # The look-alike chiefs, coaches, raids and strikes stay apart.
    assert bcubed["p"] == 1.0
    assert result["merged"] == []
    assert bcubed["r"] >= 0.72


def test_reports_told_in_other_words_are_one_incident(result: dict[str, object]) -> None:
    rows = {r["incident"]: r for r in result["by_incident"]}  # type: ignore[attr-defined]
    # "nominated", "choice" and "nominee"; "fired" and "dismissed"; "airstrike",
    # "bombing" and "raid": each told by several outlets, each one incident.
    assert rows["judge-denver"]["pieces"] == 1
    assert rows["coach-lubbock"]["pieces"] == 1
    assert rows["strike-maarrat"]["pieces"] == 1
    assert rows["raid-damboa"]["pieces"] == 1
    assert rows["raid-gwoza"]["killed"] == rows["raid-gwoza"]["predicted_killed"] == 14
