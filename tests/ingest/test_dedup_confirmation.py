"""LSH only proposes candidates: a candidate below the similarity threshold must not join
the group (catches a placement that skips the Jaccard confirmation; issue 12, tests)."""

from __future__ import annotations

import random

from datasketch import MinHashLSH

from warledger.ingest.dedup import THRESHOLD, NearDuplicateIndex
from warledger.store.signatures import NUM_PERM, signature

VOCABULARY = [f"token{i}" for i in range(400)]


def _variants(seed: int, count: int) -> tuple[str, list[str]]:
    """A random 60-word text and ``count`` copies with 8 to 13 words replaced."""
    rng = random.Random(seed)
    base = [rng.choice(VOCABULARY) for _ in range(60)]
    variants = []
    for k in range(count):
        words = list(base)
        for position in rng.sample(range(60), 8 + k % 6):
            words[position] = rng.choice(VOCABULARY)
        variants.append(" ".join(words))
    return " ".join(base), variants


def test_lsh_candidates_below_the_threshold_start_their_own_group() -> None:
    base, variants = _variants(seed=7, count=200)
    base_sig = signature(base)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    lsh.insert("base", base_sig)
    index = NearDuplicateIndex()
    index.add("base", "base", base_sig)
    weak = []
    for number, text in enumerate(variants):
        minhash = signature(text)
        similarity = minhash.jaccard(base_sig)
        placement = index.place(f"v{number}", minhash)
        if similarity >= THRESHOLD:
            assert placement.syndication_group == "base"
        else:
            assert placement.syndication_group == f"v{number}"
            assert placement.near_duplicate_of is None
            if "base" in lsh.query(minhash):
                weak.append(number)
    assert weak, "no variant was an LSH candidate below the threshold: the test lost its point"
