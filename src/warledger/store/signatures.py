"""MinHash signatures of document texts, as the store keeps them.

A signature is stored with each document and compared with signatures computed
later, by other runs and other versions, so how it is computed is part of the
stored format: ``SIGNATURE_SCHEME`` names it, and a change needs a migration that
re-signs stored documents (0007 did it for this scheme). Near-duplicate placement
(``ingest.dedup``) reads them.

Signing is on ingest's critical path, so it is vectorised: every word is hashed
(xxh3, 64 bits) in C through ``map``, a shingle's hash is an order-sensitive
combination of its words' hashes computed in NumPy, and datasketch applies its
permutations to the whole array at once. ``signature_bytes`` holds the uint64 hash
values as raw bytes.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from xxhash import xxh3_64_intdigest

NUM_PERM = 128
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
    return np.unique(_shingle_hash_sequence(text, size))


def _shingle_hash_sequence(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """The hash of every shingle, in text order, repeats included: what ``signature``
    needs, since a minimum is the same with repeats, and sorting them out costs more."""
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
    return combined


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
    minhash.update_batch(_shingle_hash_sequence(text).tolist())
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
