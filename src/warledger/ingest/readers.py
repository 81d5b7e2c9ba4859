"""Turn paths (files and directories) into Documents, one input at a time.

Every reader yields ``(Document, raw_bytes)`` for each document it reads, or
an ``InputError`` for each input it cannot read; it never raises, so one bad
file never stops a batch. ``raw_bytes`` is what the blob store keeps and what
``Document.id`` is the sha256 of.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from warledger.errors import InputError
from warledger.ingest.checks import decode_strict, read_capped, reject_empty_or_binary, require_text
from warledger.ingest.dates import parse_published, published_or_dateline
from warledger.ingest.html import html_document
from warledger.ingest.jsonl import read_jsonl
from warledger.ingest.text_header import split_header
from warledger.model import Document, content_hash

Read = tuple[Document, bytes] | InputError

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def expand_inputs(paths: Iterable[Path]) -> list[Path | InputError]:
    """Files to read, in order: directories are walked recursively and sorted.

    Inside a directory only known extensions are taken and hidden entries are
    skipped (editor back-ups, ``.git``); a file named explicitly is always
    taken, so an unknown extension there is reported rather than ignored. An
    entry with a known extension that is not a regular file (a pipe, a device,
    a socket: reading one could block forever) is reported, not read.
    """
    expanded: list[Path | InputError] = []
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.suffix.lower() not in KNOWN_SUFFIXES or found.is_dir():
                    continue
                if any(part.startswith(".") for part in found.relative_to(path).parts):
                    continue
                expanded.append(found if found.is_file() else _not_regular(found))
        elif path.is_file():
            expanded.append(path)
        elif path.exists():
            expanded.append(_not_regular(path))
        else:
            expanded.append(InputError(str(path), "does not exist", "check the path for a typo"))
    return expanded


def _not_regular(path: Path) -> InputError:
    if not path.exists():
        return InputError(str(path), "is a link to nothing", "fix or remove the link")
    return InputError(str(path), "is not a regular file (a device, pipe or socket?)")


def read_path(
    path: Path, max_input_bytes: int, retrieved_at: datetime | None = None
) -> Iterator[Read]:
    """Read one file by its extension; yields documents and errors, never raises."""
    when = retrieved_at or datetime.now(UTC)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, max_input_bytes, when)
        return
    if suffix not in KNOWN_SUFFIXES:
        yield InputError(
            str(path),
            f"has an unsupported extension {path.suffix or '(none)'!r}",
            "warledger reads .txt (UTF-8), .html/.htm and .jsonl; rename or convert it",
        )
        return
    try:
        raw = read_capped(path, max_input_bytes)
        if suffix in HTML_SUFFIXES:
            yield html_document(str(path), raw, when), raw
        else:
            yield text_document(str(path), raw, when), raw
    except InputError as error:
        yield error


def decode_text(raw: bytes, source: str) -> str:
    """The text of a plain-text input, with every check a .txt file gets.

    Not empty, not binary, UTF-8 (or UTF-16/32 with a byte-order mark), not only
    whitespace, no NUL; otherwise an ``InputError`` naming ``source``. Line
    endings become LF. For callers outside ingest (``warledger extract``).
    """
    reject_empty_or_binary(source, raw)
    return require_text(source, decode_strict(source, raw))


def text_document(source: str, raw: bytes, retrieved_at: datetime) -> Document:
    """A Document from the bytes of a plain-text file (UTF-8, or UTF-16/32 with a BOM).

    A leading ``Title:`` / ``Outlet:`` / ``Published:`` block becomes metadata
    (see ``text_header``); the rest is the document's text.
    """
    header = split_header(decode_text(raw, source))
    fields = header.fields
    return Document(
        id=content_hash(raw),
        text=header.body,
        retrieved_at=retrieved_at,
        source_name=source,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        author=fields.get("author"),
        url=fields.get("url"),
        published_at=published_or_dateline(
            parse_published(fields.get("published"), source, "Published:"), header.body
        ),
    )


def read_paths(paths: Iterable[Path], max_input_bytes: int) -> Iterator[Read]:
    """Read every file under ``paths`` (see ``expand_inputs``), in order."""
    for item in expand_inputs(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, max_input_bytes)
