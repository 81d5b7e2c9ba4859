"""warledger_dates: date expressions, normalised against the publication date.

An event's date decides which incident it belongs to, so a wrong date is worse
than none: every expression the text holds is kept as a ``DateMention``, but
``start``/``end`` are set only when the words pin them down ("3 October 2020",
"last week" in an article of known date). "The fifth day of the war" or
"recently" stay unresolved rather than guessed.

Spans come from the NER's DATE entities plus a few patterns it misses or cuts
short (day ranges, "last week"). Normalisation tries cheap paths first (ISO and
common formats via ``strptime``, ranges, decades, years) and falls back to
dateparser, which is slow, so its results are cached per (text, base) on the
component instance. Relative expressions need ``doc._.published``; without it
only dates that name their year are resolved. Numbers inside phone numbers,
street addresses and clock times are never dates (``date_numbers``). A report's
dateline ("Posted: May 24, 2005") says when it appeared, not when anything in it
happened: its date is no mention, but the base for relative dates when the
document came without a publication date (``datelines``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Token

from warledger.extract.attrs import doc_text
from warledger.extract.date_numbers import inside_any, not_year_spans, plausible_year
from warledger.extract.datelines import dateline_spans
from warledger.extract.event_stance import FUTURE_AUX
from warledger.model import DateMention, DatePrecision, Span

FACTORY = "warledger_dates_v1"

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
_MONTH = (
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
    rf"\b(?:between\s+|from\s+)?{_DAY}\s*(?:-|–|and|to|until)\s*{_DAY}\s+({_MONTH}){_YEAR}",
    re.IGNORECASE,
)
RANGE_MONTH_FIRST = re.compile(
    rf"\b(?:between\s+|from\s+)?({_MONTH})\s+{_DAY}\s*(?:-|–|and|to|until)\s*{_DAY}{_YEAR}",
    re.IGNORECASE,
)
RELATIVE_PERIOD = re.compile(
    r"\b(?:last|this|past|previous)\s+(?:week|weekend|month|year)\b", re.IGNORECASE
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ONLY = re.compile(rf"^(last\s+)?({_WEEKDAY})$", re.IGNORECASE)
# "Sunday evening", "last Monday night": the NER calls these times, but they name a day.
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
WEEKDAY_PART = re.compile(rf"\b(?:last\s+)?{_WEEKDAY}\s+{_PART_OF_DAY}\b", re.IGNORECASE)
_PART_OF_DAY_END = re.compile(rf"\s+{_PART_OF_DAY}$", re.IGNORECASE)
FULL_DATE = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:{_YEAR_SEP}\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:{_YEAR_SEP}\d{{4}})?)",
    re.IGNORECASE,
)
DECADE = re.compile(r"^(?:the\s+)?(\d{3}0)s$", re.IGNORECASE)
YEAR_RANGE = re.compile(r"^(?:from\s+|between\s+)?(\d{4})\s*(?:-|–|to|and|until)\s*(\d{4})$")
YEAR_ONLY = re.compile(r"^(?:in\s+)?(\d{4})$")
AGE = re.compile(r"\byears?[- ]old\b|\bage[sd]?\b", re.IGNORECASE)
# The NER reads "the eastern quarter" of a town as a date (a quarter of a year): a
# compass word makes it a part of a place.
COMPASS = re.compile(
    r"\b(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\b|\bcentral\b", re.IGNORECASE
)
# Words that make an expression worth handing to dateparser; anything else
# ("the fifth day of the war", "recently") stays unresolved.
DATEPARSER_WORTHY = re.compile(
    rf"\b(?:{_MONTH}|\d{{4}}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tomorrow|tonight|ago)\b",
    re.IGNORECASE,
)
NEEDS_NO_BASE = re.compile(r"\b\d{4}\b")
STRPTIME_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%B %d %Y",
    "%d %b %Y",
    "%b %d %Y",
    "%B %Y",
    "%b %Y",
)
_EDGE_WORDS = re.compile(
    rf"^(?:(?:on|in|since|by|from|until|the)\s+|{_WEEKDAY},?\s+(?=\d|{_MONTH}))", re.IGNORECASE
)
# "early October" is still October: month precision, never a guessed day; "by the end
# of 1972" is 1972 (a running total up to then is recognised by its year).
# The leading "the" is gone by then (``_EDGE_WORDS``): "the end of 1972" is "end of 1972".
_PART_OF_MONTH = re.compile(
    r"^(?:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+", re.I
)

# Auxiliaries that put a weekday ahead of publication: "will meet on Monday", and the
# future of reported speech, "said the names would be published on Monday".
AHEAD_AUX = FUTURE_AUX | {"would"}
SCHEDULING = frozenset({"set", "schedule", "reschedule", "slate", "due", "postpone"})
"""Words that put the day they govern ahead of the report: what is set for it."""
_VERB_CLIMB = 3

Resolved = tuple[date | None, date | None, DatePrecision]
UNRESOLVED: Resolved = (None, None, DatePrecision.UNKNOWN)


def _month_bounds(year: int, month: int) -> tuple[date, date]:
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


_DAY_MONTH = re.compile(
    rf"^(?:({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH}))(?:st|nd|rd|th)?$", re.IGNORECASE
)


def _without_year(match: re.Match[str], base: date) -> Resolved | None:
    """ "Oct. 21", "21 October" that the text puts ahead: the day in the year
    ``_upcoming_year`` gives it; None when that year has no such day (left to dateparser)."""
    month_word = match.group(1) or match.group(4)
    month = _MONTHS.get(month_word.lower().rstrip(".")[:3])
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
    month = _MONTHS.get(month_word.lower().rstrip(".")[:3])
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
        return (*_month_bounds(year, month), DatePrecision.MONTH)
    year = base.year if current else base.year - 1
    return date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR


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


def ahead_of_publication(doc: Doc, start: int, end: int) -> bool:
    """The verb the expression at ``start:end`` belongs to is future: "will", "shall",
    "'ll", or the reported future "would" ("would be published on Monday"); or the
    day is one something is set for (``SCHEDULING``: "a hearing was set for Oct. 21",
    "he is due back in court Nov. 19"), past tense or not."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return False
    verb: Token = span.root
    for _ in range(_VERB_CLIMB):
        if verb.lemma_.lower() in SCHEDULING:
            return True
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() in SCHEDULING or any(
        c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULING for c in verb.children
    ):
        return True
    return any(c.dep_ == "aux" and c.lower_ in AHEAD_AUX for c in verb.children)


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
        return (*_month_bounds(parsed.year, parsed.month), DatePrecision.MONTH)
    return None


