"""The public API in ``warledger``: cheap to import, typed names that resolve, and the whole
path (extract a text; open, ingest, resolve, read) on invented reports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import warledger
from warledger.model import Claim, Incident, content_hash

REPORTS = {
    "first.txt": "Title: Shelling in Kerem\nPublished: 2026-02-03\n\n"
    "The defence ministry said on Tuesday that rebel artillery shelled the town of "
    "Aleppo, killing four civilians.",
    "second.txt": "Title: Aleppo shelled\nPublished: 2026-02-03\n\n"
    "Rebel artillery shelled Aleppo on Tuesday, killing four civilians, a monitoring group "
    "said. The rebels denied firing on the town.",
}


def test_importing_warledger_loads_neither_spacy_nor_sqlalchemy() -> None:
    probe = (
        "import sys, warledger; "
        "print(sorted(m for m in ('spacy', 'sqlalchemy', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_public_name_resolves() -> None:
    for name in warledger.__all__:
        assert getattr(warledger, name) is not None, name
    assert warledger.Claim is Claim
    with pytest.raises(AttributeError, match="no attribute 'extract_texts'"):
        _ = warledger.extract_texts  # type: ignore[attr-defined]


def test_extract_text_gives_claims_with_spans_into_the_text() -> None:
    text = REPORTS["first.txt"].split("\n\n", 1)[1]
    claims = warledger.extract_text(text, published=date(2026, 2, 3))
    assert claims
    for claim in claims:
        assert claim.document_id == content_hash(text.encode("utf-8"))
        assert text[claim.content.start : claim.content.end] == claim.content.text
    named = warledger.extract_text(text, published=date(2026, 2, 3), document_id="doc-1")
    spans = [(c.content.start, c.content.end) for c in claims]
    assert [(c.content.start, c.content.end) for c in named] == spans
    assert {c.document_id for c in named} == {"doc-1"}


def test_open_ingest_resolve_read(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with warledger.open_store(str(tmp_path / "ledger.db")) as store:
        summary = warledger.ingest_paths(store, [folder])
        assert (summary.stored, summary.failed) == (2, 1)
        assert "empty.txt" in summary.errors[0]
        again = warledger.ingest_paths(store, [folder / "first.txt"], extract=False)
        assert (again.stored, again.duplicates) == (0, 1)

        claims = warledger.read_claims(store)
        assert len(claims) == summary.claims
        assert warledger.read_claims(store, limit=1) == claims[:1]

        result = warledger.resolve_incidents(store)
        incidents = warledger.read_incidents(store)
        assert incidents and {i.id for i in incidents} == {i.id for i in result.incidents}
        largest_first = [(-i.n_sources, -i.n_claims, i.id) for i in incidents]
        assert largest_first == sorted(largest_first)
        assert all(isinstance(incident, Incident) for incident in incidents)
        assert warledger.read_incidents(store, start=date(2030, 1, 1)) == []
        assert result.ledger_entry is not None
        as_of = warledger.read_incidents(store, as_of=result.ledger_entry.recorded_at)
        assert [sorted(i.claim_ids) for i in as_of] == [sorted(i.claim_ids) for i in incidents]
