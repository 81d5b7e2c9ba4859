"""FEEDS.yaml: the feeds to watch and how politely to poll them.

The file is untrusted input: it is size-capped, validated field by field, and every
error names the file, the feed and what to change.

.. code-block:: yaml

    min_delay_s: 5        # between two requests to one host (default 5)
    feeds:
      - url: https://news.example.org/world/rss.xml
        outlet: example-news     # an outlet id (see ``warledger outlets``)
        language: en             # optional: the items' language, else detected
        interval_s: 900          # optional: poll at most this often (default 900)
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from warledger.errors import InputError
from warledger.ingest.checks import decode_strict, read_capped

MAX_FEEDS_FILE_BYTES = 1_000_000


class FeedSpec(BaseModel):
    """One feed to poll."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    language: str | None = Field(None, max_length=16)
    interval_s: float = Field(900.0, ge=1.0, le=7 * 86400.0)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value

    @property
    def host(self) -> str:
        """``scheme://host:port``: the unit of politeness (robots.txt, delay, concurrency)."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc.lower()}"


class FeedsFile(BaseModel):
    """The whole file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_delay_s: float = Field(5.0, ge=0.0, le=3600.0)
    feeds: list[FeedSpec] = Field(min_length=1)


def read_feeds_file(path: Path) -> FeedsFile:
    """Parse and validate FEEDS.yaml; an ``InputError`` naming the file and the field if bad."""
    text = decode_strict(str(path), read_capped(path, MAX_FEEDS_FILE_BYTES))
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"is not valid YAML: {exc}", "fix the file") from exc
    if not isinstance(raw, dict):
        raise InputError(str(path), "must be a mapping with a 'feeds' list", "see --help")
    try:
        parsed = FeedsFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(str(path), f"{where}: {first['msg']}", "fix that field") from exc
    urls = [feed.url for feed in parsed.feeds]
    duplicates = sorted({u for u in urls if urls.count(u) > 1})
    if duplicates:
        raise InputError(str(path), f"lists {duplicates[0]} more than once", "keep one entry")
    return parsed
