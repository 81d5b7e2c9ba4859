"""The ingest run: read inputs, skip duplicates, group syndicated copies, store, extract.

Crash safety comes from the order of writes. New documents are committed in batches of
``DOCUMENT_BATCH`` by ``store.add_placed_documents``: their blobs first, flushed together,
then one transaction that chooses each one's syndication group under the ledger's append
lock (so concurrent runs still see each other's near-duplicates) and writes their rows and
ledger entries; a SIGKILL loses at most the batch in flight, which the next run reads and
stores again. While a batch is written, in a background thread (``ingest.write_behind``),
the next one is read and signed. Claims are extracted in small batches after their
documents are stored and written one transaction per batch (``store.add_extractions``); a
document stored before a crash but not yet extracted is found on the next run (the ledger
records no extraction of it) and extracted then. Re-running the same inputs therefore
completes the work and never duplicates anything.

Bad inputs become messages in the summary; they never stop the run. Neither does a
document the extractor fails on: it is recorded as such in the ledger and retried
by the next run, and texts too long for the extractor are extracted in pieces.
Errors from the store are not input problems and do stop it: what was committed
stays committed, and a re-run resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import httpx

from warledger.config import Settings
from warledger.errors import InputError
from warledger.ingest.dedup import MinHash, NearDuplicateIndex, Placement
from warledger.ingest.fetch import fetch_urls, read_urls_file
from warledger.ingest.language import detect_language
from warledger.ingest.pieces import place_claims, split_document
from warledger.ingest.readers import Read, expand_inputs, read_path
from warledger.ingest.report import IngestProgress, IngestSummary, ProgressCallback
from warledger.ingest.write_behind import WriteBehind
from warledger.kb.lexicon import UnsupportedLanguageError, language_support
from warledger.model import Claim, Document
from warledger.store.caps import MAX_CLAIMS_PER_DOCUMENT
from warledger.store.claim_writes import NewExtraction
from warledger.store.placed_documents import BatchPlacer
from warledger.store.repository import NewDocument, Signature, SignaturesSince
from warledger.store.signatures import signature, signature_bytes, signature_from_bytes

ExtractBatch = Callable[[list[Document]], list[list[Claim]]]
"""Claims for each document of a batch, in order: an engine's ``map`` (``warledger.engines``),
or any function of that shape."""

# Documents handed to ``extract`` at once: large enough for nlp.pipe to batch,
# small enough that a crash costs little re-extraction.
EXTRACT_BATCH = 16
DOCUMENT_BATCH = 64
"""New documents per store write: one blob flush and one transaction for all of them."""


class DocumentStore(Protocol):
    """The part of ``warledger.store.Store`` that ingest uses."""

    def stored_document_ids(self, doc_ids: list[str]) -> set[str]: ...
    def add_placed_documents(
        self, batch: Sequence[NewDocument], place: BatchPlacer
    ) -> list[Document]: ...
    def signatures_since(self, since_seq: int) -> tuple[list[Signature], int]: ...
    def last_seq(self) -> int: ...
    def get_document(self, doc_id: str) -> Document | None: ...
    def minhash_signatures(self) -> Iterable[tuple[str, str | None, bytes]]: ...
    def add_claims(
        self, document_id: str, claims: list[Claim], producer: dict[str, str]
    ) -> int: ...
    def add_extractions(self, batch: Sequence[NewExtraction]) -> int: ...
    def has_extraction(self, document_id: str) -> bool: ...
    def record_extraction_failure(self, document_id: str, reason: str) -> None: ...


@dataclass
class _Run:
    """State of one run; kept in an object so that ``ingest`` has no hidden globals."""

    store: DocumentStore
    writer: WriteBehind
    index: NearDuplicateIndex
    seen_seq: int
    """The ledger seq up to which ``index`` holds every stored document's signature."""
    extract: ExtractBatch | None
    producer: Mapping[str, str] | None
    summary: IngestSummary = field(default_factory=IngestSummary)
    pending: list[Document] = field(default_factory=list)
    """Stored documents waiting to be extracted."""
    unstored: dict[str, tuple[Document, bytes, MinHash]] = field(default_factory=dict)
    """New documents waiting to be stored, by id, in input order."""
    writing: dict[str, tuple[Document, bytes, MinHash]] = field(default_factory=dict)
    """The batch the writer is storing (until its write is done)."""
    unchecked: list[tuple[Document, bytes]] = field(default_factory=list)
    """Documents read but not yet looked up in the store (one query per batch)."""

    @classmethod
    def start(
        cls,
        store: DocumentStore,
        writer: WriteBehind,
        extract: ExtractBatch | None,
        producer: Mapping[str, str] | None,
    ) -> _Run:
        """A run over ``store`` whose near-duplicate index holds every document stored so far."""
        head = store.last_seq()  # read first: documents stored from here on are caught up
        index = NearDuplicateIndex.from_signatures(store.minhash_signatures())
        return cls(store, writer, index, head, extract, producer)

    def handle(self, item: Read) -> None:
        if isinstance(item, InputError):
            self.summary.failed += 1
            self.summary.errors.append(str(item))
            return
        self.unchecked.append(item)
        if len(self.unchecked) >= DOCUMENT_BATCH:
            self._check_reads()

    def _check_reads(self) -> None:
        """Look the documents read so far up in the store at once, then sign the new ones."""
        if not self.unchecked:
            return
        reads, self.unchecked = self.unchecked, []
        stored = self.store.stored_document_ids([document.id for document, _ in reads])
        for document, raw in reads:
            if document.id in self.unstored or document.id in self.writing:
                self.summary.duplicates += 1
            elif document.id in stored:
                self.summary.duplicates += 1
                self._resume_extraction(document.id)
            else:
                self._sign(document, raw)

    def _sign(self, document: Document, raw: bytes) -> None:
        minhash = signature(document.text)
        document = document.model_copy(
            update={"language": document.language or detect_language(document.text)}
        )
        self.unstored[document.id] = (document, raw, minhash)
        if len(self.unstored) >= DOCUMENT_BATCH:
            self._store_documents()

    def _store_documents(self) -> None:
        """Hand the waiting documents to the writer as one write, placed among near-duplicates
        inside it; what it stored is counted and queued once it is done."""
        if not self.unstored:
            return
        self.writer.wait()  # the placer below uses the index, which the write in flight updates
        waiting, self.unstored = self.unstored, {}
        placed: dict[str, Placement] = {}

        def place(
            signatures_since: SignaturesSince, new: list[tuple[Document, bytes | None]]
        ) -> list[str]:
            """Runs inside the store's write transaction: sees what other processes stored."""
            rows, self.seen_seq = signatures_since(self.seen_seq)
            for doc_id, group, data in rows:
                if doc_id not in self.index:  # most are this run's own, indexed when placed
                    self.index.add(doc_id, group or doc_id, signature_from_bytes(data))
            groups = []
            for document, _ in new:
                minhash = waiting[document.id][2]
                placement = self.index.place(document.id, minhash)
                self.index.add(document.id, placement.syndication_group, minhash)
                placed[document.id] = placement
                groups.append(placement.syndication_group)
            return groups

        def stored(documents: list[Document]) -> None:
            self.writing = {}
            self.summary.duplicates += len(waiting) - len(documents)  # another run stored them
            self.summary.stored += len(documents)
            for document in documents:
                if placed[document.id].near_duplicate_of is not None:
                    self.summary.near_duplicates += 1
                self._queue(document)

        batch = [(doc, raw, signature_bytes(minhash)) for doc, raw, minhash in waiting.values()]
        self.writing = waiting
        self.writer.submit(lambda: self.store.add_placed_documents(batch, place), stored)

    def _resume_extraction(self, doc_id: str) -> None:
        """A stored document with no recorded extraction was cut off by a crash: extract it."""
        if self.extract is None or self.store.has_extraction(doc_id):
            return
        stored = self.store.get_document(doc_id)
        if stored is not None and all(p.id != doc_id for p in self.pending):
            self._queue(stored)

    def _queue(self, document: Document) -> None:
        if self.extract is None:
            return
        self.pending.append(document)
        if len(self.pending) >= EXTRACT_BATCH:
            self._extract_pending()

    def flush(self) -> None:
        """Store the documents still waiting, then extract what is queued."""
        self._check_reads()
        self._store_documents()
        self.writer.wait()
        self._extract_pending()

    def _extract_pending(self) -> None:
        """Extract claims for the queued documents and store them in one write.

        Long texts go to the extractor in pieces (``ingest.pieces``). When the batch
        fails, each document is extracted alone, so only the one that fails is left
        out: it gets an ``extraction_failed`` ledger entry naming the reason and one
        error line, the others are stored, and the next run tries it again.
        """
        if self.extract is None or not self.pending:
            return
        queued, self.pending = self.pending, []
        extracted: list[NewExtraction] = []
        batch = [document for document in queued if self._extractable(document)]
        if not batch:
            return
        try:
            results = self._extract_in_pieces(batch)
        except Exception:  # which document failed is found below, one at a time
            results = None
        for index, document in enumerate(batch):
            if results is not None:
                claims = results[index]
            else:
                try:
                    claims = self._extract_in_pieces([document])[0]
                except Exception as exc:  # any extractor failure is this document's alone
                    self._record_failure(document, exc)
                    continue
            extracted.append(self._extraction(document, claims))
        if extracted:
            self.summary.claims += self.store.add_extractions(extracted)

    def _extract_in_pieces(self, documents: list[Document]) -> list[list[Claim]]:
        """``extract`` over ``documents``, long ones split into pieces and put back together."""
        assert self.extract is not None
        split = [split_document(document) for document in documents]
        pieces = [piece for parts in split for _offset, piece in parts]
        results = self.extract(pieces)
        if len(results) != len(pieces):
            raise ValueError(f"extract returned {len(results)} claim lists for {len(pieces)} docs")
        found = iter(results)
        return [
            place_claims([(offset, next(found)) for offset, _piece in parts]) for parts in split
        ]

    def _extraction(self, document: Document, claims: list[Claim]) -> NewExtraction:
        """What ``add_extractions`` stores for a document (and a notice when over the cap)."""
        producer = dict(self.producer) if self.producer else _merged_producer(claims)
        if len(claims) > MAX_CLAIMS_PER_DOCUMENT:
            self.summary.notices.append(
                f"{_name(document)}: {len(claims)} claims found, only the first "
                f"{MAX_CLAIMS_PER_DOCUMENT} kept (the per-document cap; the ledger entry "
                "records how many were dropped)"
            )
        return document.id, claims, producer

    def _record_failure(self, document: Document, exc: Exception) -> None:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:500]
        self.store.record_extraction_failure(document.id, reason)
        self.summary.extraction_failed += 1
        self.summary.errors.append(
            f"{_name(document)}: extraction failed ({reason}); the document is stored, "
            "and the next ingest of it tries the extraction again"
        )

    def _extractable(self, document: Document) -> bool:
        """False (and recorded as such) for a document in a language with no pipeline.

        The ledger gets an extraction entry with no claims that names the
        language, so the document is not retried on every run and a reader of
        the ledger sees why it has no claims.
        """
        try:
            language_support(document.language)
        except UnsupportedLanguageError as exc:
            self.store.add_claims(document.id, [], {"unsupported_language": str(document.language)})
            self.summary.unsupported_language += 1
            self.summary.notices.append(f"{_name(document)}: {exc}")
            return False
        return True


