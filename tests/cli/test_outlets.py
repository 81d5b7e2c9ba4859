"""``warledger outlets load``: a registry file becomes one ledger entry; a bad file is one line."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from warledger.cli import app

OUTLETS = """
outlets:
  - id: north-gazette
    name: North Gazette
    kind: newspaper
    owner_group: north
  - id: south-herald
    name: South Herald
    kind: newspaper
    owner_group: south
"""


def test_outlets_load_counts_what_it_loaded(runner: CliRunner, tmp_path: Path, db: str) -> None:
    registry = tmp_path / "outlets.yaml"
    registry.write_text(OUTLETS, encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "outlets", "load", str(registry)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"loaded 2 outlets and \d+ conflicts \(ledger seq 1\)\n", result.output)


def test_a_malformed_outlets_file_is_one_error_line(
    runner: CliRunner, tmp_path: Path, db: str
) -> None:
    bad = tmp_path / "outlets.yaml"
    bad.write_text("outlets: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "outlets", "load", str(bad)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith("error: ") and "outlets.yaml" in result.output


OUTLETS_CSV = (
    "id,name,kind,country,owner_group,side,aliases,domains\n"
    "north-gazette,North Gazette,newspaper,Valmark,north,"
    "brena-2026=third_party; tarn-war=party_a,The Gazette;NG,northgazette.example\n"
    ",,,,,,,\n"
    "tarn-radio,Tarn State Radio,state_media,,,tarn-war=party_b,,\n"
)
CONFLICTS = """
conflicts:
  tarn-war:
    name: Tarn war (invented)
    party_a: Republic of Tarn
    party_b: Upland Council
  brena-2026:
    name: Brena conflict (invented)
    party_a: Republic of Ostrelia
    party_b: Brenic Liberation Front
"""


def test_outlets_load_reads_a_csv(runner: CliRunner, tmp_path: Path, db: str) -> None:
    from warledger.config import Settings
    from warledger.model import OutletKind, Side
    from warledger.store import Store
    from warledger.store.outlets import stored_outlets

    sheet, conflicts = tmp_path / "outlets.csv", tmp_path / "conflicts.yaml"
    sheet.write_text(OUTLETS_CSV, encoding="utf-8")
    conflicts.write_text(CONFLICTS, encoding="utf-8")
    result = runner.invoke(
        app, ["--db", db, "outlets", "load", str(sheet), "--conflicts", str(conflicts)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("loaded 2 outlets and ")
    with Store.open(Settings.from_env(database=db)) as store:
        registry = stored_outlets(store)
    gazette = registry.outlets["north-gazette"]
    assert gazette.side == {"brena-2026": Side.THIRD_PARTY, "tarn-war": Side.PARTY_A}
    assert (gazette.aliases, gazette.domains) == (["The Gazette", "NG"], ["northgazette.example"])
    radio = registry.outlets["tarn-radio"]
    assert (radio.kind, radio.side_in("tarn-war"), radio.country) == (
        OutletKind.STATE_MEDIA,
        Side.PARTY_B,
        None,
    )
    assert registry.find(None, "https://www.northgazette.example/a/1") == gazette


def test_csv_errors_name_the_row_and_column(runner: CliRunner, tmp_path: Path, db: str) -> None:
    sheet = tmp_path / "outlets.csv"
    cases = {
        "id,name,kind\nok,Fine Paper,newspaper\nbad,Bad Paper,tabloid\n": (
            "outlets.csv: row 3: column kind: Input should be"
        ),
        "id,name,side\nx,X Paper,brena-2026\n": "outlets.csv: row 2, column side: 'brena-2026'",
        "id,title\nx,X\n": "outlets.csv: header: missing column(s) ['name']",
        "id,name,colour\nx,X,red\n": "outlets.csv: header: unknown column(s) ['colour']",
    }
    for text, expected in cases.items():
        sheet.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["--db", db, "outlets", "load", str(sheet)])
        assert result.exit_code == 2, text
        assert result.output.count("\n") == 1
        assert expected in result.output, result.output
