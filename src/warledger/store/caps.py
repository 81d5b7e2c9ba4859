"""Bounds on what one write may hold, so that no single input can swell the store.

A text made of thousands of short ``Word: text`` lines can make the extractor find
tens of thousands of claims; stored unbounded, they make one ledger entry of
megabytes (it lists every claim's digest) and a database many times the input's
size. ``Store.add_claims`` keeps at most ``MAX_CLAIMS_PER_DOCUMENT`` of a
document's claims, in the extractor's order, and its ledger entry records how
many it dropped, so the cap is visible to anyone reading the ledger.
"""

from __future__ import annotations

MAX_CLAIMS_PER_DOCUMENT = 2_000
"""Far above what a news report yields (tens of claims; the longest reports a few
hundred), far below what a degenerate input does."""
