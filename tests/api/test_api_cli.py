"""``warledger tokens`` on the command line: the printed secret works against the API."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from warledger.cli import app
from warledger.config import Settings
from warledger.server import create_app


def test_token_printed_once_then_listed_without_secret(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    runner = CliRunner()
    made = runner.invoke(app, ["--db", str(db), "tokens", "create", "--role", "analyst"])
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip()
    assert secret.startswith("wl_")
    listed = runner.invoke(app, ["--db", str(db), "tokens", "list"])
    assert listed.exit_code == 0
    token_id = secret.split("_")[1]
    assert token_id in listed.stdout and "analyst" in listed.stdout
    assert secret.split("_", 2)[2] not in listed.stdout
    settings = Settings(database_url=f"sqlite:///{db}", blob_dir=tmp_path / "cli.db.blobs")
    with TestClient(create_app(settings)) as client:
        headers = {"Authorization": f"Bearer {secret}"}
        assert client.get("/api/documents", headers=headers).json()["items"] == []
    revoked = runner.invoke(app, ["--db", str(db), "tokens", "revoke", token_id])
    assert revoked.exit_code == 0
    assert "revoked" in runner.invoke(app, ["--db", str(db), "tokens", "list"]).stdout


def test_unknown_role_is_refused_by_name(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "x.db"), "tokens", "create", "--role", "root"]
    )
    assert result.exit_code == 2
    assert "root" in result.output and "reader" in result.output
