"""Date expressions as strings: the calendar forms and the rules that resolve them.

Pure functions of the words and the publication date (no spaCy, no dateparser),
kept apart from the pipeline component (``dates``) that finds the expressions in a
document and decides which of them a verb puts ahead of the report. News dates its
events relative to when it appeared ("last week", "on Friday", "Oct. 3" without a
year), so every rule here takes that base and says how it reads from it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from warledger.extract.date_numbers import plausible_year
from warledger.model import DatePrecision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# The year may follow a comma set off by spaces ("June 24 , 2005"), as in text that
# was tokenised (transcripts, converted feeds): without it the year is guessed from
# the publication date, and a trial report dates the attack it recalls a year late.
_YEAR_SEP = r"\s?,?\s+"
_YEAR = rf"(?:{_YEAR_SEP}(\d{{4}}))?(?!\s+(?:days?|weeks?|months?|years?|hours?)\b)"

RANGE_DAY_FIRST = re.compile(
    rf"\b(?:between\s+|from\s+)?{_DAY}\s*(?:-|–|and|to|until)\s*{_DAY}\s+({MONTH}){_YEAR}",
    re.IGNORECASE,
)
RANGE_MONTH_FIRST = re.compile(
    rf"\b(?:between\s+|from\s+)?({MONTH})\s+{_DAY}\s*(?:-|–|and|to|until)\s*{_DAY}{_YEAR}",
    re.IGNORECASE,
)
RELATIVE_PERIOD = re.compile(
    r"\b(?:last|this|past|previous)\s+(?:week|weekend|month|year)\b", re.IGNORECASE
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ONLY = re.compile(rf"^(last\s+)?({WEEKDAY})$", re.IGNORECASE)
# "Sunday evening", "last Monday night": the NER calls these times, but they name a day.
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
WEEKDAY_PART = re.compile(rf"\b(?:last\s+)?{WEEKDAY}\s+{_PART_OF_DAY}\b", re.IGNORECASE)
PART_OF_DAY_END = re.compile(rf"\s+{_PART_OF_DAY}$", re.IGNORECASE)
FULL_DATE = re.compile(
    rf"\b(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:{_YEAR_SEP}\d{{4}})?"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:{_YEAR_SEP}\d{{4}})?)",
    re.IGNORECASE,
)
DECADE = re.compile(r"^(?:the\s+)?(\d{3}0)s$", re.IGNORECASE)
YEAR_RANGE = re.compile(r"^(?:from\s+|between\s+)?(\d{4})\s*(?:-|–|to|and|until)\s*(\d{4})$")
YEAR_ONLY = re.compile(r"^(?:in\s+)?(\d{4})$")
STRPTIME_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%B %d %Y",
    "%d %b %Y",
    "%b %d %Y",
    "%B %Y",
    "%b %Y",
)
EDGE_WORDS = re.compile(
    rf"^(?:(?:on|in|since|by|from|until|the)\s+|{WEEKDAY},?\s+(?=\d|{MONTH}))", re.IGNORECASE
)
# "early October" is still October: month precision, never a guessed day; "by the end
# of 1972" is 1972 (a running total up to then is recognised by its year).
# The leading "the" is gone by then (``EDGE_WORDS``): "the end of 1972" is "end of 1972".
PART_OF_MONTH = re.compile(
    r"^(?:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+", re.I
)

Resolved = tuple[date | None, date | None, DatePrecision]
UNRESOLVED: Resolved = (None, None, DatePrecision.UNKNOWN)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


UPCOMING_DAYS = 62
"""A day and month without a year that the text puts ahead (``ahead_of_publication``)
is this year's when it falls this many days after publication or fewer: "a hearing
is set for Oct. 21" in an Oct. 15 report, not a day almost a year before it."""


def _past_year(month: int, day: int, base: date) -> int:
    """News speaks of the past: "3 October" in a November article is this year, in
    February last year."""
    return base.year if (month, day) <= (base.month, base.day) else base.year - 1


def _upcoming_year(month: int, day: int, base: date) -> int:
    """The year of a day the text puts ahead: this year's if it is at most
    ``UPCOMING_DAYS`` after ``base``, else as ``_past_year`` reads it."""
    try:
        ahead = (date(base.year, month, day) - base).days
    except ValueError:  # 29 February of a common year
        return _past_year(month, day, base)
    return base.year if 0 <= ahead <= UPCOMING_DAYS else _past_year(month, day, base)


DAY_MONTH = re.compile(
    rf"^(?:({MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({MONTH}))(?:st|nd|rd|th)?$", re.IGNORECASE
)


def without_year(match: re.Match[str], base: date) -> Resolved | None:
    """ "Oct. 21", "21 October" that the text puts ahead: the day in the year
    ``_upcoming_year`` gives it; None when that year has no such day (left to dateparser)."""
    month_word = match.group(1) or match.group(4)
    month = MONTHS.get(month_word.lower().rstrip(".")[:3])
    day = int(match.group(2) or match.group(3))
    if month is None:
        return None
    try:
        found = date(_upcoming_year(month, day, base), month, day)
    except ValueError:
        return None
    return found, found, DatePrecision.DAY


