"""A page nested deeper than the HTML parser keeps still gives its article text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from warledger.ingest.html import html_document
from warledger.ingest.html_flatten import MAX_WRAPPER_DEPTH, flatten_wrappers

ARTICLE = (
    "<p>The ferry from Valderno reached the northern quay two hours late on Monday, "
    "its captain told the harbour office.</p>"
    "<p>Crews unloaded flour, tents and a water pump for the camp beside the old mill, "
    "and the harbour master said a second crossing was planned for Thursday.</p>"
)


def page(depth: int, encoding: str = "utf-8", extra: str = "") -> bytes:
    nest = '<div class="frame">' * depth + ARTICLE + extra + "</div>" * depth
    html = (
        f'<html><head><meta charset="{encoding}"><title>Ferry reaches the quay</title></head>'
        f"<body><nav>Home | Ports | Weather</nav>{nest}<script>var n = 1;</script></body></html>"
    )
    return html.encode(encoding)


@pytest.mark.parametrize("depth", [10, 500, 5000])
def test_the_article_survives_any_wrapper_depth(depth: int) -> None:
    document = html_document("ferry.html", page(depth), datetime.now(UTC))
    assert "second crossing was planned for Thursday" in document.text
    assert "Home | Ports" not in document.text
    assert document.title == "Ferry reaches the quay"


def test_flattening_keeps_everything_but_the_deep_wrapper_tags() -> None:
    raw = page(MAX_WRAPPER_DEPTH + 50, "latin-1", "<p>Zoë &amp; Anaïs waved &#8212; once.</p>")
    flat = flatten_wrappers(raw)
    assert flat is not None
    assert flat.count(b"<div") == MAX_WRAPPER_DEPTH == flat.count(b"</div>")
    frames = b'<div class="frame">'
    assert flat.replace(frames, b"").replace(b"</div>", b"") == raw.replace(frames, b"").replace(
        b"</div>", b""
    )
    assert flatten_wrappers(page(MAX_WRAPPER_DEPTH)) is None
