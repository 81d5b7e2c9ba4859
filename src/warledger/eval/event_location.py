"""Event location gold (Prodigy JSONL): one VERB span and the LOCATION span(s) where
that event happened.

warledger runs ``warledger_places`` on the sentence, then
``pick_event_place`` chooses among the places it found. Reported:

- ``accuracy``: records with a gold LOCATION whose pick overlaps one of them;
- ``accuracy_when_choosing``: the same over records where warledger found two
  or more places in the sentence (the real decision);
- ``candidate_recall``: records where some found place overlaps the gold one
  (the ceiling for ``accuracy``);
- ``none_accuracy``: records without a LOCATION where nothing was picked.

About a fifth of the records give token indices where character offsets
belong; such a span is re-anchored on the occurrence of its ``text`` nearest
to its ``token_start``, and records that still do not fit are excluded and
counted as ``skipped``.

Headline: ``accuracy``, the share of records with a gold location where the
picked place is one of them, the task of Halterman 2019 (Geolocating
political events in text, NLP+CSS workshop at NAACL), whose annotations these
are; records without a gold location are scored apart (``none_accuracy``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from warledger.errors import EvalError
from warledger.eval.scoring import headline
from warledger.geo.event_place import pick_event_place


@dataclass(frozen=True)
class Record:
    text: str
    verb: tuple[int, int]
    locations: tuple[tuple[int, int], ...]


def gold_file(path: Path) -> Path:
    file = path / "labeled.jsonl" if path.is_dir() else path
    if not file.exists():
        raise EvalError(f"{file}: no event-location gold (expected labeled.jsonl)")
    return file


def read_records(file: Path) -> tuple[list[Record], int]:
    """Accepted records with exactly one VERB; returns them and the count skipped."""
    records, skipped = [], 0
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{file}:{n}: not JSON ({exc})") from exc
        if raw.get("answer") != "accept":
            continue
        spans = [s for s in raw.get("spans") or [] if isinstance(s, dict)]
        verbs = [s for s in spans if s.get("label") == "VERB"]
        text = raw.get("text", "")
        anchored = {id(s): _anchor(text, s) for s in spans}
        if len(verbs) != 1 or any(v is None for v in anchored.values()):
            skipped += 1
            continue
        locations = tuple(anchored[id(s)] for s in spans if s.get("label") == "LOCATION")
        records.append(Record(text, anchored[id(verbs[0])], locations))  # type: ignore[arg-type]
    return records, skipped


def _anchor(text: str, span: dict) -> tuple[int, int] | None:
    """Character offsets of a Prodigy span, repairing token-index offsets."""
    start, end, surface = span.get("start"), span.get("end"), span.get("text")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if surface is None or text[start:end] == surface:
        return (start, end) if 0 <= start < end <= len(text) else None
    if not surface.strip():
        return None
    hits = [i for i in range(len(text)) if text.startswith(surface, i)]
    if not hits:
        return None
    token_start = span.get("token_start", 0)
    best = min(hits, key=lambda i: abs(len(text[:i].split()) - token_start))
    return best, best + len(surface)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(records: list[Record], docs: list[Doc]) -> dict[str, object]:
    hits = with_loc = choosing = choosing_hits = reachable = none_total = none_hits = 0
    for rec, doc in zip(records, docs, strict=True):
        places = list(doc._.places or [])
        sentence = doc.char_span(*rec.verb, alignment_mode="expand")
        sent = sentence.root.sent if sentence is not None and len(sentence) else None
        in_sent = [
            p
            for p in places
            if sent is not None and sent.start_char <= p.span.start < sent.end_char
        ]
        pick = pick_event_place(doc, rec.verb[0], rec.verb[1], places)
        if not rec.locations:
            none_total += 1
            none_hits += pick is None
            continue
        with_loc += 1
        hit = pick is not None and any(
            _overlaps((pick.span.start, pick.span.end), loc) for loc in rec.locations
        )
        hits += hit
        reachable += any(
            _overlaps((p.span.start, p.span.end), loc) for p in in_sent for loc in rec.locations
        )
        if len(in_sent) >= 2:
            choosing += 1
            choosing_hits += hit
    return {
        "n_with_location": with_loc,
        "accuracy": round(hits / with_loc, 4) if with_loc else 0.0,
        "candidate_recall": round(reachable / with_loc, 4) if with_loc else 0.0,
        "n_choosing": choosing,
        "accuracy_when_choosing": round(choosing_hits / choosing, 4) if choosing else 0.0,
        "n_without_location": none_total,
        "none_accuracy": round(none_hits / none_total, 4) if none_total else 0.0,
    }


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Run ``warledger_places`` + ``pick_event_place`` over the gold records."""
    from warledger.extract.pipeline import build_pipeline

    records, skipped = read_records(gold_file(path))
    records = records[:limit] if limit else records
    nlp = build_pipeline(components=["warledger_places"])
    docs = list(nlp.pipe(r.text for r in records))
    scores = score(records, docs)
    return {
        "headline": headline(
            "event location accuracy: the picked place overlaps a gold LOCATION of the event",
            "Halterman 2019, Geolocating Political Events in Text (NLP+CSS workshop, NAACL)",
            {"accuracy": float(scores["accuracy"])},  # type: ignore[arg-type]
            scope="accepted records with one VERB and a gold LOCATION",
        ),
        "skipped": skipped,
        "excluded": {"records_whose_spans_do_not_fit_the_text": skipped},
        **scores,
    }
