"""Casualty ranges: low/best/high over independent sources, each figure kept."""

from __future__ import annotations

from datetime import UTC, date, datetime

from grade.grade_samples import claim, document, evidence, span
from warledger.grade.casualties import (
    SourceFigure,
    casualties,
    casualty_range,
    cumulative,
    late_death,
)
from warledger.model import (
    CasualtyFigure,
    CasualtyRange,
    DateMention,
    DatePrecision,
    Document,
    Event,
    Span,
)


def test_range_over_sources_with_median_best() -> None:
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(7, None, "unknown")]), document("d1", "wire")),
                (claim("d2", killed=[(9, 9, "civilians")]), document("d2", "norland-paper")),
                (claim("d3", killed=[(11, 11, "unknown")]), document("d3", "norland-tv")),
            ]
        )
    )
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (7, 9, 11)
    assert (toll.civilians_killed.low, toll.civilians_killed.high) == (9, 9)
    assert sorted(f.low for f in toll.figures) == [7, 9, 11]
    assert {f.outlet for f in toll.figures} == {"Wire", "Norland Paper", "Norland TV"}


def test_best_is_the_figure_most_sources_agree_on() -> None:
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(13, 17, "civilians")]), document("d1", "wire")),
                (claim("d2", killed=[(15, 15, "civilians")]), document("d2", "sudmark-news")),
                (claim("d3", killed=[(15, 15, "civilians")]), document("d3", "norland-paper")),
                (claim("d4", killed=[(40, 40, "civilians")]), document("d4", "norland-tv")),
            ]
        )
    )
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (13, 15, 40)


def test_syndicated_copy_gives_one_figure_per_source() -> None:
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(4, 4, "unknown")]), document("d1", "wire")),
                (claim("d2", killed=[(5, 5, "unknown")]), document("d2", "wire-copy", group="d1")),
                (claim("d3", killed=[(4, 4, "unknown")]), document("d3", "sudmark-news")),
            ]
        )
    )
    # the wire's own update (5) is its figure; the two sources give 5 and 4
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (4, 4, 5)
    assert len(toll.figures) == 3


def test_no_figures_gives_an_empty_range() -> None:
    toll = casualties(evidence([(claim("d1"), document("d1", "wire"))]))
    assert toll.killed.low is None and toll.killed.best is None and toll.figures == []


def test_unregistered_outlets_follow_up_repeats_its_own_figure() -> None:
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(3, 3, "unknown")]), document("d1", "Harbour Courier")),
                # The same paper's story on the funerals a week later: its figure again.
                (claim("d2", killed=[(3, 3, "unknown")]), document("d2", "harbour courier")),
                (claim("d3", killed=[(5, 5, "unknown")]), document("d3", "wire")),
                (claim("d4", killed=[(5, 5, "unknown")]), document("d4", "Valley Gazette")),
            ]
        )
    )
    # Three sources (3, 5, 5): the follow-up does not make 3 a second vote.
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (3, 5, 5)
    assert len({f.source for f in toll.figures}) == 3


def test_a_running_total_is_shown_but_not_the_incidents_toll() -> None:
    from datetime import date

    from warledger.model import DateMention, Span

    total = claim("d2", killed=[(48000, None, "unknown")])
    words = "the insurgency has killed 48,000 people in the valley, monitors say"
    total = total.model_copy(update={"content": Span(start=0, end=len(words), text=words)})
    dated = claim("d3", killed=[(900, None, "unknown")])
    year = DateMention(
        span=Span(start=0, end=9, text="this year"),
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
    )
    assert isinstance(dated.proposition, Event)
    dated = dated.model_copy(
        update={"proposition": dated.proposition.model_copy(update={"date": year})}
    )
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(6, None, "unknown")]), document("d1", "wire")),
                (total, document("d2", "norland-paper")),
                (dated, document("d3", "norland-tv")),
            ]
        )
    )
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (6, 6, 6)
    assert sorted((f.low, f.cumulative) for f in toll.figures) == [
        (6, False),
        (900, True),
        (48000, True),
    ]


