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
document came without a publication date (``datelines``). The calendar forms and
the pure rules that read them against a base date are in ``date_forms``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Token

from warledger.extract.attrs import doc_text
from warledger.extract.date_forms import (
    AFTER,
    DAY_MONTH,
    EDGE_WORDS,
    ELAPSED,
    FULL_DATE,
    MONTH,
    PART_OF_DAY_END,
    PART_OF_MONTH,
    RANGE_DAY_FIRST,
    RANGE_MONTH_FIRST,
    RELATIVE_PERIOD,
    UNRESOLVED,
    WEEKDAY_ONLY,
    WEEKDAY_PART,
    Resolved,
    month_bounds,
    resolve_cheap,
    resolve_elapsed,
    resolve_range,
    resolve_relative_period,
    resolve_weekday,
    without_year,
)
from warledger.extract.date_numbers import inside_any, not_year_spans
from warledger.extract.datelines import dateline_spans
from warledger.extract.event_stance import FUTURE_AUX
from warledger.model import DateMention, DatePrecision, Span

FACTORY = "warledger_dates_v1"

AGE = re.compile(r"\byears?[- ]old\b|\bage[sd]?\b", re.IGNORECASE)
# The NER reads "the eastern quarter" of a town as a date (a quarter of a year): a
# compass word makes it a part of a place.
COMPASS = re.compile(
    r"\b(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\b|\bcentral\b", re.IGNORECASE
)
# Words that make an expression worth handing to dateparser; anything else
# ("the fifth day of the war", "recently") stays unresolved.
DATEPARSER_WORTHY = re.compile(
    rf"\b(?:{MONTH}|\d{{4}}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tomorrow|tonight|ago)\b",
    re.IGNORECASE,
)
NEEDS_NO_BASE = re.compile(r"\b\d{4}\b")
# Auxiliaries that put a weekday ahead of publication: "will meet on Monday", and the
# future of reported speech, "said the names would be published on Monday".
AHEAD_AUX = FUTURE_AUX | {"would"}
SCHEDULING = frozenset({"set", "schedule", "reschedule", "slate", "due", "postpone"})
"""Words that put the day they govern ahead of the report: what is set for it."""
_VERB_CLIMB = 3


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
            elapsed = ELAPSED.match(EDGE_WORDS.sub("", ent.text.strip()))
            if elapsed is not None and AFTER.match(text[end:]):
                found.append((start, end, resolve_elapsed(elapsed, base)))
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
        stripped = EDGE_WORDS.sub("", text.strip())
        stripped = PART_OF_MONTH.sub("", stripped)
        stripped = PART_OF_DAY_END.sub("", stripped)
        if RELATIVE_PERIOD.fullmatch(stripped):
            return resolve_relative_period(stripped, base)
        if (weekday := WEEKDAY_ONLY.match(stripped)) and base is not None:
            return resolve_weekday(weekday, base, ahead)
        cheap = resolve_cheap(stripped)
        if cheap is not None:
            return cheap
        if ahead and (day_month := DAY_MONTH.match(stripped)) and base is not None:
            found = without_year(day_month, base)
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
            return (*month_bounds(day.year, day.month), DatePrecision.MONTH)
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
