"""Strikes and targets that are no force: a measure, a law or a calamity does them.

"Hit", "struck" and "target" are attack words, but English lends them to sanctions,
tariffs, laws and policies ("hit six generals with sanctions", "the new tariffs
targeting steel imports", "the law targets foreign-funded charities") and to the
misfortunes of an economy ("when the crisis struck"). The measure's own word is the
event where there is one (SANCTION, COERCE); the verb tells no attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract import event_lexicon as lex


def struck_with_a_measure(root: Token) -> bool:
    """ "Hit them with sanctions", "were targeted by tariffs and fines": the thing they
    are struck with (or by, in the passive) is a legal or economic measure. The parser
    often hangs the "with" phrase on the object ("hit [six generals with sanctions]")."""
    if root.pos_ != "VERB":
        return False
    heads = [root, *(c for c in root.children if c.dep_ == "dobj")]
    return any(
        prep.dep_ in ("prep", "agent")
        and prep.lower_ in ("with", "by")
        and any(
            word.lemma_.lower() in lex.NON_FORCE_MEASURES
            for obj in prep.children
            if obj.dep_ == "pobj"
            for word in (obj, *obj.conjuncts)
        )
        for head in heads
        for prep in head.children
    )


def abstract_subject(root: Token) -> bool:
    """ "When the financial crisis struck": a calamity of the economy or of fortune."""
    return root.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.ABSTRACT_STRIKERS
        for c in root.children
    )


def aimed_by_a_measure(root: Token) -> bool:
    """ "The tariffs targeting steel", "an effort targeting smuggling", "the law targets
    charities": what does the targeting (the verb's subject, or the noun a participle
    describes) is a measure, a law or a policy (``NON_FORCE_MEASURES``,
    ``POLICY_NOUNS``), which aims at people or things without force."""
    doers = [c for c in root.children if c.dep_ == "nsubj"]
    if root.dep_ == "acl":
        doers.append(root.head)
    measures = lex.NON_FORCE_MEASURES | lex.POLICY_NOUNS
    return any(d.lemma_.lower() in measures for doer in doers for d in (doer, *doer.conjuncts))
