"""Outlets from a spreadsheet: one row per outlet, the columns named as the YAML fields.

A monitoring desk keeps its list of hundreds of outlets in a spreadsheet, not in YAML;
this reads that list exported as CSV. Columns are ``id`` and ``name`` (required) and
any of ``kind``, ``country``, ``owner_group``, ``side``, ``aliases``, ``domains``. The
cells that hold several values separate them with ``;``: ``side`` as
``conflict=side`` pairs (``brena-2026=party_a; other-war=third_party``), ``aliases``
and ``domains`` as plain lists. Conflicts cannot be described in a CSV row, so those a
``side`` names come from the packaged ``conflicts.yaml`` or from an optional YAML file
with a ``conflicts`` mapping laid out as in an outlets YAML file. Every error names the
file, the row (its line in the file) and the column.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from warledger.kb.loader import KnowledgeBaseError
from warledger.kb.outlets import OutletEntry, OutletRegistry, parse_outlets

COLUMNS = ("id", "name", "kind", "country", "owner_group", "side", "aliases", "domains")
REQUIRED = ("id", "name")
MAX_CSV_BYTES = 20_000_000


def read_outlets_csv(path: Path, conflicts_file: Path | None = None) -> OutletRegistry:
    """The outlets in a CSV file (and the conflicts in ``conflicts_file``), validated."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise KnowledgeBaseError(f"{path}: larger than {MAX_CSV_BYTES:,} bytes; split it")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the outlets CSV ({exc})") from exc
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    if missing or unknown:
        problem = f"missing column(s) {missing}" if missing else f"unknown column(s) {unknown}"
        raise KnowledgeBaseError(
            f"{path}: header: {problem}; the columns are {', '.join(COLUMNS)} "
            "(id and name required)"
        )
    reader.fieldnames = header
    outlets: list[dict[str, Any]] = []
    for row in reader:
        where = f"{path}: row {reader.line_num}"
        if None in row:
            raise KnowledgeBaseError(f"{where}: more cells than the header has columns")
        item = _row_item(row, where)
        if item:
            _check_row(item, where)
            outlets.append(item)
    conflicts = _read_conflicts(conflicts_file) if conflicts_file else {}
    return parse_outlets({"conflicts": conflicts, "outlets": outlets}, str(path))


def _row_item(row: dict[str, str | None], where: str) -> dict[str, Any]:
    """A row as an outlets-YAML entry (empty cells left out; a blank row is empty)."""
    cells = {k: (v or "").strip() for k, v in row.items() if k}
    item: dict[str, Any] = {k: v for k, v in cells.items() if v}
    for column in ("aliases", "domains"):
        if column in item:
            item[column] = _split(item[column])
    if "side" in item:
        sides: dict[str, str] = {}
        for pair in _split(item["side"]):
            conflict, equals, side = (p.strip() for p in pair.partition("="))
            if not equals or not conflict or not side:
                raise KnowledgeBaseError(
                    f"{where}, column side: {pair!r} is not CONFLICT=SIDE "
                    "(e.g. brena-2026=third_party; separate pairs with ';')"
                )
            sides[conflict] = side
        item["side"] = sides
    return item


def _check_row(item: dict[str, Any], where: str) -> None:
    try:
        OutletEntry.model_validate(item)
    except ValidationError as exc:
        problems = "; ".join(
            f"column {'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise KnowledgeBaseError(f"{where}: {problems}") from exc


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _read_conflicts(path: Path) -> Any:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the conflicts file ({exc})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("conflicts"), dict):
        raise KnowledgeBaseError(
            f"{path}: expected a `conflicts` mapping (id -> name, party_a, party_b)"
        )
    return raw["conflicts"]
