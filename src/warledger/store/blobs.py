"""Content-addressed storage of raw input bytes: ``root/ab/cd/<sha256>``.

The file name *is* the sha256 of the content, so a blob can be checked without
the database, written twice without harm, and shared by every document with the
same bytes. Writes go to a temporary file in the target folder, are fsynced and
then renamed into place, so a crash leaves either no blob or a whole one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from warledger.errors import StoreError

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """sha256 of a file, read in chunks so large inputs do not fill memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class BlobStore:
    """Raw bytes on disk, named by their sha256."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        """Where the blob with this hash lives (whether or not it exists)."""
        if not _SHA256_HEX.fullmatch(sha256):
            raise StoreError(f"{sha256!r} is not a lowercase hex sha256; blob ids are sha256(raw)")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, raw: bytes) -> str:
        """Store ``raw`` and return its sha256; an existing intact blob is reused as is."""
        return self.put_many([raw])[0]

    def put_many(self, raws: Iterable[bytes]) -> list[str]:
        """Store each of ``raws`` and return their sha256s, in order.

        A batch is made durable together: every file is written and fsynced, then
        renamed into place, and each folder that received a file is fsynced once at
        the end (not once per file), which is what makes bulk ingest cheap. A crash
        before the end leaves whole blobs or none, and nothing refers to them until
        the caller's transaction commits after this returns.
        """
        hashes: list[str] = []
        folders: set[Path] = set()
        for raw in raws:
            sha256 = hashlib.sha256(raw).hexdigest()
            hashes.append(sha256)
            target = self.path(sha256)
            if target.is_file() and file_sha256(target) == sha256:
                continue
            _write_file(target, raw)
            folders.add(target.parent)
        for folder in sorted(folders):
            _fsync_dir(folder)
        return hashes

    def read(self, sha256: str) -> bytes:
        """The bytes of a blob; a clear error if it is missing."""
        target = self.path(sha256)
        try:
            return target.read_bytes()
        except FileNotFoundError as exc:
            raise StoreError(
                f"blob {target} is missing; re-ingest the original input to restore it"
            ) from exc

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def __iter__(self) -> Iterator[Path]:
        """Every blob file (temporary files from interrupted writes are skipped)."""
        if not self.root.is_dir():
            return
        for first in sorted(self.root.iterdir()):
            if not first.is_dir():
                continue
            for second in sorted(first.iterdir()):
                if not second.is_dir():
                    continue
                for path in sorted(second.iterdir()):
                    if _SHA256_HEX.fullmatch(path.name):
                        yield path

    def verify(self, path: Path) -> str | None:
        """None if the blob's content matches its name and place, else why not."""
        expected = self.path(path.name)
        if path != expected:
            return f"blob {path} is not at its content address {expected}"
        actual = file_sha256(path)
        if actual != path.name:
            return f"blob {path} content hashes to {actual}, not to its name (modified on disk)"
        return None


def _write_file(target: Path, raw: bytes) -> None:
    """Write ``raw`` to a fsynced temporary file beside ``target`` and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as tmp:
            tmp.write(raw)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise StoreError(
            f"could not write blob {target}: {exc} (check free space and permissions)"
        ) from exc


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
