"""Who speaks, for the pronouns of ``relation_referents`` that stand for a speaker:
the body a quoted "we" speaks for, and the surname the entity tagger took for an
organisation that a "he" in what it says stands for.

Split from ``relation_referents`` because these read the frame of reported speech
(the speech verb, its subject, the quotation marks), not the chain of earlier
mentions that resolves other anaphors.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from warledger.extract.attribution_lexicon import VERB_STANCE
from warledger.extract.attribution_quotes import open_quote_before, quote_close_end
from warledger.extract.attrs import doc_text
from warledger.model import DISCOVERED_PREFIX, ActorMention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def clause_of(token: Token) -> Token:
    """The verb of the clause ``token`` is in (itself when it is one)."""
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def speaking_surname(pronoun: Token, actor_at: Mapping[int, ActorMention]) -> ActorMention | None:
    """ "Kadyrov said he had sent...": "he" in what is said stands for the speaker, whom
    the entity tagger may have read as an organisation when the text gives a surname
    alone. Only a single unknown proper noun as subject of the speech verb counts; a
    known body ("Hezbollah said he...") is no person."""
    clause = clause_of(pronoun)
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in VERB_STANCE:
        return None
    for subject in speech.children:
        mention = actor_at.get(subject.i)
        if subject.dep_ != "nsubj" or mention is None or mention.label != "ORG":
            continue
        known = mention.actor_id is not None and not mention.actor_id.startswith(DISCOVERED_PREFIX)
        if not known and subject.pos_ == "PROPN" and len(mention.span.text.split()) == 1:
            return mention
    return None


def speaker_body(token: Token, actor_at: Mapping[int, ActorMention]) -> ActorMention | None:
    """The body a "we" inside a quotation speaks for: the quotation's speaker when it
    is an organisation or a state, else the first organisation or state named in the
    speaker's description ("Gen. X, commander of Y, said"); None outside a quotation
    or for a speaker described by no body."""
    speaker = quote_speaker(token)
    if speaker is None:
        return None
    own = actor_at.get(speaker.i)
    if own is not None and own.label != "PERSON":
        return own
    for word in speaker.subtree:
        mention = actor_at.get(word.i)
        if mention is not None and mention is not own and mention.label in {"ORG", "GPE"}:
            return mention
    return None


def quote_speaker(token: Token) -> Token | None:
    """The subject of the reporting verb of the quotation ``token`` stands in: the verb
    outside the quotation in the sentence where it opens or closes ('X said, "..."',
    '"...," said X'), or the subject of a sentence ending in a colon right before it
    ('X released this statement: "..."')."""
    doc = token.doc
    text = doc_text(doc)
    opening = open_quote_before(text, token.idx)
    if opening is None:
        return None
    mark = (
        text[opening : opening + 2]
        if text[opening : opening + 2] in {"''", "``"}
        else text[opening]
    )
    closing = quote_close_end(text, opening, mark) or len(text)
    first = doc.char_span(opening, opening + len(mark), alignment_mode="expand")
    last = doc.char_span(closing - 1, closing, alignment_mode="expand")
    sentences = [s.sent for s in (first, last) if s is not None]
    for sentence in sentences:
        for word in sentence:
            outside = word.idx < opening or word.idx >= closing
            if outside and word.pos_ == "VERB" and word.lemma_.lower() in VERB_STANCE:
                subject = next((c for c in word.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None:
                    return subject
    if first is not None and first.start > 0:
        before = doc[first.start - 1]
        while before.is_space and before.i > 0:
            before = doc[before.i - 1]
        if before.text == ":":
            root = before.sent.root
            return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    return None
