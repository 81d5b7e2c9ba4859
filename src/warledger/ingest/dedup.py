"""Near-duplicate (syndication) detection with MinHash LSH.

Ten outlets running one wire story are one source, not ten (DESIGN.md,
principle 4). Each document's text is reduced to a MinHash signature of its word
shingles (``store.signatures``: the store keeps signatures, so it owns how they are
made); MinHashLSH finds earlier documents whose estimated Jaccard similarity is at
least ``threshold``. A near-duplicate joins the ``syndication_group`` of its closest
match, whose id is the group's first document; anything else starts a group named
by its own id. The index is rebuilt from ``store.minhash_signatures()`` at the start
of each run, so ingest stays incremental across runs.

The banding is datasketch's ``MinHashLSH`` (its number of bands and rows, so the same
candidates), kept here in plain dicts because placement runs inside ingest's write
transaction: each band's key is cut once from the signature's bytes instead of
byte-swapped into a new array per band, for the query and again for the insert.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from warledger.store.signatures import NUM_PERM, signature_from_bytes

# Estimated Jaccard of word 3-shingles at or above which two texts are one story.
# Measured on shared/corpus: a verbatim syndicated copy scores 0.99, while distinct
# daily press releases written from one template score 0.53-0.59; a 300-word story
# re-headlined with one sentence rewritten has a true Jaccard of ~0.80, which a
# 128-permutation estimate (s.d. ~0.035) can put near 0.74. 0.7 sits in the gap.
THRESHOLD = 0.7
BANDS_AND_ROWS = (14, 9)
"""datasketch's optimal LSH bands and rows per band for ``THRESHOLD`` and ``NUM_PERM``
(equal weights on false positives and negatives; a test recomputes them): pinned because
finding them integrates numerically over every pair, a fifth of a second per run."""


@dataclass(frozen=True)
class Placement:
    """Where a new document goes: its group, and the document it is closest to (if any)."""

    syndication_group: str
    near_duplicate_of: str | None
    similarity: float


class NearDuplicateIndex:
    """An in-memory LSH index over stored documents' signatures."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self._bands, self._rows = _bands_and_rows(threshold, num_perm)
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(self._bands)]
        self._values: dict[str, np.ndarray] = {}
        self._groups: dict[str, str] = {}

    @classmethod
    def from_signatures(
        cls,
        rows: Iterable[tuple[str, str | None, bytes | None]],
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
    ) -> NearDuplicateIndex:
        """Rebuild from ``(doc_id, syndication_group, signature)`` rows, as the store gives."""
        index = cls(threshold=threshold, num_perm=num_perm)
        for doc_id, group, data in rows:
            if data:
                index.add(doc_id, group or doc_id, signature_from_bytes(data, num_perm))
        return index

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._values

    def place(self, doc_id: str, minhash: MinHash) -> Placement:
        """The group a new document belongs to: its closest near-duplicate's, or its own.

        LSH candidates are confirmed with the estimated Jaccard similarity (the share of
        equal hash values, as ``MinHash.jaccard``), and ties go to the smallest id so that
        placement does not depend on set order.
        """
        values = minhash.hashvalues
        candidates: set[str] = set()
        for bucket, key in zip(self._buckets, self._band_keys(values), strict=True):
            candidates.update(bucket.get(key, ()))
        candidates.discard(doc_id)
        best: tuple[float, str] | None = None
        for candidate in candidates:
            similarity = np.count_nonzero(values == self._values[candidate]) / values.size
            if similarity >= self.threshold and (
                best is None or (-similarity, candidate) < (-best[0], best[1])
            ):
                best = (similarity, candidate)
        if best is None:
            return Placement(syndication_group=doc_id, near_duplicate_of=None, similarity=0.0)
        similarity, match = best
        return Placement(self._groups[match], near_duplicate_of=match, similarity=similarity)

    def add(self, doc_id: str, group: str, minhash: MinHash) -> None:
        """Index a stored document; adding the same id twice is a no-op."""
        if doc_id in self._values:
            return
        for bucket, key in zip(self._buckets, self._band_keys(minhash.hashvalues), strict=True):
            bucket.setdefault(key, []).append(doc_id)
        self._values[doc_id] = minhash.hashvalues
        self._groups[doc_id] = group

    def _band_keys(self, values: np.ndarray) -> list[bytes]:
        """The bytes of each band's ``rows`` values: equal keys, equal band."""
        data = values.tobytes()
        width = self._rows * values.itemsize
        return [data[band * width : (band + 1) * width] for band in range(self._bands)]


def _bands_and_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH bands and rows per band: the pinned pair for the defaults, else datasketch's."""
    if (threshold, num_perm) == (THRESHOLD, NUM_PERM):
        return BANDS_AND_ROWS
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def rebuild_groups(
    rows: Iterable[tuple[str, str | None, bytes | None]], threshold: float = THRESHOLD
) -> dict[str, str]:
    """Each document's group when ``rows`` (``store.minhash_signatures()``: oldest first)
    are placed one after another into an empty index, as one ingest run would place them.

    Run over a whole store it regroups what runs that could not see each other grouped
    apart; documents without a signature are left out (their group is kept).
    """
    index = NearDuplicateIndex(threshold=threshold)
    groups: dict[str, str] = {}
    for doc_id, _group, data in rows:
        if not data:
            continue
        minhash = signature_from_bytes(data)
        groups[doc_id] = index.place(doc_id, minhash).syndication_group
        index.add(doc_id, groups[doc_id], minhash)
    return groups
