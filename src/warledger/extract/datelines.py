"""Datelines: the line near the top of a web report that says when it was published.

Copied news pages often carry their publication time as a line of its own under
the headline ("Posted: May 24, 2005", "Updated 14 March 2013 10:04 PM ET",
"Friday August 2, 2013 @ 8:13am PDT"). Such a line is metadata, not narrative:
its date is when the report appeared, so it is what a document without a
stated publication date is dated by (ingest), and it never dates an event of
the headline or first sentence that the sentence splitter may glue to it
(``dates``).

A line counts only if, once its date and clock times are taken out, nothing is
left but dateline words (posted, updated, weekdays, time zones...), and only
among the first ``MAX_LINES`` lines. The date must name its year; an all-number
date is read only when its order is certain ("14/09/2013", not "4/9/2007"),
since a wrong date is worse than none.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

MAX_LINES = 6
MAX_LINE_CHARS = 120
_MONTH_NUMBERS = {name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d\d)\b"
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s*\.?\s*{_DAY}\s*,?\s*{_YEAR}", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"\b{_DAY}\s+{_MONTH}\s*\.?\s*,?\s*{_YEAR}", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)\s*([-.])\s*(\d\d)\s*\2\s*(\d\d)\b")
# Clock times and zone offsets: "8 : 13am", "23:37:00", "GMT+05:00", "1052 GMT".
_TIME = re.compile(
    r"\b\d{1,2}\s*:\s*\d\d(?:\s*:\s*\d\d)?\s*(?:[ap]\s*\.?\s*m\b\.?|[ap]\b)?"
    r"|[+-]\s*\d\d(?:\s*:\s*\d\d)?"
    r"|\b\d{3,4}\b(?=\s*\(?\s*[A-Z]{2,4}\b)",
    re.IGNORECASE,
)
_LABELS = (
    "posted updated published first last article story created on at am pm a m p date time "
    "local hrs gmt utc et pt ct mt edt est pdt pst cdt cst mdt mst akdt bst ist hkt cet cest "
    "eet eest msk jst aest aedt sast wat eat pkt ict"
)
_CALENDAR_NAMES = (
    *calendar.day_name,
    *calendar.day_abbr,
    *calendar.month_name,
    *calendar.month_abbr,
)
_DATELINE_WORDS = frozenset(_LABELS.split()) | frozenset(n.lower() for n in _CALENDAR_NAMES if n)
"""What a dateline may hold besides its date and times: labels, weekdays, time zones."""
_WORD = re.compile(r"[^\W\d_]+")


def dateline_spans(text: str) -> list[tuple[int, int, date]]:
    """(start, end, date) of each dateline among the first ``MAX_LINES`` lines."""
    found = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= MAX_LINES:
            break
        day = _dateline_date(line) if len(line) <= MAX_LINE_CHARS else None
        if day is not None:
            found.append((offset, offset + len(line), day))
        offset += len(line) + 1
    return found


def dateline_date(text: str) -> date | None:
    """The date of a report's first dateline (see the module docstring), or None."""
    spans = dateline_spans(text)
    return spans[0][2] if spans else None


def _dateline_date(line: str) -> date | None:
    first: tuple[int, date] | None = None
    rest = line
    for pattern, reader in (
        (_MONTH_FIRST, _month_first),
        (_DAY_FIRST, _day_first),
        (_NUMERIC, _numeric),
        (_ISO, _iso),
    ):
        for match in pattern.finditer(line):
            day = reader(match)
            if day is not None and (first is None or match.start() < first[0]):
                first = (match.start(), day)
        rest = pattern.sub(" ", rest)
    if first is None:
        return None
    rest = _TIME.sub(" ", rest)
    words = [w.lower() for w in _WORD.findall(rest)]
    if any(w not in _DATELINE_WORDS for w in words) or re.search(r"\d", rest):
        return None
    return first[1]


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_first(match: re.Match[str]) -> date | None:
    return _make(int(match[3]), _MONTH_NUMBERS[match[1].lower()[:3]], int(match[2]))


def _day_first(match: re.Match[str]) -> date | None:
    return _make(int(match[3]), _MONTH_NUMBERS[match[2].lower()[:3]], int(match[1]))


def _numeric(match: re.Match[str]) -> date | None:
    a, b, year = int(match[1]), int(match[3]), int(match[4])
    if a > 12 >= b:
        return _make(year, b, a)
    if b > 12 >= a or a == b:
        return _make(year, a, b)
    return None  # "4/9/2007": April 9 or 4 September


def _iso(match: re.Match[str]) -> date | None:
    return _make(int(match[1]), int(match[3]), int(match[4]))
