"""Ingest: read inputs (files, directories, jsonl corpora, URLs), detect duplicates and
syndicated copies, and store them; see ``runner.ingest``."""

from warledger.ingest.dedup import NearDuplicateIndex
from warledger.ingest.readers import Read, expand_inputs, read_path, read_paths
from warledger.ingest.report import IngestProgress, IngestSummary, ProgressCallback
from warledger.ingest.runner import ExtractBatch, ingest

__all__ = [
    "ExtractBatch",
    "IngestProgress",
    "IngestSummary",
    "NearDuplicateIndex",
    "ProgressCallback",
    "Read",
    "expand_inputs",
    "ingest",
    "read_path",
    "read_paths",
]
