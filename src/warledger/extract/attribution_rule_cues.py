"""Reporting cues the parse rules read without a reporting verb: a noun with a clause
("Russia's denial that its troops ...", "a threat to strike ...") and "according to X".

Split from ``attribution`` (the component), which tries these beside the reporting
verbs for every cue candidate the trained tagger may have missed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract.attribution_lexicon import NOUN_STANCE
from warledger.extract.attribution_ranges import in_paragraph, longest_run, text_span, trimmed
from warledger.extract.attribution_stance import content_stance
from warledger.model import Attribution, Stance


def reporting_noun(doc: Doc, noun: Token) -> Attribution | None:
    """ "Russia's denial that its troops ..." / "a threat to strike ...": noun cues."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in NOUN_STANCE:
        return None
    clauses = [
        c
        for c in noun.children
        if c.dep_ in {"acl", "ccomp"}
        and c.i > noun.i
        and any(g.dep_ in {"mark", "aux"} and g.lower_ in {"that", "to"} for g in c.children)
    ]
    if not clauses:
        return None
    content = trimmed(doc, clauses[0].left_edge.i, clauses[0].right_edge.i + 1)
    if content[0] >= content[1]:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    source = text_span(doc, owners[0].left_edge.i, owners[0].i + 1) if owners else None
    return Attribution(
        source=source,
        cue=text_span(doc, noun.i, noun.i + 1),
        content=text_span(doc, *content),
        stance=content_stance(NOUN_STANCE[lemma], noun, doc, content),
    )


def according_to(doc: Doc, token: Token) -> Attribution | None:
    """ "according to X, Y": X is the source, Y the rest of the clause."""
    if token.lower_ != "according" or token.i + 1 >= len(doc):
        return None
    to = doc[token.i + 1]
    if to.lower_ != "to":
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"]
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree}
    clause = token.head if token.head is not token else token.sent.root
    rest = {t.i for t in clause.subtree} - phrase
    run = longest_run(rest)
    if run is None:
        return None
    content = trimmed(doc, *in_paragraph(doc, run, token.i))
    if content[0] >= content[1]:
        return None
    source = None
    if objects:
        source = text_span(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1)
    return Attribution(
        source=source,
        cue=text_span(doc, token.i, to.i + 1),
        content=text_span(doc, *content),
        stance=content_stance(Stance.ASSERTED, clause, doc, content),
    )
