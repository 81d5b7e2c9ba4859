"""Typed settings, read from the environment (and CLI options) at call time.

There is no module-level settings object: callers build a ``Settings`` with
``Settings.from_env()`` and pass it down, so tests and workers never share
hidden state.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from warledger.errors import ConfigError

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*:)[^\s@]*@")


@dataclass(frozen=True)
class Settings:
    """Where warledger keeps things and how much it accepts.

    ``database_url`` is any SQLAlchemy URL; the default is ``./warledger.db``
    (SQLite, WAL). Raw input bytes live in ``blob_dir`` (default: a
    ``<database>.blobs`` folder beside a SQLite file, ``./warledger.blobs``
    otherwise). ``places_file`` is the analyst's own gazetteer (YAML, see
    ``warledger.geo.user_places``), merged into GeoNames for extraction.
    """

    database_url: str = "sqlite:///warledger.db"
    blob_dir: Path = Path("warledger.blobs")
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    fetch_timeout_s: float = 20.0
    places_file: Path | None = None
    allow_private_hosts: bool = False
    """Fetch from loopback/private/link-local hosts too (``warledger.ingest.hosts``)."""
    bulk_copy: bool = True
    """Batch writes on PostgreSQL load with COPY (False: multi-row INSERT, as a baseline)."""

    @classmethod
    def from_env(
        cls,
        database: str | None = None,
        blob_dir: str | None = None,
        places: str | None = None,
        allow_private_hosts: bool = False,
    ) -> Settings:
        """Settings from arguments, then ``WARLEDGER_*`` variables, then defaults."""
        url = database or os.environ.get("WARLEDGER_DATABASE_URL") or "warledger.db"
        url = database_url_from(url)
        blobs = blob_dir or os.environ.get("WARLEDGER_BLOB_DIR")
        max_bytes = os.environ.get("WARLEDGER_MAX_INPUT_BYTES")
        try:
            limit = int(max_bytes) if max_bytes else DEFAULT_MAX_INPUT_BYTES
        except ValueError as exc:
            raise ConfigError(
                f"WARLEDGER_MAX_INPUT_BYTES={max_bytes!r} is not a whole number of bytes"
            ) from exc
        return cls(
            database_url=url,
            blob_dir=Path(blobs) if blobs else default_blob_dir(url),
            max_input_bytes=limit,
            places_file=places_file_from(places or os.environ.get("WARLEDGER_PLACES")),
            allow_private_hosts=allow_private_hosts
            or os.environ.get("WARLEDGER_ALLOW_PRIVATE_HOSTS", "").strip().lower()
            in ("1", "true", "yes"),
        )

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


def database_url_from(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as SQLite)."""
    if "://" in value:
        return value
    return f"sqlite:///{value}"


def places_file_from(value: str | None) -> Path | None:
    """The places file as an absolute path (worker processes may not share the working
    folder), or None; a path that is not a file is an error now, not at extraction."""
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise ConfigError(
            f"places file {value!r} (--places / WARLEDGER_PLACES) is not a file; give the path "
            "of a YAML gazetteer such as examples/places.yaml"
        )
    return path.resolve()


def default_blob_dir(database_url: str) -> Path:
    """Blobs sit beside a SQLite file; for a server database, in ./warledger.blobs."""
    if database_url.startswith("sqlite:///") and database_url != "sqlite:///:memory:":
        path = Path(database_url.removeprefix("sqlite:///"))
        return path.with_name(path.name + ".blobs")
    return Path("warledger.blobs")


def hide_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``.

    Database URLs may carry a password (``postgresql+psycopg://user:secret@host/db``);
    anything that prints a URL, or a message that may quote one, passes it through
    this first so that a password never reaches a terminal, a log or a screenshot.
    """
    return _URL_PASSWORD.sub(r"\g<head>***@", text)
