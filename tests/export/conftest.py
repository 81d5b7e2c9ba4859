"""One store for every export test: four short invented reports, ingested with
extraction through the CLI (``outlets load``, ``ingest``, ``resolve``).

Two outlets report the same shelling of Kharkiv (Ukraine) with different tolls
("five to eight" and "at least six"); an outlet whose registered name is a
spreadsheet formula reports an air strike in Idlib (Syria), so its ``source``
cell must be defused; a fourth report names no place at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from warledger.cli import app

FORMULA_OUTLET = '=HYPERLINK("http://evil.example","click")'

REPORTS = (
    {
        "id": "exp-1",
        "outlet": "alpha-news",
        "published": "2026-03-04T09:00:00Z",
        "text": "Russian forces shelled the city of Kharkiv in Ukraine on Tuesday, killing five "
        "to eight civilians, the regional governor said. Artillery shells hit apartment blocks "
        "near the city centre.",
    },
    {
        "id": "exp-2",
        "outlet": "beta-daily",
        "published": "2026-03-04T12:00:00Z",
        "text": "Russian artillery shelled Kharkiv on Tuesday. At least six civilians were "
        "killed in the shelling, local officials said.",
    },
    {
        "id": "exp-3",
        "outlet": "formula-post",
        "published": "2026-05-10T08:00:00Z",
        "text": "An air strike hit a market in the Syrian city of Idlib on Saturday, killing four "
        "people, rescue workers said.",
    },
    {
        "id": "exp-4",
        "outlet": "beta-daily",
        "published": "2026-07-20T08:00:00Z",
        "text": "Gunmen ambushed an army convoy on Sunday, killing three soldiers, the army said.",
    },
)

OUTLETS_YAML = f"""
outlets:
  - id: alpha-news
    name: Alpha News
    kind: newspaper
    owner_group: alpha
  - id: beta-daily
    name: Beta Daily
    kind: newspaper
    owner_group: beta
  - id: formula-post
    name: '{FORMULA_OUTLET}'
    kind: blog
"""


Export = Callable[..., str]
"""``export("--format", "csv")`` runs ``warledger export`` on the store, returns its stdout."""


@pytest.fixture(scope="package")
def export_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The database the four reports were ingested into and resolved, once for the package."""
    root = tmp_path_factory.mktemp("export")
    reports = root / "reports.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    outlets = root / "outlets.yaml"
    outlets.write_text(OUTLETS_YAML, encoding="utf-8")
    db = str(root / "w.db")
    runner = CliRunner()
    for args in (["outlets", "load", str(outlets)], ["ingest", str(reports)], ["resolve"]):
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def export(export_db: str) -> Export:
    def run(*args: str) -> str:
        result = CliRunner().invoke(app, ["--db", export_db, "export", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    return run


@pytest.fixture
def reports() -> tuple[dict[str, str], ...]:
    """The reports in the store, as written."""
    return REPORTS
