"""MinHash signatures of document texts, as the store keeps them.

A signature is stored with each document and compared with signatures computed
later, by other runs and other versions, so how it is computed is part of the
stored format: ``SIGNATURE_SCHEME`` names it, and a change needs a migration that
re-signs stored documents (0007 did it for this scheme). Near-duplicate placement
(``ingest.dedup``) reads them.

Signing is on ingest's critical path, so it is vectorised: every word is hashed
(xxh3, 64 bits) in C through ``map``, a shingle's hash is an order-sensitive
combination of its words' hashes computed in NumPy, and the permutations of
datasketch's ``affine64`` scheme are applied to whole blocks of shingles in NumPy
(``_min_permuted``: the values datasketch's ``update_batch`` computes, without its
Python loop over the hashes or its one matrix as large as the text).
``signature_bytes`` holds the uint64 hash values as raw bytes.
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
PERMUTE_BLOCK = 2048
"""Shingles permuted at once: a 2 MB block of values for 128 permutations."""
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


def _fmix64(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, which the ``affine64`` scheme applies to every
    hash before permuting it (so weak hashes are safe); wraps modulo 2**64."""
    hashes = hashes ^ (hashes >> np.uint64(33))
    hashes *= np.uint64(0xFF51AFD7ED558CCD)
    hashes ^= hashes >> np.uint64(33)
    hashes *= np.uint64(0xC4CEB9FE1A85EC53)
    hashes ^= hashes >> np.uint64(33)
    return hashes


def _min_permuted(hashes: np.ndarray, permutations: np.ndarray) -> np.ndarray:
    """For each permutation ``(a, b)``, the least ``a * fmix(h) + b`` (mod 2**64) over the
    hashes: a MinHash's values. Computed ``PERMUTE_BLOCK`` hashes at a time into one
    buffer, so memory stays bounded however long the text."""
    mixed = _fmix64(hashes)
    multipliers, offsets = permutations
    least = np.full(multipliers.size, np.iinfo(np.uint64).max, dtype=np.uint64)
    block = np.empty((min(mixed.size, PERMUTE_BLOCK), multipliers.size), dtype=np.uint64)
    for start in range(0, mixed.size, PERMUTE_BLOCK):
        chunk = mixed[start : start + PERMUTE_BLOCK, None]
        permuted = block[: chunk.shape[0]]
        np.multiply(chunk, multipliers, out=permuted)
        permuted += offsets
        np.minimum(least, permuted.min(axis=0), out=least)
    return least


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of a text's word shingles."""
    permutations = _permutations(num_perm)
    return MinHash(
        num_perm=num_perm,
        seed=SEED,
        scheme=SCHEME,
        hashvalues=_min_permuted(_shingle_hash_sequence(text), permutations),
        permutations=permutations,
    )


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
