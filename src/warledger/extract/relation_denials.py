"""Relations inside a rejection: "X denied sending fighters to Y", "reports
that X recruited fighters for Y are not true".

In a war where every side denies what the other asserts, a relation that
appears only inside someone's rejection must be recorded as *denied*, with the
rejecter as claimant, never as the outlet asserting it. The attribution
component sees speech verbs; it does not see that the clause under "reports
... are false" or "rejected claims that ..." is being refuted. This module
reads that from the dependency parse: it climbs from a relation's trigger
through the clauses that embed it and stops at the first denial verb ("deny",
"reject", "dismiss") or report noun ("reports", "claims", "allegations")
that is itself rejected (object of a denial verb, or subject of "are not true",
"are baseless"). A rejection may also follow the statement it rejects, in the same
sentence (", a claim Y denies") or as the next one ("Ankara has denied it.",
"X called the accusation baseless propaganda.").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

DENIAL_VERBS = frozenset(
    {"deny", "reject", "dismiss", "refute", "rebut", "debunk", "disprove", "contradict"}
)
REPORT_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "rumour", "rumor", "story", "assertion"}
) | {"information", "news", "suggestion", "speculation"}
# Predicates that call a report false: "reports ... are baseless".
FALSE_WORDS = frozenset(
    {"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fake", "lie"}
) | {"fabrication", "nonsense", "disinformation", "misinformation", "fiction", "absurd"}
# Verbs that reject what they are said of by calling it false: "called the accusation
# baseless propaganda", "described the reports as lies".
CALLING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dismiss"})
# What a next sentence's rejection names the statement before it by.
BACK_REFERENCES = frozenset({"it", "this", "that", "them", "these", "those"})
# Modifiers of a relation's trigger that make it a description of an argument ("the
# Turkish-backed faction"), not the statement a next sentence can reject.
DESCRIPTIVE_DEPS = frozenset({"amod", "compound", "appos", "npadvmod", "poss", "nmod"})
# Words that call a statement a falsehood spread on purpose.
PROPAGANDA_WORDS = frozenset({"propaganda", "slander", "smear", "provocation"})
# ... and those that do so when negated: "reports ... are not true".
TRUE_WORDS = frozenset({"true", "correct", "accurate", "right", "real"})
# Dependencies by which a trigger's clause hangs under the word that embeds it.
EMBEDDING_DEPS = frozenset(
    {"ccomp", "xcomp", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "conj", "advcl", "appos"}
)
# How many clause levels to climb: far enough for "rejected claims that it had
# sent", not so far that a distant denial covers an unrelated clause.
MAX_LEVELS = 4


@dataclass(frozen=True)
class Rejection:
    """Who rejects (when the sentence names them as a subject) and with which word."""

    cue: Token
    denier: Token | None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the "by" agent of a passive, or that of the verb it
    complements ("Turkey went on to deny ...")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def _rejected_report(noun: Token) -> Rejection | None:
    """A report noun that is rejected: object of a denial verb, subject of a
    denial in the passive, or subject of "is false" / "is not true"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.head.i != head.i:
        # "dismissed as baseless reports that ..."
        head = head.head
    if head.lemma_.lower() in DENIAL_VERBS and noun.dep_ in {"dobj", "nsubjpass", "pobj"}:
        return Rejection(head, subject_of(head))
    for modifier in noun.children:
        if modifier.dep_ == "amod" and modifier.lemma_.lower() in FALSE_WORDS:
            return Rejection(modifier, subject_of(head) if head.pos_ in {"VERB", "AUX"} else None)
    if noun.dep_ != "nsubj":
        return None
    negated = any(c.dep_ == "neg" for c in head.children)
    for word in (head, *head.children):
        if word is not head and word.dep_ not in {"acomp", "attr"}:
            continue
        lemma = word.lemma_.lower()
        if lemma in FALSE_WORDS or (negated and lemma in TRUE_WORDS):
            return Rejection(word, None)
    return None


def rejection_of(trigger: Token) -> Rejection | None:
    """The rejection that covers ``trigger``'s clause, if any."""
    current = trigger
    for _ in range(MAX_LEVELS):
        head = current.head
        if head.i == current.i or current.dep_ not in EMBEDDING_DEPS:
            return None
        lemma = head.lemma_.lower()
        if lemma in DENIAL_VERBS and head.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "neg" for c in head.children):
                return None  # "did not deny that ...": nothing is rejected
            return Rejection(head, subject_of(head))
        # The small parser sometimes reads "reports" as a verb; its role says it is a noun.
        nominal = head.pos_ == "NOUN" or head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        if lemma in REPORT_NOUNS and nominal:
            return _rejected_report(head)
        current = head
    return None


def rebuttal_of(trigger: Token) -> Rejection | None:
    """A rejection of the whole statement that holds ``trigger``, told after it
    in the same sentence: "X accused Y of sending fighters to Z, an allegation
    Y rejected" / "..., which Y denied". The statement stays its author's
    claim; this is the other side's denial of it."""
    for token in trigger.sent:
        if token.i <= trigger.i or token.lemma_.lower() not in DENIAL_VERBS:
            continue
        if token.dep_ not in {"relcl", "acl"}:
            continue
        summary = token.head
        refers_back = any(
            c.lower_ in {"which", "that"} and c.dep_ == "dobj" for c in token.children
        )
        if summary.lemma_.lower() in REPORT_NOUNS or refers_back:
            denier = subject_of(token)
            if denier is not None:
                return Rejection(token, denier)
    return None


def next_rebuttal(trigger: Token) -> Rejection | None:
    """A rejection, in the sentence after the one holding ``trigger``, of what that
    sentence states: its main verb denies "it", "this" or "the reports" ("Ankara has
    consistently denied it.") or calls them false ("X called the accusation baseless
    propaganda."). A description inside the sentence ("the Turkish-backed faction")
    is not what is rejected."""
    if trigger.dep_ in DESCRIPTIVE_DEPS:
        return None
    doc, end = trigger.doc, trigger.sent.end
    if end >= len(doc):
        return None
    root = doc[end].sent.root
    lemma = root.lemma_.lower()
    if root.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in root.children):
        return None
    rejected = [
        c
        for c in root.children
        if c.dep_ in {"dobj", "nsubjpass"}
        and (c.lower_ in BACK_REFERENCES or c.lemma_.lower() in REPORT_NOUNS)
    ]
    if not rejected:
        return None
    if lemma not in DENIAL_VERBS and not (lemma in CALLING_VERBS and _called_false(root)):
        return None
    denier = subject_of(root)
    return Rejection(root, denier) if denier is not None else None


def _called_false(verb: Token) -> bool:
    """Whether the verb's complement calls its object false ("baseless propaganda",
    "as lies")."""
    for child in verb.children:
        if child.dep_ in {"oprd", "xcomp", "ccomp", "attr", "prep", "advcl"}:
            words = child.subtree
            if any(w.lemma_.lower() in FALSE_WORDS | PROPAGANDA_WORDS for w in words):
                return True
    return False


def accusation_of(trigger: Token) -> Rejection | None:
    """The accusation whose "of" clause ``trigger`` heads ("X accused Y of
    sending ..."): its verb and its author, who asserts what it alleges."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ != "of":
        return None
    accusing = trigger.head.head
    if accusing.lemma_.lower() not in {"accuse", "charge", "blame"}:
        return None
    author = subject_of(accusing)
    return Rejection(accusing, author) if author is not None else None
