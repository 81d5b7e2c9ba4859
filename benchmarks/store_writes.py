"""Store writes alone: documents one at a time vs in batches, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/store_writes.py [CORPUS_DIR] [--batch 64] [--no-postgres]

The corpus (default ``<shared>/corpus``) is read, signed and placed first, untimed, so
that only the store is measured: blobs, rows and ledger entries. The baseline, in the
same run on the same documents, is ``add_document`` once per document (a blob flush and
a transaction each, what ingest did before batching); the other phase is
``add_documents`` in batches of ``--batch`` (what ingest and archive runs do now).
Figures are printed, not asserted: this is not a timed test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from ingest import DEFAULT_POSTGRES_URL, default_corpus
from scratch_postgres import scratch_schema
from warledger.config import Settings
from warledger.errors import InputError
from warledger.ingest import read_paths
from warledger.ingest.dedup import signature, signature_bytes
from warledger.model import Document
from warledger.store import Store

Batch = list[tuple[Document, bytes, bytes | None]]


def _documents(corpus: Path) -> Batch:
    found: Batch = []
    for item in read_paths([corpus], Settings().max_input_bytes):
        if not isinstance(item, InputError):
            document, raw = item
            found.append((document, raw, signature_bytes(signature(document.text))))
    return list({doc.id: (doc, raw, sig) for doc, raw, sig in found}.values())


def _timed(database_url: str, blob_dir: Path, documents: Batch, batch: int) -> float:
    settings = Settings(database_url=database_url, blob_dir=blob_dir)
    with Store.open(settings) as store:
        started = time.perf_counter()
        if batch == 1:
            for doc, raw, sig in documents:
                store.add_document(doc, raw, sig)
        else:
            for start in range(0, len(documents), batch):
                store.add_documents(documents[start : start + batch])
        seconds = time.perf_counter() - started
        assert store.stats()["documents"] == len(documents)
        assert store.verify().ok
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL),
    )
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    documents = _documents(args.corpus)
    print(f"corpus: {args.corpus} ({len(documents)} documents), batches of {args.batch}")
    print(f"{'database':>10} {'one at a time docs/s':>21} {'batched docs/s':>15} {'speed-up':>9}")
    with tempfile.TemporaryDirectory(prefix="warledger-store-bench-") as tmp:
        one = _timed(f"sqlite:///{tmp}/one.db", Path(tmp, "one"), documents, 1)
        many = _timed(f"sqlite:///{tmp}/many.db", Path(tmp, "many"), documents, args.batch)
        _print("sqlite", len(documents), one, many)
        if not args.no_postgres:
            with scratch_schema(args.postgres_url) as url:
                one = _timed(url, Path(tmp, "pg-one"), documents, 1)
            with scratch_schema(args.postgres_url) as url:
                many = _timed(url, Path(tmp, "pg-many"), documents, args.batch)
            _print("postgresql", len(documents), one, many)
    return 0


def _print(database: str, count: int, one: float, many: float) -> None:
    print(f"{database:>10} {count / one:>21.1f} {count / many:>15.1f} {one / many:>9.2f}")


if __name__ == "__main__":
    sys.exit(main())
