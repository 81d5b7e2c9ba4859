"""Incidents as CSV with ACLED's column conventions, plus warledger's own columns.

The columns and their meaning are those of ``export.records`` (ACLED's
``event_id_cnty`` ... ``fatalities``, then ``grade``, ``grade_reasons``,
``fatalities_low/best/high``, ``n_claims``, ``n_sources``, ``sides``,
``claim_ids``). As in ACLED, ``fatalities`` is 0 when no toll was reported;
``fatalities_low/best/high`` are empty then, so "unknown" stays visible.

Written with the ``csv`` module, UTF-8. Text cells come from news reports and
outlet files, so a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is prefixed with a single quote: a spreadsheet would otherwise
run it as a formula (CSV injection). Numbers are written as they are, so a
negative longitude stays a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TextIO

from warledger.export.records import COLUMNS, Value

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Value) -> str:
    """A value as a CSV cell: empty for None, quoted-out when text would be a formula."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_PREFIXES) else value
    return str(value)


def csv_lines(records: Iterable[dict[str, Value]]) -> Iterator[str]:
    """The header line, then one line per record (as they come, so a download streams)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for record in records:
        yield _taken(buffer)
        writer.writerow([safe_cell(record.get(column)) for column in COLUMNS])
    yield _taken(buffer)


def _taken(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def write_csv(records: Iterable[dict[str, Value]], out: TextIO) -> int:
    """Write a header and one row per record to ``out``; returns the number of rows."""
    lines = 0
    for line in csv_lines(records):
        out.write(line)
        lines += 1
    return lines - 1
