"""Kinds of MUC-4 role-filler errors on cases worked out by hand (invented strings)."""

from __future__ import annotations

from collections import Counter

from warledger.eval.muc4_errors import error_kinds


def test_each_left_over_entity_gets_one_kind() -> None:
    gold = {
        "PerpInd": [["armed men"], ["two soldiers"]],
        "PerpOrg": [["the tarn front", "tf"]],
        "Target": [["power station"]],
        "Victim": [],
    }
    predicted = {
        "PerpInd": ["several armed men", "tf", "a driver"],
        "PerpOrg": [],
        "Target": ["the power station"],
        "Victim": [],
    }
    found = error_kinds(predicted, gold)
    # "several armed men" holds the gold "armed men" (a boundary error on both sides);
    # "tf" names the PerpOrg entity (other role on both sides); "a driver" is extra;
    # "two soldiers" is found nowhere.
    assert found["PerpInd"] == Counter(
        {"fp.boundary": 1, "fp.other_role": 1, "fp.extra": 1, "fn.boundary": 1, "fn.missing": 1}
    )
    assert found["PerpOrg"] == Counter({"fn.other_role": 1})
    assert found["Target"] == Counter()  # "the power station" fits once articles are dropped
    assert found["Victim"] == Counter()


def test_fillers_in_a_document_that_keys_no_incident() -> None:
    found = error_kinds({"Weapon": ["a car bomb"], "Victim": []}, {"Weapon": [], "Victim": []})
    assert found["Weapon"] == Counter({"fp.irrelevant_document": 1})


def test_a_word_shared_inside_a_longer_word_is_no_boundary_error() -> None:
    # "arm" is inside "armed men" only as letters, not as a word.
    found = error_kinds({"PerpInd": ["arm"]}, {"PerpInd": [["armed men"]]})
    assert found["PerpInd"] == Counter({"fp.extra": 1, "fn.missing": 1})