def test_a_sources_later_higher_count_is_its_figure() -> None:
    """One source saying "seven" then "nine" counts as nine, never as seven: the
    answers differ from taking its smallest figure in low and in best."""
    update = [
        (claim("d1", killed=[(7, None, "unknown")]), document("d1", "wire")),
        (claim("d2", killed=[(9, None, "unknown")]), document("d2", "wire-copy", group="d1")),
    ]
    toll = casualties(
        evidence(
            [*update, (claim("d3", killed=[(20, 20, "unknown")]), document("d3", "norland-tv"))]
        )
    )
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (9, 9, 20)
    toll = casualties(
        evidence(
            [
                *update,
                (claim("d3", killed=[(9, 9, "unknown")]), document("d3", "sudmark-news")),
                (claim("d4", killed=[(7, 7, "unknown")]), document("d4", "norland-paper")),
                (claim("d5", killed=[(20, 20, "unknown")]), document("d5", "norland-tv")),
            ]
        )
    )
    # sources: wire 9, Sudmark News 9, Norland Paper 7, Norland TV 20
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (7, 9, 20)
    assert sorted(f.low for f in toll.figures) == [7, 7, 9, 9, 20]


def test_a_toll_up_to_a_date_is_a_running_total() -> None:
    words = "by the end of March, 214 people had been killed in the valley"
    total = claim("d2", killed=[(214, None, "unknown")])
    total = total.model_copy(update={"content": Span(start=0, end=len(words), text=words)})
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(4, None, "unknown")]), document("d1", "wire")),
                (total, document("d2", "norland-paper")),
            ]
        )
    )
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (4, 4, 4)
    assert sorted((f.low, f.cumulative) for f in toll.figures) == [(4, False), (214, True)]


def test_every_measure_with_the_claim_outlet_and_claimant_that_gave_it() -> None:
    """Killed and injured, of civilians and of all; a statement with no event first
    gives no figure and does not stop the others; an unlisted outlet is named as the
    document names it."""
    told = claim("d1", claimant="Colonel Brandt")
    assert isinstance(told.proposition, Event)
    figures = [
        CasualtyFigure(span=span("dead"), kind="killed", group="civilians", low=4, high=6),
        CasualtyFigure(span=span("hurt"), kind="injured", group="unknown", low=9, high=None),
        CasualtyFigure(span=span("hurt"), kind="injured", group="civilians", low=3, high=None),
        CasualtyFigure(span=span("gone"), kind="missing", group="unknown", low=2, high=None),
    ]
    told = told.model_copy(
        update={"proposition": told.proposition.model_copy(update={"casualties": figures})}
    )
    statement = claim("d0").model_copy(update={"proposition": None})
    toll = casualties(
        evidence([(statement, document("d0", "wire")), (told, document("d1", "valley-blog"))])
    )
    assert toll.killed == CasualtyRange(low=4, best=4, high=6)
    assert toll.civilians_killed == CasualtyRange(low=4, best=4, high=6)
    assert toll.injured == CasualtyRange(low=9, best=9, high=9)
    assert toll.civilians_injured == CasualtyRange(low=3, best=3, high=3)
    assert [
        (f.claim_id, f.outlet, f.claimant, f.kind, f.group, f.low, f.high) for f in toll.figures
    ] == [
        (told.id, "valley-blog", "Colonel Brandt", "injured", "civilians", 3, None),
        (told.id, "valley-blog", "Colonel Brandt", "injured", "unknown", 9, None),
        (told.id, "valley-blog", "Colonel Brandt", "killed", "civilians", 4, 6),
    ]


def test_a_toll_dated_by_a_year_or_over_more_than_a_month_is_a_running_total() -> None:
    said = claim("d1")
    assert isinstance(said.proposition, Event)

    def dated(start: date | None, end: date | None, precision: DatePrecision) -> Event:
        mention = DateMention(span=span("then"), start=start, end=end, precision=precision)
        return said.proposition.model_copy(update={"date": mention})  # type: ignore[union-attr]

    assert cumulative(said, dated(None, None, DatePrecision.YEAR))
    assert not cumulative(said, dated(date(2026, 5, 1), date(2026, 6, 1), DatePrecision.RANGE))
    assert cumulative(said, dated(date(2026, 5, 1), date(2026, 6, 2), DatePrecision.RANGE))


def test_best_is_the_most_given_figure_even_away_from_the_median() -> None:
    figures = [
        SourceFigure(f"c{i}", f"s{i}", None, None, "killed", "unknown", low, None)
        for i, low in enumerate([3, 3, 8, 9, 10])
    ]
    assert casualty_range(figures, "killed", civilians=False) == CasualtyRange(
        low=3, best=3, high=10
    )


def _dated(doc: str, outlet: str, hour: int) -> Document:
    return document(doc, outlet).model_copy(
        update={"published_at": datetime(2026, 6, 3, hour, tzinfo=UTC)}
    )


