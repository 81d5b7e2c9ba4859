"""The ingest runner against a real store, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ingest_texts import ARTICLE, SHORT_NOTE, SYNDICATED, UNRELATED, html_page

from warledger.config import Settings
from warledger.ingest import IngestProgress, ingest
from warledger.model import Claim, Document, Span
from warledger.store import Store


def write_batch(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "a_article.txt").write_text(ARTICLE)
    (folder / "b_unrelated.html").write_text(html_page("Flooding closes roads", UNRELATED))
    (folder / "c_notes.jsonl").write_text(
        json.dumps({"id": "n1", "text": SHORT_NOTE, "outlet": "Example Wire"}) + "\n"
    )
    return sorted(folder.iterdir())


def test_same_input_twice_is_stored_once(settings: Settings, tmp_path: Path) -> None:
    write_batch(tmp_path / "in")
    with Store.open(settings) as store:
        first = ingest(store, [tmp_path / "in"], None, settings)
        second = ingest(store, [tmp_path / "in"], None, settings)
        assert (first.stored, first.duplicates, first.failed) == (3, 0, 0)
        assert (second.stored, second.duplicates, second.failed) == (0, 3, 0)
        stats = store.stats()
        assert stats["documents"] == 3
        assert stats["blobs"] == 3
        assert stats["ledger_entries"] == 3
        assert store.verify().ok


def test_syndicated_copy_joins_the_group_across_runs(settings: Settings, tmp_path: Path) -> None:
    original = tmp_path / "original.txt"
    original.write_text(ARTICLE)
    later = tmp_path / "later"
    later.mkdir()
    (later / "copy.html").write_text(html_page(SYNDICATED.split("\n")[0], SYNDICATED))
    (later / "other.txt").write_text(UNRELATED)
    with Store.open(settings) as store:
        ingest(store, [original], None, settings)
        summary = ingest(store, [later], None, settings)  # index rebuilt from the store
        assert (summary.stored, summary.near_duplicates) == (2, 1)
        docs = {Path(d.source_name or "").name: d for d in store.iter_documents()}
        assert docs["original.txt"].syndication_group == docs["original.txt"].id
        assert docs["copy.html"].syndication_group == docs["original.txt"].id
        assert docs["other.txt"].syndication_group == docs["other.txt"].id
        assert {d.language for d in docs.values()} == {"en"}
        assert store.stats()["near_duplicates"] == 1
        assert store.verify().ok


def test_bad_inputs_fail_alone_and_change_nothing_stored(
    settings: Settings, tmp_path: Path
) -> None:
    keep = tmp_path / "kept.txt"
    keep.write_text(ARTICLE)
    bad = tmp_path / "batch"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00")
    (bad / "invalid.txt").write_bytes(b"bad \xc3\x28 sequence")
    (bad / "latin1.txt").write_bytes("Les soldats sont arrivés hier.".encode("latin-1"))
    (bad / "empty.txt").write_bytes(b"")
    (bad / "huge.txt").write_text("word " * 5000)
    (bad / "broken.html").write_text("<html><body><div><script>x()</script>")
    (bad / "good.txt").write_text(UNRELATED)
    lines = [{"text": "First line report."}, None, {"text": "Third line report."}]
    (bad / "lines.jsonl").write_text(
        "\n".join("{not json" if r is None else json.dumps(r) for r in lines) + "\n"
    )
    small = settings.with_(max_input_bytes=5000)
    with Store.open(settings) as store:
        ingest(store, [keep], None, settings)
        before = store.get_document(_id_of(store, "kept.txt"))
        before_blob = store.read_blob(before.id)
        summary = ingest(store, [bad], None, small)
        assert summary.failed == 7
        assert summary.stored == 3  # good.txt and two jsonl lines
        named = sorted(Path(m.split(": ")[0]).name for m in summary.errors)
        assert named == [
            "binary.txt",
            "broken.html",
            "empty.txt",
            "huge.txt",
            "invalid.txt",
            "latin1.txt",
            "lines.jsonl:2",
        ]
        assert store.get_document(before.id) == before
        assert store.read_blob(before.id) == before_blob
        assert store.stats()["documents"] == 4
        report = store.verify()
        assert report.ok, report.problems


def _id_of(store: Store, name: str) -> str:
    return next(d.id for d in store.iter_documents() if (d.source_name or "").endswith(name))


SAID = re.compile(r"[^.]*\bsaid\b[^.]*\.")


def said_claims(documents: list[Document]) -> list[list[Claim]]:
    """A small real extractor for the test: one claim per sentence containing "said"."""
    results = []
    for document in documents:
        claims = []
        for match in SAID.finditer(document.text):
            span = Span(
                start=match.start(), end=match.end(), text=match.group(), document_id=document.id
            )
            claims.append(
                Claim(
                    id=Claim.make_id(document.id, span, "said"),
                    document_id=document.id,
                    content=span,
                    claimant_is_outlet=True,
                    producer={"test_said": "1"},
                )
            )
        results.append(claims)
    return results


def test_extract_runs_on_new_documents_and_resumes(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_batch(folder)
    with Store.open(settings) as store:
        stored_only = ingest(store, [folder], None, settings)  # as if a crash hit before extraction
        assert stored_only.claims == 0
        expected = sum(len(said_claims([d])[0]) for d in store.iter_documents())
        assert expected >= 5
        resumed = ingest(store, [folder], None, settings, extract=said_claims)
        assert (resumed.duplicates, resumed.claims) == (3, expected)
        again = ingest(store, [folder], None, settings, extract=said_claims)
        assert again.claims == 0
        assert store.stats()["claims"] == expected
        extraction = [e for e in store.ledger() if e.kind == "extraction"]
        assert len(extraction) == 3
        assert extraction[0].details["producer"] == {"test_said": "1"}
        assert store.verify().ok


def test_progress_reports_every_input(sqlite_settings: Settings, tmp_path: Path) -> None:
    inputs = write_batch(tmp_path / "in")
    seen: list[IngestProgress] = []
    with Store.open(sqlite_settings) as store:
        ingest(store, [tmp_path / "in"], None, sqlite_settings, progress=seen.append)
    assert {p.inputs_total for p in seen} == {3}
    assert seen[-1].inputs_done == 3
    assert seen[-1].documents_read == 3
    assert [p.inputs_done for p in seen] == sorted(p.inputs_done for p in seen)
    assert {p.current for p in seen} == {str(p) for p in inputs}


def test_a_document_with_no_claims_is_extracted_once(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "quiet.txt").write_text("The harvest festival opened in the square on Saturday.\n")
    calls: list[int] = []

    def counting(documents: list[Document]) -> list[list[Claim]]:
        calls.append(len(documents))
        return said_claims(documents)

    with Store.open(settings) as store:
        first = ingest(store, [folder], None, settings, extract=counting)
        assert (first.stored, first.claims, calls) == (1, 0, [1])
        again = ingest(store, [folder], None, settings, extract=counting)
        assert (again.duplicates, again.claims, calls) == (1, 0, [1])
        entries = [e for e in store.ledger() if e.kind == "extraction"]
        assert [e.details["claims"] for e in entries] == [{}]
        assert store.verify().ok
