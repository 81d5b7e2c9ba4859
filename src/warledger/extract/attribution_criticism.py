"""An act verb used to criticise: "attacked her rival as a fraud", "blasted the
mayor for not paying his taxes".

Why: verbs of attack ("attack", "blast", "hit", "slam", "hammer") name an act in
a war report and a verbal attack in a political one. The trained tagger marks
the verbal sense as a cue (PolNeAR annotates it as an attribution: the critic
is the source, the target and the charge the content), but a cue that is the
trigger of a material act is dropped, so "fighters attacked a checkpoint" is
no report. What tells the two senses apart is the frame: a criticism gives its
charge, as a reason ("for not paying", "for her support of the war", "over its
handling of the crisis") or as what the target is called ("as a fraud"). An
armed attack gives a time or a span ("for the third time", "for two hours")
instead, and "as" before it opens a clause ("as the convoy passed"), not a
predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

REASON_PREPOSITIONS = frozenset({"for", "over"})
OWNER_DEPS = frozenset({"poss"})  # "for her support", "over its handling"


def criticises(verb: Token) -> bool:
    """Whether the act verb ``verb`` states a charge: a reason ("for" or "over"
    with a gerund or with something its target owns) or a label ("as" with a
    noun)."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        for child in prep.children:
            if word in REASON_PREPOSITIONS and _is_reason(child):
                return True
            if word == "as" and child.dep_ == "pobj" and child.pos_ in {"NOUN", "PROPN"}:
                return True
    return False


def _is_reason(child: Token) -> bool:
    """A gerund ("for not paying") or a thing owned ("for her support")."""
    if child.dep_ == "pcomp" and child.tag_ == "VBG":
        return True
    return child.dep_ == "pobj" and any(c.dep_ in OWNER_DEPS for c in child.children)
