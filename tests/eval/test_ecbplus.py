"""The ECB+ adapter's scorers on hand-worked cases (no ECB+ text needed)."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.eval.ecbplus import (
    Report,
    bcubed,
    conll,
    document_incidents,
    pairwise,
    score,
    topic_errors,
    url_date,
)


def test_pairwise_counts_pairs_put_together() -> None:
    gold = {"a": 1, "b": 1, "c": 1}
    predicted = {"a": "x", "b": "x", "c": "y"}
    assert pairwise(gold, predicted) == {"p": 1.0, "r": 0.3333, "f1": 0.5}


def test_pairwise_with_no_shared_pair_is_zero() -> None:
    assert pairwise({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"})["f1"] == 0.0


def test_bcubed_of_a_split_cluster() -> None:
    # a and b see 2 of their 3 gold mates, c sees 1: recall 5/9, precision 1.
    assert bcubed({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"}) == {
        "p": 1.0,
        "r": 0.5556,
        "f1": 0.7143,
    }


def test_conll_of_a_split_cluster() -> None:
    scores = conll({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"})
    # MUC: one of two gold links recovered, the one predicted link is right.
    assert scores["muc"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    # CEAF-e: the best entity alignment pairs {a,b,c} with {a,b}: phi = 2*2/(3+2) = 0.8,
    # recall 0.8 / 1 gold entity, precision 0.8 / 2 predicted entities.
    assert scores["ceaf_e"] == {"p": 0.4, "r": 0.8, "f1": 0.5333}
    assert scores["conll_f1"] == pytest.approx((0.6667 + 0.7143 + 0.5333) / 3, abs=1e-4)


def test_url_date_reads_a_dated_address() -> None:
    assert url_date("http : / / example . org / 2013 / 08 / 02 / a - story /") == date(2013, 8, 2)
    assert url_date("http : / / example . org / 2011 - 11 - 12 / b") == date(2011, 11, 12)
    assert url_date("http : / / example . org / news / story ? id=2066717") is None
    assert url_date("http : / / example . org / 2013 / 13 / 40 / x") is None


def test_document_goes_to_the_incident_of_most_claims_then_the_first() -> None:
    claims = [
        ("c1", "d1", 50),
        ("c2", "d1", 10),
        ("c3", "d1", 90),
        ("c4", "d2", 30),
        ("c5", "d2", 5),
        ("c6", "d3", 1),
    ]
    incident_of = {"c1": "I", "c2": "J", "c3": "I", "c4": "K", "c5": "L"}
    assert document_incidents(claims, incident_of) == {"d1": "I", "d2": "L"}


def test_score_cuts_incidents_at_topic_borders_and_counts_coverage() -> None:
    def report(doc: str, topic: int, sub: str, chains: tuple[str, ...]) -> Report:
        mentions = tuple((i * 10, i * 10 + 4, c) for i, c in enumerate(chains))
        return Report(doc, topic, sub, "", None, mentions)

    reports = [
        report("1a", 1, "ecb", ("E1",)),
        report("1b", 1, "ecb", ("E1", "E2")),
        report("2a", 2, "ecb", ("F1",)),
    ]
    # One predicted incident spans both topics; it is scored as two.
    result = score(
        reports,
        {"1a": "I", "1b": "I", "2a": "I"},
        {("1a", 0): ("I", "shot"), ("1b", 0): ("I", "shot"), ("2a", 0): ("I", "shot")},
    )
    clustering = result["document_clustering"]
    assert isinstance(clustering, dict)
    assert clustering["bcubed"]["f1"] == 1.0
    mentions = result["mentions"]
    assert isinstance(mentions, dict)
    assert (mentions["gold_curated"], mentions["covered"]) == (4, 3)
    assert mentions["muc"]["f1"] == 1.0
    assert mentions["incident_conll_f1"] == mentions["conll_f1"]


def test_mentions_are_scored_by_act_inside_the_incident() -> None:
    # One incident, two acts (a shooting and an arrest), each its own gold chain.
    report = Report("1a", 1, "ecb", "", None, ((0, 4, "SHOT"), (10, 14, "ARREST")))
    result = score(
        [report], {"1a": "I"}, {("1a", 0): ("I", "ASSAULT:"), ("1a", 1): ("I", "COERCE:")}
    )
    mentions = result["mentions"]
    assert isinstance(mentions, dict)
    assert mentions["b3"]["f1"] == 1.0
    assert mentions["incident_conll_f1"] < mentions["conll_f1"]


def test_topic_errors_name_merged_groups_and_count_pieces() -> None:
    def report(doc: str, topic: int, sub: str) -> Report:
        return Report(doc, topic, sub, "", None, ())

    reports = [
        report("1a", 1, "ecb"),
        report("1b", 1, "ecb"),
        report("1c", 1, "ecbplus"),
        report("1d", 1, "ecbplus"),
        report("2a", 2, "ecb"),
        report("2b", 2, "ecb"),
    ]
    # Topic 1: 1a joins 1c's event (a merge), so ecb is in two groups and ecbplus in
    # two (1c and 1d apart); topic 2 is right and is left out.
    predicted = {"1a": "X", "1b": "Y", "1c": "X", "1d": "Z", "2a": "W", "2b": "W"}
    assert topic_errors(reports, predicted) == {
        "1": {"merged": [["1a", "1c"]], "pieces": {"ecb": 2, "ecbplus": 2}}
    }
