"""Publication dates from whatever an input gives: ISO strings, prose, epochs.

Publication dates anchor the normalisation of every relative date in the
text ("on Tuesday"), so they are kept timezone-aware in UTC. A date that
cannot be parsed is dropped (``None``), never guessed: relative expressions
such as "yesterday" are refused because they would resolve against the time
of ingest, not of publication. Dropping one is logged as a warning naming the
input and the field, since the document's relative dates then stay unresolved.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import dateparser

from warledger.extract.datelines import dateline_date

DATEPARSER_SETTINGS: dict[str, object] = {
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
    "REQUIRE_PARTS": ["year"],
}


def parse_published(
    value: object, source: str | None = None, field: str = "published"
) -> datetime | None:
    """A UTC datetime from a string, a number of epoch seconds or a date; else None.

    With ``source``, a value that is given but is not a date is logged as a warning
    naming ``source`` and ``field``; a missing or empty value is not."""
    parsed = _parse(value)
    given = value is not None and not (isinstance(value, str) and not value.strip())
    if parsed is None and given and source is not None:
        logging.getLogger(__name__).warning(
            "%s: the %s value %.80r is not a date; the document is stored without a "
            'publication date, so its relative dates ("on Tuesday") are not resolved',
            source,
            field,
            value,
        )
    return parsed


def published_or_dateline(published: datetime | None, text: str) -> datetime | None:
    """``published``, or when the input gave none, the date of the report's own
    dateline ("Posted: May 24, 2005" under the headline, ``extract.datelines``), as a
    crawler reads it off the page: relative dates ("on Tuesday") then resolve."""
    if published is not None:
        return published
    found = dateline_date(text)
    return datetime(found.year, found.month, found.day, tzinfo=UTC) if found else None


def _parse(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return _as_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return _as_utc(datetime.fromisoformat(text))
    except ValueError:
        parsed = dateparser.parse(text, settings=DATEPARSER_SETTINGS)
        return _as_utc(parsed) if parsed else None


def _as_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC; aware ones are converted to it."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
