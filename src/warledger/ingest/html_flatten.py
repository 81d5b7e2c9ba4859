"""Flatten wrapper elements nested deeper than an HTML parser keeps.

libxml2 (under lxml, under trafilatura) drops everything nested deeper than
255 elements, so an article wrapped in 500 ``<div>``s arrives as an empty page
and was refused as "no main text". ``flatten_wrappers`` re-emits the page
unchanged except that the start and end tags of wrapper elements (``WRAPPERS``)
beyond ``MAX_WRAPPER_DEPTH`` open ones are left out: the text and every other
tag stay where they were, only the pointless depth goes. The stdlib tokenizer
used here keeps no tree, so it has no depth limit of its own. It reads the bytes
as Latin-1, which maps each byte to one character and back, so the page's own
encoding (any ASCII-compatible one) reaches trafilatura untouched.
"""

from __future__ import annotations

from html.parser import HTMLParser

WRAPPERS = frozenset({"div", "span", "section"})
"""Elements that only group others: dropping a deep one loses no text or meaning."""
MAX_WRAPPER_DEPTH = 100
"""Open wrappers kept; far below the parser's 255 with room for the page's other tags."""


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.kept: list[bool] = []  # one per open wrapper: whether its tags were kept
        self.depth = 0  # open wrappers whose tags were kept
        self.dropped = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in WRAPPERS:
            keep = self.depth < MAX_WRAPPER_DEPTH
            self.kept.append(keep)
            self.depth += keep
            if not keep:
                self.dropped += 1
                return
        self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in WRAPPERS and self.kept:
            if not self.kept.pop():
                return
            self.depth -= 1
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def flatten_wrappers(raw: bytes) -> bytes | None:
    """``raw`` with wrapper tags beyond ``MAX_WRAPPER_DEPTH`` open ones left out, or
    None when no wrapper is nested that deep (the page is fine as it is)."""
    if sum(raw.count(f"<{tag}".encode()) for tag in WRAPPERS) <= MAX_WRAPPER_DEPTH:
        return None  # too few wrapper tags to nest that deep: skip the tokenizer
    flattener = _Flattener()
    flattener.feed(raw.decode("latin-1"))
    flattener.close()
    if not flattener.dropped:
        return None
    return "".join(flattener.out).encode("latin-1")
