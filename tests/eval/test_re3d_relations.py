"""The re3d relation scorer on hand-worked cases (invented offsets, no gold text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warledger.errors import EvalError
from warledger.eval.re3d_relations import (
    ScoredRelation,
    load_gold_relations,
    match_relations,
)
from warledger.eval.scoring import LabeledSpan
from warledger.model import RelationPredicate

P = RelationPredicate


def rel(
    predicate: RelationPredicate, subject: tuple[int, int], obj: tuple[int, int]
) -> ScoredRelation:
    return ScoredRelation(predicate, LabeledSpan(*subject), LabeledSpan(*obj))


def test_exact_needs_identical_offsets_overlap_does_not() -> None:
    gold = {rel(P.FIGHTING_AGAINST, (0, 14), (30, 34))}
    predicted = {rel(P.FIGHTING_AGAINST, (4, 14), (30, 34))}
    exact = match_relations(predicted, gold, "exact")
    overlap = match_relations(predicted, gold, "overlap")
    assert (exact.tp, exact.fp, exact.fn) == (0, 1, 1)
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 0)


def test_direction_counts_except_for_alliance() -> None:
    gold = {rel(P.FIGHTING_AGAINST, (0, 5), (10, 15)), rel(P.ALLIED_WITH, (20, 25), (30, 35))}
    predicted = {rel(P.FIGHTING_AGAINST, (10, 15), (0, 5)), rel(P.ALLIED_WITH, (30, 35), (20, 25))}
    counts = match_relations(predicted, gold, "exact")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)


def test_predicate_must_agree() -> None:
    gold = {rel(P.MEMBER_OF, (0, 5), (10, 15))}
    counts = match_relations({rel(P.COMMANDS, (0, 5), (10, 15))}, gold, "overlap")
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_each_gold_relation_matches_once() -> None:
    gold = {rel(P.MEMBER_OF, (0, 10), (20, 30))}
    predicted = {rel(P.MEMBER_OF, (0, 4), (20, 30)), rel(P.MEMBER_OF, (5, 10), (20, 30))}
    counts = match_relations(predicted, gold, "overlap")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    assert counts.precision == 0.5 and counts.recall == 1.0


def _write(folder: Path, records: list[dict[str, object]]) -> None:
    folder.mkdir()
    (folder / "relations.json").write_text("\n".join(json.dumps(r) for r in records) + "\n")


def test_gold_keeps_confident_mapped_types(tmp_path: Path) -> None:
    base = {"sourceBegin": 0, "sourceEnd": 4, "targetBegin": 9, "targetEnd": 13, "documentId": "d1"}
    _write(
        tmp_path / "pub",
        [
            {**base, "type": "BelongsTo", "confidence": 0.9},
            {**base, "type": "InChargeOf", "confidence": 0.3},
            {**base, "type": "CoLocated", "confidence": 1},
            {**base, "type": "AlliesOf"},
        ],
    )
    gold = load_gold_relations([tmp_path / "pub"])
    assert gold == {
        "d1": frozenset({rel(P.MEMBER_OF, (0, 4), (9, 13)), rel(P.ALLIED_WITH, (0, 4), (9, 13))})
    }


def test_an_alliance_listed_both_ways_is_one_gold_relation(tmp_path: Path) -> None:
    forward = {"sourceBegin": 0, "sourceEnd": 4, "targetBegin": 9, "targetEnd": 13}
    backward = {"sourceBegin": 9, "sourceEnd": 13, "targetBegin": 0, "targetEnd": 4}
    _write(
        tmp_path / "pub",
        [
            {**forward, "type": "AlliesOf", "documentId": "d1"},
            {**backward, "type": "AlliesOf", "documentId": "d1"},
            {**backward, "type": "FightingAgainst", "documentId": "d1"},
            {**backward, "type": "AlliesOf", "documentId": "d2"},
        ],
    )
    gold = load_gold_relations([tmp_path / "pub"])
    alliance = rel(P.ALLIED_WITH, (0, 4), (9, 13))
    assert gold["d1"] == frozenset({alliance, rel(P.FIGHTING_AGAINST, (9, 13), (0, 4))})
    assert gold["d2"] == frozenset({alliance})
    counts = match_relations({rel(P.ALLIED_WITH, (9, 13), (0, 4))}, gold["d1"], "exact")
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_bad_line_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "pub"
    folder.mkdir()
    (folder / "relations.json").write_text('{"type": "BelongsTo"}\n')
    with pytest.raises(EvalError, match=r"relations\.json:1"):
        load_gold_relations([folder])


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="missing"):
        load_gold_relations([tmp_path])
