"""warledger_dates on short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from warledger.extract.dates import DatesComponent
from warledger.extract.pipeline import Extractor, TextInput, build_pipeline
from warledger.model import DateMention, DatePrecision

PUBLISHED = date(2020, 10, 7)  # a Wednesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_dates"])


def dates(nlp: Language, text: str, published: date | None = PUBLISHED) -> list[DateMention]:
    return list(Extractor(nlp).process(TextInput(text, "t", published))._.dates)


def by_text(found: list[DateMention]) -> dict[str, tuple[date | None, date | None, str]]:
    return {m.span.text: (m.start, m.end, m.precision.value) for m in found}


def test_day_month_year_absolute(nlp: Language) -> None:
    found = by_text(dates(nlp, "The town was shelled on 2 October 2020 and again in March 2018."))
    assert found["2 October 2020"] == (date(2020, 10, 2), date(2020, 10, 2), "day")
    assert found["March 2018"] == (date(2018, 3, 1), date(2018, 3, 31), "month")


def test_a_year_after_a_spaced_comma_is_the_date_s_year(nlp: Language) -> None:
    text = "The trial recalled the raid of March 9 , 2017 and the siege of 4 - 6 May , 2016 ."
    found = by_text(dates(nlp, text))
    assert found["March 9 , 2017"] == (date(2017, 3, 9), date(2017, 3, 9), "day")
    assert found["4 - 6 May , 2016"] == (date(2016, 5, 4), date(2016, 5, 6), "range")


def test_year_decade_and_year_range(nlp: Language) -> None:
    found = by_text(dates(nlp, "The ceasefire of 1994 held through the 1990s."))
    assert found["1994"] == (date(1994, 1, 1), date(1994, 12, 31), "year")
    assert found["the 1990s"] == (date(1990, 1, 1), date(1999, 12, 31), "range")
    component = DatesComponent()
    assert component.resolve("1991-1994", None) == (
        date(1991, 1, 1),
        date(1994, 12, 31),
        DatePrecision.RANGE,
    )


def test_day_range_takes_year_from_publication(nlp: Language) -> None:
    found = by_text(dates(nlp, "Heavy fighting took place between 3 and 5 October near the river."))
    assert found["between 3 and 5 October"] == (date(2020, 10, 3), date(2020, 10, 5), "range")


def test_day_without_year_prefers_the_past(nlp: Language) -> None:
    found = by_text(dates(nlp, "The convoy was attacked on 12 November."))
    assert found["12 November"] == (date(2019, 11, 12), date(2019, 11, 12), "day")


def test_a_day_within_two_months_after_publication_is_ahead(nlp: Language) -> None:
    """A court date the report announces is this year's; a day that would be more
    than two months ahead is last year's, as before."""
    text = "He is due back in court Nov. 19. The shooting on Dec. 30 was his second arrest."
    found = by_text(dates(nlp, text))
    assert found["Nov. 19"] == (date(2020, 11, 19), date(2020, 11, 19), "day")
    assert found["Dec. 30"] == (date(2019, 12, 30), date(2019, 12, 30), "day")
    found = by_text(dates(nlp, "A hearing was set for 21 October."))
    assert found["21 October"][0] == date(2020, 10, 21)


def test_relative_expressions(nlp: Language) -> None:
    found = by_text(dates(nlp, "Last week the army advanced. Yesterday a drone was downed."))
    assert found["Last week"] == (date(2020, 9, 28), date(2020, 10, 4), "range")
    assert found["Yesterday"] == (date(2020, 10, 6), date(2020, 10, 6), "day")


def test_unresolvable_kept_without_a_date(nlp: Language) -> None:
    found = dates(nlp, "On the fifth day of the war the front held.")
    assert found, "the expression must still be recorded"
    assert all(m.start is None and m.end is None for m in found)
    assert all(m.precision is DatePrecision.UNKNOWN for m in found)


def test_relative_without_publication_date_is_not_guessed(nlp: Language) -> None:
    found = by_text(dates(nlp, "Yesterday the bridge fell; on 4 May 2019 it was built.", None))
    assert found["Yesterday"] == (None, None, "unknown")
    assert found["4 May 2019"] == (date(2019, 5, 4), date(2019, 5, 4), "day")


def test_same_words_resolve_against_each_base() -> None:
    component = DatesComponent()
    assert component.resolve("3 October", PUBLISHED) == (
        date(2020, 10, 3),
        date(2020, 10, 3),
        DatePrecision.DAY,
    )
    assert component.resolve("3 October", date(2020, 9, 1)) == (
        date(2019, 10, 3),
        date(2019, 10, 3),
        DatePrecision.DAY,
    )


def test_weekday_is_the_latest_such_day_up_to_publication() -> None:
    component = DatesComponent()
    wednesday = (PUBLISHED, PUBLISHED, DatePrecision.DAY)
    assert component.resolve("Wednesday", PUBLISHED) == wednesday
    assert component.resolve("on Monday", PUBLISHED)[0] == date(2020, 10, 5)
    assert component.resolve("last Wednesday", PUBLISHED)[0] == date(2020, 9, 30)
    assert component.resolve("Monday", None) == (None, None, DatePrecision.UNKNOWN)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Anyone in distress can call the helpline at 1-800-273-HELP (2025) at any hour.", "2025"),
        ("Call the tip line at (312) 555-1987 with any information.", "1987"),
        ("The shooting happened outside 2014 Larkspur Avenue late on Friday.", "2014"),
        ("Officers were called to the 1900 block of Orchard Street.", "1900"),
        ("The convoy left the base at 1830 GMT and came under fire.", "1830"),
        ("The wire moved at 0952 GMT (1752 HKT) on the blast at the depot.", "1752"),
    ],
)
def test_phone_address_and_clock_numbers_are_not_years(
    nlp: Language, text: str, number: str
) -> None:
    assert [m.span.text for m in dates(nlp, text) if number in m.span.text] == []


