"""``warledger reference load``: read a reference CSV and record it in the store.

The file's name, sha256, format, row count and load time go into the load's ledger
entry, so every reference event can be traced to the exact file it came from.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from warledger.errors import InputError
from warledger.model import LedgerEntry
from warledger.reference.formats import LoadedFile, read_reference_csv
from warledger.store import Store
from warledger.store.reference import save_reference_events


def load_reference(store: Store, path: Path, format: str) -> tuple[LoadedFile, LedgerEntry]:
    """Read ``path`` as ``format`` and store its events; the file and its ledger entry.

    Bad rows are skipped and listed in ``LoadedFile.errors``; a file with no usable row
    is an ``InputError`` (nothing is written).
    """
    loaded = read_reference_csv(path, format)
    if not loaded.events:
        reason = loaded.errors[0] if loaded.errors else "has no rows"
        raise InputError(str(path), f"gave no usable {format} event: {reason}")
    source = {
        "file": path.name,
        "sha256": loaded.sha256,
        "format": format,
        "rows": loaded.rows,
        "skipped": loaded.rows - len(loaded.events),
        "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return loaded, save_reference_events(store, loaded.events, source)
