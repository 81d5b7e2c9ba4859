"""The optional ``Key: value`` header block of plain-text reports."""

from __future__ import annotations

from datetime import UTC, datetime

from warledger.ingest.readers import text_document
from warledger.ingest.text_header import split_header

REPORT = (
    "Title: Ferry service suspended after mortar fire\n"
    "Outlet: Lakeside Courier\n"
    "Published: 2026-04-02\n"
    "Author: N. Brandt\n"
    "\n"
    "Mortar rounds landed near the ferry terminal on Tuesday, the port authority said.\n"
)


def test_header_becomes_metadata_and_leaves_the_body() -> None:
    document = text_document("report.txt", REPORT.encode(), datetime(2026, 4, 3, tzinfo=UTC))
    assert document.title == "Ferry service suspended after mortar fire"
    assert document.outlet == "Lakeside Courier"
    assert document.author == "N. Brandt"
    assert document.published_at == datetime(2026, 4, 2, tzinfo=UTC)
    assert document.text.startswith("Mortar rounds landed")
    assert "Title:" not in document.text


def test_a_first_sentence_with_a_colon_is_not_a_header() -> None:
    text = "Warning: shelling resumed at dawn.\n\nResidents were told to stay inside.\n"
    assert split_header(text).fields == {}
    assert split_header(text).body == text


def test_a_block_with_one_unknown_key_is_left_as_text() -> None:
    text = "Title: Night raid\nMood: grim\n\nSoldiers raided the village.\n"
    assert split_header(text).fields == {}


def test_header_without_body_is_left_as_text() -> None:
    text = "Title: Only a title\n\n"
    assert split_header(text).body == text


def test_plain_text_without_header_is_unchanged() -> None:
    text = "Two soldiers were wounded near the bridge on Friday."
    header = split_header(text)
    assert header.fields == {}
    assert header.body == text
