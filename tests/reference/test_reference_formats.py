"""Reading ACLED and UCDP GED CSVs (small files with their column names and invented rows)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from warledger.errors import InputError
from warledger.reference.formats import read_reference_csv

HERE = Path(__file__).resolve().parent


def test_acled_rows_dates_widened_by_precision_and_bad_rows_named() -> None:
    loaded = read_reference_csv(HERE / "acled_sample.csv", "acled")
    assert loaded.rows == 4
    events = {e.id: e for e in loaded.events}
    assert sorted(events) == ["acled:XMD101", "acled:XMD102", "acled:XMD103"]
    day = events["acled:XMD101"]
    assert (day.date_start, day.date_end, day.country) == (date(2026, 3, 8), date(2026, 3, 8), "MD")
    assert (day.fatalities, day.latitude, day.place_name) == (3, 47.01, "Valtrino")
    week = events["acled:XMD102"]
    assert (week.date_start, week.date_end) == (date(2026, 3, 7), date(2026, 3, 13))
    month = events["acled:XMD103"]
    assert (month.date_start, month.date_end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert day.payload["notes"].startswith("Invented note")
    assert len(loaded.errors) == 1
    assert "acled_sample.csv:5: column event_date: 'not a date' is not a date" in loaded.errors[0]


def test_ucdp_rows_keep_their_range_and_figures() -> None:
    loaded = read_reference_csv(HERE / "ucdp_ged_sample.csv", "ucdp-ged")
    assert loaded.errors == []
    first, second = loaded.events
    assert first.id == "ucdp-ged:900001"
    assert (first.date_start, first.date_end) == (date(2026, 3, 7), date(2026, 3, 8))
    assert (first.fatalities, first.fatalities_low, first.fatalities_high) == (4, 3, 6)
    assert first.country == "RU"  # "Russia (Soviet Union)": the name before the parenthesis
    assert (second.event_type, second.geo_precision, second.country) == ("3", 4, "MD")


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    text = (HERE / "acled_sample.csv").read_text().replace("geo_precision", "geo_prec", 1)
    broken = tmp_path / "broken.csv"
    broken.write_text(text)
    with pytest.raises(InputError, match="missing column geo_precision"):
        read_reference_csv(broken, "acled")
    with pytest.raises(InputError, match="missing columns id, type_of_violence"):
        read_reference_csv(HERE / "acled_sample.csv", "ucdp-ged")
