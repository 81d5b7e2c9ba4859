"""ECB+ adapter: incident clustering and event coreference on real news.

ECB+ (Cybulska & Vossen 2014) groups news reports by topic; inside a topic, the
original ECB reports describe one seminal event and the ECB+ additions another
of the same kind (two earthquakes, two Oscar hosts). That is exactly the
decision incident clustering makes, so the reports are ingested into a scratch
store, resolved, and scored twice:

* **documents**: each report belongs to the incident holding most of its event
  claims (ties: the one claimed first in the text; a report with no event claim
  stays alone) and the gold incident of a report is its (topic, subtopic).
  B-cubed and pairwise P/R/F1 are computed within topics (a predicted incident
  is cut at topic borders, since gold ones never cross them).
* **mentions**: every gold event mention in a curated sentence that a claim's
  trigger (or one of the other trigger words merged into it) overlaps takes
  that claim's act: its incident and, inside it, its
  event type and mode (an incident holds several acts, such as a shooting and
  the arrest that followed, and ECB+ chains are acts); MUC, B-cubed and CEAF-e
  against the gold cross-document chains (``scorch``, a port of the CoNLL
  reference scorer), and their mean, the CoNLL F1. ``incident_conll_f1`` is the
  same with the incident alone as the predicted chain. ``coverage`` says how
  many curated gold mentions a claim covers at all.

PATH is the ``ecbplus`` folder (its ``dev.jsonl`` is scored) or one of its
``.jsonl`` files. ECB+ carries no publication dates; ECB+ additions begin with
their page address, and a date written in it (``/2013/08/02/``) is used as the
report's publication date, as a crawler would. The address line is not ingested.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from scorch.scores import b_cubed, ceaf_e, muc

from warledger.errors import EvalError

if TYPE_CHECKING:
    from warledger.config import Settings
    from warledger.store import Store

_URL_DATE = re.compile(r"/ (20\d\d|19\d\d) [/-] (\d\d) [/-] (\d\d) [/ ]")


@dataclass(frozen=True)
class Report:
    """One ECB+ document as ingested: text without the address line, gold labels."""

    doc_id: str
    topic: int
    subtopic: str
    text: str
    published: date | None
    mentions: tuple[tuple[int, int, str], ...]
    """Curated gold event mentions: (start, end, chain id), offsets into ``text``."""


def url_date(line: str) -> date | None:
    """The date a tokenised page address carries (``/ 2013 / 08 / 02 /``), if any."""
    match = _URL_DATE.search(line + " ")
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def read_reports(path: Path) -> list[Report]:
    """The reports of an ECB+ ``.jsonl`` file (or of ``dev.jsonl`` in a folder)."""
    source = path / "dev.jsonl" if path.is_dir() else path
    if not source.is_file():
        raise EvalError(f"{path}: expected an ECB+ folder with dev.jsonl, or a .jsonl file")
    reports = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            record = json.loads(line)
            text: str = record["text"]
            cut, published = 0, None
            if record["subtopic"] == "ecbplus":
                first = text.split("\n", 1)[0]
                published = url_date(first)
                cut = len(first) + 1
            mentions = tuple(
                (m["start"] - cut, m["end"] - cut, str(m["chain_id"]))
                for m in record["event_mentions"]
                if m["curated"] and m["start"] >= cut
            )
            reports.append(
                Report(
                    doc_id=str(record["doc_id"]),
                    topic=int(record["topic"]),
                    subtopic=str(record["subtopic"]),
                    text=text[cut:],
                    published=published,
                    mentions=mentions,
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise EvalError(f"{source}:{number}: not an ECB+ record ({error!r})") from error
    return reports


def prf(precision: float, recall: float) -> dict[str, float]:
    """P/R and their harmonic mean, rounded for printing."""
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def clusters_of(labels: Mapping[str, Hashable]) -> list[set[str]]:
    """Items grouped by their label."""
    groups: dict[Hashable, set[str]] = defaultdict(set)
    for item, label in labels.items():
        groups[label].add(item)
    return list(groups.values())


def pairwise(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> dict[str, float]:
    """Pairwise P/R/F1: pairs put together by ``predicted`` against those of ``gold``."""

    def pairs(labels: Mapping[str, Hashable]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for group in clusters_of(labels):
            ordered = sorted(group)
            found.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
        return found

    gold_pairs, predicted_pairs = pairs(gold), pairs(predicted)
    both = len(gold_pairs & predicted_pairs)
    precision = both / len(predicted_pairs) if predicted_pairs else 1.0
    recall = both / len(gold_pairs) if gold_pairs else 1.0
    return prf(precision, recall)


def bcubed(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> dict[str, float]:
    """B-cubed P/R/F1 of ``predicted`` against ``gold`` (same items in both)."""
    recall, precision, _ = b_cubed(clusters_of(gold), clusters_of(predicted))
    return prf(precision, recall)


def conll(gold: dict[str, Hashable], predicted: dict[str, Hashable]) -> dict[str, object]:
    """MUC, B-cubed and CEAF-e P/R/F1 and the CoNLL F1 (their F1s' mean)."""
    key, response = clusters_of(gold), clusters_of(predicted)
    scores = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceaf_e", ceaf_e)):
        recall, precision, _ = metric(key, response)
        scores[name] = prf(precision, recall)
    mean = sum(s["f1"] for s in scores.values()) / 3
    return {**scores, "conll_f1": round(mean, 4)}


def document_incidents(
    claims: Iterable[tuple[str, str, int]], incident_of: dict[str, str]
) -> dict[str, str]:
    """Document id -> the incident holding most of its event claims (ties: the one
    claimed first in the text). ``claims`` are (claim id, document id, start)."""
    by_document: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for claim_id, document_id, start in claims:
        if claim_id in incident_of:
            by_document[document_id].append((start, incident_of[claim_id]))
    chosen = {}
    for document_id, found in by_document.items():
        counts = Counter(inc for _, inc in found)
        top = max(counts.values())
        chosen[document_id] = min((s, inc) for s, inc in found if counts[inc] == top)[1]
    return chosen


def topic_errors(
    reports: list[Report], predicted: Mapping[str, Hashable]
) -> dict[str, dict[str, object]]:
    """Where document clustering goes wrong, topic by topic (only topics with an
    error): ``merged``, the predicted groups holding reports of both of the topic's
    events (their doc ids); ``pieces``, how many predicted groups each gold event
    (subtopic) is split into. Merges cost B-cubed precision, pieces its recall."""
    groups: dict[int, dict[Hashable, list[Report]]] = defaultdict(lambda: defaultdict(list))
    for report in reports:
        groups[report.topic][predicted[report.doc_id]].append(report)
    errors: dict[str, dict[str, object]] = {}
    for topic in sorted(groups):
        merged = sorted(
            sorted(r.doc_id for r in members)
            for members in groups[topic].values()
            if len({r.subtopic for r in members}) > 1
        )
        pieces = Counter(
            sub for members in groups[topic].values() for sub in {r.subtopic for r in members}
        )
        split = {sub: n for sub, n in sorted(pieces.items()) if n > 1}
        if merged or split:
            errors[str(topic)] = {"merged": merged, "pieces": split}
    return errors


def score(
    reports: list[Report],
    document_incident: dict[str, str],
    mention_incident: dict[tuple[str, int], tuple[str, str]],
) -> dict[str, object]:
    """Both measures from the predicted incident of each report and the predicted
    (incident, act) of each covered mention (``mention_incident`` is keyed by
    (doc id, index into ``Report.mentions``))."""
    gold_docs = {r.doc_id: (r.topic, r.subtopic) for r in reports}
    predicted_docs = {
        r.doc_id: (r.topic, document_incident.get(r.doc_id, f"alone:{r.doc_id}")) for r in reports
    }
    gold_mentions: dict[str, Hashable] = {}
    predicted_mentions: dict[str, Hashable] = {}
    predicted_incidents: dict[str, Hashable] = {}
    total = 0
    for report in reports:
        for index, (_, _, chain) in enumerate(report.mentions):
            total += 1
            predicted = mention_incident.get((report.doc_id, index))
            if predicted is not None:
                key = f"{report.doc_id}#{index}"
                gold_mentions[key] = chain
                predicted_mentions[key] = (report.topic, *predicted)
                predicted_incidents[key] = (report.topic, predicted[0])
    covered = len(gold_mentions)
    return {
        "documents": len(reports),
        "topics": len({r.topic for r in reports}),
        "document_clustering": {
            "bcubed": bcubed(gold_docs, predicted_docs),
            "pairwise": pairwise(gold_docs, predicted_docs),
            "all_alone_bcubed": bcubed(gold_docs, {d: d for d in gold_docs}),
            "errors_by_topic": topic_errors(reports, predicted_docs),
        },
        "mentions": {
            "gold_curated": total,
            "covered": covered,
            "coverage": round(covered / total, 4) if total else 0.0,
            **(conll(gold_mentions, predicted_mentions) if covered else {}),
            **(
                {"incident_conll_f1": conll(gold_mentions, predicted_incidents)["conll_f1"]}
                if covered
                else {}
            ),
        },
    }


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Ingest the reports into a scratch store, resolve incidents, score (see above).
    ``limit`` keeps the first reports of each topic."""
    from warledger.config import Settings
    from warledger.store import Store

    reports = read_reports(path)
    if limit is not None:
        seen: Counter[int] = Counter()
        kept = []
        for report in reports:
            seen[report.topic] += 1
            if seen[report.topic] <= limit:
                kept.append(report)
        reports = kept
    with tempfile.TemporaryDirectory(prefix="warledger-ecbplus-") as scratch:
        root = Path(scratch)
        settings = Settings(database_url=f"sqlite:///{root / 'ecb.db'}", blob_dir=root / "blobs")
        with Store.open(settings) as store:
            ingest_reports(store, reports, root, settings)
            return score_store(store, reports)


def ingest_reports(store: Store, reports: list[Report], scratch: Path, settings: Settings) -> None:
    """Extract and store the reports (their address dates as publication dates);
    ``scratch`` holds the feed file ingestion reads."""
    from warledger.engines.local import DocumentExtractor
    from warledger.ingest.runner import ingest

    feed = scratch / "ecbplus.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for report in reports:
            record: dict[str, str] = {"id": report.doc_id, "text": report.text}
            if report.published is not None:
                record["published"] = report.published.isoformat()
            out.write(json.dumps(record) + "\n")
    with DocumentExtractor(1) as extractor:
        ingest(store, [feed], None, settings, extractor)


def score_store(store: Store, reports: list[Report]) -> dict[str, object]:
    """Resolve the stored reports' claims from scratch and score the incidents."""
    from warledger.model import Event
    from warledger.resolve.incident_run import resolve_incidents

    result = resolve_incidents(store, full=True)
    incident_of = {c: i.id for i in result.incidents for c in i.claim_ids}
    external = {d.id: str(d.external_id) for d in store.iter_documents()}
    claims = [c for c in store.iter_claims() if isinstance(c.proposition, Event)]
    triples = [(c.id, external[c.document_id], c.content.start) for c in claims]
    by_doc = document_incidents(triples, incident_of)
    triggers: dict[str, list[tuple[int, int, tuple[str, str]]]] = defaultdict(list)
    for claim in claims:
        event = claim.proposition
        if claim.id in incident_of and isinstance(event, Event):
            act = f"{event.type.value}:{event.mode or ''}"
            # The other trigger words merged into this claim tell the same act.
            for span in (event.trigger, *event.evidence):
                triggers[external[claim.document_id]].append(
                    (span.start, span.end, (incident_of[claim.id], act))
                )
    mention_incident = {}
    for report in reports:
        spans = sorted(triggers.get(report.doc_id, ()))
        for index, (start, end, _) in enumerate(report.mentions):
            hit = next((inc for s, e, inc in spans if s < end and start < e), None)
            if hit is not None:
                mention_incident[report.doc_id, index] = hit
    return score(reports, by_doc, mention_incident)
