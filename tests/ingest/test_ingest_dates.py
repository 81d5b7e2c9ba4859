"""Publication dates: parsed to UTC, never guessed from relative words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from warledger.ingest.dates import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14 20:30:26Z", datetime(2025, 3, 14, 20, 30, 26, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("March 3, 2024", datetime(2024, 3, 3, tzinfo=UTC)),
        ("14 mars 2025", datetime(2025, 3, 14, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 10:00:00 +0100", datetime(2024, 3, 5, 9, 0, tzinfo=UTC)),
        ("March 2024", datetime(2024, 3, 1, tzinfo=UTC)),
        (1700000000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (date(2020, 10, 4), datetime(2020, 10, 4, tzinfo=UTC)),
        (
            datetime(2020, 10, 4, 12, 0, tzinfo=timezone(timedelta(hours=4))),
            datetime(2020, 10, 4, 8, 0, tzinfo=UTC),
        ),
    ],
)
def test_parsed_to_utc(value: object, expected: datetime) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["yesterday", "3 days ago", "not a date at all", "", None, True, 1e300, [1]]
)
def test_unparseable_or_relative_is_none(value: object) -> None:
    assert parse_published(value) is None
