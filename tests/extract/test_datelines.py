"""Datelines (``extract.datelines``) and what ingest and the dates component make of
them, on lines written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from warledger.extract.datelines import dateline_date, dateline_spans
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.ingest.dates import published_or_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted: May 24, 2005", date(2005, 5, 24)),
        ("Updated : Saturday , March 07 , 2015 8 : 28 PM ET", date(2015, 3, 7)),
        ("Friday August 2 , 2013 @ 8 : 13am PDT", date(2013, 8, 2)),
        ("22 July 2013 Last updated at 17 : 50 GMT", date(2013, 7, 22)),
        ("Last updated 13:26 14/09/2013", date(2013, 9, 14)),
        ("POSTED : 1052 GMT ( 1852 HKT ) , April 10 , 2007", date(2007, 4, 10)),
        ("Published: 2012 - 04 - 04 11 : 47 : 35", date(2012, 4, 4)),
    ],
)
def test_dateline_forms(line: str, expected: date) -> None:
    assert dateline_date(f"Harbour crane collapses\n{line}\nA crane fell on Tuesday.") == expected


@pytest.mark.parametrize(
    "line",
    [
        "Updated 4/9/2007 6:04 PM",  # April 9 or 4 September: not guessed
        "Ministers must act by May 9",  # no year
        "Crane collapse kills two on May 3, 2011 in the port",  # a headline, not a dateline
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert dateline_date(f"Harbour news\n{line}\nA crane fell.") is None


def test_only_the_top_lines_are_read() -> None:
    body = "\n".join(f"Line {i} of the story." for i in range(8))
    assert dateline_spans(body + "\nMay 3, 2011") == []


def test_ingest_dates_a_report_by_its_dateline_only_when_it_gave_no_date() -> None:
    text = "Harbour crane collapses\nPosted: May 24, 2005\nA crane fell on Tuesday."
    assert published_or_dateline(None, text) == datetime(2005, 5, 24, tzinfo=UTC)
    given = datetime(2005, 6, 1, tzinfo=UTC)
    assert published_or_dateline(given, text) == given


def test_dateline_is_no_event_date_but_the_base_of_relative_ones() -> None:
    extractor = Extractor(build_pipeline(components=["warledger_dates"]))
    text = "Crane collapse at the harbour\nPublished : April 11 , 2007\nThe crane fell on Monday."
    found = extractor.process(TextInput(text, "t", None))._.dates
    assert [(m.span.text, m.start) for m in found] == [("Monday", date(2007, 4, 9))]
