"""Relations a name fused to a participle states about the noun it modifies: "the
Iran-backed militia" (Iran sponsors it), "the Russian-led coalition" (commands),
"the Hezbollah-affiliated Kataib militia" (the militia is a member of Hezbollah).

Split from ``relations`` because this shape reads a noun phrase, not a clause: the
relation's one argument is inside the modifier, the other is the phrase's head, or
the name an apposition describes ("the Hamza Division, a Turkish-backed faction").
The noun's mention is cut to start after the participle, so that its evidence names
the group, not the relation.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from warledger.extract.relation_args import GROUP_HEADS, Found, actors_at
from warledger.extract.relation_lexicon import MEMBER_MODIFIERS, MODIFIER_PREDICATES
from warledger.extract.relation_mentions import MentionIndex, entity_mention, stateless_people
from warledger.extract.relation_stand_ins import examples_named
from warledger.model import ActorMention, RelationPredicate

FUSED_PARTICIPLES = frozenset(MODIFIER_PREDICATES.keys() | MEMBER_MODIFIERS)
"""Lemmas of the participles that state a relation when a name is fused to them."""


def fused_modifier(participle: Token, index: MentionIndex) -> Iterator[Found]:
    """The relation of a fused participle (``participle`` is its ``amod``): the names
    fused to it and the body it describes."""
    noun = participle.head
    head_mention = index.actor.get(noun.i)
    # "three Turkish-backed factions: X, Y and Z": the factions listed are the ones backed
    modified = examples_named(noun, index)
    if not modified and head_mention:
        modified = [after(head_mention, participle)]
    if not modified and noun.lemma_.lower() in GROUP_HEADS:
        # "Turkey-backed Syrian factions": the group named by its other modifier
        modified = [a for a in actors_at(noun, index) if a.span.start > participle.idx]
    if not modified and noun.dep_ == "appos":
        # "the Hamza Division, a Turkish-backed faction": the name the apposition
        # describes is the one backed ("members of the Hamza Division, a
        # Turkish-backed faction": the body the members are of)
        modified = actors_at(noun.head, index)
    names = [
        name
        for c in participle.children
        if c.dep_ in {"npadvmod", "compound", "nmod", "amod", "advmod"}
        for name in [_name_at(c, participle, index)]
        if name is not None
    ]
    lemma = participle.lemma_.lower()
    if lemma in MEMBER_MODIFIERS:
        yield RelationPredicate.MEMBER_OF, modified, names
    else:
        yield MODIFIER_PREDICATES[lemma], names, modified


def _name_at(token: Token, participle: Token, index: MentionIndex) -> ActorMention | None:
    document_id = token.doc._.document_id or None
    name = entity_mention(token, document_id, participle) or index.actor.get(token.i)
    return None if name is None or stateless_people(name) else name


def after(mention: ActorMention, token: Token) -> ActorMention:
    """``mention`` without the words up to and including ``token`` when it
    covers it ("backed Houthi militia" -> "Houthi militia")."""
    span = mention.span
    cut = token.idx + len(token)
    if not span.start <= token.idx < span.end or cut >= span.end:
        return mention
    offset = cut - span.start
    text = span.text[offset:]
    start = cut + len(text) - len(text.lstrip())
    trimmed = span.model_copy(update={"start": start, "text": text.strip()})
    name = mention.name if mention.name != span.text else trimmed.text
    return mention.model_copy(update={"span": trimmed, "name": name})
