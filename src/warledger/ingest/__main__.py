"""``python -m warledger.ingest PATH... [--urls FILE]``: store-only ingest, summary as JSON.

A dependency-free entry point (no extraction, no CLI framework) for scripts,
benchmarks and the crash-safety test; ``warledger ingest`` is the full command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warledger.config import Settings
from warledger.errors import WarledgerError
from warledger.ingest.runner import ingest
from warledger.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warledger.ingest", description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, help="files or directories")
    parser.add_argument("--urls", type=Path, help="file with one URL a line")
    parser.add_argument("--db", help="database URL or SQLite path (default: WARLEDGER_*)")
    parser.add_argument("--blob-dir", help="blob folder (default: beside the SQLite file)")
    args = parser.parse_args(argv)
    if not args.paths and args.urls is None:
        parser.error("give at least one PATH or --urls FILE")
    try:
        settings = Settings.from_env(database=args.db, blob_dir=args.blob_dir)
        with Store.open(settings) as store:
            summary = ingest(store, args.paths, args.urls, settings)
    except WarledgerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary.as_dict(), indent=2))
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
