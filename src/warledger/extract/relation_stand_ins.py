"""Noun phrases that stand for another actor than their own words name: "whose men"
(the body the relative clause is on), "his forces" (the body the person is described
by), "militias including X and Y" (X and Y, the examples given).

Why a module of its own: ``relation_args.actors_at`` reads what actors a noun phrase
names; these three shapes name them through another phrase of the sentence, each by
one rule of English, and are kept apart so that ``actors_at`` reads as the plain case.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract.relation_lexicon import FIGHTER_NOUNS, GROUP_HEADS, LEADER_NOUNS
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention

EXAMPLE_HEADS = FIGHTER_NOUNS | frozenset({"faction", "group", "movement", "organisation"})
"""Plural heads whose "including" phrase names kinds of them, not members."""


def kinds_of(noun: Token) -> bool:
    """A plural of a kind of armed body ("militias", "groups"; capitalised at the start
    of a sentence the tagger may leave it unlemmatised: "Militias including X"): its
    "including" phrase names examples of the kind, not members."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return noun.lemma_.lower() in EXAMPLE_HEADS
    return noun.tag_ == "NNP" and noun.lower_.endswith("s") and noun.lower_[:-1] in EXAMPLE_HEADS


def examples_named(head: Token, index: MentionIndex) -> list[ActorMention]:
    """The bodies named as examples of a plural kind: "militias including X and Y
    attacked..." tells what X and Y did; so does a list after a colon that closes the
    plural's phrase ("from three factions: X, Y and Z")."""
    if not kinds_of(head):
        return []
    included = [
        a
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for t in prep.children
        if t.dep_ == "pobj"
        for c in [t, *t.conjuncts]
        for a in [index.actor.get(c.i)]
        if a is not None
    ]
    return included or listed_after_colon(head, index)


LIST_GLUE = frozenset({",", "and", "the", "as", "well"})
"""Words that may stand between the names of a list ("X, the Y and Z", "as well as")."""


def listed_after_colon(head: Token, index: MentionIndex) -> list[ActorMention]:
    """The names listed after a colon that closes a plural's phrase: in "Officials
    named three factions whose men were flown to Baku: X, Y and Z" the factions are X,
    Y and Z, however the parser hung the list. The rest of the sentence must be the
    list and nothing else (two names at least, joined only by commas, articles and
    "and"), so that a colon opening a quotation or a clause names nothing."""
    doc = head.doc
    colon = next((t.i for t in doc[head.i + 1 : head.sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    phrase = {t.i for t in head.subtree}
    if any(i not in phrase for i in range(head.i + 1, colon)):
        return []  # the colon closes another phrase than the plural's
    names: list[ActorMention] = []
    for token in doc[colon + 1 : head.sent.end]:
        mention = index.actor.get(token.i)
        if mention is not None:
            if not names or names[-1] is not mention:
                names.append(mention)
        elif not (token.lower_ in LIST_GLUE or (token.is_punct and token.text != ":")):
            return []
    return names if len(names) > 1 else []


def whose_antecedent(head: Token) -> Token | None:
    """The noun a relative "whose" before a group noun stands for: in "the brigade,
    whose men were sent to Libya" the men are the brigade's."""
    if head.lemma_.lower() not in GROUP_HEADS:
        return None
    if not any(c.tag_ == "WP$" for c in head.children):
        return None
    clause = head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def bodies_of(owners: list[ActorMention], noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The fighters of a person are those of the body the text describes him by: in
    "Colonel X, who commands the Y Brigade, said his men had fought", "X, the RSF
    commander, denied that his forces..." or "The Y Brigade's commander, X, said his men"
    they are the brigade's, the RSF's. Owners that are bodies, or persons described by
    none, are themselves."""
    doc = noun.doc
    out: list[ActorMention] = []
    for owner in owners:
        words = doc.char_span(owner.span.start, owner.span.end, alignment_mode="expand")
        if owner.label != "PERSON" or words is None or words.sent != noun.sent:
            out.append(owner)
            continue
        root = words.root
        descriptions = [c for c in root.children if c.dep_ in {"appos", "relcl"}]
        descriptions += _described_as(root) + _title_named(root)
        # a body named or referred to ("The group's commander, X"); the name itself
        # is a person and drops out
        described = [
            a
            for child in descriptions
            for t in child.subtree
            for a in ([index.actor[t.i]] if t.i in index.actor else index.referring.get(t.i, []))
            if a.label == "ORG"
        ]
        out.extend(described[:1] or [owner])
    return out


def _title_named(name: Token) -> list[Token]:
    """The title a name stands in apposition to ("The Y Brigade's commander, X", "The
    commander of Y, X"): the leader's post names the body whose men are his; a
    spokesman or a member speaks of men who are not his own."""
    if name.dep_ != "appos":
        return []
    title = name.head
    if title.lemma_.lower() in LEADER_NOUNS:
        return [t for t in title.children if t.dep_ in {"poss", "compound", "prep"}]
    # "The commander of Y, X": the parser may hang the name on Y itself
    of = title.head
    led = title.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in LEADER_NOUNS
    return [title] if led else []


def _described_as(name: Token) -> list[Token]:
    """The description that gives a person's name ("The leader of Y, a retired colonel
    named X, said his men..."): the noun naming him and what it is apposed to."""
    verb = name.head
    if name.dep_ not in {"oprd", "dobj"} or verb.lemma_.lower() not in {"name", "call"}:
        return []
    if verb.dep_ != "acl":
        return []
    noun = verb.head
    return [noun.head] if noun.dep_ == "appos" else []
