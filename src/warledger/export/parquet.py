"""``export --format parquet``: claims, incidents or relations as Parquet, typed columns.

For DuckDB, pandas, Polars or Spark users, and for moving an archive's results between
machines. Claims are written as a claims shard (``store.shard_format``: the claims file
and the documents file beside it), which ``warledger load-claims`` loads into another
store. Incidents and relations are for analysis only (they are recomputed by
``resolve``, never loaded): one row per incident or per (subject, predicate, object)
edge, lists as Parquet lists and dates as dates, never joined into strings.
Every schema is documented in docs/parquet.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from warledger.export.stream import ExportWhat
from warledger.query.actors import network
from warledger.query.incidents import IncidentFilter, iter_incidents
from warledger.store.shard_load import dump_claims

if TYPE_CHECKING:
    from warledger.model import Incident
    from warledger.query.actors import RelationEdge
    from warledger.store import Store

BATCH = 5_000
"""Incidents per row group."""

_STRINGS = pa.list_(pa.string())

INCIDENT_COLUMNS = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("mode", pa.string()),
        pa.field("place_name", pa.string()),
        pa.field("country", pa.string()),
        pa.field("admin1", pa.string()),
        pa.field("geonames_id", pa.int64()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("geo_precision", pa.int8()),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("killed_low", pa.int64()),
        pa.field("killed_best", pa.int64()),
        pa.field("killed_high", pa.int64()),
        pa.field("injured_low", pa.int64()),
        pa.field("injured_best", pa.int64()),
        pa.field("injured_high", pa.int64()),
        pa.field("n_claims", pa.int32(), nullable=False),
        pa.field("n_sources", pa.int32(), nullable=False),
        pa.field("sides", _STRINGS, nullable=False),
        pa.field("grade", pa.string(), nullable=False),
        pa.field("reasons", _STRINGS, nullable=False),
        pa.field("claim_ids", _STRINGS, nullable=False),
    ],
    metadata={b"warledger:table": b"incidents"},
)

RELATION_COLUMNS = pa.schema(
    [
        pa.field("subject_id", pa.string(), nullable=False),
        pa.field("subject_name", pa.string(), nullable=False),
        pa.field("predicate", pa.string(), nullable=False),
        pa.field("object_id", pa.string(), nullable=False),
        pa.field("object_name", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("asserted_by", _STRINGS, nullable=False),
        pa.field("denied_by", _STRINGS, nullable=False),
        pa.field("n_asserting", pa.int32(), nullable=False),
        pa.field("n_denying", pa.int32(), nullable=False),
        pa.field("valid_from", pa.date32()),
        pa.field("valid_to", pa.date32()),
        pa.field("claim_ids", _STRINGS, nullable=False),
        pa.field("document_ids", _STRINGS, nullable=False),
    ],
    metadata={b"warledger:table": b"relations"},
)


def incident_row(incident: Incident) -> dict[str, Any]:
    place = incident.place
    return {
        "id": incident.id,
        "type": incident.type.value,
        "mode": incident.mode,
        "place_name": place.name if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "geonames_id": place.geonames_id if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": int(place.precision) if place else None,
        "date_start": incident.date_start,
        "date_end": incident.date_end,
        "killed_low": incident.killed.low,
        "killed_best": incident.killed.best,
        "killed_high": incident.killed.high,
        "injured_low": incident.injured.low,
        "injured_best": incident.injured.best,
        "injured_high": incident.injured.high,
        "n_claims": incident.n_claims,
        "n_sources": incident.n_sources,
        "sides": [side.value for side in incident.sides],
        "grade": incident.grade.value,
        "reasons": list(incident.reasons),
        "claim_ids": list(incident.claim_ids),
    }


def relation_row(edge: RelationEdge) -> dict[str, Any]:
    """One edge as the graph exports carry it (``export.graph``), its lists kept as lists."""
    valid_from, valid_to = edge.period
    return {
        "subject_id": edge.subject_id,
        "subject_name": edge.subject_name,
        "predicate": edge.predicate,
        "object_id": edge.object_id,
        "object_name": edge.object_name,
        "status": edge.status,
        "asserted_by": [s.claimant for s in edge.supporting],
        "denied_by": [s.claimant for s in edge.denying],
        "n_asserting": len(edge.supporting),
        "n_denying": len(edge.denying),
        "valid_from": valid_from,
        "valid_to": valid_to,
        "claim_ids": [s.claim_id for s in edge.sources],
        "document_ids": list(dict.fromkeys(s.document_id for s in edge.sources)),
    }


def write_parquet(store: Store, what: ExportWhat, path: Path) -> int:
    """Write ``what`` to ``path`` (claims: also their documents beside it); rows written."""
    if what == ExportWhat.CLAIMS:
        return dump_claims(store, path).counts.claims
    if what == ExportWhat.INCIDENTS:
        incidents = (incident for incident, _ in iter_incidents(store, IncidentFilter()))
        return _write(path, INCIDENT_COLUMNS, (incident_row(i) for i in incidents))
    return _write(path, RELATION_COLUMNS, (relation_row(e) for e in network(store).edges))


def _write(path: Path, schema: pa.Schema, rows: Iterable[dict[str, Any]]) -> int:
    written = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as out:
        for batch in _batches(rows):
            out.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
    return written


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, BATCH)):
        yield batch
