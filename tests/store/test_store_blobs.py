"""The content-addressed blob store on its own."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
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


def test_a_batch_stores_each_blob_once_over_a_crashed_writes_leftover(tmp_path: Path) -> None:
    """A temporary file a killed writer left under the name this writer uses is
    overwritten (never renamed half-written into place), and a raw repeated in one batch
    is written once; only whole blobs remain, private to the owner."""
    blobs = BlobStore(tmp_path)
    first, second = b"Shelling was reported near the bridge.", b"The bridge reopened."
    sha = hashlib.sha256(first).hexdigest()
    folder = blobs.path(sha).parent
    folder.mkdir(parents=True)
    leftover = folder / f".tmp-{sha[:16]}-{os.getpid()}-{threading.get_ident()}.part"
    leftover.write_bytes(b"half of an old wr")
    hashes = blobs.put_many([first, second, first])
    assert hashes == [sha, hashlib.sha256(second).hexdigest(), sha]
    assert [blobs.read(h) for h in hashes] == [first, second, first]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(set(hashes))
    assert stat.S_IMODE(blobs.path(hashes[1]).stat().st_mode) == 0o600
