"""What the command-line tests share: an invented report (a claim, a toll, a denial) and a
reader for the key/value summary tables that ``ingest`` and ``stats`` print."""

REPORT = (
    "The defence ministry said on Monday that rebel artillery shelled the town of "
    "Aleppo, killing four civilians. The rebels denied that their fighters fired on the town."
)


def summary_rows(output: str) -> dict[str, str]:
    """The ``│ key │ value │`` rows of a printed summary table."""
    rows: dict[str, str] = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.split("│")]
        if len(cells) == 4 and cells[1]:
            rows[cells[1]] = cells[2]
    return rows
