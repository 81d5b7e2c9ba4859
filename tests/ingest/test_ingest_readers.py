"""Each reader on good input: what text, metadata and id it produces."""

from __future__ import annotations

import codecs
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_texts import ARTICLE, BODY, HEADLINE, SHORT_NOTE, html_page

from warledger.errors import InputError
from warledger.ingest.jsonl import canonical_json
from warledger.ingest.readers import decode_text, expand_inputs, read_path, read_paths
from warledger.model import Document

CAP = 1_000_000


def only_document(path: Path) -> tuple[Document, bytes]:
    results = list(read_path(path, CAP))
    assert len(results) == 1
    assert not isinstance(results[0], InputError), results[0]
    return results[0]


def test_utf8_text_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    raw = ARTICLE.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(raw)
    document, read_raw = only_document(path)
    assert read_raw == raw
    assert document.id == hashlib.sha256(raw).hexdigest()
    assert document.text == ARTICLE  # CRLF normalised to LF
    assert document.source_name == str(path)
    assert document.retrieved_at is not None


def test_utf16_text_file_with_bom(tmp_path: Path) -> None:
    text = "Les forces de Valderno ont annoncé un cessez-le-feu à Zürich."
    path = tmp_path / "note.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    document, _ = only_document(path)
    assert document.text == text


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SHORT_NOTE.encode())
    assert only_document(path)[0].text == SHORT_NOTE


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(html_page(HEADLINE, BODY), encoding="utf-8")
    document, raw = only_document(path)
    assert raw == path.read_bytes()
    assert document.title == HEADLINE
    assert document.author == "Mira Kostel"
    assert document.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert "killing at least seven civilians" in document.text
    assert "independent monitors said" in document.text.lower()
    assert "All rights reserved" not in document.text
    assert "World" not in document.text.split("\n")[0]


def test_jsonl_fields_and_canonical_id(tmp_path: Path) -> None:
    records = [
        {
            "id": "a-1",
            "text": SHORT_NOTE,
            "url": "https://example.org/a",
            "title": "Night clashes",
            "author": "R. Vale",
            "outlet": "Example Gazette",
            "published": "2025-03-14 20:30:26Z",
            "section": "World",
        },
        {"text": ARTICLE, "published": "March 3, 2024", "id": 17},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r, indent=None) for r in records) + "\n\n")
    results = list(read_path(path, CAP))
    assert [type(r) for r in results] == [tuple, tuple]
    (first, first_raw), (second, _) = results
    assert first.text == SHORT_NOTE
    assert first.url == "https://example.org/a"
    assert first.title == "Night clashes"
    assert first.author == "R. Vale"
    assert first.outlet == "Example Gazette"
    assert first.external_id == "a-1"
    assert first.published_at == datetime(2025, 3, 14, 20, 30, 26, tzinfo=UTC)
    assert first.source_name == f"{path}:1"
    assert first_raw == canonical_json(records[0])
    assert first.id == hashlib.sha256(first_raw).hexdigest()
    assert json.loads(first_raw)["section"] == "World"  # ignored keys kept in the raw bytes
    assert second.external_id == "17"
    assert second.published_at == datetime(2024, 3, 3, tzinfo=UTC)
    assert second.source_name == f"{path}:2"


def test_jsonl_id_ignores_spacing_and_key_order(tmp_path: Path) -> None:
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text('{"text": "Fighting resumed at dawn.", "title": "Dawn"}\n')
    b.write_text('{"title":"Dawn",   "text":"Fighting resumed at dawn."}\n')
    assert only_document(a)[0].id == only_document(b)[0].id


def test_directories_are_walked_sorted_with_known_extensions_only(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report text.")
    (tmp_path / "a.txt").write_text("First report text.")
    (tmp_path / "b" / "page.htm").write_text(html_page("Third", SHORT_NOTE))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not taken")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.txt").write_text("Hidden file.")
    (tmp_path / "image.PNG").write_bytes(b"\x89PNG\r\n\x1a\n")
    expanded = expand_inputs([tmp_path])
    assert expanded == [tmp_path / "a.txt", tmp_path / "b" / "page.htm", tmp_path / "b" / "two.txt"]
    texts = [r[0].text for r in read_paths([tmp_path], CAP) if not isinstance(r, InputError)]
    assert texts[0] == "First report text."
    assert texts[2] == "Second report text."


def test_missing_path_and_unknown_extension_are_errors(tmp_path: Path) -> None:
    odd = tmp_path / "report.pdf"
    odd.write_bytes(b"%PDF-1.7")
    results = list(read_paths([tmp_path / "nope.txt", odd], CAP))
    assert all(isinstance(r, InputError) for r in results)
    assert "nope.txt: does not exist" in str(results[0])
    assert str(odd) in str(results[1])
    assert "unsupported extension '.pdf'" in str(results[1])


def test_decode_text_for_callers_outside_ingest() -> None:
    assert decode_text(b"Line one\r\nLine two", "<stdin>") == "Line one\nLine two"
    for raw, reason in [
        (b"", "is empty"),
        (b"\x00\x01", "is binary"),
        (b"caf\xe9", "is not valid UTF-8"),
        (b"  \n", "only whitespace"),
    ]:
        with pytest.raises(InputError, match=reason) as caught:
            decode_text(raw, "<stdin>")
        assert str(caught.value).startswith("<stdin>: ")


def test_a_published_value_that_is_not_a_date_is_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The document is still read (without a date), and the warning names it and the field."""
    lines = tmp_path / "wires.jsonl"
    records = [
        {"text": ARTICLE, "published": "the week the bridge fell"},
        {"text": BODY, "published": "2026-06-03"},
        {"text": SHORT_NOTE},
    ]
    lines.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(f"Published: soon after the thaw\n\n{BODY}\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="warledger.ingest.dates"):
        read = [*read_path(lines, 10**6), *read_path(note, 10**6)]
    docs = [item[0] for item in read if not isinstance(item, InputError)]
    assert [d.published_at is None for d in docs] == [True, False, True, True]
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 2
    assert warned[0].startswith(f"{lines}:1: the published value 'the week the bridge fell'")
    assert warned[1].startswith(f"{note}: the Published: value 'soon after the thaw'")
    assert all("not a date" in w for w in warned)
