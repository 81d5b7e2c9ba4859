"""Byte-level checks every input passes before it becomes a Document.

An input is rejected here, with an ``InputError`` that names it, when it is
empty, binary, too large or not decodable text. The checks run on bytes so
that every reader (file, jsonl line, URL body) applies the same rules, and
size is always checked before the whole input is read into memory.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import charset_normalizer

from warledger.errors import InputError

# Signatures of common binary formats, checked at offset 0.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file"),
)

# Legacy encodings from the most to the least widely used on the web (Windows
# Western first: it reads every printable Latin-1 byte the same way); an
# ambiguous guess names the first of them that fits (``guess_encoding``).
COMMON_ENCODINGS = (
    "cp1252",
    "iso8859_1",
    "cp1251",
    "cp1250",
    "iso8859_2",
    "cp1256",
    "cp1253",
    "cp1254",
    "koi8_r",
    "iso8859_15",
)

# Byte-order marks that make an input text in a non-UTF-8 encoding we accept.
# UTF-32 marks come first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# How far into an input NUL bytes are looked for (as git and grep do).
SNIFF_BYTES = 8192

REENCODE_HINT = "re-encode it to UTF-8, e.g. `iconv -f {enc} -t UTF-8 IN > OUT`"


def read_capped(path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing it (before reading) when it is over ``max_bytes``.

    The size is checked with ``stat`` first and the read is bounded as well,
    so a file that grows while it is read cannot exhaust memory.
    """
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, *_too_large(size, max_bytes))
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot be read: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise InputError(source, *_too_large(len(raw), max_bytes))
    return raw


def _too_large(size: int, max_bytes: int) -> tuple[str, str]:
    return (
        f"is {size:,} bytes, over the limit of {max_bytes:,} bytes",
        "split it, or raise the limit with WARLEDGER_MAX_INPUT_BYTES",
    )


def reject_empty_or_binary(source: str, raw: bytes) -> None:
    """Raise when ``raw`` is empty or looks like a binary file rather than text."""
    if not raw:
        raise InputError(source, "is empty (0 bytes)", "remove it from the batch")
    for magic, kind in BINARY_MAGIC:
        if raw.startswith(magic):
            raise InputError(source, f"is binary: it looks like {kind}", "convert it to text first")
    if bom_encoding(raw) is None:
        nul = raw.find(b"\x00", 0, SNIFF_BYTES)
        if nul >= 0:
            raise InputError(
                source,
                f"is binary: it contains a NUL byte at byte offset {nul}",
                "warledger reads UTF-8 text, HTML and JSON lines; convert it to text first",
            )


def bom_encoding(raw: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``raw``, if any."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def decode_strict(source: str, raw: bytes) -> str:
    """Decode UTF-8 (or UTF-16/32 announced by a byte-order mark) strictly.

    Anything else is refused with the byte offset of the first bad sequence and
    the encoding it most likely is, rather than guessed at: a wrong guess would
    silently corrupt names and figures that claims are built from.
    """
    encoding = bom_encoding(raw) or "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 4]
        guess = guess_encoding(raw)
        reason = (
            f"is not valid {encoding.upper().removesuffix('-SIG')}: {exc.reason} "
            f"at byte offset {exc.start} (bytes {bad!r})"
        )
        if guess:
            reason += f"; it looks like {guess}"
        raise InputError(source, reason, REENCODE_HINT.format(enc=guess or "ENCODING")) from exc
    return normalise_newlines(text.removeprefix("\ufeff"))


def guess_encoding(raw: bytes) -> str | None:
    """The most likely legacy encoding of ``raw`` (for the error hint only).

    A few accented letters in a Western text fit CP1250, CP1252 and others equally
    well; charset_normalizer then ranks them in an order of its own, and a Latin-1
    file was named CP1250. Among the equally good readings the most widely used
    encoding (``COMMON_ENCODINGS``) is named instead."""
    matches = list(charset_normalizer.from_bytes(raw[:65536]))
    if not matches or matches[0].encoding in ("utf_8", "ascii"):
        return None
    best = matches[0]
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    rank = {name: i for i, name in enumerate(COMMON_ENCODINGS)}
    pick = min(tied, key=lambda name: (rank.get(name, len(rank)), tied.index(name)))
    return pick.replace("_", "-").upper()


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF so that character offsets do not depend on the platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def require_text(source: str, text: str) -> str:
    """Raise when ``text`` holds nothing but whitespace, or a NUL character.

    NUL is refused anywhere in the text (not only in the sniffed head): it
    marks a binary file, and PostgreSQL cannot store it in a text column.
    """
    if not text.strip():
        raise InputError(source, "holds only whitespace, no text", "remove it from the batch")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(
            source,
            f"contains a NUL character at character offset {nul}; it is probably binary",
            "convert it to plain text first",
        )
    return text
