"""Every kind of bad input becomes an InputError that names it; readers never raise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_texts import ARTICLE, SHORT_NOTE

from warledger.errors import InputError
from warledger.ingest.readers import read_path


def errors_for(path: Path, cap: int = 1_000_000) -> list[InputError]:
    results = list(read_path(path, cap))
    assert results, "a reader must yield something for every input"
    return [r for r in results if isinstance(r, InputError)]


def single_error(path: Path, cap: int = 1_000_000) -> str:
    errors = errors_for(path, cap)
    assert len(errors) == 1
    message = str(errors[0])
    assert message.startswith(str(path))
    return message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image"),
        ("dump.txt", b"header text\x00\x01\x02\x03binary", "NUL byte at byte offset 11"),
        ("scan.html", b"%PDF-1.7\n%binary", "looks like a PDF file"),
        ("corpus.jsonl", b"\x1f\x8b\x08\x00compressed", "looks like a gzip archive"),
    ],
)
def test_binary_files(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = single_error(path)
    assert "is binary" in message
    assert expected in message


def test_nul_character_after_the_sniffed_head(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"a" * 9000 + b"\x00tail")
    assert "NUL character at character offset 9000" in single_error(path)


def test_invalid_utf8_names_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Shelling near the bridge \xff\xfe\xfd continued.")
    message = single_error(path)
    assert "is not valid UTF-8" in message
    assert "at byte offset 25" in message
    assert "re-encode it to UTF-8" in message


def test_latin1_file_is_refused_with_a_reencoding_hint(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "Les soldats sont arrivés à Valderno après l'attaque de la caserne."
    path.write_bytes(text.encode("latin-1"))
    message = single_error(path)
    offset = text.encode("latin-1").index("é".encode("latin-1"))
    assert f"at byte offset {offset}" in message
    assert "iconv" in message and "-t UTF-8" in message


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "is empty (0 bytes)" in single_error(path)


@pytest.mark.parametrize(
    ("name", "content"), [("blank.txt", " \n\t\r\n "), ("blank.jsonl", "\n\n")]
)
def test_whitespace_only(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert "only whitespace" in single_error(path)


def test_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE)
    size = path.stat().st_size
    message = single_error(path, cap=100)
    assert f"is {size:,} bytes, over the limit of 100 bytes" in message
    assert "WARLEDGER_MAX_INPUT_BYTES" in message


def test_jsonl_line_over_the_cap_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    long_line = json.dumps({"text": ARTICLE})
    short = json.dumps({"text": SHORT_NOTE})
    path.write_text(f"{short}\n{long_line}\n{short.replace('Clashes', 'Riots')}\n")
    results = list(read_path(path, 200))
    assert isinstance(results[1], InputError)
    assert str(results[1]).startswith(f"{path}:2: line is over the limit of 200 bytes")
    assert [r[0].text for r in (results[0], results[2])] == [
        SHORT_NOTE,
        SHORT_NOTE.replace("Clashes", "Riots"),
    ]


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>x</title></head><body></body></html>",
        "<<<<>>>> <<<",
        "<html><body><div><script>var a = 1;</script>",
    ],
)
def test_malformed_or_empty_html(tmp_path: Path, markup: str) -> None:
    path = tmp_path / "bad.html"
    path.write_text(markup)
    assert "no main text could be extracted" in single_error(path)


def test_malformed_json_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    good = [json.dumps({"text": f"Report number {i} about shelling."}) for i in range(4)]
    lines = [
        good[0],
        good[1],
        '{"text": "unterminated',
        good[2],
        "[1, 2]",
        '{"title": "x"}',
        good[3],
    ]
    path.write_text("\n".join(lines) + "\n")
    results = list(read_path(path, 1_000_000))
    errors = [str(r) for r in results if isinstance(r, InputError)]
    texts = [r[0].text for r in results if not isinstance(r, InputError)]
    assert texts == [f"Report number {i} about shelling." for i in range(4)]
    assert len(errors) == 3
    assert errors[0].startswith(
        f"{path}:3: malformed JSON: Unterminated string starting at column 10"
    )
    assert errors[1].startswith(f"{path}:5: is a JSON list, not an object")
    assert errors[2].startswith(f"{path}:6: has no string field 'text'")


def test_jsonl_line_with_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b'{"text": "ok one"}\n{"text": "caf\xe9"}\n{"text": "ok two"}\n')
    results = list(read_path(path, 1_000_000))
    assert isinstance(results[1], InputError)
    assert str(results[1]).startswith(f"{path}:2: is not valid UTF-8")
    assert "at byte offset 13" in str(results[1])
    assert [r[0].text for r in (results[0], results[2])] == ["ok one", "ok two"]


def test_jsonl_field_of_the_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"text": SHORT_NOTE, "title": ["a", "b"]}) + "\n")
    assert "field 'title' is a list, not a string" in single_error(path)


def test_jsonl_unpaired_surrogate_and_nul_in_fields(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"text": "half \\ud800 a pair"}\n'
        '{"text": "fine", "title": "bad\\u0000title"}\n'
        '{"text": "nul \\u0000 in text"}\n'
        '{"text": "kept", "id": 5}\n'
    )
    results = list(read_path(path, 1_000_000))
    messages = [str(r) for r in results[:3]]
    assert messages[0].startswith(f"{path}:1: holds an unpaired surrogate escape ('\\ud800')")
    assert messages[1].startswith(f"{path}:2: field 'title' contains a NUL character")
    assert messages[2].startswith(f"{path}:3: contains a NUL character at character offset 4")
    document, _ = results[3]
    assert (document.text, document.external_id) == ("kept", "5")


def test_hostile_markup_that_breaks_date_extraction_still_yields_text(tmp_path: Path) -> None:
    """htmldate fails an lxml assertion on this tree; the text is kept without metadata."""
    path = tmp_path / "odd.html"
    words = "Shelling continued overnight near the river crossing, residents said. " * 6
    path.write_text(
        f"</p><html></p><svg><foreignObject><meta charset='x-unknown'><table><tr><td><p>{words}</p>"
    )
    results = list(read_path(path, 1_000_000))
    assert len(results) == 1
    assert not isinstance(results[0], InputError), results[0]
    assert "residents said" in results[0][0].text


def test_utf16_jsonl_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(('{"text": "one"}\n{"text": "two"}\n').encode("utf-16"))
    message = single_error(path)
    assert "is utf-16 (it starts with a byte-order mark); JSON lines must be UTF-8" in message
    assert "iconv -f UTF-16 -t UTF-8" in message


@pytest.mark.parametrize(
    ("text", "encoding", "named"),
    [
        ("Arrivés à Valderno.", "latin-1", "CP1252"),
        ("Les soldats sont arrivés à Valderno après l'attaque de la caserne.", "latin-1", "CP1252"),
        ("Zażółć gęślą jaźń w mieście, powiedział burmistrz.", "cp1250", "CP1250"),
    ],
)
def test_a_legacy_encoding_is_named_as_the_most_common_that_fits(
    tmp_path: Path, text: str, encoding: str, named: str
) -> None:
    """Latin-1 was named CP1250 when a few accents fit both; CP1250 text stays CP1250."""
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    message = single_error(path)
    assert f"it looks like {named}" in message and f"-f {named}" in message
