"""The geoparsing and event-location adapters on tiny files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warledger.errors import EvalError
from warledger.eval.event_location import _anchor, read_records
from warledger.eval.geoparsing import (
    MAX_ERROR_KM,
    Article,
    GoldToponym,
    error_auc,
    read_corpus,
    score_articles,
)
from warledger.model import Place, PlaceMention, Span

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Troops left Tbilisi for Gori.]]></text>
    <toponyms>
      <toponym><start>12</start><end>19</end><phrase>Tbilisi</phrase>
        <gaztag geonameid="611717"><lat>41.69</lat><lon>44.83</lon></gaztag></toponym>
      <toponym><start>24</start><end>28</end><phrase>Gori</phrase>
        <gaztag geonameid="614455"><lat>41.98</lat><lon>44.11</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def _mention(start: int, end: int, lat: float | None, lon: float | None) -> PlaceMention:
    place = None if lat is None else Place(name="x", latitude=lat, longitude=lon)
    return PlaceMention(span=Span(start=start, end=end, text="x"), place=place)


def test_read_and_score_geoparsing(tmp_path: Path) -> None:
    path = tmp_path / "mini.xml"
    path.write_text(XML, encoding="utf-8")
    (article,) = read_corpus(path)
    assert article.toponyms[0] == GoldToponym(12, 19, 41.69, 44.83)
    # Tbilisi exact and right; "Gori." overlaps but is 300+ km off; one spurious mention.
    preds = [_mention(12, 19, 41.7, 44.8), _mention(24, 29, 44.0, 41.0), _mention(0, 6, None, None)]
    result = score_articles([article], [preds])
    assert result["recognition_exact"]["tp"] == 1
    assert result["recognition_overlap"]["tp"] == 2
    assert result["recognition_overlap"]["fp"] == 1
    assert result["resolution"]["n"] == 2
    assert result["resolution"]["accuracy_161km"] == 0.5


def test_malformed_geoparsing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvalError, match=r"broken\.xml"):
        read_corpus(path)


def test_unresolved_mentions_count_against_accuracy() -> None:
    article = Article("a", "In Gori.", (GoldToponym(3, 7, 41.98, 44.11),))
    result = score_articles([article], [[_mention(3, 7, None, None)]])
    assert result["resolution"]["unresolved"] == 1
    assert result["resolution"]["accuracy_161km"] == 0.0


def test_prodigy_spans_with_token_offsets_are_reanchored(tmp_path: Path) -> None:
    text = "Rebels shelled the port, and later they attacked Gori."
    bad = {"start": 8, "end": 8, "token_start": 8, "label": "LOCATION", "text": "Gori"}
    assert _anchor(text, bad) == (49, 53)
    assert _anchor(text, {"start": 0, "end": 0, "label": "VERB", "text": ""}) is None
    rows = [
        {"text": text, "answer": "accept", "spans": [
            {"start": 7, "end": 14, "label": "VERB"}, bad]},
        {"text": "No verb here.", "answer": "accept", "spans": []},
        {"text": text, "answer": "reject", "spans": []},
    ]  # fmt: skip
    path = tmp_path / "labeled.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    records, skipped = read_records(path)
    assert skipped == 1
    assert records[0].verb == (7, 14) and records[0].locations == ((49, 53),)


def test_error_auc_by_hand() -> None:
    # Sorted log errors [0, L] with L = log(1 + 20039): trapezoid L / 2, over 1 * L.
    assert error_auc([0.0, MAX_ERROR_KM]) == pytest.approx(0.5)
    assert error_auc([0.0, 0.0, 0.0]) == 0.0
    assert error_auc([MAX_ERROR_KM]) == pytest.approx(1.0)
    # Three points 0, 0, L: areas 0 and L / 2, over 2 * L.
    assert error_auc([MAX_ERROR_KM, 0.0, 0.0]) == pytest.approx(0.25)
