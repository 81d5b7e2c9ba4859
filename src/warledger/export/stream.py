"""One export as a stream of text chunks: the code behind ``warledger export`` and the
API's /api/export.* downloads, so both write the same bytes.

Incidents are turned into records a batch at a time (``records.stream_records``)
and each format yields its text as it goes, so an export of the whole archive
never holds it in memory and an HTTP client starts receiving at once. What was
written is counted in a ``Tally``, complete once the stream is exhausted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from warledger.export.acled_csv import csv_lines
from warledger.export.geojson import FeatureCount, geojson_chunks
from warledger.export.graph import GraphFormat, graph_bytes
from warledger.export.jsonl import jsonl_lines
from warledger.export.records import Value, stream_records
from warledger.query.actors import network

if TYPE_CHECKING:
    from warledger.model import Incident
    from warledger.store import Store


class ExportFormat(StrEnum):
    CSV = "csv"
    GEOJSON = "geojson"
    JSONL = "jsonl"
    GRAPH = "graph"
    GEXF = "gexf"
    PARQUET = "parquet"


class ExportWhat(StrEnum):
    INCIDENTS = "incidents"
    CLAIMS = "claims"
    RELATIONS = "relations"


GRAPH_FORMATS = {ExportFormat.GRAPH: GraphFormat.GRAPHML, ExportFormat.GEXF: GraphFormat.GEXF}
"""Formats of the relation graph (``graph`` is GraphML), which export relations only."""


MEDIA_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.GEOJSON: "application/geo+json",
    ExportFormat.JSONL: "application/x-ndjson",
    ExportFormat.GRAPH: "application/graphml+xml",
    ExportFormat.GEXF: "application/gexf+xml",
    ExportFormat.PARQUET: "application/vnd.apache.parquet",
}


@dataclass
class Tally:
    """Items exported and items there were (GeoJSON leaves out incidents without a point)."""

    written: int = 0
    total: int = 0


def export_chunks(
    store: Store,
    fmt: ExportFormat,
    what: ExportWhat,
    incidents: Iterable[Incident],
    tally: Tally,
) -> Iterator[str]:
    """The export as text chunks: ``incidents`` (in their order) or every stored claim
    (JSON lines only; csv and geojson are incident formats), or the relation graph
    (graph, gexf: one document, counted in edges). Parquet is no text stream: it is
    written to a file by ``export.parquet``."""
    if fmt == ExportFormat.PARQUET:
        raise ValueError("parquet is written to a file by export.parquet.write_parquet")
    if fmt in GRAPH_FORMATS:
        if what != ExportWhat.RELATIONS:
            raise ValueError(f"{fmt.value} exports relations only")
        net = network(store)
        tally.written = tally.total = len(net.edges)
        yield graph_bytes(net, GRAPH_FORMATS[fmt]).decode("utf-8")
        return
    if what == ExportWhat.RELATIONS:
        raise ValueError("relations export as graph or gexf only")
    if fmt == ExportFormat.JSONL:
        items = store.iter_claims() if what == ExportWhat.CLAIMS else incidents
        for line in jsonl_lines(items):
            tally.written += 1
            tally.total += 1
            yield line
        return
    if what != ExportWhat.INCIDENTS:
        raise ValueError(f"{fmt.value} exports incidents; use jsonl for claims")
    records = _counted(stream_records(store, incidents), tally)
    if fmt == ExportFormat.CSV:
        yield from csv_lines(records)
        tally.written = tally.total
    else:
        count = FeatureCount()
        yield from geojson_chunks(records, count)
        tally.written = count.written


def _counted(records: Iterable[dict[str, Value]], tally: Tally) -> Iterator[dict[str, Value]]:
    for record in records:
        tally.total += 1
        yield record
