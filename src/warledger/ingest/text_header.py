"""An optional header block at the top of a ``.txt`` report ("Title: ...", "Outlet: ...").

Reports saved from wires, monitoring services or by hand often begin with a
few ``Key: value`` lines and a blank line. Read as metadata, they give a plain
text file its outlet and publication date, which corroboration and relative
dates depend on. They are removed from the clean text the extractor sees, so
"Title:" is never taken for a speaker; the raw bytes, header included, stay
in the blob store. Only known keys count and every line of the block must be
one, so a first sentence such as "Warning: shelling resumed" is never eaten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Header key (lower case) -> Document field it fills.
HEADER_KEYS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("headline", "title"),
    ("outlet", "outlet"),
    ("source", "outlet"),
    ("published", "published"),
    ("date", "published"),
    ("author", "author"),
    ("byline", "author"),
    ("url", "url"),
)
MAX_HEADER_LINES = 12
_LINE = re.compile(r"([A-Za-z]+):[ \t]*(\S.*)")


@dataclass(frozen=True)
class TextHeader:
    """The fields found in the header block and the text that follows it."""

    fields: dict[str, str]
    body: str


def split_header(text: str) -> TextHeader:
    """Split a leading ``Key: value`` block off ``text``; no block -> empty fields."""
    keys = dict(HEADER_KEYS)
    head, blank, rest = text.partition("\n\n")
    lines = head.split("\n")
    if not blank or len(lines) > MAX_HEADER_LINES:
        return TextHeader({}, text)
    fields: dict[str, str] = {}
    for line in lines:
        match = _LINE.fullmatch(line.strip())
        if match is None or match.group(1).lower() not in keys:
            return TextHeader({}, text)
        fields.setdefault(keys[match.group(1).lower()], match.group(2).strip())
    body = rest.lstrip("\n")
    return TextHeader(fields, body) if body.strip() else TextHeader({}, text)