def test_a_toll_that_rose_is_the_last_reports_figure() -> None:
    """A wounded victim died: the paper's 1 in the morning, a TV station's 2 at
    noon. The later count is the toll, not the lower middle of 1 and 2."""
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(1, 1, "unknown")]), _dated("d1", "Valley Gazette", 8)),
                (claim("d2", killed=[(2, 2, "unknown")]), _dated("d2", "Channel Nine", 12)),
            ]
        )
    )
    assert (toll.killed.low, toll.killed.best, toll.killed.high) == (1, 2, 2)


def test_a_later_lower_figure_or_a_partys_later_higher_one_is_weighed_as_before() -> None:
    # The monitor's later 7 is below the ministry's 11: the median stands (9).
    falling = [
        (claim("d1", killed=[(9, 9, "unknown")]), _dated("d1", "wire", 8)),
        (claim("d2", killed=[(11, 11, "unknown")]), _dated("d2", "norland-tv", 10)),
        (claim("d3", killed=[(7, 7, "unknown")]), _dated("d3", "Valley Gazette", 12)),
    ]
    assert casualties(evidence(falling)).killed == CasualtyRange(low=7, best=9, high=11)
    # Norland TV, a party's outlet, reports last and highest: not taken as a rise.
    party_last = [
        (claim("d1", killed=[(4, 4, "unknown")]), _dated("d1", "wire", 8)),
        (claim("d2", killed=[(20, 20, "unknown")]), _dated("d2", "norland-tv", 12)),
    ]
    assert casualties(evidence(party_last)).killed == CasualtyRange(low=4, best=4, high=20)


def test_a_later_count_of_all_the_dead_dates_the_civilians_count_too() -> None:
    """13 civilians on day one, 19 on day two, then a monitor's 13 dead of all kinds:
    the civilians' toll has not risen to the last word, so the median stands (13)."""
    toll = casualties(
        evidence(
            [
                (claim("d1", killed=[(13, 13, "civilians")]), _dated("d1", "wire", 8)),
                (claim("d2", killed=[(19, 19, "civilians")]), _dated("d2", "Valley Gazette", 10)),
                (claim("d3", killed=[(13, 13, "unknown")]), _dated("d3", "Channel Nine", 12)),
            ]
        )
    )
    assert toll.civilians_killed == CasualtyRange(low=13, best=13, high=19)
    assert toll.killed == CasualtyRange(low=13, best=13, high=19)


def test_a_wounded_victim_who_died_later_adds_to_the_earlier_toll() -> None:
    """Day one: "one man was killed, a woman wounded"; day three, another outlet: "the
    woman wounded Saturday has died" (its own words count one). The toll is two."""
    first = datetime(2026, 6, 1, 8, tzinfo=UTC)
    later = datetime(2026, 6, 3, 8, tzinfo=UTC)
    words = "A woman who was critically wounded in Saturday's shooting has died"
    assert late_death("killed", 1, 1, words)
    assert not late_death("killed", 1, 1, "One man was killed")
    assert not late_death("killed", 2, 2, "Two people wounded in the attack died")
    figures = [
        SourceFigure("c1", "s1", None, None, "killed", "unknown", 1, 1, published=first),
        SourceFigure(
            "c2", "s2", None, None, "killed", "unknown", 1, 1, published=later, late_death=True
        ),
    ]
    assert casualty_range(figures, "killed", civilians=False).best == 2
    # Told alone, the same words count the one death they name.
    assert casualty_range(figures[1:], "killed", civilians=False).best == 1


def test_an_accidents_toll_is_not_the_attacks_it_sits_beside() -> None:
    # A shooting (mode shelling in the samples: a means of attack) told with one dead,
    # and a bare toll an accident explains (39 deaths over a programme) in the same
    # incident: the accident's figure is shown but the incident's toll is the attack's.
    shooting = claim("d1", killed=[(1, None, "unknown")])
    tally = claim("d2", killed=[(39, None, "unknown")])
    assert isinstance(tally.proposition, Event)
    accident = tally.proposition.model_copy(update={"mode": "accident"})
    tally = tally.model_copy(update={"proposition": accident})
    toll = casualties(
        evidence([(shooting, document("d1", "wire")), (tally, document("d2", "paper"))])
    )
    assert toll.killed == CasualtyRange(low=1, best=1, high=1)
    assert [f.other_event for f in toll.figures if f.low == 39] == [True]
    # Alone, the accident's toll is its own incident's.
    alone = casualties(evidence([(tally, document("d2", "paper"))]))
    assert alone.killed == CasualtyRange(low=39, best=39, high=39)
