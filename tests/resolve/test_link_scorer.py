"""The learned link scorer: its features on invented incidents, and its model file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from resolve.test_incident_gates import SOUTH_TOWN, SUBURB_A, TOWN_A, item
from warledger.resolve.incident_profile import IncidentProfile
from warledger.resolve.link_scorer import FEATURES, default_model, link_features, load_model

DAY = date(2024, 5, 3)


def incident(inc_id: str, *members: object) -> IncidentProfile:
    profile = IncidentProfile(inc_id)
    for member in members:
        profile.add(member)  # type: ignore[arg-type]
    return profile


def named(features: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(FEATURES, features, strict=True))


def test_features_of_two_reports_of_one_shelling() -> None:
    a = incident("a", item("a", TOWN_A, DAY, killed=(4,), actors=frozenset({"army"})))
    b = incident("b", item("b", TOWN_A, DAY, killed=(5,), actors=frozenset({"army"})))
    got = named(link_features(a, b, 0.4))
    # Same words (unweighed items count each token alike), type, town, day, actor, toll.
    assert got == {
        "lead": 0.4,
        "claims": pytest.approx(1.0),
        "same_type": 1.0,
        "shared_type": 1.0,
        "same_place": 1.0,
        "near_place": 0.0,
        "same_dates": 1.0,
        "no_dates": 0.0,
        "date_gap": 0.0,
        "actors": 1.0,
        "toll": 1.0,
    }


def test_features_of_two_events_apart() -> None:
    a = incident("a", item("a", SUBURB_A, DAY, killed=(2,)))
    b = incident(
        "b",
        item("b", SOUTH_TOWN, date(2024, 5, 10), killed=(40,), type="PROTEST", mode=None),
    )
    got = named(link_features(a, b, 0.0))
    assert got["same_type"] == got["shared_type"] == 0.0
    assert (got["same_place"], got["near_place"]) == (0.0, 0.0)
    # The stated days are seven days apart: log(1 + 7).
    assert got["same_dates"] == 0.0
    assert got["date_gap"] == pytest.approx(2.0794, abs=1e-4)
    assert got["toll"] == -1.0


def test_the_packaged_model_prefers_alike_reports_of_one_place_and_day() -> None:
    model = default_model()
    a = incident("a", item("a", TOWN_A, DAY))
    b = incident("b", item("b", TOWN_A, DAY))
    # Another town's report, six days on, in other words.
    c = incident("c", item("c", SUBURB_A, date(2024, 5, 9), tokens=frozenset({"convoy", "ambush"})))
    alike = model.probability(link_features(a, b, 0.5))
    assert alike >= model.threshold
    assert model.probability(link_features(a, b, 0.0)) < alike
    assert model.probability(link_features(a, c, 0.05)) < model.threshold


def test_a_model_file_of_other_features_is_refused(tmp_path: Path) -> None:
    (tmp_path / "model.json").write_text(
        json.dumps({"features": ["lead"], "weights": [1.0], "bias": 0.0, "threshold": 0.5})
    )
    with pytest.raises(ValueError, match="features"):
        load_model(tmp_path)
    (tmp_path / "model.json").write_text("{not json")
    with pytest.raises(ValueError, match="not an incident link model"):
        load_model(tmp_path)
