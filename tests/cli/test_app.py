"""The root command: its help names every command once, and the exit codes."""

from __future__ import annotations

from typer.testing import CliRunner

from warledger.cli import app

COMMANDS = (
    "ingest",
    "watch",
    "feeds",
    "verify",
    "stats",
    "claims",
    "extract",
    "eval",
    "outlets",
    "reference",
    "resolve",
    "incidents",
    "actors",
    "export",
    "review",
    "tokens",
    "serve",
)


def test_help_explains_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"], terminal_width=120)
    assert result.exit_code == 0
    listed = [
        line.split()[1]
        for line in result.output.splitlines()
        if line.startswith("│ ") and len(line.split()) > 2 and line.split()[1] in COMMANDS
    ]
    assert sorted(listed) == sorted(COMMANDS)


def test_help_documents_the_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"], terminal_width=120)
    text = " ".join(result.output.split())
    assert "Exit codes: 0 done; 1 some inputs failed" in text
    assert "3 the store could not be opened" in text
    assert "130 interrupted with Ctrl-C" in text


def test_a_bad_places_file_is_refused_before_any_command_runs(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--places", "/no/such/places.yaml", "stats"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "places file '/no/such/places.yaml'" in result.output
