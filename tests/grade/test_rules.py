"""Each grading rule on hand-built incidents, and the order they are applied in."""

from __future__ import annotations

import pytest

from grade.grade_samples import claim, document, evidence
from warledger.grade.rules import (
    QUOTE_CHARS,
    _label,
    _quote,
    contested,
    corroborated,
    denied,
    grade,
    party_only,
    reported,
    single_source,
)
from warledger.model import Document, Event, Grade, Side, Stance


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


NORLAND_TV = "norland-tv"
SCENARIOS = {
    "party_only": [
        (claim("d1", by="Sudmark rebels"), document("d1", NORLAND_TV)),
        (claim("d2", by="Sudmark rebels"), document("d2", "norland-mod")),
    ],
    "one_source_copied": [
        (claim("d1"), document("d1", "wire")),
        (claim("d2"), document("d2", "wire-copy", group="d1")),
    ],
    "one_source": [(claim("d1"), document("d1", "wire"))],
    "one_side": [
        (claim("d1", by="Sudmark rebels"), document("d1", "norland-paper")),
        (claim("d2", by="Sudmark rebels"), document("d2", NORLAND_TV)),
    ],
    "unknown_sides": [
        (claim("d1"), document("d1", "somewhere-weekly")),
        (claim("d2"), document("d2", "another-blog")),
    ],
    "two_parties": [
        (claim("d1"), document("d1", NORLAND_TV)),
        (claim("d2"), document("d2", "sudmark-news")),
    ],
}
NOT_A_PARTY = "not party_only: at least one independent source is not a party to the conflict"
EXPECTED: dict[str, tuple[Grade, list[str]]] = {
    "party_only": (
        Grade.PARTY_ONLY,
        [
            "claimed only by party_a outlets or officials: Norland MoD, Norland TV",
            "not denied: no denial by the accused side (party_b)",
            "not contested: responsibility attributed to party_b only",
        ],
    ),
    "one_source_copied": (
        Grade.SINGLE_SOURCE,
        [
            "one independent source: Wire, Wire Copy (2 documents, syndicated or one owner)",
            "not denied: no denial by the accused side (nobody)",
            "not contested: responsibility attributed to nobody only",
            NOT_A_PARTY,
        ],
    ),
    "one_source": (
        Grade.SINGLE_SOURCE,
        [
            "one independent source: Wire",
            "not denied: no denial by the accused side (nobody)",
            "not contested: responsibility attributed to nobody only",
            NOT_A_PARTY,
        ],
    ),
    "one_side": (
        Grade.REPORTED,
        [
            "2 independent sources, all of one side (party_a)",
            "not denied: no denial by the accused side (party_b)",
            "not contested: responsibility attributed to party_b only",
            NOT_A_PARTY,
            "not single_source: 2 independent sources",
        ],
    ),
    "unknown_sides": (
        Grade.REPORTED,
        [
            "2 independent sources, none of a known side (outlets not in the list)",
            "not denied: no denial by the accused side (nobody)",
            "not contested: responsibility attributed to nobody only",
            NOT_A_PARTY,
            "not single_source: 2 independent sources",
        ],
    ),
    "two_parties": (
        Grade.CORROBORATED,
        [
            "2 independent sources from 2 sides, including party_a and party_b (not the accused): "
            "Norland TV (party_a), Sudmark News (party_b)",
            "not denied: no denial by the accused side (nobody)",
            "not contested: responsibility attributed to nobody only",
            "not party_only: sources of more than one party",
            "not single_source: 2 independent sources",
            "not reported: 2 independent sources from 2 sides",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_grade_and_every_reason_word_for_word(name: str) -> None:
    """The reasons are what the incident page shows: each rule's, in order, as written."""
    assert grade(evidence(SCENARIOS[name])) == EXPECTED[name]


def test_rules_that_do_not_match_say_so_on_their_own() -> None:
    """Each rule called alone, where an earlier rule would have hidden its answer."""
    one_party = evidence(SCENARIOS["party_only"])
    assert corroborated(one_party) == (False, "no independent source outside the accused side")
    assert reported(evidence(SCENARIOS["unknown_sides"]))[0] is True
    two_parties = evidence(SCENARIOS["two_parties"])
    assert party_only(two_parties) == (False, "sources of more than one party")
    assert single_source(two_parties) == (False, "2 independent sources")
    one_side = evidence(SCENARIOS["one_side"])
    assert corroborated(one_side) == (False, "no independent source outside the accused side")
    assert party_only(one_side) == (
        False,
        "at least one independent source is not a party to the conflict",
    )


def test_a_long_denial_is_cut_at_a_word_and_drops_trailing_punctuation() -> None:
    assert _quote("alpha beta; gamma", limit=13) == "alpha beta…"
    assert _quote("alpha XX gamma", limit=10) == "alpha XX…"


def test_a_negated_event_by_the_accused_is_a_denial_quoted_with_its_speaker() -> None:
    """ "Norland forces did not shell the town", said by a Norland colonel: a denial."""
    said = claim("d2", claimant="Colonel Brandt")
    assert isinstance(said.proposition, Event)
    negated = said.model_copy(
        update={"proposition": said.proposition.model_copy(update={"negated": True})}
    )
    accusation = (claim("d1", by="Norland army"), document("d1", "sudmark-news"))
    assert denied(evidence([accusation, (said, document("d2", "norland-mod"))]))[0] is False
    assert denied(evidence([accusation, (negated, document("d2", "norland-mod"))])) == (
        True,
        "denied by Colonel Brandt, the accused side (party_a): “someone shelled the town (d2)”",
    )


def test_an_outlet_denial_with_nobody_blamed_names_the_outlet_and_its_side() -> None:
    ev = evidence(
        [
            (claim("d1"), document("d1", "wire")),
            (claim("d2", stance=Stance.DENIED), document("d2", NORLAND_TV)),
        ]
    )
    assert denied(ev) == (
        True,
        "denied by Norland TV, a party (party_a): “someone shelled the town (d2)”",
    )


def test_contested_lists_who_blames_whom() -> None:
    ev = evidence(
        [
            (claim("d1", by="Sudmark saboteurs"), document("d1", NORLAND_TV)),
            (claim("d2", by="Norland drone"), document("d2", "sudmark-news")),
            (claim("d3", by="Norland drone"), document("d3", "wire")),
        ]
    )
    assert contested(ev) == (
        True,
        "competing attributions of responsibility: "
        "Sudmark News, Wire blame party_a; Norland TV blame party_b",
    )


def test_a_source_of_unlisted_outlets_is_labelled_by_outlet_then_address() -> None:
    def copy(doc: str, outlet: str | None, source_name: str | None) -> Document:
        return document(doc, outlet or "").model_copy(
            update={"outlet": outlet, "source_name": source_name, "syndication_group": "g"}
        )

    ev = evidence(
        [
            (claim("a"), copy("a", "valley-blog", "a.txt")),
            (claim("b"), copy("b", None, "https://radio.example/b")),
            (claim("c"), copy("c", None, None)),
        ]
    )
    (source,) = ev.sources
    assert _label(ev, source) == "?, https://radio.example/b, valley-blog"


def test_a_statement_by_the_accused_that_is_no_negated_event_is_no_denial() -> None:
    """A claim with no event (a plain statement) has nothing negated: it denies nothing."""
    accusation = (claim("d1", by="Norland army"), document("d1", "sudmark-news"))
    statement = claim("d2").model_copy(update={"proposition": None})
    ev = evidence([accusation, (statement, document("d2", NORLAND_TV))])
    assert ev.accused == {Side.PARTY_A}
    assert denied(ev) == (False, "no denial by the accused side (party_a)")


def test_party_only_lists_every_source_of_the_one_party() -> None:
    """Two independent sources, both a party speaking: its state TV and its army's
    spokesman quoted by an unlisted outlet."""
    ev = evidence(
        [
            (claim("d1", by="Sudmark rebels"), document("d1", NORLAND_TV)),
            (
                claim("d2", by="Sudmark rebels", claimant="Norland army spokesman"),
                document("d2", "valley-blog"),
            ),
        ]
    )
    assert len(ev.sources) == 2
    assert party_only(ev) == (
        True,
        "claimed only by party_a outlets or officials: valley-blog, Norland TV",
    )
