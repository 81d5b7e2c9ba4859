"""The content-addressed blob store on its own."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from warledger.errors import StoreError
from warledger.store.blobs import BlobStore


def test_put_read_and_layout(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "b")
    raw = b"A statement issued on Friday by the ministry."
    sha = blobs.put(raw)
    assert sha == hashlib.sha256(raw).hexdigest()
    assert blobs.path(sha) == tmp_path / "b" / sha[:2] / sha[2:4] / sha
    assert blobs.read(sha) == raw
    assert blobs.put(raw) == sha
    assert list(blobs) == [blobs.path(sha)]
    assert blobs.verify(blobs.path(sha)) is None
    assert [p.name for p in blobs.path(sha).parent.iterdir()] == [sha]


def test_corrupt_blob_is_detected_and_rewritten(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    raw = b"The convoy reached the border crossing at dawn."
    sha = blobs.put(raw)
    blobs.path(sha).write_bytes(b"tampered")
    problem = blobs.verify(blobs.path(sha))
    assert problem is not None and "modified" in problem
    blobs.put(raw)
    assert blobs.read(sha) == raw


def test_stray_files_are_not_blobs(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    sha = blobs.put(b"x")
    (blobs.path(sha).parent / ".tmp-123.part").write_bytes(b"half")
    (tmp_path / "README").write_text("not a blob")
    assert list(blobs) == [blobs.path(sha)]


def test_bad_ids_and_missing_blobs_are_clear_errors(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    with pytest.raises(StoreError, match="not a lowercase hex sha256"):
        blobs.path("../../etc/passwd")
    with pytest.raises(StoreError, match="missing"):
        blobs.read("ab" * 32)
