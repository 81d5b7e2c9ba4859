"""``Settings.from_env``: arguments, then ``WARLEDGER_*`` variables, then defaults; a bad
setting is an error naming it; URLs are printed without their password."""

from __future__ import annotations

from pathlib import Path

import pytest

from warledger.config import (
    DEFAULT_MAX_INPUT_BYTES,
    Settings,
    database_url_from,
    default_blob_dir,
    hide_passwords,
)
from warledger.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "WARLEDGER_DATABASE_URL",
        "WARLEDGER_BLOB_DIR",
        "WARLEDGER_MAX_INPUT_BYTES",
        "WARLEDGER_PLACES",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults() -> None:
    settings = Settings.from_env()
    assert settings.database_url == "sqlite:///warledger.db"
    assert settings.blob_dir == Path("warledger.db.blobs")
    assert settings.max_input_bytes == DEFAULT_MAX_INPUT_BYTES
    assert settings.places_file is None


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLEDGER_DATABASE_URL", "env.db")
    monkeypatch.setenv("WARLEDGER_BLOB_DIR", "/srv/env-blobs")
    assert Settings.from_env().database_url == "sqlite:///env.db"
    assert Settings.from_env().blob_dir == Path("/srv/env-blobs")
    chosen = Settings.from_env(database="postgresql+psycopg://u@h/db", blob_dir="/srv/b")
    assert chosen.database_url == "postgresql+psycopg://u@h/db"
    assert chosen.blob_dir == Path("/srv/b")


def test_a_bad_byte_limit_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_INPUT_BYTES", "20MB")
    with pytest.raises(ConfigError, match=r"WARLEDGER_MAX_INPUT_BYTES='20MB' is not a whole"):
        Settings.from_env()


def test_a_places_path_that_is_not_a_file_is_refused_now(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"places file '.*nowhere.yaml' \(--places"):
        Settings.from_env(places=str(tmp_path / "nowhere.yaml"))
    places = tmp_path / "places.yaml"
    places.write_text("places: []\n", encoding="utf-8")
    assert Settings.from_env(places=str(places)).places_file == places.resolve()


def test_paths_and_urls() -> None:
    assert database_url_from("archive/ledger.db") == "sqlite:///archive/ledger.db"
    assert database_url_from("postgresql://u@h/db") == "postgresql://u@h/db"
    assert default_blob_dir("sqlite:///archive/ledger.db") == Path("archive/ledger.db.blobs")
    assert default_blob_dir("postgresql://u@h/db") == Path("warledger.blobs")
    assert default_blob_dir("sqlite:///:memory:") == Path("warledger.blobs")


def test_with_changes_one_field() -> None:
    changed = Settings().with_(max_input_bytes=10)
    assert changed.max_input_bytes == 10
    assert changed.database_url == Settings().database_url


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql+psycopg://ana:pw@h:5432/db", "postgresql+psycopg://ana:***@h:5432/db"),
        ("url 'x://:p%40ss@host/db' refused", "url 'x://:***@host/db' refused"),
        ("a://u:1@h and b://v:2@k", "a://u:***@h and b://v:***@k"),
        ("postgresql://ana@h/db", "postgresql://ana@h/db"),
        ("sqlite:///C:/ledger.db", "sqlite:///C:/ledger.db"),
    ],
)
def test_hide_passwords(text: str, shown: str) -> None:
    assert hide_passwords(text) == shown
