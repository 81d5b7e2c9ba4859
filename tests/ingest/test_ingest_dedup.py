"""MinHash signatures and the near-duplicate index, without a store."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash
from ingest_texts import ARTICLE, EDITED_SENTENCE, SHORT_NOTE, SYNDICATED, UNRELATED

from warledger.ingest.dedup import NearDuplicateIndex
from warledger.store.signatures import (
    NUM_PERM,
    PERMUTE_BLOCK,
    SCHEME,
    SEED,
    shingle_hashes,
    signature,
    signature_bytes,
    signature_from_bytes,
)


def test_shingle_hashes_are_of_lowercased_word_trigrams_in_order() -> None:
    hashes = shingle_hashes("Shells hit the MARKET, again.")
    assert hashes.dtype == np.uint64 and hashes.size == 3
    # case and punctuation do not matter; a repeated trigram counts once
    assert np.array_equal(hashes, shingle_hashes("shells hit the market again"))
    assert shingle_hashes("the market the market the").size == 2
    # word order matters: the same three words in another order are another shingle
    assert not np.array_equal(shingle_hashes("hit shells the"), shingle_hashes("shells hit the"))
    # a text shorter than a shingle is one shingle; so is the empty text
    assert shingle_hashes("Two words").size == 1 and shingle_hashes("").size == 1
    assert not np.array_equal(shingle_hashes("Two words"), shingle_hashes("two other"))


def test_signature_estimates_the_jaccard_of_the_shingle_sets() -> None:
    words = [f"w{i}" for i in range(600)]
    base = " ".join(words)
    # replacing every fourth word changes 3 trigrams of 4: the true Jaccard is
    # computed from the shingle sets, and the 128-value estimate is within 0.1 of it
    edited = " ".join(w if i % 4 else f"x{i}" for i, w in enumerate(words))
    one, two = set(shingle_hashes(base).tolist()), set(shingle_hashes(edited).tolist())
    exact = len(one & two) / len(one | two)
    assert 0.05 < exact < 0.2
    assert abs(signature(base).jaccard(signature(edited)) - exact) < 0.1
    assert signature(base).jaccard(signature(base)) == 1.0


def test_signature_bytes_round_trip() -> None:
    minhash = signature(ARTICLE)
    data = signature_bytes(minhash)
    assert len(data) == NUM_PERM * 8
    assert np.array_equal(np.frombuffer(data, dtype=np.uint64), minhash.hashvalues)
    restored = signature_from_bytes(data)
    assert restored.jaccard(minhash) == 1.0
    assert restored.jaccard(signature(SYNDICATED)) == minhash.jaccard(signature(SYNDICATED))
    with pytest.raises(ValueError, match="expected 128"):
        signature_from_bytes(data[:-8])


def test_syndicated_copy_is_placed_in_the_first_documents_group() -> None:
    assert EDITED_SENTENCE in SYNDICATED and SYNDICATED.split("\n")[0] not in ARTICLE
    index = NearDuplicateIndex()
    index.add("original", "original", signature(ARTICLE))
    index.add("other", "other", signature(UNRELATED))
    copy = index.place("copy", signature(SYNDICATED))
    assert copy.syndication_group == "original"
    assert copy.near_duplicate_of == "original"
    assert copy.similarity >= index.threshold
    index.add("copy", copy.syndication_group, signature(SYNDICATED))
    # a copy of the copy still joins the first document's group
    second = index.place("copy2", signature(SYNDICATED + "\nUpdated at noon."))
    assert second.syndication_group == "original"
    unrelated = index.place("note", signature(SHORT_NOTE))
    assert (unrelated.syndication_group, unrelated.near_duplicate_of) == ("note", None)


def test_rebuilt_index_places_like_the_original() -> None:
    rows = [
        ("original", "original", signature_bytes(signature(ARTICLE))),
        ("other", None, signature_bytes(signature(UNRELATED))),
        ("unsigned", "unsigned", b""),
    ]
    index = NearDuplicateIndex.from_signatures(rows)
    assert len(index) == 2
    assert "unsigned" not in index
    assert index.place("copy", signature(SYNDICATED)).syndication_group == "original"
    assert index.place("x", signature(UNRELATED + " One more line.")).syndication_group == "other"


def test_adding_twice_is_a_no_op() -> None:
    index = NearDuplicateIndex()
    minhash = signature(ARTICLE)
    index.add("a", "a", minhash)
    index.add("a", "a", minhash)
    assert len(index) == 1
    assert index.place("a", minhash).near_duplicate_of is None  # never its own duplicate


def test_signature_is_datasketchs_minhash_of_the_shingle_hashes() -> None:
    """The blockwise permutation gives the values datasketch's own update gives, for a
    text of more shingles than one block holds (the stored values must not move)."""
    words = " ".join(f"w{i % 997}x{i % 13}" for i in range(PERMUTE_BLOCK * 2 + 500))
    expected = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
    expected.update_batch(shingle_hashes(words).tolist())
    assert shingle_hashes(words).size > PERMUTE_BLOCK * 2
    assert np.array_equal(signature(words).hashvalues, expected.hashvalues)
    short = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
    short.update_batch(shingle_hashes("Two words").tolist())
    assert np.array_equal(signature("Two words").hashvalues, short.hashvalues)
