"""The one error path: every way a store fails to open is one line naming it (password
masked) with a documented exit code, and so are refused inputs and Ctrl-C."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.store import Store

STORE_COMMANDS = (
    ["verify"],
    ["stats"],
    ["claims"],
    ["resolve"],
    ["incidents"],
    ["actors", "--list"],
    ["export", "--format", "csv"],
    ["review", "list"],
    ["tokens", "list"],
    ["serve"],
)
PASSWORD = "s3cret-pw"


def unused_port() -> int:
    """A port of 127.0.0.1 nothing listens on (bound, read, released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def one_error_line(output: str) -> str:
    assert output.count("\n") == 1, output
    assert output.startswith("error: ")
    return output


@pytest.mark.parametrize("command", STORE_COMMANDS, ids=" ".join)
def test_a_missing_folder(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "no-such-folder" / "ledger.db"
    result = runner.invoke(app, ["--db", str(missing), *command])
    assert result.exit_code == 3
    line = one_error_line(result.output)
    assert f"cannot open the store sqlite:///{missing}" in line
    assert f"the folder {missing.parent} does not exist" in line


@pytest.mark.parametrize("command", STORE_COMMANDS, ids=" ".join)
def test_a_file_that_is_not_sqlite(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are notes, not a database\n" * 200, encoding="utf-8")
    result = runner.invoke(app, ["--db", str(notes), *command])
    assert result.exit_code == 3
    line = one_error_line(result.output)
    assert f"cannot open the store sqlite:///{notes}: file is not a database" in line
    assert "--db must name a warledger SQLite database" in line


@pytest.mark.parametrize("command", STORE_COMMANDS, ids=" ".join)
def test_postgresql_unreachable(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    url = f"postgresql+psycopg://analyst:{PASSWORD}@127.0.0.1:{unused_port()}/ledger"
    result = runner.invoke(app, ["--db", url, "--blobs", str(tmp_path / "b"), *command])
    assert result.exit_code == 3
    line = one_error_line(result.output)
    assert PASSWORD not in line
    assert "cannot open the store postgresql+psycopg://analyst:***@127.0.0.1:" in line
    assert "is the database server running and reachable" in line


@pytest.mark.parametrize("command", STORE_COMMANDS, ids=" ".join)
def test_a_bad_url_scheme(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    url = f"ledgerdb://analyst:{PASSWORD}@db.invalid/ledger"
    result = runner.invoke(app, ["--db", url, "--blobs", str(tmp_path / "b"), *command])
    assert result.exit_code == 2
    line = one_error_line(result.output)
    assert PASSWORD not in line
    assert "database URL 'ledgerdb://analyst:***@db.invalid/ledger' is not usable" in line
    assert "postgresql+psycopg://user@host/db" in line


def test_an_error_inside_a_command_is_one_line(runner: CliRunner, db: str) -> None:
    result = runner.invoke(
        app,
        ["--db", db, "review", "claim", "no-such-claim", "--accept"],
        env={"WARLEDGER_ANALYST": "k.o"},
    )
    assert result.exit_code == 2
    assert "no-such-claim" in one_error_line(result.output)


def test_ctrl_c_is_one_line_and_exit_130(
    runner: CliRunner, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_store: Store, *_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "verify", interrupted)
    result = runner.invoke(app, ["--db", db, "verify"])
    assert result.exit_code == 130
    assert result.output.count("\n") == 1
    assert result.output.startswith("interrupted (Ctrl-C): what was committed stays committed")
