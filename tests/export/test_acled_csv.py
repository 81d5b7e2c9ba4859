"""The ACLED-style CSV: columns, categories from PLOVER, tolls, places, the formula guard."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.export.acled_csv import csv_lines, safe_cell, write_csv
from warledger.export.records import COLUMNS

Export = Callable[..., str]
FORMULA_OUTLET = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def rows(export: Export) -> dict[str, dict[str, str]]:
    """CSV rows by location ('' for the incident with no place)."""
    text = export("--format", "csv")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return {row["location"]: row for row in reader}


def test_one_row_per_incident(rows: dict[str, dict[str, str]]) -> None:
    assert set(rows) == {"Kharkiv", "Idlib", ""}


def test_shelling_row_follows_acled(rows: dict[str, dict[str, str]]) -> None:
    row = rows["Kharkiv"]
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["country"] == "Ukraine"
    assert row["event_date"] == "2026-03-03"  # "Tuesday" before Wednesday 4 March
    assert row["year"] == "2026"
    assert row["time_precision"] == "1"
    assert row["geo_precision"] == "1"
    assert "Russia" in row["actor1"]
    assert row["actor2"] == "Civilians (Ukraine)"
    assert row["source"] == "Alpha News; Beta Daily"
    assert row["notes"].startswith("Russian forces shelled the city of Kharkiv")


def test_shelling_row_keeps_the_range_of_both_reports(rows: dict[str, dict[str, str]]) -> None:
    row = rows["Kharkiv"]
    assert (row["fatalities_low"], row["fatalities_high"]) == ("5", "8")
    assert row["fatalities"] == row["fatalities_best"]
    assert 5 <= int(row["fatalities_best"]) <= 8
    assert row["n_sources"] == "2"
    assert len(row["claim_ids"].split("; ")) == int(row["n_claims"])
    assert row["grade"] and row["grade_reasons"]


def test_air_strike_and_placeless_rows(rows: dict[str, dict[str, str]]) -> None:
    assert rows["Idlib"]["sub_event_type"] == "Air/drone strike"
    assert rows["Idlib"]["country"] == "Syria"
    assert rows["Idlib"]["actor1"] == ""  # nobody named; "a market" is no actor
    assert rows["Idlib"]["actor2"] == "Civilians (Syria)"
    assert rows["Idlib"]["fatalities"] == "4"
    placeless = rows[""]
    assert (placeless["latitude"], placeless["longitude"], placeless["country"]) == ("", "", "")
    assert placeless["fatalities_low"] == "3"


def test_formula_in_a_stored_name_is_defused(rows: dict[str, dict[str, str]]) -> None:
    assert rows["Idlib"]["source"] == "'" + FORMULA_OUTLET


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30", "'+49 30"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("plain = text", "plain = text"),
        (-33.5, "-33.5"),
        (0, "0"),
        (None, ""),
    ],
)
def test_safe_cell(value: str | float | None, cell: str) -> None:
    assert safe_cell(value) == cell


def test_write_csv_round_trips_utf8_and_numbers(tmp_path: Path) -> None:
    record = {c: None for c in COLUMNS} | {
        "location": "Київ",
        "longitude": -0.5,
        "notes": 'said "no", then\nleft',
    }
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        assert write_csv([record], out) == 1
    (row,) = csv.DictReader(path.open(encoding="utf-8", newline=""))
    assert (row["location"], row["longitude"], row["notes"]) == ("Київ", "-0.5", record["notes"])


def test_csv_lines_streams_one_exact_line_per_record() -> None:
    """Each yielded piece is exactly one line ending in a bare newline, whatever came before."""
    records = [
        {c: None for c in COLUMNS} | {"event_id_cnty": f"WL{i}", "fatalities": i} for i in (1, 2)
    ]
    lines = list(csv_lines(records))
    assert lines[0] == ",".join(COLUMNS) + "\n"
    position = COLUMNS.index("fatalities")
    for i, line in enumerate(lines[1:], start=1):
        cells = [""] * len(COLUMNS)
        cells[0], cells[position] = f"WL{i}", str(i)
        assert line == ",".join(cells) + "\n"
    assert len(lines) == 3


def test_output_file_matches_stdout(export_db: str, export: Export, tmp_path: Path) -> None:
    target = tmp_path / "incidents.csv"
    result = CliRunner().invoke(
        app, ["--db", export_db, "export", "--format", "csv", "--output", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == export("--format", "csv")


def test_claims_as_csv_is_refused_with_advice(export_db: str) -> None:
    result = CliRunner().invoke(
        app, ["--db", export_db, "export", "--format", "csv", "--what", "claims"]
    )
    assert result.exit_code == 2
    assert "--format jsonl" in result.output


def test_unwritable_output_is_a_clear_error(export_db: str, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    result = CliRunner().invoke(
        app, ["--db", export_db, "export", "--format", "csv", "-o", str(target)]
    )
    assert result.exit_code == 2
    message = " ".join(result.output.split())
    assert "cannot write" in message and "check the path" in message
