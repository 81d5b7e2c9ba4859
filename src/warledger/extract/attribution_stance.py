"""The stance of a reported statement: asserted, or weakened by its own words.

The reporting word sets a default (``said`` asserts, ``denied`` denies,
``warned`` threatens); the reported words can still turn an assertion into
something less: a question ("Who shelled the market?" the mayor asked) or a
modal ("the army *may* withdraw", "the group *would* retaliate"). A monitor
who reads "asserted" must be able to trust that the speaker stated it as fact,
so these refinements run on every attribution, from the tagger or the rules.

A speaker who will not vouch for the words ("did not confirm", "declined to
confirm", "would not say", "was unable to verify", "did not deny") neither asserts
nor denies them: the content stays an open question. Read as the cue's own stance,
"declined" would deny what was only left unconfirmed, and "did not confirm" would
assert it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract.attribution_lexicon import (
    COMMENT_VERBS,
    MODAL_STANCE,
    VERB_STANCE,
    WITHHOLDING_ADJECTIVES,
    WITHHOLDING_VERBS,
)
from warledger.model import Stance

QUESTION_REACH_BACK = 3
"""Tokens before a content's end that may hold its question mark."""
QUESTION_REACH_ON = 2
"""Tokens after a content's end that may: a closing quote, then the mark."""


def content_stance(default: Stance, cue: Token, doc: Doc, content: tuple[int, int]) -> Stance:
    """The cue's own stance, refined by a question mark or a modal in the content.

    Only an asserting cue is refined: a denial or a threat already says how
    sure its speaker is. A cue its speaker withholds (``withheld``) leaves the content
    an open question. ``content`` is the token range of the reported words.
    """
    if withheld(cue):
        return Stance.QUESTION
    if default is not Stance.ASSERTED:
        return default
    start, end = content
    closing = doc[max(start, end - QUESTION_REACH_BACK) : min(end + QUESTION_REACH_ON, len(doc))]
    if any(t.text == "?" for t in closing):
        return Stance.QUESTION
    inside = range(start, end)
    heads = [t for t in doc[start:end] if t.head.i not in inside or t.head == t]
    heads += [c for c in cue.children if c.dep_ == "xcomp"]
    for head in heads:
        for child in head.children:
            if child.dep_ == "aux" and child.lower_ in MODAL_STANCE:
                return MODAL_STANCE[child.lower_]
    return default


def withheld(cue: Token) -> bool:
    """Whether the speaker withholds the reporting verb: it is negated ("did not
    confirm", "would not say", "never denied"), or governed by a verb or adjective of
    refusal ("declined to confirm", "refused to say", "unable to verify"), or itself
    such a verb governing a verb of comment (the cue "declined" of "declined to
    confirm"; "refused to agree" is a refusal the speaker asserts)."""
    negated = any(child.dep_ == "neg" for child in cue.children)
    if negated and cue.lemma_.lower() in VERB_STANCE:
        return True  # a verb of saying, not any verb the tagger took for a cue ("has not enjoyed")
    head = cue.head
    if cue.dep_ == "xcomp" and head.lemma_.lower() in WITHHOLDING_VERBS | WITHHOLDING_ADJECTIVES:
        return True
    return cue.lemma_.lower() in WITHHOLDING_VERBS and any(
        child.dep_ == "xcomp" and child.lemma_.lower() in COMMENT_VERBS for child in cue.children
    )
