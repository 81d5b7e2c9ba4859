"""Bad settings and unreachable databases fail with a message that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from warledger.config import Settings
from warledger.errors import ConfigError, StoreError
from warledger.store import Store


def test_unknown_database_url_is_a_config_error(tmp_path: Path) -> None:
    settings = Settings(database_url="nosuchdb://somewhere/x", blob_dir=tmp_path)
    with pytest.raises(ConfigError, match="nosuchdb://somewhere/x"):
        Store.open(settings)


def test_unreachable_server_is_a_store_error(tmp_path: Path) -> None:
    settings = Settings(
        database_url="postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=2",
        blob_dir=tmp_path,
    )
    with pytest.raises(StoreError, match="is the database reachable"):
        Store.open(settings)


def test_unwritable_blob_folder_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the blob folder should be")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'w.db'}", blob_dir=blocker / "blobs")
    with pytest.raises(StoreError, match="WARLEDGER_BLOB_DIR"):
        Store.open(settings)
