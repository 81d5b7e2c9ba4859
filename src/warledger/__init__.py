"""warledger: an auditable ledger of sourced claims about armed conflict.

The public surface, for scripts and notebooks: extract the claims of a text
(``extract_text``, no database), open a store (``open_store``), ingest files
into it (``ingest_paths``), resolve its incidents (``resolve_incidents``), and
read incidents and claims back (``read_incidents``, ``read_claims``), with the
types they take and return. The verbs are spelled out because ``ingest`` and
``resolve`` are subpackages too, whose import would shadow a function so named.
Everything else is reached through these or the ``warledger`` command.

Importing ``warledger`` is cheap: spaCy, SQLAlchemy and the data model are
imported when a function or type is first used, not here.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warledger.config import Settings
from warledger.errors import WarledgerError

if TYPE_CHECKING:
    from warledger.ingest.report import IngestSummary
    from warledger.model import Claim, Document, Incident
    from warledger.resolve.incident_run import ResolveResult
    from warledger.store import Store

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "Incident",
    "IngestSummary",
    "ResolveResult",
    "Settings",
    "Store",
    "WarledgerError",
    "extract_text",
    "ingest_paths",
    "open_store",
    "read_claims",
    "read_incidents",
    "resolve_incidents",
]

_LAZY_TYPES = {
    "Claim": "warledger.model",
    "Document": "warledger.model",
    "Incident": "warledger.model",
    "IngestSummary": "warledger.ingest.runner",
    "ResolveResult": "warledger.resolve.incident_run",
    "Store": "warledger.store",
}


def __getattr__(name: str) -> Any:
    """The public types, imported on first use (see the module docstring)."""
    module = _LAZY_TYPES.get(name)
    if module is None:
        raise AttributeError(f"module 'warledger' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def extract_text(
    text: str,
    *,
    published: date | None = None,
    document_id: str | None = None,
    places_file: Path | None = None,
) -> list[Claim]:
    """The claims stated in ``text``, with character spans into it; no database involved.

    ``published`` is the date relative dates ("on Monday") count from;
    ``document_id`` is what the claims refer to (default: the sha256 of the
    UTF-8 text, as ``ingest`` would store it); ``places_file`` is an analyst's
    own gazetteer (YAML, see ``examples/places.yaml``). The first call loads the
    spaCy pipeline (seconds); later calls with the same places file reuse it.
    """
    from warledger.engines.local import worker_extractor
    from warledger.extract.pipeline import TextInput
    from warledger.model import content_hash

    doc_id = document_id if document_id is not None else content_hash(text.encode("utf-8"))
    return worker_extractor(places_file).extract(TextInput(text, doc_id, published))


def open_store(database: str | None = None, *, blob_dir: str | None = None) -> Store:
    """The store at ``database`` (a SQLite file path or a SQLAlchemy URL; default
    ``$WARLEDGER_DATABASE_URL``, else ``./warledger.db``), created or upgraded as needed.

    Close it when done (``with open_store(...) as store:``). ``blob_dir`` is where
    raw input bytes go (default: beside a SQLite file). Raises ``WarledgerError``
    (``StoreError``, ``ConfigError``) naming the database when it cannot be opened.
    """
    from warledger.store import Store

    return Store.open(Settings.from_env(database=database, blob_dir=blob_dir))


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    urls_file: str | Path | None = None,
    extract: bool = True,
    engine: str = "local",
    workers: int = 1,
) -> IngestSummary:
    """Store the files and folders in ``paths`` (and the URLs listed in ``urls_file``) and,
    with ``extract``, their claims, as ``warledger ingest`` does.

    A bad input is counted and named in the summary's ``errors``; the rest goes on.
    ``engine`` names where extraction runs (``warledger.engines.names()``) and
    ``workers`` how many processes it uses. Ingesting the same input twice stores it once.
    """
    from warledger import engines
    from warledger.ingest.runner import ingest as run_ingest

    inputs = [Path(path) for path in paths]
    urls = Path(urls_file) if urls_file is not None else None
    if not extract:
        return run_ingest(store, inputs, urls, store.settings)
    places_file = store.settings.places_file
    with engines.get(engine, workers=workers, places_file=places_file) as running:
        return run_ingest(store, inputs, urls, store.settings, running.map)


def resolve_incidents(store: Store, *, full: bool = False) -> ResolveResult:
    """Merge actors named differently across documents, then cluster event claims into
    graded incidents and record them, as ``warledger resolve`` does (incremental unless
    ``full``)."""
    from warledger.resolve.actors import resolve_actors
    from warledger.resolve.incident_run import resolve_incidents as run_resolve

    resolve_actors(store)
    return run_resolve(store, full=full)


def read_incidents(
    store: Store,
    *,
    as_of: datetime | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[Incident]:
    """Incidents whose event dates overlap ``start``..``end``, largest first (independent
    sources, then claims, then id).

    Without ``as_of``, those recorded by the last ``resolve``; with it, recomputed from
    the claims and reviews stored by then (nothing is written).
    """
    from warledger.resolve.incident_run import resolve_incidents
    from warledger.store.incidents import stored_incidents

    if as_of is None:
        return [incident for incident, _ in stored_incidents(store, period=(start, end))]
    found = [
        incident
        for incident in resolve_incidents(store, as_of=as_of).incidents
        if not (start and incident.date_end and incident.date_end < start)
        and not (end and incident.date_start and incident.date_start > end)
    ]
    return sorted(found, key=lambda i: (-i.n_sources, -i.n_claims, i.id))


def read_claims(store: Store, *, limit: int | None = None) -> list[Claim]:
    """Stored claims in a stable order (by document, then id), at most ``limit`` of them."""
    from itertools import islice

    return list(islice(store.iter_claims(), limit))
