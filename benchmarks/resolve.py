"""Incident resolution time as the archive grows: 1,000 -> 10,000 synthetic event claims.

    .venv/bin/python benchmarks/resolve.py [--sizes 1000 2000 5000 10000]

For each size a fresh SQLite store is filled with synthetic documents (four event
claims each, about one real event per two documents, spread over a year, 300
places and three event types, with casualty figures that differ between
reports) and then ``resolve_incidents`` is timed twice: a full run (cluster,
grade, save, ledger entry) and an incremental run with nothing new (a look at
the ledger's newest entry and one small entry of its own; the stored incidents
are not read). Figures are printed with the ratio to the first size, beside the
number of distinct events the synthetic reports are about (a sound clustering
finds about as many incidents, growing with the archive); they are not asserted
(this is not a timed test).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from warledger.config import Settings
from warledger.model import (
    CasualtyFigure,
    Claim,
    DateMention,
    DatePrecision,
    Document,
    Event,
    Place,
    PlaceMention,
    PloverType,
    Span,
    content_hash,
)
from warledger.resolve.incident_run import resolve_incidents
from warledger.store import Store

CLAIMS_PER_DOCUMENT = 4
TYPES = (PloverType.ASSAULT, PloverType.COERCE, PloverType.PROTEST)
MODES = {PloverType.ASSAULT: "shelling", PloverType.COERCE: "abduction", PloverType.PROTEST: None}
WORDS = ("market", "bridge", "school", "convoy", "village", "checkpoint", "station", "road")


def _span(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def _document(
    rng: random.Random, i: int, event: tuple[date, int, PloverType, int]
) -> tuple[Document, bytes]:
    day, place, kind, killed = event
    text = f"Report {i}: {kind.value.lower()} at place {place} on {day}, {killed} dead."
    raw = f"{text} {rng.random()}".encode()
    doc = Document(
        id=content_hash(raw),
        text=text,
        outlet=rng.choice(["reuters", "tass", "anadolu", "local-paper", "blog"]),
        published_at=datetime.combine(
            day + timedelta(days=rng.randint(0, 2)), datetime.min.time(), UTC
        ),
        syndication_group=content_hash(raw),
    )
    return doc, raw


def _claims(
    rng: random.Random, doc: Document, event: tuple[date, int, PloverType, int]
) -> list[Claim]:
    day, place, kind, killed = event
    where = Place(
        geonames_id=1000 + place,
        name=f"Place {place}",
        latitude=30 + place * 0.05,
        longitude=40 + place * 0.05,
    )
    out = []
    for j in range(CLAIMS_PER_DOCUMENT):
        word = WORDS[(place + j) % len(WORDS)]
        text = f"{kind.value.lower()} hit the {word} in place {place} ({j})"
        event_claim = Event(
            type=kind,
            mode=MODES[kind],
            trigger=_span("hit"),
            place=PlaceMention(span=_span(where.name), place=where) if j % 2 == 0 else None,
            date=DateMention(span=_span(str(day)), start=day, end=day, precision=DatePrecision.DAY)
            if j != 3
            else None,
            casualties=[
                CasualtyFigure(span=_span("dead"), kind="killed", low=killed + rng.randint(0, 3))
            ]
            if j == 0
            else [],
        )
        content = Span(start=j * 100, end=j * 100 + len(text), text=text)
        out.append(
            Claim(
                id=Claim.make_id(doc.id, content, f"{kind}:{j}"),
                document_id=doc.id,
                claimant_is_outlet=True,
                content=content,
                proposition=event_claim,
            )
        )
    return out


def fill(store: Store, n_claims: int, seed: int = 7) -> int:
    """Store ``n_claims`` synthetic claims; the number of distinct events they report
    (what a perfect clustering would find, up to claims that name no event day)."""
    rng = random.Random(seed)
    n_docs = n_claims // CLAIMS_PER_DOCUMENT
    events = [
        (
            date(2026, 1, 1) + timedelta(days=rng.randrange(365)),
            rng.randrange(300),
            rng.choice(TYPES),
            rng.randint(0, 30),
        )
        for _ in range(max(1, n_docs // 2))
    ]
    reported = set()
    for i in range(n_docs):
        event = rng.choice(events)
        reported.add(event[:3])
        doc, raw = _document(rng, i, event)
        store.add_document(doc, raw)
        store.add_claims(doc.id, _claims(rng, doc, event), {"benchmark": "1"})
    return len(reported)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    args = parser.parse_args()
    base: float | None = None
    print(
        f"{'claims':>8} {'fill s':>8} {'full s':>8} {'ratio':>6} {'incr s':>8} "
        f"{'events':>7} {'incidents':>9}"
    )
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                database_url=f"sqlite:///{Path(tmp) / 'b.db'}", blob_dir=Path(tmp) / "blobs"
            )
            with Store.open(settings) as store:
                start = time.perf_counter()
                events = fill(store, size)
                filled = time.perf_counter() - start
                start = time.perf_counter()
                result = resolve_incidents(store, full=True)
                full = time.perf_counter() - start
                start = time.perf_counter()
                resolve_incidents(store)
                incremental = time.perf_counter() - start
        base = base or full
        print(
            f"{size:>8} {filled:>8.1f} {full:>8.2f} {full / base:>6.1f} "
            f"{incremental:>8.2f} {events:>7} {len(result.incidents):>9}"
        )


if __name__ == "__main__":
    main()