def resolve_range(match: re.Match[str], month_first: bool, base: date | None) -> Resolved:
    """ "between 3 and 5 October", "Oct 3-5, 2020" -> (3 Oct, 5 Oct, range)."""
    if month_first:
        month_word, first, last, year_word = match.groups()
    else:
        first, last, month_word, year_word = match.groups()
    month = MONTHS.get(month_word.lower().rstrip(".")[:3])
    if month is None:
        return UNRESOLVED
    if year_word:
        year = int(year_word)
    elif base is not None:
        year = _past_year(month, int(first), base)
    else:
        return UNRESOLVED
    try:
        return date(year, month, int(first)), date(year, month, int(last)), DatePrecision.RANGE
    except ValueError:
        return UNRESOLVED


def resolve_relative_period(text: str, base: date | None) -> Resolved:
    """ "last week" -> Monday..Sunday of the previous week; "this year" -> that year."""
    if base is None:
        return UNRESOLVED
    words = text.lower().split()
    current = words[0] == "this"
    unit = words[-1]
    if unit in {"week", "weekend"}:
        monday = base - timedelta(days=base.weekday()) - timedelta(weeks=0 if current else 1)
        if unit == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6), DatePrecision.RANGE
        return monday, monday + timedelta(days=6), DatePrecision.RANGE
    if unit == "month":
        year, month = base.year, base.month
        if not current:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return (*month_bounds(year, month), DatePrecision.MONTH)
    year = base.year if current else base.year - 1
    return date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR


_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
ELAPSED = re.compile(
    r"^(?:(more\s+than|over|just\s+over|nearly|almost|just\s+under|less\s+than|under|about|"
    r"around|some)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d{1,2})\s+(day|week|month)s?$",
    re.IGNORECASE,
)
"""A time elapsed ("more than a week", "nearly three weeks") that, followed by
``AFTER``, dates the act it is counted from: "arrested more than a week after he was
shot" puts the shooting that long before the arrest."""
AFTER = re.compile(r"^\s+(?:after|since)\b", re.IGNORECASE)
ELAPSED_SLACK_DAYS = 2
"""The main clause ("arrested Tuesday") is usually a day or two before the report:
the window of the earlier act reaches this much further back than the count says."""


def resolve_elapsed(match: re.Match[str], base: date | None) -> Resolved:
    """The window of the act a time elapsed before ``base`` counts from: "N weeks"
    within a quarter of N either side, "more than N" between N and twice N, "nearly N"
    between three quarters of N and N, "less than N" within N; each reaching
    ``ELAPSED_SLACK_DAYS`` further back. A range, never a pinned day."""
    if base is None:
        return UNRESOLVED
    hedge = " ".join((match.group(1) or "").lower().split())
    word = match.group(2).lower()
    count = int(word) if word.isdigit() else _COUNTS[word]
    days = count * _UNIT_DAYS[match.group(3).lower()]
    if hedge in ("more than", "over", "just over"):
        near, far = days, 2 * days
    elif hedge in ("nearly", "almost", "just under"):
        near, far = (3 * days) // 4, days
    elif hedge in ("less than", "under"):
        near, far = 0, days
    else:
        near, far = days - days // 4, days + days // 4
    try:
        first = base - timedelta(days=far + ELAPSED_SLACK_DAYS)
        last = base - timedelta(days=near)
    except OverflowError:
        return UNRESOLVED
    return first, last, DatePrecision.RANGE


def resolve_weekday(match: re.Match[str], base: date, ahead: bool = False) -> Resolved:
    """ "on Wednesday" in a Wednesday paper is that day; "last Wednesday" the week before.

    Otherwise the latest such day before publication, since news tells of the past,
    unless the verb puts it ahead (``ahead``: "talks will resume on Monday"), when
    it is the next such day.
    """
    target = [name.lower() for name in calendar.day_name].index(match.group(2).lower())
    if ahead and not match.group(1):
        shift = (target - base.weekday()) % 7
    else:
        shift = -((base.weekday() - target) % 7 or (7 if match.group(1) else 0))
    try:
        day = base + timedelta(days=shift)
    except OverflowError:  # a base at the calendar's edge: no such day to name
        return UNRESOLVED
    return day, day, DatePrecision.DAY


def resolve_cheap(text: str) -> Resolved | None:
    """Expressions that need neither a base nor dateparser; None if not one of them."""
    if decade := DECADE.match(text):
        start = int(decade.group(1))
        return date(start, 1, 1), date(start + 9, 12, 31), DatePrecision.RANGE
    if years := YEAR_RANGE.match(text):
        first, last = int(years.group(1)), int(years.group(2))
        if first <= last:
            return date(first, 1, 1), date(last, 12, 31), DatePrecision.RANGE
    if year := YEAR_ONLY.match(text):
        value = int(year.group(1))
        if not plausible_year(value):
            return UNRESOLVED
        return date(value, 1, 1), date(value, 12, 31), DatePrecision.YEAR
    cleaned = text.replace(",", " ").replace(".", " ")
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", " ".join(cleaned.split()))
    for fmt in STRPTIME_FORMATS:
        try:
            parsed = datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if "%d" in fmt:
            return parsed, parsed, DatePrecision.DAY
        return (*month_bounds(parsed.year, parsed.month), DatePrecision.MONTH)
    return None
