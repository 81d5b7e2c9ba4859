"""A speaker named after the words, which the parser hung on the noun before it.

Why: in "Y sent fighters to Azerbaijan, the Syrian Observatory said" or "X is part
of the Front, a spokesman for the front said" the small English model often makes
the speaker an apposition of the last noun of the reported clause ("Azerbaijan,
the Syrian Observatory"), and leaves the cue with no subject. The cue then takes
the reported clause's subject for its speaker (or none), and the speaker's words
stay inside the content. A reporting verb with no subject of its own, right after
a noun phrase set off by a comma at the end of the clause it reports, is said by
that noun phrase: news puts the source there, and an apposition that ends the
clause just before a bare "said" has no other reading.
"""

from __future__ import annotations

from spacy.tokens import Token

OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent"})
BEFORE_CUE_DEPS = frozenset({"aux", "advmod", "neg"})  # "..., the army has also said"
TRAILING_CUE_DEPS = frozenset({"ROOT", "advcl", "conj", "parataxis"})
NOUNS = frozenset({"NOUN", "PROPN"})


def trailing_speaker(verb: Token) -> Token | None:
    """The head of the apposition that names ``verb``'s speaker, or None.

    The cue must follow what it reports (a clausal complement before it, or the
    clause it hangs on), have no subject or agent of its own, and come right after
    the apposition (its own auxiliaries and adverbs aside); the apposition must be
    set off by a comma and end where the cue's words begin.
    """
    if verb.i < 2 or any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ not in TRAILING_CUE_DEPS:
        return None
    reported_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not reported_before and (verb.dep_ == "ROOT" or verb.head.i > verb.i):
        return None
    end = verb.i - 1
    doc = verb.doc
    while end > 0 and doc[end].head is verb and doc[end].dep_ in BEFORE_CUE_DEPS:
        end -= 1
    word = doc[end]
    for node in (word, *word.ancestors):
        if node is verb or node.right_edge.i != end:
            return None
        if node.dep_ == "appos" and node.pos_ in NOUNS:
            start = node.left_edge.i
            return node if start > 0 and doc[start - 1].text == "," else None
    return None
