"""JSON-lines corpora: one document a line.

Each line is an object with ``text`` and optionally ``url``, ``title``,
``published``, ``author``, ``outlet`` and ``id``; other keys are kept in the
raw bytes but not interpreted. A bad line is an ``InputError`` naming
``file.jsonl:LINE``, and the rest of the file goes on.

Document id: the sha256 of the line's *canonical* JSON (keys sorted, no
insignificant whitespace, UTF-8, non-ASCII kept as is), and those canonical
bytes are what the blob store keeps as the raw input. Hashing the canonical
form rather than the line as typed means the same record re-exported with
other spacing or key order is recognised as the same document, while every
field of the record (including the ignored ones) is still preserved verbatim
in value. Hashing the text alone was rejected: two outlets publishing the same
wire text are two documents (they differ in outlet and url) and must both be
kept so that syndication can be recorded.

The file is streamed line by line and ``max_input_bytes`` applies to each
line, so a large corpus never has to fit in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from warledger.errors import InputError
from warledger.ingest.checks import (
    REENCODE_HINT,
    SNIFF_BYTES,
    bom_encoding,
    decode_strict,
    normalise_newlines,
    reject_empty_or_binary,
    require_text,
)
from warledger.ingest.dates import parse_published, published_or_dateline
from warledger.model import Document, content_hash

OPTIONAL_FIELDS: tuple[str, ...] = ("url", "title", "author", "outlet")

# Lines are read in pieces of this size when skipping the rest of an over-long line.
SKIP_CHUNK = 1 << 20


def canonical_json(record: dict[str, object]) -> bytes:
    """The canonical bytes of a record; their sha256 is the document id."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def read_jsonl(
    path: Path, max_line_bytes: int, retrieved_at: datetime
) -> Iterator[tuple[Document, bytes] | InputError]:
    """Yield ``(Document, canonical bytes)`` or an ``InputError`` for every non-blank line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        head = handle.read(SNIFF_BYTES)
        try:
            reject_empty_or_binary(str(path), head)
        except InputError as error:
            yield error
            return
        encoding = bom_encoding(head)
        if encoding not in (None, "utf-8-sig"):
            yield InputError(
                str(path),
                f"is {encoding} (it starts with a byte-order mark); JSON lines must be UTF-8",
                REENCODE_HINT.format(enc=str(encoding).upper()),
            )
            return
        handle.seek(0)
        seen_any = False
        line_no = 0
        while line := handle.readline(max_line_bytes + 1):
            line_no += 1
            source = f"{path}:{line_no}"
            if len(line) > max_line_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(handle)
                yield InputError(
                    source,
                    f"line is over the limit of {max_line_bytes:,} bytes",
                    "split the record, or raise the limit with WARLEDGER_MAX_INPUT_BYTES",
                )
                seen_any = True
                continue
            if not line.strip():
                continue
            seen_any = True
            if line_no == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            try:
                yield line_document(source, line, retrieved_at)
            except InputError as error:
                yield error
        if not seen_any:
            yield InputError(str(path), "holds only whitespace, no JSON lines")


def _skip_rest_of_line(handle: BinaryIO) -> None:
    """Consume an over-long line up to and including its newline, a chunk at a time."""
    while chunk := handle.readline(SKIP_CHUNK):
        if chunk.endswith(b"\n"):
            return


def line_document(source: str, line: bytes, retrieved_at: datetime) -> tuple[Document, bytes]:
    """One JSON line as a Document plus its canonical bytes; ``InputError`` if malformed."""
    decoded = decode_strict(source, line)  # raises with the byte offset and an encoding hint
    try:
        record = json.loads(decoded.rstrip("\n"))
    except json.JSONDecodeError as exc:
        raise InputError(
            source,
            f"malformed JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}",
            "fix or remove this line; the other lines are ingested",
        ) from exc
    if not isinstance(record, dict):
        raise InputError(source, f"is a JSON {type(record).__name__}, not an object with 'text'")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, "has no string field 'text'", "every line needs the document text")
    require_text(source, text)
    fields = {name: _optional_str(source, record, name) for name in OPTIONAL_FIELDS}
    external_id = record.get("id")
    if isinstance(external_id, int) and not isinstance(external_id, bool):
        external_id = str(external_id)
    else:
        external_id = _optional_str(source, record, "id")
    try:
        raw = canonical_json(record)
    except UnicodeEncodeError as exc:
        raise InputError(
            source,
            f"holds an unpaired surrogate escape ({exc.object[exc.start]!r}), which is not Unicode",
            "fix the \\uD800-\\uDFFF escapes in this line",
        ) from exc
    text = normalise_newlines(text)
    document = Document(
        id=content_hash(raw),
        text=text,
        published_at=published_or_dateline(parse_published(record.get("published"), source), text),
        retrieved_at=retrieved_at,
        source_name=source,
        external_id=external_id,
        **fields,
    )
    return document, raw


def _optional_str(source: str, record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(source, f"field {name!r} is a {type(value).__name__}, not a string")
    if "\x00" in value:
        raise InputError(source, f"field {name!r} contains a NUL character", "remove it")
    return value.strip() or None
