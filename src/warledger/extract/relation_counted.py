"""A number that stands for the names a text has just listed: "All three belong to
the Syrian National Army", "Both are backed by Ankara".

Why: news lists the factions once ("... named three factions: X, Y and Z") and then
says what holds of all of them with a bare number. The number names no one itself,
so without this each of those relations is lost. A subject "both", "all N", "the N"
or "all of them"-less "N" (with no noun after it) stands for the nearest list before
it, in its sentence or the one before, that names exactly that many actors; the
list is read off the words (names joined only by commas, articles and "and"), so a
misparsed name ("Jaysh al-Islam" split by the parser) still counts as one item.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Token

from warledger.extract.attrs import model_span
from warledger.model import ActorMention

NUMBERS = MappingProxyType({"two": 2, "three": 3, "four": 4, "five": 5, "six": 6})
"""Number words a list is counted by (a longer list is rarely taken up by its count)."""
LIST_GLUE = frozenset({",", "and", "the"})
"""Words that may stand between the names of a list ("X, the Y and Z")."""
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def counted_referents(
    doc: Doc, actor_at: Mapping[int, ActorMention]
) -> dict[int, list[ActorMention]]:
    """Token index of each counted subject -> the listed actors it stands for, as
    mentions at the number's words (their identity the names')."""
    found: dict[int, list[ActorMention]] = {}
    for token in doc:
        count = _count(token)
        if count is None or token.dep_ not in SUBJECTS or token.i in actor_at:
            continue
        listed = next(
            (names for names in _lists_before(token, actor_at) if len(names) == count), []
        )
        if listed:
            words = doc[token.left_edge.i : token.i + 1]
            found[token.i] = [
                m.model_copy(update={"span": model_span(words), "source": "rule"}) for m in listed
            ]
    return found


def _count(token: Token) -> int | None:
    """How many a bare number subject counts: "both" 2, "all three" / "the three" 3;
    None for a number that counts a noun ("three factions") or anything else."""
    if token.lower_ == "both" and token.pos_ in {"DET", "PRON"}:
        return 2
    if token.lower_ not in NUMBERS or token.tag_ != "CD":
        return None
    if not any(c.lower_ in {"all", "the"} for c in token.children):
        return None
    return NUMBERS[token.lower_]


def _lists_before(
    token: Token, actor_at: Mapping[int, ActorMention]
) -> Iterator[list[ActorMention]]:
    """The lists of two or more names before ``token`` in its sentence and the one
    before it, nearest first."""
    doc = token.doc
    sentence = token.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    lists: list[list[ActorMention]] = []
    run: list[ActorMention] = []
    for word in doc[start : token.i]:
        mention = actor_at.get(word.i)
        if mention is not None:
            if not run or run[-1] is not mention:
                run.append(mention)
        elif word.lower_ not in LIST_GLUE:
            lists.append(run)
            run = []
    lists.append(run)
    yield from (names for names in reversed(lists) if len(names) > 1)
