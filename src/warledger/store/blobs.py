"""Content-addressed storage of raw input bytes: ``root/ab/cd/<sha256>``.

The file name *is* the sha256 of the content, so a blob can be checked without
the database, written twice without harm, and shared by every document with the
same bytes. Writes go to a temporary file in the target folder, are flushed to disk
and then renamed into place, so a crash leaves either no blob or a whole one.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from types import TracebackType

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

        A batch is made durable together (what makes bulk ingest cheap): every file is
        written to a temporary name, the data of all of them is flushed to disk at once,
        then they are renamed into place and the renames flushed at once. Where the
        kernel offers ``syncfs`` (Linux) each flush is one call for the whole batch;
        elsewhere each file and then each folder is fsynced. A crash leaves whole blobs
        or temporary files (ignored, and overwritten on retry), never a partial blob
        under its name, and nothing refers to the batch until the caller's transaction
        commits after this returns.
        """
        hashes: list[str] = []
        pending: dict[str, tuple[str, str]] = {}  # by hash: (temporary name, target)
        root = str(self.root)
        try:
            for raw in raws:
                sha256 = hashlib.sha256(raw).hexdigest()
                hashes.append(sha256)
                folder = os.path.join(root, sha256[:2], sha256[2:4])
                target = os.path.join(folder, sha256)
                if sha256 in pending or _is_intact(target, sha256):
                    continue
                pending[sha256] = (_write_temporary(folder, sha256, raw), target)
            if not pending:
                return hashes
            if not _syncfs(self.root):
                for tmp_name, _ in pending.values():
                    _fsync_path(Path(tmp_name))
            for tmp_name, target in pending.values():
                os.replace(tmp_name, target)
            pending_folders = sorted({os.path.dirname(target) for _, target in pending.values()})
            pending = {}
            if not _syncfs(self.root):
                for pending_folder in pending_folders:
                    _fsync_path(Path(pending_folder))
        except OSError as exc:
            raise StoreError(
                f"could not write blobs under {self.root}: {exc} (check free space and permissions)"
            ) from exc
        finally:
            for tmp_name, _ in pending.values():
                Path(tmp_name).unlink(missing_ok=True)
        return hashes

    def writing(self, raws: Sequence[bytes]) -> BackgroundPut:
        """``put_many(raws)`` started in a thread of its own: see ``BackgroundPut``."""
        return BackgroundPut(self, raws)

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


class BackgroundPut:
    """A batch's ``put_many`` running in its own thread while the caller does other work.

    A batch write spends its time waiting twice: for the disk (creating and flushing the
    blobs) and for the database (its rows, their full-text index, the commit). Neither
    holds the interpreter, so they can overlap: the caller starts the blobs, runs its
    transaction, and calls ``wait`` just before committing, so the rows that name the
    blobs still commit only after the blobs are durable (a crash before that leaves
    blobs without rows, which are harmless and reused). Use as a context manager: on
    leaving, the thread is always joined, and its error raised unless another is.
    """

    def __init__(self, blobs: BlobStore, raws: Sequence[bytes]) -> None:
        self._hashes: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(blobs, raws), name="warledger-blobs", daemon=True
        )
        self._thread.start()

    def _run(self, blobs: BlobStore, raws: Sequence[bytes]) -> None:
        try:
            self._hashes = blobs.put_many(raws)
        except BaseException as exc:  # handed to the caller's thread by wait()
            self._error = exc

    def wait(self) -> list[str]:
        """Block until the blobs are written and flushed; their hashes, in order."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._hashes

    def __enter__(self) -> BackgroundPut:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._thread.join()
        if exc_type is None:
            self.wait()


def _is_intact(target: str, sha256: str) -> bool:
    """True if the blob is already stored whole under its name."""
    return os.path.isfile(target) and file_sha256(Path(target)) == sha256


def _write_temporary(folder: str, sha256: str, raw: bytes) -> str:
    """Write ``raw`` to a temporary file in ``folder`` (made if missing; not yet flushed);
    its name. The name is this process's and thread's own for this blob, so writers never
    share one, and a file left by a crash under it is overwritten."""
    tmp_name = os.path.join(
        folder, f".tmp-{sha256[:16]}-{os.getpid()}-{threading.get_ident()}.part"
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(tmp_name, flags, 0o600)
    except FileNotFoundError:  # the first blob in this folder: make it, once
        os.makedirs(folder, exist_ok=True)
        handle = os.open(tmp_name, flags, 0o600)
    with os.fdopen(handle, "wb") as tmp:
        tmp.write(raw)
    return tmp_name


@lru_cache(maxsize=1)
def _libc_syncfs() -> Callable[[int], int] | None:
    """The C library's ``syncfs`` (Linux), or None where there is none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    return getattr(libc, "syncfs", None)


def _syncfs(folder: Path) -> bool:
    """Flush every written byte and rename of the file system holding ``folder`` in one
    call; False (nothing done) where the platform has no ``syncfs``."""
    syncfs = _libc_syncfs()
    if syncfs is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, os.strerror(errno), str(folder))
    finally:
        os.close(fd)
    return True


def _fsync_path(path: Path) -> None:
    """fsync a file, or a folder to make renames in it durable (a no-op where folders
    cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except IsADirectoryError:
        return
    except OSError:
        if path.is_dir():
            return
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
