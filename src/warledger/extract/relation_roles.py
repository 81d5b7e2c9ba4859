"""Role nouns: a post, a partner, a proxy or a backing named by a noun.

Split from ``relations`` because a role noun carries its relation without a
verb, and its two arguments sit in a handful of noun-phrase positions: "X, the
leader of Y", "X is a member of Y", "the head of Y, X", "Y chief X" (a title
before a name), "Azerbaijan's ally Turkey" (a possessor, then the holder in
apposition), "X and Y are allies", "X, a proxy of Y" (Y backs X), and the noun
of backing itself ("Ankara's backing of Baku", "Iranian funding for X"), and
orders taken from a superior ("X takes its orders from Y": Y commands X).

Each pattern yields (predicate, subjects, objects) for the finder of ``relations``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_agents import agents_of
from warledger.extract.relation_args import (
    SUBJECT_DEPS,
    Found,
    actors_at,
    children_with,
    prep_objects,
    unique_mentions,
)
from warledger.extract.relation_lexicon import (
    ALLY_NOUNS,
    BACKER_NOUNS,
    LEADER_NOUNS,
    MEMBER_NOUNS,
    ORDER_NOUNS,
    PROXY_NOUNS,
    RECEIVING_SUPPORT_VERBS,
    SPONSOR_NOUNS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorKind, ActorMention, RelationPredicate

P = RelationPredicate
NOT_BODY_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})
"""Labels of a mention that is no body one can hold a post in."""


def role(
    noun: Token, index: MentionIndex, predicate: RelationPredicate, holder_is_subject: bool = True
) -> Iterator[Found]:
    """Role nouns: "X, the leader of Y", "X is a member of Y", "the head of
    Y, X", "X, an ally of Y", "Y chief X" (a title before a name)."""
    # "an ally to Y", "a major arms supplier to Y" say it with "to" as well; "a
    # recruiter for Y", "a fighter for Y", "the paymaster for Y" with "for"
    lemma = noun.lemma_.lower()
    preps = {"of", "to"} if lemma in ALLY_NOUNS | BACKER_NOUNS else {"of"}
    if lemma in MEMBER_NOUNS | BACKER_NOUNS:
        preps.add("for")
    objects = [a for tok in prep_objects(noun, preps) for a in actors_at(tok, index)]
    if not objects and any(c.tag_ == "WP$" for c in noun.children):
        # "the Samarkand Brigade, whose commander, X, ...": the body the clause is on
        clause = _relative_clause(noun)
        objects = actors_at(clause.head, index) if clause is not None else []
    if not objects:
        # "the Vanguard Brigade commander, X", "X, commander, Northern Task Force",
        # "the brigade's commander, X"; with a name as possessor, the apposition is
        # the holder ("Azerbaijan's ally Turkey")
        named = [
            c for c in children_with(noun, {"poss"}) if c.pos_ == "PROPN" or c.i in index.referring
        ]
        named = named or children_with(noun, {"compound", "appos", "poss"})
        objects = [a for t in named for a in actors_at(t, index) if a.label != "PERSON"]
        if predicate is P.COMMANDS and _leads_a_part(noun, named, index):
            predicate = P.MEMBER_OF
    if not objects and predicate in {P.COMMANDS, P.MEMBER_OF}:
        # "X, a commander in Y", "a crew chief in the 3rd Battalion": a post held
        # inside a body (not a place: "the top commander in Syria") makes a member
        inside = [a for t in prep_objects(noun, {"in", "within"}) for a in actors_at(t, index)]
        objects = [a for a in inside if a.label not in NOT_BODY_LABELS]
        predicate = P.MEMBER_OF
    if not objects and predicate is P.ALLIED_WITH and noun.dep_ == "attr":
        # "X and Y are allies": the sides named as subject are each other's
        sides = [a for t in children_with(noun.head, SUBJECT_DEPS) for a in actors_at(t, index)]
        sides = unique_mentions(sides) if noun.tag_ == "NNS" else []
        for position, first in enumerate(sides):
            yield predicate, [first], sides[position + 1 :]
        return
    if predicate is P.MEMBER_OF:
        objects = [a for a in objects if not _people_or_state(a)]
    if not objects:
        return
    holders = unique_mentions(_holders(noun, index, objects))
    if holder_is_subject:
        yield predicate, holders, objects
    else:
        yield predicate, objects, holders