def test_a_year_beside_such_numbers_is_still_a_year(nlp: Language) -> None:
    found = by_text(dates(nlp, "The clinic at 2014 Larkspur Avenue has been closed since 2019."))
    assert found["2019"][2] == "year"
    assert "2014" not in found


def test_weekday_with_part_of_day_is_that_day(nlp: Language) -> None:
    found = by_text(dates(nlp, "Two guards died on Monday night and a third on Tuesday morning."))
    assert found["Monday night"] == (date(2020, 10, 5), date(2020, 10, 5), "day")
    assert found["Tuesday morning"] == (date(2020, 10, 6), date(2020, 10, 6), "day")


def test_a_quarter_of_a_town_is_no_date(nlp: Language) -> None:
    found = by_text(dates(nlp, "Guns shelled the eastern quarter of the town on Sunday."))
    assert "the eastern quarter" not in found
    assert found["Sunday"] == (date(2020, 10, 4), date(2020, 10, 4), "day")


def test_the_end_of_a_year_or_month_is_that_year_or_month(nlp: Language) -> None:
    found = by_text(dates(nlp, "By the end of 2019, 312 people had been killed."))
    assert found["the end of 2019"] == (date(2019, 1, 1), date(2019, 12, 31), "year")
    component = DatesComponent()
    assert component.resolve("the start of June", PUBLISHED) == (
        date(2020, 6, 1),
        date(2020, 6, 30),
        DatePrecision.MONTH,
    )


@pytest.mark.parametrize(
    ("text", "weekday", "day"),
    [
        ("The council will meet on Friday to review the ceasefire.", "Friday", 9),
        ("Officials said the names of the dead would be released on Monday.", "Monday", 12),
        ("The envoy said talks shall resume on Wednesday.", "Wednesday", 7),
        ("Mortars hit the depot on Friday, officials said.", "Friday", 2),
        ("Gunmen who attacked the post on Monday will be tried in the capital.", "Monday", 5),
    ],
)
def test_a_future_verb_puts_a_weekday_ahead(
    nlp: Language, text: str, weekday: str, day: int
) -> None:
    start, end, precision = by_text(dates(nlp, text))[weekday]
    assert (start, end, precision) == (date(2020, 10, day), date(2020, 10, day), "day")


def test_ahead_weekday_resolution() -> None:
    component = DatesComponent()
    assert component.resolve("Tuesday", PUBLISHED, ahead=True)[0] == date(2020, 10, 13)
    assert component.resolve("Wednesday", PUBLISHED, ahead=True)[0] == PUBLISHED
    assert component.resolve("last Tuesday", PUBLISHED, ahead=True)[0] == date(2020, 10, 6)
    assert component.resolve("Tuesday", PUBLISHED)[0] == date(2020, 10, 6)


def test_a_toll_is_not_dated_by_a_later_day() -> None:
    # published on a Wednesday: Friday is ahead, so it is when the names come out
    text = "The spokesman said the names of the nine dead would be released on Friday."
    [event] = [
        e for e in Extractor().process(TextInput(text, "t", PUBLISHED))._.events if e.casualties
    ]
    assert event.date is None


def test_a_weekday_beyond_the_calendar_is_unresolved() -> None:
    component = DatesComponent()
    assert component.resolve("Monday", date.max, ahead=True) == (None, None, DatePrecision.UNKNOWN)
    assert component.resolve("Friday", date.min) == (None, None, DatePrecision.UNKNOWN)
    assert component.resolve("Saturday", date.min, ahead=True)[0] == date(1, 1, 6)


def test_an_age_and_a_numbered_street_are_no_dates(nlp: Language) -> None:
    """Local news sets ages off by commas and names corners by numbered streets; the
    NER tags those numbers DATE, and a claim took "52" for its date beside "Oct. 2"."""
    found = by_text(
        dates(nlp, "Marta Olsen, 52, was shot near 12th and Elm on Oct. 2, police said.")
    )
    assert set(found) == {"Oct. 2"}
    assert by_text(dates(nlp, "He lived on East 18th Street until May 5, 2019."))["May 5, 2019"][
        0
    ] == date(2019, 5, 5)
    assert "18th" not in by_text(dates(nlp, "He lived on East 18th Street until May 5, 2019."))


def test_a_time_elapsed_before_after_dates_the_earlier_act(nlp: Language) -> None:
    text = (
        "Police arrested a man on Tuesday, more than a week after a clerk was shot, "
        "and charged a woman nearly three weeks after the fire."
    )
    found = by_text(dates(nlp, text))
    # more than a week: between 7 and 14 days (two more for the report's lag)
    assert found["more than a week"] == (date(2020, 9, 21), date(2020, 9, 30), "range")
    # nearly three weeks: between 15 and 21 days
    assert found["nearly three weeks"] == (date(2020, 9, 14), date(2020, 9, 22), "range")
    # A time elapsed that counts from nothing stays a duration, unresolved.
    held = by_text(dates(nlp, "He was held for more than a week in a cell."))
    assert held.get("more than a week", (None, None, "unknown"))[0] is None
