"""Store writes alone: documents one at a time vs in batches, INSERT vs COPY, and claims.

    .venv/bin/python benchmarks/store_writes.py [CORPUS_DIR] [--batch 64] [--no-postgres]

The corpus (default ``<shared>/corpus``) is read, signed and placed first, untimed, so
that only the store is measured: blobs, rows and ledger entries. The baseline, in the
same run on the same documents, is ``add_document`` once per document (a blob flush and
a transaction each, what ingest did before batching); then ``add_documents`` in batches
of ``--batch`` (what ingest and archive runs do). On PostgreSQL the batches run twice,
with multi-row INSERT (``Settings(bulk_copy=False)``) and with COPY (the default,
``store.bulk_copy``), each into a fresh schema. Last, ``add_extractions`` stores
``--claims-per-document`` invented event claims per document, a batch of documents a
transaction (claims rows, their derived rows by trigger, one entry per document), again
INSERT vs COPY on PostgreSQL. The PostgreSQL batch phases run ``--repeat`` times,
alternated, and the best time of each is kept (on a shared machine the worst runs say
more about the neighbours). Figures are printed, not asserted: this is not a timed test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ingest import DEFAULT_POSTGRES_URL, default_corpus
from scratch_postgres import scratch_schema
from warledger.config import Settings
from warledger.errors import InputError
from warledger.ingest import read_paths
from warledger.model import Claim, Document, Event, PloverType, Span
from warledger.store import Store
from warledger.store.signatures import signature, signature_bytes

Batch = list[tuple[Document, bytes, bytes | None]]


def _documents(corpus: Path) -> Batch:
    found: Batch = []
    for item in read_paths([corpus], Settings().max_input_bytes):
        if not isinstance(item, InputError):
            document, raw = item
            found.append((document, raw, signature_bytes(signature(document.text))))
    return list({doc.id: (doc, raw, sig) for doc, raw, sig in found}.values())


def _claims(documents: Batch, per_document: int) -> list[tuple[str, list[Claim], dict[str, str]]]:
    """Invented event claims over each document's text: a sentence-sized span apiece."""
    made = []
    for doc, _, _ in documents:
        claims = []
        step = max(1, len(doc.text) // per_document)
        for n in range(per_document):
            start = min(n * step, max(0, len(doc.text) - 1))
            end = min(len(doc.text), start + 120)
            span = Span(start=start, end=end, text=doc.text[start:end], document_id=doc.id)
            event = Event(type=PloverType.ASSAULT, trigger=span)
            claims.append(
                Claim(
                    id=Claim.make_id(doc.id, span, f"event{n}"),
                    document_id=doc.id,
                    content=span,
                    proposition=event,
                )
            )
        made.append((doc.id, claims, {"benchmark": "1"}))
    return made


def _timed(settings: Settings, documents: Batch, batch: int, per_document: int) -> Timing:
    """Seconds to store the documents (one at a time when ``batch`` is 1), then seconds to
    store their claims in batches (not for ``batch`` 1)."""
    with Store.open(settings) as store:
        started = time.perf_counter()
        if batch == 1:
            for doc, raw, sig in documents:
                store.add_document(doc, raw, sig)
        else:
            for start in range(0, len(documents), batch):
                store.add_documents(documents[start : start + batch])
        seconds = time.perf_counter() - started
        claim_seconds = 0.0
        if batch > 1 and per_document:
            extractions = _claims(documents, per_document)
            started = time.perf_counter()
            for start in range(0, len(extractions), batch):
                store.add_extractions(extractions[start : start + batch])
            claim_seconds = time.perf_counter() - started
            assert store.stats()["claims"] == len(documents) * per_document
        assert store.stats()["documents"] == len(documents)
        assert store.verify().ok
    return Timing(seconds, claim_seconds)


@dataclass(frozen=True)
class Timing:
    documents: float
    claims: float


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--claims-per-document", type=int, default=25)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("WARLEDGER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL),
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="PostgreSQL batch runs of each kind (best kept)"
    )
    args = parser.parse_args()
    documents = _documents(args.corpus)
    per_doc = args.claims_per_document
    n = len(documents)
    print(
        f"corpus: {args.corpus} ({n} documents), batches of {args.batch}, "
        f"{per_doc} claims per document"
    )
    print(
        f"{'database':>10} {'write path':>13} {'docs/s':>9} {'claims/s':>10} "
        f"{'docs x':>7} {'claims x':>9}"
    )
    with tempfile.TemporaryDirectory(prefix="warledger-store-bench-") as tmp:

        def sqlite(name: str) -> Settings:
            return Settings(database_url=f"sqlite:///{tmp}/{name}.db", blob_dir=Path(tmp, name))

        one = _timed(sqlite("one"), documents, 1, per_doc)
        many = _timed(sqlite("many"), documents, args.batch, per_doc)
        _print("sqlite", "one at a time", n, per_doc, one, one)
        _print("sqlite", "batch INSERT", n, per_doc, many, one)
        if not args.no_postgres:
            timings = {}
            with scratch_schema(args.postgres_url) as url:
                settings = Settings(database_url=url, blob_dir=Path(tmp, "pg-one"))
                timings["one at a time"] = _timed(settings, documents, 1, per_doc)
            for run in range(args.repeat):  # alternated, best of each: the machine is shared
                for label, copy in (("batch INSERT", False), ("batch COPY", True)):
                    with scratch_schema(args.postgres_url) as url:
                        blobs = Path(tmp, f"pg-{run}-{copy}")
                        settings = Settings(database_url=url, blob_dir=blobs, bulk_copy=copy)
                        timing = _timed(settings, documents, args.batch, per_doc)
                    best = timings.get(label, timing)
                    timings[label] = Timing(
                        min(best.documents, timing.documents), min(best.claims, timing.claims)
                    )
            for label, timing in timings.items():
                baseline = timings["batch INSERT"] if label == "batch COPY" else timings[label]
                if label == "batch INSERT":
                    baseline = timings["one at a time"]
                _print("postgresql", label, n, per_doc, timing, baseline)
    print("x: speed-up over the row above it (batches over one at a time, COPY over INSERT)")
    return 0


def _print(
    database: str, label: str, n: int, per_doc: int, timing: Timing, baseline: Timing
) -> None:
    claims = f"{n * per_doc / timing.claims:>10.1f}" if timing.claims else f"{'-':>10}"
    claims_x = (
        f"{baseline.claims / timing.claims:>9.2f}"
        if timing.claims and baseline.claims
        else f"{'-':>9}"
    )
    print(
        f"{database:>10} {label:>13} {n / timing.documents:>9.1f} {claims} "
        f"{baseline.documents / timing.documents:>7.2f} {claims_x}"
    )


if __name__ == "__main__":
    sys.exit(main())
