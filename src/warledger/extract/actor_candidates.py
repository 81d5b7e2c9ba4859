"""Actor candidates and how overlapping ones are settled: each token belongs to one
mention, chosen by the kind of evidence behind it, then by length.

Split from ``actors``, whose generators each propose candidates of one kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from warledger.model import ActorMention

# Candidate priority when two candidates cover the same characters (lower wins);
# NER and MODEL candidates only take tokens that no KB or rule candidate took.
KB, RULE, GENERIC, NER, MODEL = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class Candidate:
    """A proposed mention over tokens ``[start, end)`` and the rank of its evidence."""

    start: int
    end: int
    priority: int
    mention: ActorMention


def resolve_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Knowledge-base and rule candidates first, longest first, then the general NER's,
    then the trained model fills the gaps; a token belongs to at most one mention (a
    statistical span that swallows a known name loses)."""
    taken: set[int] = set()
    chosen = []

    def rank(c: Candidate) -> tuple[int, int, int]:
        return (c.priority if c.priority >= NER else 0, c.start - c.end, c.priority)

    order = sorted(candidates, key=rank)
    for cand in order:
        tokens = set(range(cand.start, cand.end))
        if not tokens & taken:
            taken |= tokens
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