def _name(document: Document) -> str:
    """How a message names a document: where it came from, else its title, else its id."""
    return document.source_name or document.url or document.title or document.id


def _merged_producer(claims: list[Claim]) -> dict[str, str]:
    """Component versions named by the claims themselves, for the extraction ledger entry."""
    merged: dict[str, str] = {}
    for claim in claims:
        merged.update(claim.producer)
    return merged


def ingest(
    store: DocumentStore,
    inputs: list[Path],
    urls_file: Path | None,
    settings: Settings,
    extract: ExtractBatch | None = None,
    progress: ProgressCallback | None = None,
    *,
    producer: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> IngestSummary:
    """Ingest files, directories and the URLs listed in ``urls_file`` into ``store``.

    ``extract`` (optional) turns a batch of newly stored documents into one
    claim list per document; ``producer`` overrides the versions recorded for
    them (default: merged from the claims' own ``producer``). ``progress`` is
    called with an ``IngestProgress`` after each document and each input.
    ``transport`` routes URL fetches (httpx transport), e.g. through a proxy.
    """
    files = expand_inputs(inputs)
    urls: list[str] = []
    url_errors: list[InputError] = []
    if urls_file is not None:
        urls, url_errors = read_urls_file(urls_file, settings.max_input_bytes)
    total = len(files) + len(urls)

    def reads() -> Iterator[Read]:
        """Every input's reads in order, reporting progress after each one is handled."""
        done = read = 0

        def report(current: str) -> None:
            if progress is not None:
                progress(IngestProgress(done, total, read, current))

        yield from url_errors
        for item in files:
            name = str(item.source if isinstance(item, InputError) else item)
            if isinstance(item, InputError):
                results: Iterable[Read] = [item]
            else:
                results = read_path(item, settings.max_input_bytes)
            for result in results:
                yield result
                read += 1
                report(name)
            done += 1
            report(name)
        fetched = (
            fetch_urls(
                urls,
                settings.max_input_bytes,
                settings.fetch_timeout_s,
                transport,
                allow_private_hosts=settings.allow_private_hosts,
            )
            if urls
            else iter(())
        )
        for url, result in zip(urls, fetched, strict=True):
            yield result
            read += 1
            done += 1
            report(url)

    return ingest_reads(store, reads(), extract, producer=producer)


def ingest_reads(
    store: DocumentStore,
    reads: Iterable[Read],
    extract: ExtractBatch | None = None,
    *,
    producer: Mapping[str, str] | None = None,
) -> IngestSummary:
    """Ingest documents some other reader produced (``warledger watch`` fetches feed items):
    the same duplicate, near-duplicate, language and extraction handling as ``ingest``."""
    with WriteBehind() as writer:
        run = _Run.start(store, writer, extract, producer)
        for item in reads:
            run.handle(item)
        run.flush()
    return run.summary
