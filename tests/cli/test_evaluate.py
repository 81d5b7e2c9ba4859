"""``warledger eval``: a gold set it does not know is one error line naming the choices."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from warledger.cli import app


def test_eval_unknown_set_names_the_choices(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "nosuchset", str(tmp_path)])
    assert result.exit_code == 2
    assert "polnear" in result.output
    assert result.output.startswith("error: ")
    assert result.output.count("\n") == 1
