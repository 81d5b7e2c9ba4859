"""Each grading rule on hand-built incidents, and the order they are applied in."""

from __future__ import annotations

from grade.grade_samples import claim, document, evidence
from warledger.grade.rules import (
    QUOTE_CHARS,
    _quote,
    contested,
    corroborated,
    denied,
    grade,
    party_only,
    reported,
    single_source,
)
from warledger.model import Grade, Side, Stance


def test_denied_needs_a_denial_by_the_accused() -> None:
    ev = evidence(
        [
            (claim("d1", by="Norland army"), document("d1", "sudmark-news")),
            (
                claim("d2", stance=Stance.DENIED, claimant="Norland MoD"),
                document("d2", "norland-mod"),
            ),
        ]
    )
    assert ev.accused == {Side.PARTY_A}
    matched, reason = denied(ev)
    assert matched and "Norland MoD" in reason and "party_a" in reason
    assert grade(ev)[0] == Grade.DENIED


def test_a_denial_by_the_accuser_is_not_a_denial_by_the_accused() -> None:
    ev = evidence(
        [
            (claim("d1", by="Norland army"), document("d1", "sudmark-news")),
            (
                claim("d2", stance=Stance.DENIED, claimant="Sudmark council"),
                document("d2", "sudmark-news"),
            ),
        ]
    )
    matched, reason = denied(ev)
    assert not matched and "party_a" in reason


def test_contested_when_sources_blame_different_parties() -> None:
    ev = evidence(
        [
            (claim("d1", by="Sudmark saboteurs"), document("d1", "norland-tv")),
            (claim("d2", by="Norland drone"), document("d2", "sudmark-news")),
        ]
    )
    matched, reason = contested(ev)
    assert matched and "party_a" in reason and "party_b" in reason
    assert grade(ev)[0] == Grade.CONTESTED


def test_party_only_collapses_one_owner_group() -> None:
    ev = evidence(
        [
            (claim("d1", by="Sudmark rebels"), document("d1", "norland-tv")),
            (claim("d2", by="Sudmark rebels"), document("d2", "norland-mod")),
        ]
    )
    assert len(ev.sources) == 1
    matched, reason = party_only(ev)
    assert matched and "party_a" in reason
    assert grade(ev)[0] == Grade.PARTY_ONLY


def test_single_source_counts_syndicated_copies_once() -> None:
    ev = evidence(
        [
            (claim("d1"), document("d1", "wire")),
            (claim("d2"), document("d2", "wire-copy", group="d1")),
        ]
    )
    matched, reason = single_source(ev)
    assert matched and "2 documents" in reason
    assert grade(ev)[0] == Grade.SINGLE_SOURCE


def test_reported_is_several_sources_of_one_side() -> None:
    ev = evidence(
        [
            (claim("d1", by="Sudmark rebels"), document("d1", "norland-paper")),
            (claim("d2", by="Sudmark rebels"), document("d2", "norland-tv")),
        ]
    )
    assert not party_only(ev)[0]  # a newspaper is not a party speaking
    matched, reason = reported(ev)
    assert matched and "party_a" in reason
    assert grade(ev)[0] == Grade.REPORTED


def test_corroborated_needs_a_side_other_than_the_accused() -> None:
    ev = evidence(
        [
            (claim("d1", by="Norland jets"), document("d1", "sudmark-news")),
            (claim("d2"), document("d2", "wire")),
        ]
    )
    matched, reason = corroborated(ev)
    assert matched and "third_party" in reason
    assert not reported(ev)[0]
    name, reasons = grade(ev)
    assert name == Grade.CORROBORATED
    assert reasons[0] == reason and any(r.startswith("not denied") for r in reasons)


def test_unknown_outlets_count_as_unknown_side() -> None:
    ev = evidence(
        [
            (claim("d1"), document("d1", "somewhere-weekly")),
            (claim("d2"), document("d2", "another-blog")),
        ]
    )
    assert ev.sides == [Side.UNKNOWN]
    assert grade(ev)[0] == Grade.REPORTED


def test_a_denial_by_a_non_party_is_not_a_denial_even_when_nobody_is_blamed() -> None:
    """With no accused side, only a party's denial counts; a wire's doubt does not."""
    ev = evidence(
        [
            (claim("d1"), document("d1", "norland-paper")),
            (claim("d2", stance=Stance.DENIED), document("d2", "wire")),
        ]
    )
    assert ev.accused == set()
    matched, reason = denied(ev)
    assert not matched and reason == "no denial by the accused side (nobody)"
    assert grade(ev)[0] != Grade.DENIED
    # The same denial by a party's outlet does count.
    ev = evidence(
        [
            (claim("d1"), document("d1", "wire")),
            (claim("d2", stance=Stance.DENIED), document("d2", "norland-tv")),
        ]
    )
    matched, reason = denied(ev)
    assert matched and "a party (party_a)" in reason


def test_a_long_denial_is_quoted_up_to_a_word_with_an_ellipsis() -> None:
    short = "We did not fire on the market."
    assert _quote(short) == short
    exact = "x" * QUOTE_CHARS
    assert _quote(exact) == exact
    words = "The ministry rejects, firmly; " * 10
    cut = _quote(words)
    assert cut == words[:QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    assert cut.endswith("firmly…") and len(cut) <= QUOTE_CHARS + 1
    assert _quote("alpha beta gamma", limit=12) == "alpha beta…"
