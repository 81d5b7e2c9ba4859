"""Extraction throughput against raw spaCy on the same texts.

Prints documents/s and words/s for
  (a) the pinned spaCy model alone (``nlp.pipe``): the baseline;
  (b) warledger's full pipeline in one process (``Extractor.pipe``);
  (c) the full pipeline in a local pool of worker processes
      (``warledger.engines.local.extract_parallel``), pool start-up included;
and the ratios (b)/(a) and (c)/(b). Figures, not a pass/fail test: the
targets are (b)/(a) >= 0.75 and (c)/(b) >= 1.6 on 500+ documents.

    .venv/bin/python benchmarks/extract.py [--limit N] [--workers 2] [--files NAME ...]

Texts come from ``$WARLEDGER_SHARED/corpus`` (default ``<repo>/../shared``):
``dev_news.jsonl`` then ``voa_stories.jsonl``, 772 documents in all, or only the
files named with ``--files`` (``--files voa_stories.jsonl``: the 89 VOA stories).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import spacy

from warledger.engines.local import extract_parallel, worker_extractor
from warledger.extract.pipeline import SPACY_MODEL, TextInput

CORPUS_FILES = ("dev_news.jsonl", "voa_stories.jsonl")


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1] / ".." / "shared"
    return Path(os.environ.get("WARLEDGER_SHARED", default))


def _published(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def load_corpus(limit: int | None, files: Sequence[str] = CORPUS_FILES) -> list[TextInput]:
    """The texts of ``files``, in file order, at most ``limit`` of them."""
    corpus = shared_dir() / "corpus"
    items: list[TextInput] = []
    for name in files:
        path = corpus / name
        if not path.is_file():
            sys.exit(f"{path}: not found (set WARLEDGER_SHARED to the folder holding corpus/)")
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                published = _published(record.get("published"))
                items.append(TextInput(record["text"], str(record["id"]), published))
    return items[:limit] if limit is not None else items


def timed(run: Callable[[], int]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process, and the count ``run`` returns.

    On a shared machine the wall clock also measures the neighbours; the CPU
    time of a single process does not, so (b)/(a) is printed from both.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    return time.perf_counter() - wall, time.process_time() - cpu, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="number of documents")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--files", nargs="+", default=list(CORPUS_FILES), help="corpus files to read"
    )
    args = parser.parse_args()

    items = load_corpus(args.limit, args.files)
    texts = [item.text for item in items]
    words = sum(len(text.split()) for text in texts)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{len(items)} documents, {words} words, workers={args.workers}, load average {load}")

    nlp = spacy.load(SPACY_MODEL)
    raw_s, raw_cpu, _ = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size)))
    # The same cached pipeline the pool's forked workers inherit: neither (b)
    # nor (c) pays for building it.
    extractor = worker_extractor()
    full_s, full_cpu, claims_b = timed(
        lambda: sum(len(d._.claims) for d in extractor.pipe(items, batch_size=args.batch_size))
    )
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    pool_s, _, claims_c = timed(
        lambda: sum(len(c) for c in extract_parallel(items, args.workers, args.batch_size))
    )
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (children.ru_utime + children.ru_stime) - (
        children_before.ru_utime + children_before.ru_stime
    )
    if claims_b != claims_c:
        print(f"WARNING: {claims_b} claims in one process but {claims_c} in the pool")

    rows = (
        ("(a) raw spaCy", raw_s, f"{raw_cpu:.2f} s CPU"),
        ("(b) warledger", full_s, f"{full_cpu:.2f} s CPU"),
        ("(c) warledger pool", pool_s, f"start-up included, workers {workers_cpu:.2f} s CPU"),
    )
    for label, seconds, note in rows:
        print(
            f"{label:<20} {seconds:8.2f} s  {len(items) / seconds:8.1f} docs/s"
            f"  {words / seconds:10.0f} words/s  ({note})"
        )
    print(f"claims: {claims_b}")
    print(f"(b)/(a) = {raw_s / full_s:.2f} wall, {raw_cpu / full_cpu:.2f} CPU   (target >= 0.75)")
    print(f"(c)/(b) = {full_s / pool_s:.2f} wall   (target >= 1.6)")
    print(f"cores the pool obtained: {workers_cpu / pool_s:.2f} of {args.workers}")
    # An upper bound on one worker's memory: this process holds the raw spaCy
    # pipeline besides the extractor a worker holds.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB   (target per worker <= 1024)")


if __name__ == "__main__":
    main()
