"""How several ``warledger`` commands print: a two-column summary table, a shortened text.

Summaries (of ``ingest``, ``stats``) go to stdout as a titled key/value table;
long texts (file names in a progress bar, evidence in a table) are cut with an
ellipsis so that a line stays readable.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_summary(title: str, rows: dict[str, object]) -> None:
    """A titled two-column table on stdout; ``snake_case`` keys are printed as words."""
    table = Table(title=title, show_header=False)
    for key, value in rows.items():
        table.add_row(key.replace("_", " "), str(value))
    Console().print(table)


def shorten(text: str, width: int = 50) -> str:
    """``text`` if it fits in ``width`` characters, else its end after ``...``."""
    return text if len(text) <= width else "..." + text[-(width - 3) :]
