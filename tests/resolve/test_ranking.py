"""``incidents --top``: most severe first, within violent types unless told otherwise."""

from __future__ import annotations

import pytest

from warledger.errors import InputError
from warledger.model import CasualtyRange, Incident, PloverType
from warledger.resolve.ranking import VIOLENT_TYPES, event_types, rank


def incident(name: str, kind: PloverType, killed: int | None, sources: int) -> Incident:
    return Incident(
        id=name,
        claim_ids=[f"{name}-c"],
        type=kind,
        killed=CasualtyRange(low=killed, best=killed, high=killed),
        n_claims=sources * 2,
        n_sources=sources,
    )


ROWS = [
    incident("talks", PloverType.CONSULT, None, 30),
    incident("raid", PloverType.ASSAULT, 4, 2),
    incident("massacre", PloverType.ASSAULT, 40, 1),
    incident("shelling", PloverType.ASSAULT, 4, 5),
    incident("arrests", PloverType.COERCE, None, 9),
]


def test_violent_incidents_by_killed_then_sources() -> None:
    ranked = [i.id for i in rank(ROWS, event_types(None))]
    assert ranked == ["massacre", "shelling", "raid", "arrests"]


def test_an_accident_is_no_top_attack_unless_asked_for() -> None:
    crash = incident("crash", PloverType.ASSAULT, 9, 3).model_copy(update={"mode": "accident"})
    flood = incident("flood", PloverType.ASSAULT, 50, 4).model_copy(
        update={"mode": "natural_hazard"}
    )
    rows = [*ROWS, crash, flood]
    assert [i.id for i in rank(rows, event_types(None))] == [
        "massacre",
        "shelling",
        "raid",
        "arrests",
    ]
    chosen = rank(rows, event_types(["assault"]), non_attacks=True)
    assert [i.id for i in chosen] == ["flood", "massacre", "crash", "shelling", "raid"]


def test_type_chooses_others() -> None:
    assert [i.id for i in rank(ROWS, event_types(["consult"]))] == ["talks"]
    assert event_types(None) == VIOLENT_TYPES


def test_unknown_type_is_an_error_naming_it() -> None:
    with pytest.raises(InputError, match="BOMBING"):
        event_types(["bombing"])
