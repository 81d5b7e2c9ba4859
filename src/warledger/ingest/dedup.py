"""Near-duplicate (syndication) detection with MinHash LSH.

Ten outlets running one wire story are one source, not ten (DESIGN.md,
principle 4). Each document's text is reduced to a set of word shingles and a
MinHash signature; MinHashLSH finds earlier documents whose estimated Jaccard
similarity is at least ``threshold``. A near-duplicate joins the
``syndication_group`` of its closest match, whose id is the group's first
document; anything else starts a group named by its own id.

Signing is on ingest's critical path, so it is vectorised: each distinct word is
hashed once (xxh3, 64 bits), a shingle's hash is an order-sensitive combination of
its words' hashes computed in NumPy, and datasketch applies its permutations to
the whole array at once. Signatures are stored with each document
(``signature_bytes``: the uint64 hash values as raw bytes), so the index is
rebuilt from ``store.minhash_signatures()`` at the start of each run and ingest
stays incremental across runs. ``SIGNATURE_SCHEME`` names the way a signature is
computed; a store signed another way is re-signed by migration 0007.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from xxhash import xxh3_64_intdigest

NUM_PERM = 128
# Estimated Jaccard of word 3-shingles at or above which two texts are one story.
# Measured on shared/corpus: a verbatim syndicated copy scores 0.99, while distinct
# daily press releases written from one template score 0.53-0.59; a 300-word story
# re-headlined with one sentence rewritten has a true Jaccard of ~0.80, which a
# 128-permutation estimate (s.d. ~0.035) can put near 0.74. 0.7 sits in the gap.
THRESHOLD = 0.7
SHINGLE_WORDS = 3
SEED = 1
# 64-bit hashing, so stored signatures are uint64 values; pinned because datasketch
# refuses to rebuild a MinHash from hash values without being told their scheme.
SCHEME = "affine64"
# How shingles are hashed (word hashes combined in NumPy). Stored signatures made
# another way are not comparable; migration 0007 re-signs a store's documents.
SIGNATURE_SCHEME = "xxh3-words-v2"
WORD = re.compile(r"\w+", re.UNICODE)
# Odd multipliers that make a shingle's hash depend on its words' order.
_POSITION_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64
)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """The distinct 64-bit hashes of a text's lower-cased word ``size``-grams.

    A text shorter than ``size`` words is one shingle (the empty text included), so
    every text has a signature and two identical short texts still match.
    """
    words = WORD.findall(text.lower())
    if len(words) <= size:
        return np.array([xxh3_64_intdigest(" ".join(words).encode())], dtype=np.uint64)
    word_hashes = np.fromiter(
        map(xxh3_64_intdigest, map(str.encode, words)), dtype=np.uint64, count=len(words)
    )
    count = len(words) - size + 1
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        combined += word_hashes[offset : offset + count] * _POSITION_MULTIPLIERS[offset % 3]
        combined ^= combined >> np.uint64(29)
    return np.unique(combined)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> np.ndarray:
    """datasketch's permutation parameters for ``SEED``, drawn once per process
    (drawing them costs more than signing a short text); read-only afterwards."""
    permutations = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations
    permutations.setflags(write=False)
    return permutations


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of a text's word shingles."""
    minhash = MinHash(
        num_perm=num_perm,
        seed=SEED,
        scheme=SCHEME,
        hashfunc=int,
        permutations=_permutations(num_perm),
    )
    minhash.update_batch(shingle_hashes(text).tolist())
    return minhash


def signature_bytes(minhash: MinHash) -> bytes:
    """Serialise a signature as its hash values, uint64, native byte order."""
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def signature_from_bytes(data: bytes, num_perm: int = NUM_PERM) -> MinHash:
    """Inverse of ``signature_bytes``."""
    values = np.frombuffer(data, dtype=np.uint64)
    if values.size != num_perm:
        raise ValueError(f"signature has {values.size} hash values, expected {num_perm}")
    return MinHash(
        num_perm=num_perm,
        seed=SEED,
        scheme=SCHEME,
        hashvalues=values.copy(),
        permutations=_permutations(num_perm),
    )


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
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
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
        return len(self._signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._signatures

    def place(self, doc_id: str, minhash: MinHash) -> Placement:
        """The group a new document belongs to: its closest near-duplicate's, or its own.

        LSH candidates are confirmed with the estimated Jaccard similarity, and
        ties go to the smallest id so that placement does not depend on set order.
        """
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(minhash):
            if candidate == doc_id:
                continue
            similarity = minhash.jaccard(self._signatures[candidate])
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
        if doc_id in self._signatures:
            return
        self._lsh.insert(doc_id, minhash)
        self._signatures[doc_id] = minhash
        self._groups[doc_id] = group


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
