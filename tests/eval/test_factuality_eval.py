"""``warledger eval factuality``: the adapter on a tiny set written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warledger.errors import EvalError
from warledger.eval import run_eval
from warledger.eval.factuality import read_set


def _write(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _record(words: str, predicates: dict[int, float]) -> dict:
    tokens = words.split(" ")
    return {
        "tokens": tokens,
        "predicates": [
            {"token": i, "span": [i, i + 1], "factuality": f} for i, f in predicates.items()
        ],
    }


def test_scores_each_set_present(tmp_path: Path) -> None:
    _write(
        tmp_path / "uw" / "dev.jsonl",
        [
            _record("The rebels shelled the town .", {2: 3.0}),
            _record("The rebels did not shell the town .", {4: -3.0}),
            _record("The rebels may shell the town .", {3: 0.0}),
            _record("Officials said the rebels shelled the town .", {1: 3.0, 4: 3.0}),
        ],
    )
    result = run_eval("factuality", tmp_path)
    assert set(result) >= {"uw", "metric", "model_version"}
    assert "uds_ih2" not in result
    uw = result["uw"]
    assert uw["predicates"] == 5
    assert uw["sentences"] == 4
    assert uw["pearson_r"] > 0.8
    assert 0.0 <= uw["mae"] < 1.5


def test_a_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "uw" / "dev.jsonl"
    _write(path, [_record("They fled .", {1: 3.0})])
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    with pytest.raises(EvalError, match=r"dev\.jsonl:2"):
        read_set(path, None)


def test_an_index_outside_the_tokens_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "meantime" / "dev.jsonl"
    _write(path, [_record("They fled .", {7: 3.0})])
    with pytest.raises(EvalError, match="outside the tokens"):
        read_set(path, None)


def test_a_folder_without_sets_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"no <set>/dev\.jsonl"):
        run_eval("factuality", tmp_path)