class DatesComponent:
    """Writes ``doc._.dates``; holds the dateparser parsers and their cache."""

    def __init__(self, languages: tuple[str, ...] = ("en",)) -> None:
        self.languages = list(languages)
        self._cache: dict[tuple[str, date | None, bool], Resolved] = {}
        self._parsers: dict[date, DateDataParser] = {}
        # dateparser compiles its time-zone patterns (every zone name of the world) on
        # its first parse, about 0.1 s: paid here with the rest of the pipeline's loading,
        # and once for all the workers forked from it, not by the first document of each.
        DateDataParser(languages=self.languages).get_date_data("1 January 2000")

    def __call__(self, doc: Doc) -> Doc:
        base = doc._.published
        if isinstance(base, datetime):
            base = base.date()
        text = doc_text(doc)
        datelines = dateline_spans(text)
        if base is None and datelines:
            base = datelines[0][2]
        mentions = [
            DateMention(
                span=Span(
                    start=start,
                    end=end,
                    text=text[start:end],
                    document_id=doc._.document_id or None,
                ),
                start=first,
                end=last,
                precision=precision,
            )
            for start, end, (first, last, precision) in self._candidates(doc, text, base)
            if not inside_any(start, end, [(s, e) for s, e, _ in datelines])
        ]
        doc._.dates = mentions
        return doc

    def _candidates(
        self, doc: Doc, text: str, base: date | None
    ) -> list[tuple[int, int, Resolved]]:
        """Pattern matches first (they are more complete), then NER DATEs not inside them."""
        found: list[tuple[int, int, Resolved]] = []
        for pattern, month_first in ((RANGE_DAY_FIRST, False), (RANGE_MONTH_FIRST, True)):
            for match in pattern.finditer(text):
                found.append((match.start(), match.end(), resolve_range(match, month_first, base)))
        for match in FULL_DATE.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                ahead = ahead_of_publication(doc, match.start(), match.end())
                found.append((match.start(), match.end(), self.resolve(match.group(), base, ahead)))
        for match in WEEKDAY_PART.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                ahead = ahead_of_publication(doc, match.start(), match.end())
                found.append((match.start(), match.end(), self.resolve(match.group(), base, ahead)))
        for match in RELATIVE_PERIOD.finditer(text):
            found.append((match.start(), match.end(), resolve_relative_period(match.group(), base)))
        for ent in doc.ents:
            if ent.label_ != "DATE" or AGE.search(ent.text) or COMPASS.search(ent.text):
                continue
            start, end = ent.start_char, ent.end_char
            if any(s < end and start < e for s, e, _ in found):
                continue
            ahead = ahead_of_publication(doc, start, end)
            found.append((start, end, self.resolve(ent.text, base, ahead)))
        numbers = not_year_spans(text)
        found = [f for f in found if not inside_any(f[0], f[1], numbers)]
        found.sort(key=lambda item: item[0])
        return found

    def resolve(self, text: str, base: date | None, ahead: bool = False) -> Resolved:
        """Normalise one expression; cached, since news repeats its dates.

        ``ahead``: its verb is future, so a bare weekday is the next one, not the last.
        """
        key = (text, base, ahead)
        if key not in self._cache:
            self._cache[key] = self._resolve(text, base, ahead)
        return self._cache[key]

    def _resolve(self, text: str, base: date | None, ahead: bool) -> Resolved:
        stripped = _EDGE_WORDS.sub("", text.strip())
        stripped = _PART_OF_MONTH.sub("", stripped)
        stripped = _PART_OF_DAY_END.sub("", stripped)
        if RELATIVE_PERIOD.fullmatch(stripped):
            return resolve_relative_period(stripped, base)
        if (weekday := WEEKDAY_ONLY.match(stripped)) and base is not None:
            return resolve_weekday(weekday, base, ahead)
        cheap = resolve_cheap(stripped)
        if cheap is not None:
            return cheap
        if ahead and (day_month := _DAY_MONTH.match(stripped)) and base is not None:
            found = _without_year(day_month, base)
            if found is not None:
                return found
        if not DATEPARSER_WORTHY.search(stripped):
            return UNRESOLVED
        if base is None and not NEEDS_NO_BASE.search(stripped):
            return UNRESOLVED
        return self._dateparser(stripped, base)

    def _dateparser(self, text: str, base: date | None) -> Resolved:
        """The slow, general path; periods other than day/month/year are not trusted."""
        anchor = base or date(9999, 12, 31)
        if anchor not in self._parsers:
            settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": []}
            if base is not None:
                settings["RELATIVE_BASE"] = datetime.combine(base, datetime.min.time())
            self._parsers[anchor] = DateDataParser(languages=self.languages, settings=settings)
        data = self._parsers[anchor].get_date_data(text)
        parsed = data.date_obj
        if parsed is None or parsed.time() != datetime.min.time():
            return UNRESOLVED
        day = parsed.date()
        if data.period == "day":
            return day, day, DatePrecision.DAY
        if data.period == "month":
            return (*_month_bounds(day.year, day.month), DatePrecision.MONTH)
        if data.period == "year":
            return date(day.year, 1, 1), date(day.year, 12, 31), DatePrecision.YEAR
        if data.period == "week":
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6), DatePrecision.RANGE
        return UNRESOLVED


@Language.factory(
    FACTORY,
    default_config={"languages": ["en"]},
    requires=["doc._.published", "doc._.document_id"],
    assigns=["doc._.dates"],
)
def make_dates(nlp: Language, name: str, languages: list[str]) -> DatesComponent:
    """``languages``: dateparser's language codes for this pipeline's language."""
    return DatesComponent(tuple(languages))
