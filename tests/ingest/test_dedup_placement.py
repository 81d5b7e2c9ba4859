"""Signatures are stored, so their values are pinned; placement picks the closest match
and joins at the threshold itself. Signatures here are built from chosen hash values,
so each similarity is exact (the share of equal values) rather than estimated."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from warledger.ingest.dedup import BANDS_AND_ROWS, THRESHOLD, NearDuplicateIndex, rebuild_groups
from warledger.store.signatures import (
    NUM_PERM,
    signature,
    signature_bytes,
    signature_from_bytes,
)


def _digest(text: str) -> str:
    values = signature(text).hashvalues.astype("<u8")  # the same on any byte order
    return hashlib.sha256(values.tobytes()).hexdigest()[:32]


@pytest.mark.parametrize(
    ("text", "digest"),
    [
        (
            "Shells hit the market in the north of the town on Monday.",
            "d3b71f1edbfdddf5a9f52bb61e1afd1d",
        ),
        ("Shells hit market", "8d3547c6a0ec21633753dc2b74f657d9"),
        ("Two words", "d6ce21d956d23dbc0600ce3c19db2993"),
    ],
)
def test_signature_values_are_pinned(text: str, digest: str) -> None:
    """A stored signature is only comparable with one computed the same way: a change
    here needs a new ``SIGNATURE_SCHEME`` and a migration that re-signs stored documents."""
    assert _digest(text) == digest


def _sharing(base: np.ndarray, equal: int) -> bytes:
    """A signature equal to ``base`` in its first ``equal`` values and different after:
    its Jaccard with ``base`` is exactly ``equal / NUM_PERM``, and the equal values fill
    whole LSH bands, so LSH proposes it whenever ``equal`` reaches the threshold."""
    other = base.copy()
    other[equal:] += np.uint64(1)
    return other.tobytes()


BASE = np.arange(1, NUM_PERM + 1, dtype=np.uint64) * np.uint64(7919)


def test_a_match_exactly_at_the_threshold_joins() -> None:
    threshold = 96 / NUM_PERM
    index = NearDuplicateIndex.from_signatures([("a", "a", BASE.tobytes())], threshold=threshold)
    placement = index.place("b", signature_from_bytes(_sharing(BASE, 96)))
    assert (placement.syndication_group, placement.similarity) == ("a", threshold)
    alone = index.place("c", signature_from_bytes(_sharing(BASE, 95)))
    assert (alone.syndication_group, alone.near_duplicate_of, alone.similarity) == ("c", None, 0.0)


def test_the_index_keeps_the_threshold_it_was_built_with() -> None:
    strict = NearDuplicateIndex.from_signatures([("a", "a", BASE.tobytes())], threshold=0.9)
    assert strict.threshold == 0.9
    assert strict.place("b", signature_from_bytes(_sharing(BASE, 112))).near_duplicate_of is None
    assert strict.place("b", signature_from_bytes(_sharing(BASE, 120))).near_duplicate_of == "a"


@pytest.mark.parametrize("order", [("close", "closer"), ("closer", "close")])
def test_the_closest_match_wins_whatever_the_order(order: tuple[str, str]) -> None:
    equal = {"close": 100, "closer": 124}
    rows = [(name, f"group-{name}", _sharing(BASE, equal[name])) for name in order]
    index = NearDuplicateIndex.from_signatures(rows)
    placement = index.place("new", signature_from_bytes(BASE.tobytes()))
    assert placement.near_duplicate_of == "closer"
    assert placement.syndication_group == "group-closer"
    assert placement.similarity == 124 / NUM_PERM


def test_a_document_already_indexed_is_not_its_own_match() -> None:
    rows = [(name, name, BASE.tobytes()) for name in ("m", "a", "z")]
    index = NearDuplicateIndex.from_signatures(rows)
    for name in ("m", "a", "z"):
        placement = index.place(name, signature_from_bytes(BASE.tobytes()))
        # ties go to the smallest other id
        assert placement.near_duplicate_of == ("m" if name == "a" else "a")


def test_signature_bytes_are_the_uint64_values() -> None:
    minhash = signature("Shells hit the market in the north of the town on Monday.")
    data = signature_bytes(minhash)
    assert data == np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()
    assert np.frombuffer(data, dtype=np.uint64).tolist() == minhash.hashvalues.tolist()


def test_rebuilt_groups_skip_unsigned_rows_and_see_every_signed_one() -> None:
    other = (BASE + np.uint64(3)).tobytes()
    rows = [
        ("a", "a", BASE.tobytes()),
        ("unsigned", "unsigned", None),
        ("b", "b", other),
        ("c", "c", _sharing(BASE + np.uint64(3), 120)),
        ("d", "d", _sharing(BASE, 124)),
    ]
    assert rebuild_groups(rows) == {"a": "a", "b": "b", "c": "b", "d": "a"}


def test_the_pinned_bands_are_datasketchs_optimum() -> None:
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == BANDS_AND_ROWS == (14, 9)


@pytest.mark.parametrize("threshold", [THRESHOLD, 0.5])
def test_placement_is_the_one_datasketchs_lsh_gives(threshold: float) -> None:
    """Signatures sharing random bands of a few bases: each is placed as datasketch's
    MinHashLSH candidates confirmed by ``MinHash.jaccard`` (best, then smallest id) place
    it, so the index's own banding proposes the same candidates."""
    rng = np.random.default_rng(5)
    bases = [rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) for _ in range(3)]
    index = NearDuplicateIndex(threshold=threshold)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    groups: dict[str, str] = {}
    lsh_sig: dict[str, MinHash] = {}
    joined = 0
    for number in range(150):
        values = bases[number % 3].copy()
        changed = rng.random(NUM_PERM) < rng.uniform(0.0, 0.6)
        values[changed] = rng.integers(1, 2**63, int(changed.sum()), dtype=np.uint64)
        minhash = signature_from_bytes(values.tobytes())
        name = f"d{number:03d}"
        scored = [(-minhash.jaccard(lsh_sig[c]), c) for c in lsh.query(minhash)]
        best = min((s for s in scored if -s[0] >= threshold), default=None)
        expected = groups[best[1]] if best else name
        placement = index.place(name, minhash)
        assert placement.syndication_group == expected
        joined += best is not None
        groups[name] = expected
        index.add(name, expected, minhash)
        lsh.insert(name, minhash)
        lsh_sig[name] = minhash
    assert 20 < joined < 130, "too few or too many joins for the comparison to mean much"
