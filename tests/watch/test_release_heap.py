"""``release_free_heap`` hands freed heap pages back to the system between rounds.

Measured on this process itself: fill the heap with blocks below glibc's mmap
threshold (so they live in the heap, not in their own mappings), free all but the
last (which pins the heap's top, so only ``malloc_trim``'s release of free pages in
the middle can shrink it), and compare the resident size before and after.
"""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from warledger.watch.rounds import release_free_heap

BLOCK = 64 * 1024
BLOCKS = 2_000  # 125 MiB


def resident_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's (Linux)",
)
def test_freed_heap_pages_go_back_to_the_system() -> None:
    release_free_heap()
    blocks = [bytearray(BLOCK) for _ in range(BLOCKS)]
    for block in blocks:
        block[::4096] = b"x" * len(block[::4096])  # touch every page
    pinned = blocks[-1]
    del blocks
    before = resident_kib()
    release_free_heap()
    after = resident_kib()
    assert len(pinned) == BLOCK
    assert before - after > BLOCKS * BLOCK // 1024 // 2, (before, after)
