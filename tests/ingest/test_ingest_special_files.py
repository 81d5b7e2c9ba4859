"""A pipe or a dangling link inside a folder is reported, never skipped in silence nor read
(reading a pipe blocks forever; issue 12, item 10)."""

from __future__ import annotations

import os
from pathlib import Path

from warledger.errors import InputError
from warledger.ingest.readers import expand_inputs


def test_a_pipe_and_a_dangling_link_in_a_folder_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("A plain report.\n")
    os.mkfifo(folder / "b.txt")
    (folder / "c.html").symlink_to(tmp_path / "gone.html")
    (folder / "d.bin").write_bytes(b"\x00")  # unknown extension in a folder: not taken
    found = expand_inputs([folder])
    assert found[0] == folder / "a.txt"
    errors = {Path(e.source).name: str(e) for e in found[1:] if isinstance(e, InputError)}
    assert len(found) == 3 and set(errors) == {"b.txt", "c.html"}
    assert "not a regular file" in errors["b.txt"]
    assert "link to nothing" in errors["c.html"]
