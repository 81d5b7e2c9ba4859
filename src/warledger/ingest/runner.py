"""The ingest run: read inputs, skip duplicates, group syndicated copies, store, extract.

Crash safety comes from the order of writes. Documents are committed in
batches by ``store.add_documents`` (blobs first, fsynced together, then one
transaction for the rows and their ledger entries), so a SIGKILL loses at most
the batch in flight, which the next run reads again. Claims are extracted for
documents in small batches after they are stored, and each batch's claims are
one transaction (``store.add_extractions``);
a document stored before a crash but not yet extracted is found on the next
run (the ledger records no extraction of it) and extracted then. Re-running the same
inputs therefore completes the work and never duplicates anything.

Bad inputs become messages in the summary; they never stop the run. Errors
from the store or from ``extract`` are not input problems and do stop it:
what was committed stays committed, and a re-run resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import httpx

from warledger.config import Settings
from warledger.errors import InputError
from warledger.ingest.dedup import NearDuplicateIndex, signature, signature_bytes
from warledger.ingest.fetch import fetch_urls, read_urls_file
from warledger.ingest.language import detect_language
from warledger.ingest.readers import Read, expand_inputs, read_path
from warledger.kb.lexicon import UnsupportedLanguageError, language_support
from warledger.model import Claim, Document

ExtractBatch = Callable[[list[Document]], list[list[Claim]]]
"""Claims for each document of a batch, in order: an engine's ``map`` (``warledger.engines``),
or any function of that shape."""

# Documents handed to ``extract`` at once: large enough for nlp.pipe to batch,
# small enough that a crash costs little re-extraction.
EXTRACT_BATCH = 16
# Documents stored at once (one blob-folder sync pass and one transaction): a crash
# loses at most this many reads, which the next run reads again.
STORE_BATCH = 64


class DocumentStore(Protocol):
    """The part of ``warledger.store.Store`` that ingest uses."""

    def has_document(self, doc_id: str) -> bool: ...
    def add_documents(self, batch: Sequence[tuple[Document, bytes, bytes | None]]) -> list[str]: ...
    def get_document(self, doc_id: str) -> Document | None: ...
    def minhash_signatures(self) -> Iterable[tuple[str, str | None, bytes]]: ...
    def add_claims(
        self, document_id: str, claims: list[Claim], producer: dict[str, str]
    ) -> int: ...
    def add_extractions(self, batch: Sequence[tuple[str, list[Claim], dict[str, str]]]) -> int: ...
    def has_extraction(self, document_id: str) -> bool: ...


@dataclass(frozen=True)
class IngestProgress:
    """Passed to the progress callback after every document and every finished input.

    ``inputs_total`` counts files (after walking directories) plus URLs, so it
    is known before the first document is read; a jsonl file is one input.
    """

    inputs_done: int
    inputs_total: int
    documents_read: int
    current: str


ProgressCallback = Callable[[IngestProgress], None]


@dataclass
class IngestSummary:
    """What a run did. ``stored`` includes near-duplicates (they are stored, grouped)."""

    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    claims: int = 0
    unsupported_language: int = 0
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class _Run:
    """State of one run; kept in an object so that ``ingest`` has no hidden globals."""

    store: DocumentStore
    index: NearDuplicateIndex
    extract: ExtractBatch | None
    producer: Mapping[str, str] | None
    summary: IngestSummary = field(default_factory=IngestSummary)
    pending: list[Document] = field(default_factory=list)
    unstored: dict[str, tuple[Document, bytes, bytes, bool]] = field(default_factory=dict)

    def handle(self, item: Read) -> None:
        if isinstance(item, InputError):
            self.summary.failed += 1
            self.summary.errors.append(str(item))
            return
        document, raw = item
        if document.id in self.unstored:
            self.summary.duplicates += 1
            return
        if self.store.has_document(document.id):
            self.summary.duplicates += 1
            self._resume_extraction(document.id)
            return
        minhash = signature(document.text)
        placement = self.index.place(document.id, minhash)
        document = document.model_copy(
            update={
                "syndication_group": placement.syndication_group,
                "language": document.language or detect_language(document.text),
            }
        )
        # Placed now, so a near-duplicate later in the same batch joins this group.
        self.index.add(document.id, placement.syndication_group, minhash)
        near = placement.near_duplicate_of is not None
        self.unstored[document.id] = (document, raw, signature_bytes(minhash), near)
        if len(self.unstored) >= STORE_BATCH:
            self.store_batch()

    def store_batch(self) -> None:
        """Store the documents read since the last batch, in one ``add_documents`` call."""
        if not self.unstored:
            return
        batch, self.unstored = list(self.unstored.values()), {}
        stored = set(self.store.add_documents([(doc, raw, sig) for doc, raw, sig, _ in batch]))
        for document, _, _, near in batch:
            if document.id not in stored:
                self.summary.duplicates += 1  # another process stored it in the meantime
                continue
            self.summary.stored += 1
            if near:
                self.summary.near_duplicates += 1
            self._queue(document)

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
            self.flush()

    def flush(self) -> None:
        """Extract claims for the queued documents and store them in one transaction."""
        if self.extract is None or not self.pending:
            return
        queued, self.pending = self.pending, []
        batch = [document for document in queued if self._extractable(document)]
        if not batch:
            return
        results = self.extract(batch)
        if len(results) != len(batch):
            raise ValueError(f"extract returned {len(results)} claim lists for {len(batch)} docs")
        self.summary.claims += self.store.add_extractions(
            [
                (document.id, claims, dict(self.producer or _merged_producer(claims)))
                for document, claims in zip(batch, results, strict=True)
            ]
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
            name = document.url or document.title or document.id
            self.summary.notices.append(f"{name}: {exc}")
            return False
        return True


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
    run = _Run(
        store=store,
        index=NearDuplicateIndex.from_signatures(store.minhash_signatures()),
        extract=extract,
        producer=producer,
    )
    files = expand_inputs(inputs)
    urls: list[str] = []
    if urls_file is not None:
        urls, url_errors = read_urls_file(urls_file, settings.max_input_bytes)
        for error in url_errors:
            run.handle(error)
    total = len(files) + len(urls)
    done = 0
    read = 0

    def report(current: str) -> None:
        if progress is not None:
            progress(IngestProgress(done, total, read, current))

    for item in files:
        name = str(item.source if isinstance(item, InputError) else item)
        reads = (
            [item] if isinstance(item, InputError) else read_path(item, settings.max_input_bytes)
        )
        for result in reads:
            run.handle(result)
            read += 1
            report(name)
        done += 1
        report(name)
    fetched = (
        fetch_urls(urls, settings.max_input_bytes, settings.fetch_timeout_s, transport)
        if urls
        else iter(())
    )
    for url, result in zip(urls, fetched, strict=True):
        run.handle(result)
        read += 1
        done += 1
        report(url)
    run.store_batch()
    run.flush()
    return run.summary
