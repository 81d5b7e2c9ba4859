"""Main text and metadata from an HTML page, via trafilatura.

Pages carry navigation, adverts and comment threads around the article; claims
must come from the article only, so the main text is extracted with
trafilatura (title, author, date and site name from its metadata) rather than
by stripping tags. A page from which no main text can be extracted is refused
instead of being stored as an empty document. Wrapper elements nested deeper than
the parser keeps are flattened first (``html_flatten``), or their text would be lost.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import trafilatura
from lxml.etree import LxmlError

from warledger.errors import InputError
from warledger.ingest.checks import normalise_newlines, reject_empty_or_binary, require_text
from warledger.ingest.dates import parse_published, published_or_dateline
from warledger.ingest.html_flatten import flatten_wrappers
from warledger.model import Document, content_hash

# What trafilatura and the libraries under it (lxml, htmldate) raise on hostile
# markup; htmldate's tree cleaning can even fail an lxml assertion.
EXTRACTION_ERRORS = (ValueError, TypeError, LookupError, AssertionError, LxmlError)


def html_document(
    source: str, raw: bytes, retrieved_at: datetime, url: str | None = None
) -> Document:
    """A Document from the bytes of an HTML page (``url`` is where it was fetched, if any)."""
    reject_empty_or_binary(source, raw)
    meta = _extract_main(source, flatten_wrappers(raw) or raw, url)
    text = normalise_newlines((meta.get("text") or "").strip())
    if not text:
        raise InputError(
            source,
            "is HTML from which no main text could be extracted (malformed, empty or no article)",
            "check the file is a complete HTML page, or save the article as .txt",
        )
    require_text(source, text)
    return Document(
        id=content_hash(raw),
        text=text,
        url=url or _str_or_none(meta.get("url")),
        outlet=_str_or_none(meta.get("sitename")),
        title=_str_or_none(meta.get("title")),
        author=_str_or_none(meta.get("author")),
        published_at=published_or_dateline(parse_published(meta.get("date"), source, "date"), text),
        retrieved_at=retrieved_at,
        source_name=source,
    )


def _extract_main(source: str, page: bytes, url: str | None) -> dict[str, Any]:
    """trafilatura's text and metadata of ``page`` (without metadata if that fails)."""
    try:
        extracted = _extract(page, url, with_metadata=True)
    except EXTRACTION_ERRORS:
        try:  # metadata (date) parsing is the fragile part: keep the text without it
            extracted = _extract(page, url, with_metadata=False)
        except EXTRACTION_ERRORS as exc:
            raise InputError(source, f"is HTML that could not be parsed: {exc!r}") from exc
    return extracted.as_dict() if extracted is not None else {}


def _extract(raw: bytes, url: str | None, with_metadata: bool) -> Any:
    return trafilatura.bare_extraction(
        raw, url=url, with_metadata=with_metadata, include_comments=False, include_tables=True
    )


def _str_or_none(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
