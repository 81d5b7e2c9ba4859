"""Incidents of local news reports: clustering, toll and place against a gold file.

Local crime news tells one shooting in several short reports over weeks: the
first story, an update when a wounded victim dies, the arrest, the hearing, the
vigil. Each report is labelled with its incident, and each incident with the
number of people who died of it in the end and the town it happened in (with
its coordinates). The reports are ingested into a scratch store with their
publication times, incidents are resolved, and four figures are printed, as the
held-out real-report measure of issue 11 defines them:

* document clustering B-cubed and pairwise P/R/F1, each report assigned to the
  incident holding most of its event claims (``ecbplus.document_incidents``; a
  report with no event claim stays alone);
* ``killed_exact``: the share of gold incidents whose predicted incident (the
  one most of its reports were assigned to; ties: the first report's) has a best
  killed figure equal to the true count (no figure counts as 0 killed);
* ``place_within_50km``: the share whose predicted incident's place lies within
  50 km of the true town.

PATH is a folder holding ``reports.yaml``: ``incidents`` (key -> town, state,
latitude, longitude, date, killed) and ``reports`` (id, incident, published,
title, text). The per-incident rows name what was predicted, for error analysis.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from warledger.errors import EvalError
from warledger.eval.ecbplus import bcubed, clusters_of, document_incidents, pairwise
from warledger.geo.distance import haversine_km

if TYPE_CHECKING:
    from warledger.config import Settings
    from warledger.model import Incident
    from warledger.store import Store

NEAR_KM = 50.0


@dataclass(frozen=True)
class GoldIncident:
    """One real event: its town and coordinates, and how many died of it."""

    key: str
    town: str
    latitude: float
    longitude: float
    killed: int


@dataclass(frozen=True)
class Report:
    """One news report as ingested, with the key of its gold incident."""

    doc_id: str
    incident: str
    published: datetime
    title: str
    text: str


def read_set(path: Path) -> tuple[dict[str, GoldIncident], list[Report]]:
    """The gold incidents and the reports of ``path/reports.yaml``."""
    source = path / "reports.yaml" if path.is_dir() else path
    if not source.is_file():
        raise EvalError(f"{path}: expected a folder with reports.yaml, or that file")
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        incidents = {
            key: GoldIncident(
                key=key,
                town=f"{row['town']}, {row['state']}",
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                killed=int(row["killed"]),
            )
            for key, row in data["incidents"].items()
        }
        reports = [
            Report(
                doc_id=str(row["id"]),
                incident=str(row["incident"]),
                published=row["published"],
                title=str(row["title"]),
                text=" ".join(str(row["text"]).split()),
            )
            for row in data["reports"]
        ]
    except (KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as error:
        raise EvalError(f"{source}: not a reports file ({error!r})") from error
    unknown = sorted({r.incident for r in reports} - set(incidents))
    if unknown:
        raise EvalError(f"{source}: reports name incidents with no gold row: {unknown}")
    return incidents, reports


def evaluate(path: Path, limit: int | None = None) -> dict[str, object]:
    """Ingest the reports into a scratch store, resolve incidents, score (see above).
    ``limit`` keeps the first N reports."""
    from warledger.config import Settings
    from warledger.store import Store

    gold, reports = read_set(path)
    if limit is not None:
        reports = reports[:limit]
    with tempfile.TemporaryDirectory(prefix="warledger-reports-") as scratch:
        root = Path(scratch)
        settings = Settings(database_url=f"sqlite:///{root / 'r.db'}", blob_dir=root / "blobs")
        with Store.open(settings) as store:
            ingest_reports(store, reports, root, settings)
            return score_store(store, gold, reports)


def ingest_reports(store: Store, reports: list[Report], scratch: Path, settings: Settings) -> None:
    """Extract and store the reports with their titles and publication times."""
    from warledger.engines.local import DocumentExtractor
    from warledger.ingest.runner import ingest

    feed = scratch / "reports.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for report in reports:
            record = {
                "id": report.doc_id,
                "title": report.title,
                "text": report.text,
                "published": report.published.isoformat(),
            }
            out.write(json.dumps(record) + "\n")
    with DocumentExtractor(1) as extractor:
        ingest(store, [feed], None, settings, extractor)


def score_store(
    store: Store, gold: dict[str, GoldIncident], reports: list[Report]
) -> dict[str, object]:
    """Resolve the stored reports' claims from scratch and score the incidents."""
    from warledger.model import Event
    from warledger.resolve.incident_run import resolve_incidents

    result = resolve_incidents(store, full=True)
    incident_of = {c: i.id for i in result.incidents for c in i.claim_ids}
    external = {d.id: str(d.external_id) for d in store.iter_documents()}
    triples = [
        (c.id, external[c.document_id], c.content.start)
        for c in store.iter_claims()
        if isinstance(c.proposition, Event)
    ]
    by_doc = document_incidents(triples, incident_of)
    incidents = {i.id: i for i in result.incidents}
    return score(gold, reports, by_doc, incidents)


def score(
    gold: dict[str, GoldIncident],
    reports: list[Report],
    document_incident: dict[str, str],
    incidents: dict[str, Incident],
) -> dict[str, object]:
    """The four figures from each report's predicted incident (see the module doc)."""
    gold_docs = {r.doc_id: r.incident for r in reports}
    predicted_docs = {
        r.doc_id: document_incident.get(r.doc_id, f"alone:{r.doc_id}") for r in reports
    }
    rows: list[dict[str, object]] = []
    killed_ok = near = 0
    for key in dict.fromkeys(r.incident for r in reports):
        truth = gold[key]
        members = [predicted_docs[r.doc_id] for r in reports if r.incident == key]
        counts = Counter(members)
        top = max(counts.values())
        chosen = next(m for m in members if counts[m] == top)
        incident = incidents.get(chosen)
        killed = incident.killed.best if incident is not None else None
        place = incident.place if incident is not None else None
        km = (
            haversine_km(truth.latitude, truth.longitude, place.latitude, place.longitude)
            if place is not None and place.latitude is not None and place.longitude is not None
            else None
        )
        killed_ok += (killed or 0) == truth.killed
        near += km is not None and km <= NEAR_KM
        rows.append(
            {
                "incident": key,
                "reports": len(members),
                "pieces": len(counts),
                "killed": truth.killed,
                "predicted_killed": killed,
                "town": truth.town,
                "predicted_place": (
                    f"{place.name}, {place.admin1 or place.country}" if place else None
                ),
                "km": round(km) if km is not None else None,
            }
        )
    n = len(rows)
    return {
        "documents": len(reports),
        "incidents": n,
        "bcubed": bcubed(gold_docs, predicted_docs),
        "pairwise": pairwise(gold_docs, predicted_docs),
        "all_alone_bcubed": bcubed(gold_docs, {d: d for d in gold_docs}),
        "killed_exact": round(killed_ok / n, 4) if n else 0.0,
        "place_within_50km": round(near / n, 4) if n else 0.0,
        "by_incident": rows,
        "merged": sorted(
            sorted({gold_docs[d] for d in group})
            for group in clusters_of(predicted_docs)
            if len({gold_docs[d] for d in group}) > 1
        ),
    }