def _people_or_state(mention: ActorMention) -> bool:
    """A people or a state ("Syrian" in "fighters of two Syrian factions, X and Y"),
    which no one is a member of: the word says where the body is from. A people the
    knowledge base knows as an armed body ("Houthi") is that body."""
    return mention.label in {"NORP", "GPE"} and mention.kind in {ActorKind.STATE, ActorKind.OTHER}


def _holders(noun: Token, index: MentionIndex, objects: list[ActorMention]) -> list[ActorMention]:
    """Who holds the role ``noun`` names: the name it is apposed to or a title of,
    the subject of "is a ...", a name apposed to it or to its "of" phrase."""
    holders: list[ActorMention] = []
    person = index.actor.get(noun.head.i)
    if noun.dep_ == "appos":
        holders = actors_at(noun.head, index) or _name_before(noun, index)
    elif noun.dep_ == "compound" and person is not None and person.label == "PERSON":
        # "Hezbollah chief Hassan Nasrallah", "the brigade's commander John Smith":
        # the role noun is a title before the person's name
        holders = [person]
    elif noun.dep_ == "attr":
        copula = noun.head
        subjects = children_with(copula, SUBJECT_DEPS)
        if copula.dep_ == "relcl" and all(t.tag_ in {"WDT", "WP"} for t in subjects):
            # "Armenia, which is a member of the CSTO": the name the clause is about
            subjects = [copula.head]
        # "The brigade's leader, X, is a member of Y": a subject that names no one
        # but a post is the person named beside it
        holders = [a for t in subjects for a in actors_at(t, index) or _apposed(t, index)]
        # "X, which, along with Y, is a member of Z"
        holders += [a for t in _along_with(copula) for a in actors_at(t, index)]
    holders += [
        a
        for t in [*children_with(noun, {"appos"}), *_name_after(noun)]
        for name in [t, *_named(t)]
        for a in actors_at(name, index)
        if a not in objects
    ]
    for obj_token in prep_objects(noun, {"of"}):
        holders += [
            index.actor[t.i]
            for t in children_with(obj_token, {"appos"})
            if t.i in index.actor and index.actor[t.i].label == "PERSON"
        ]
    return holders


