"""Backing told in a sentence the parser read without a verb.

Why a module of its own: in "The UAE, Egypt and Russia back Khalifa Haftar" the
tagger takes "back" for an adverb, and no verb pattern (``relations``) sees a
subject or an object. The parser's mistakes vary (the names before the word as the
root with the backed name hung on it, or as the subject of the adverb taken for the
root), but the words do not: names, a word of backing that is no verb, a name. Only
a word with no verb before it in its sentence is read so: "fighters who came back
to Syria" has a verb before the adverb.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_args import Found, actors_at, children_with
from warledger.extract.relation_lexicon import SPONSOR_VERBS
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import RelationPredicate


def misread_backing(token: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X, Y and Z back W" parsed with "back" as an adverb: X, Y, Z sponsor W. The
    backers are the phrase before the word (its subject when the parser gave it one),
    the backed the phrase after it (its object when it has one)."""
    if token.pos_ in {"VERB", "AUX"} or token.lower_.rstrip("s") not in SPONSOR_VERBS:
        return
    sent = token.sent
    if token.i in {sent.start, sent.end - 1}:
        return
    if any(t.pos_ in {"VERB", "AUX"} for t in sent if t.i < token.i):
        return
    before = children_with(token, {"nsubj"}) or [_phrase_head(token.doc[token.i - 1], token, -1)]
    after = children_with(token, {"dobj"}) or [_phrase_head(token.doc[token.i + 1], token, 1)]
    backers = [a for t in before for a in actors_at(t, index) if a.span.start < token.idx]
    backed = [a for t in after for a in actors_at(t, index) if a.span.start > token.idx]
    if backers and backed:
        yield RelationPredicate.SPONSORS, backers, backed


def _phrase_head(word: Token, split: Token, side: int) -> Token:
    """The head of the phrase ``word`` is in, on one side of ``split``: its heads are
    climbed while they stay on that side."""
    head = word
    while head.head.i != head.i and (head.head.i - split.i) * side > 0:
        head = head.head
    return head
