"""A toll a record keeps ("39 deaths were recorded in the programme") is a statistic,
no event; a toll with no act told in the news' own words still stands as one."""

from __future__ import annotations

from datetime import date

from warledger.extract.pipeline import extract_text
from warledger.model import Event


def _tolls(text: str) -> list[tuple[str, int]]:
    events = [c.proposition for c in extract_text(text, date(2026, 5, 19))]
    return [
        (e.trigger.text, f.low)
        for e in events
        if isinstance(e, Event)
        for f in e.casualties
        if f.kind == "killed"
    ]


def test_a_tally_of_deaths_is_no_event() -> None:
    text = (
        "Forty-one deaths were recorded in the county's drug treatment scheme, the "
        "health board said. The registry logged 12 deaths among its patients."
    )
    assert _tolls(text) == []


def test_a_bare_toll_of_the_news_stays_an_event() -> None:
    text = "Police were called to the house on Friday. Two people died at the scene."
    assert [low for _, low in _tolls(text)] == [2]