def _apposed(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The persons named in apposition to ``noun`` ("the brigade's leader, X")."""
    return [
        a
        for t in children_with(noun, {"appos"})
        for a in actors_at(t, index)
        if a.label == "PERSON"
    ]


def _relative_clause(noun: Token) -> Token | None:
    """The relative clause ``noun`` is in ("whose commander ... works with Y")."""
    clause = noun
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def _named(noun: Token) -> list[Token]:
    """The name a description gives ("a retired colonel named X", "a man called X")."""
    return [
        name
        for verb in children_with(noun, {"acl"})
        if verb.lemma_.lower() in {"name", "call"}
        for name in children_with(verb, {"oprd", "dobj", "attr"})
    ]


def _name_before(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The name just before the comma that opens an apposition the parser hung
    higher up: in "hundreds of fighters from the Hamza Division, a faction of Y" the
    faction is the division, not the hundreds."""
    comma = noun.left_edge.i - 1
    if comma < 1 or noun.doc[comma].text != ",":
        return []
    mention = index.actor.get(comma - 1)
    return [mention] if mention is not None else []


def _name_after(noun: Token) -> list[Token]:
    """A name right after the role noun that the parser hung beside it rather than
    on it ("Baku's ally Ankara has sent...", read as two subjects): the holder."""
    if noun.i + 1 >= len(noun.doc):
        return []
    name = noun.doc[noun.i + 1]
    if name.pos_ != "PROPN" or name.head.i != noun.head.i or name.dep_ != noun.dep_:
        return []
    return [name]


def _along_with(verb: Token) -> list[Token]:
    """The objects of "along with" / "together with" on ``verb``: others who share its
    subject's role."""
    return [
        t
        for prep in children_with(verb, {"prep"})
        if prep.lower_ in {"along", "together"}
        for t in prep_objects(prep, {"with"})
    ]


def _leads_a_part(noun: Token, named: list[Token], index: MentionIndex) -> bool:
    """A common noun between the body's name and the title names the part led:
    "an ISIL cell leader", "a Hezbollah field commander" lead a cell or a unit in
    the field and are members of the body, not its leaders."""
    names = [t for t in named if t.i in index.actor]
    return any(
        t.pos_ == "NOUN" and t.i not in index.actor and any(n.i < t.i for n in names) for t in named
    )


def sponsorship(noun: Token, index: MentionIndex) -> Iterator[Found]:
    """The noun of backing: "Ankara's backing of Baku", "Iranian funding for the
    Houthis", "the sponsorship of X by Y"; the one who receives it is backed ("Y
    received Iranian funding", "Y gets backing from X")."""
    objects = [a for t in prep_objects(noun, {"of", "for"}) for a in actors_at(t, index)]
    receiving = noun.head
    received = noun.dep_ == "dobj" and receiving.lemma_.lower() in RECEIVING_SUPPORT_VERBS
    if not objects and received:
        objects = agents_of(receiving, index)
    if not objects:
        return
    owners = [*children_with(noun, {"poss", "compound", "amod", "nmod"})]
    owners += prep_objects(noun, {"by", "from"})
    if received:
        owners += prep_objects(receiving, {"from"})
    subjects = [
        a
        for t in owners
        for a in actors_at(t, index)
        if not a.span.start <= noun.idx < a.span.end  # "state funding" names no sponsor
    ]
    yield P.SPONSORS, subjects, objects


def orders_from(noun: Token, index: MentionIndex) -> Iterator[Found]:
    """ "X takes its orders from Y", "X received instructions from Y": the one the
    orders come from commands the one who takes them; "X fought under the command of
    Y", "X operates under Y's control": Y commands the doer."""
    under = noun.dep_ == "pobj" and noun.head.lower_ == "under"
    if under and noun.head.head.pos_ in {"VERB", "AUX"}:
        owners = [*prep_objects(noun, {"of"}), *children_with(noun, {"poss"})]
        superiors = [a for t in owners for a in actors_at(t, index)]
        yield P.COMMANDS, superiors, agents_of(noun.head.head, index)
        return
    if noun.dep_ != "dobj" or noun.head.pos_ not in {"VERB", "AUX"}:
        return
    sources = [*prep_objects(noun, {"from"}), *prep_objects(noun.head, {"from"})]
    superiors = [a for t in sources for a in actors_at(t, index)]
    yield P.COMMANDS, superiors, agents_of(noun.head, index)


def role_relations(noun: Token, index: MentionIndex) -> Iterator[Found]:
    """The role patterns that ``noun`` (a noun the finder has checked) triggers."""
    lemma = noun.lemma_.lower()
    if lemma in LEADER_NOUNS:
        yield from role(noun, index, P.COMMANDS)
    if lemma in MEMBER_NOUNS:
        yield from role(noun, index, P.MEMBER_OF)
    if lemma in ALLY_NOUNS:
        yield from role(noun, index, P.ALLIED_WITH)
    if lemma in BACKER_NOUNS:
        yield from role(noun, index, P.SPONSORS)
    if lemma in PROXY_NOUNS:
        yield from role(noun, index, P.SPONSORS, holder_is_subject=False)
    if lemma in SPONSOR_NOUNS:
        yield from sponsorship(noun, index)
    if lemma in ORDER_NOUNS:
        yield from orders_from(noun, index)
