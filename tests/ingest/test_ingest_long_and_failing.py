"""A text too long for the extractor, one the extractor fails on, and one with too many
claims: none of them stops the batch (issue 12, items 1 and 2)."""

from __future__ import annotations

import json
from pathlib import Path

from test_ingest_runner import said_claims as said_claims_of_runner_tests

from warledger.config import Settings
from warledger.extract.claims import proposition_key
from warledger.ingest import ingest
from warledger.ingest.pieces import MAX_PIECE_CHARS, piece_bounds, place_claims, split_document
from warledger.model import Claim, Document, Span
from warledger.store import Store
from warledger.store.caps import MAX_CLAIMS_PER_DOCUMENT

SPACY_MAX_LENGTH = 1_000_000
PARAGRAPH = (
    "The river ferry resumed its crossings at dawn after the storm. "
    "A spokesman said two boats were damaged in the harbour.\n\n"
)

FILLER = "Rain fell over the valley for most of the afternoon.\n\n"


def said_claims(documents: list[Document]) -> list[list[Claim]]:
    """One claim per sentence with "said", with ids made as the extractor makes them."""
    return [
        [
            c.model_copy(
                update={"id": Claim.make_id(c.document_id, c.content, proposition_key(None))}
            )
            for c in claims
        ]
        for claims in said_claims_of_runner_tests(documents)
    ]


def bounded(documents: list[Document]) -> list[list[Claim]]:
    """``said_claims`` that refuses a long text as spaCy does (its error E088)."""
    for document in documents:
        if len(document.text) > SPACY_MAX_LENGTH:
            raise ValueError(f"[E088] Text of length {len(document.text)} exceeds maximum")
    return said_claims(documents)


def test_pieces_cover_the_text_and_end_at_paragraphs() -> None:
    text = PARAGRAPH * 40
    bounds = piece_bounds(text, 1000)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= 1000 for a, b in bounds)
    assert all(text[b - 2 : b] == "\n\n" for _a, b in bounds[:-1])
    no_breaks = "word " * 1000
    assert all(no_breaks[b - 1] == " " for _a, b in piece_bounds(no_breaks, 333)[:-1])
    assert [b - a for a, b in piece_bounds("x" * 25, 10)] == [10, 10, 5]


def test_claims_of_pieces_have_whole_text_offsets_and_ids() -> None:
    text = PARAGRAPH * 3000  # about 370,000 characters: several pieces
    document = Document(id="d" * 64, text=text)
    pieces = split_document(document)
    assert len(pieces) > 1
    assert all(len(piece.text) <= MAX_PIECE_CHARS for _offset, piece in pieces)
    placed = place_claims([(offset, said_claims([piece])[0]) for offset, piece in pieces])
    whole = said_claims([document])[0]
    assert [c.model_dump() for c in placed] == [c.model_dump() for c in whole]
    assert all(text[c.content.start : c.content.end] == c.content.text for c in placed)


def test_a_text_over_spacy_max_length_is_extracted_and_the_batch_goes_on(
    sqlite_settings: Settings, tmp_path: Path
) -> None:
    block = FILLER * 9 + PARAGRAPH  # one claim per block: below the per-document cap
    huge = block * (SPACY_MAX_LENGTH // len(block) + 10)
    lines = [
        {"id": f"r{i}", "text": f"Report {i}: the mayor said the bridge reopened."}
        for i in range(5)
    ]
    lines.insert(2, {"id": "huge", "text": huge})
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines))
    settings = sqlite_settings.with_(max_input_bytes=5_000_000)
    with Store.open(settings) as store:
        summary = ingest(store, [feed], None, settings, extract=bounded)
        assert (summary.stored, summary.failed, summary.extraction_failed) == (6, 0, 0)
        expected = huge.count("said") + 5
        assert summary.claims == expected == store.stats()["claims"]
        big = next(d for d in store.iter_documents() if d.external_id == "huge")
        claims = store.claims_for(big.id)
        assert max(c.content.end for c in claims) > SPACY_MAX_LENGTH - len(PARAGRAPH)
        assert all(big.text[c.content.start : c.content.end] == c.content.text for c in claims)
        assert store.verify().ok


def test_a_document_the_extractor_fails_on_is_recorded_and_retried(
    settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"Item {name}: the governor said roads were shut.\n")
    broken = {"b.txt"}

    def fragile(documents: list[Document]) -> list[list[Claim]]:
        if any(Path(d.source_name or "").name in broken for d in documents):
            raise RuntimeError("the tagger crashed")
        return said_claims(documents)

    with Store.open(settings) as store:
        first = ingest(store, [folder], None, settings, extract=fragile)
        assert (first.stored, first.claims, first.extraction_failed) == (3, 2, 1)
        assert len(first.errors) == 1
        assert "b.txt" in first.errors[0] and "the tagger crashed" in first.errors[0]
        failed = [e for e in store.ledger() if e.kind == "extraction_failed"]
        assert len(failed) == 1
        assert "RuntimeError: the tagger crashed" in failed[0].details["reason"]
        assert store.verify().ok
        broken.clear()
        calls: list[int] = []

        def counted(documents: list[Document]) -> list[list[Claim]]:
            calls.append(len(documents))
            return fragile(documents)

        second = ingest(store, [folder], None, settings, extract=counted)
        assert (second.duplicates, second.claims, second.extraction_failed, calls) == (3, 1, 0, [1])
        assert store.stats()["claims"] == 3
        assert store.verify().ok


def many_claims(documents: list[Document]) -> list[list[Claim]]:
    """One claim per line (as a degenerate ``Word: text`` list gives)."""
    results = []
    for document in documents:
        claims, start = [], 0
        for line in document.text.splitlines(keepends=True):
            span = Span(
                start=start, end=start + len(line) - 1, text=line[:-1], document_id=document.id
            )
            claims.append(
                Claim(
                    id=Claim.make_id(document.id, span, "line"),
                    document_id=document.id,
                    content=span,
                    claimant_is_outlet=True,
                )
            )
            start += len(line)
        results.append(claims)
    return results


def test_claims_per_document_are_capped_with_a_notice(
    sqlite_settings: Settings, tmp_path: Path
) -> None:
    lines = MAX_CLAIMS_PER_DOCUMENT + 500
    listing = tmp_path / "listing.txt"
    listing.write_text("".join(f"Entry{i}: value {i}\n" for i in range(lines)))
    with Store.open(sqlite_settings) as store:
        summary = ingest(store, [listing], None, sqlite_settings, extract=many_claims)
        assert summary.claims == MAX_CLAIMS_PER_DOCUMENT == store.stats()["claims"]
        assert len(summary.notices) == 1 and "listing.txt" in summary.notices[0]
        entry = next(e for e in store.ledger() if e.kind == "extraction")
        assert entry.details["dropped_over_cap"] == 500
        assert len(entry.details["claims"]) == MAX_CLAIMS_PER_DOCUMENT
        assert store.verify().ok
