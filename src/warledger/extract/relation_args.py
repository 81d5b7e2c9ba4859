"""Arguments of the relation patterns: which actor mentions stand at a trigger's
subject and object positions.

Split from ``relations`` so that the patterns there read as patterns. What
mention stands at a token is ``relation_mentions``' decision; here a noun phrase
names an actor through its head, a modifier ("Syrian government forces") or an
"of" phrase ("fighters of the Hamza Division"), and a verb's patients are read off
the parse. Its agents, which news moves out of the subject slot in many ways, are
``relation_agents``' business.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from warledger.extract.relation_lexicon import GROUP_HEADS
from warledger.extract.relation_mentions import PLATFORM_HEADS, STATE_LABELS, MentionIndex
from warledger.extract.relation_stand_ins import bodies_of, examples_named, whose_antecedent
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import ActorMention, RelationPredicate

_WORDS = load_lexicon("relations")
Found = tuple[RelationPredicate, list[ActorMention], list[ActorMention]]
"""What a relation pattern yields: the predicate, its subjects and its objects."""
HOLDING_NOUNS = word_set(_WORDS["holding_nouns"]) | PLATFORM_HEADS
"""Nouns of what a side holds or uses, naming it by a modifier: "ISIL targets"."""
del _WORDS  # only the immutable names above outlive the import
# Which dependency labels lead from a verb to its agent-like and patient-like arguments.
SUBJECT_DEPS = frozenset({"nsubj"})
COUNT_NOUNS = frozenset({"dozen", "hundred", "score", "thousand"})
"""Nouns of a number that head a phrase of what they count ("hundreds of fighters")."""
OBJECT_DEPS = frozenset({"dobj"})


def conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def actors_at(token: Token, index: MentionIndex, depth: int = 0) -> list[ActorMention]:
    """Actors named by the noun phrase headed by ``token`` and its conjuncts (a
    state the actors stage left as a place counts: ``relation_states``).

    "Syrian government forces" names the actor through a modifier (as "ISIL
    control" does), "fighters of the Hamza Division" through "of"; both are
    followed one level deep.
    """
    found: list[ActorMention] = []
    for head in [*conjuncts(token), *_listed_appositions(token, index)]:
        examples = examples_named(head, index)
        if examples:
            found.extend(examples)
            continue
        owner = whose_antecedent(head)
        if owner is not None:
            # "Ethiopia and Eritrea, whose troops fought...": the troops are theirs
            found.extend(actors_at(owner, index, depth))
            continue
        if head.i in index.referring:
            found.extend(index.referring[head.i])
            continue
        mention = index.actor.get(head.i) or index.state.get(head.i)
        grouped = head.lemma_.lower() in GROUP_HEADS
        if mention is None and (grouped or head.lemma_.lower() in HOLDING_NOUNS):
            mention = next(
                (
                    index.actor[child.i]
                    for child in head.children
                    if child.dep_ in {"compound", "amod", "nmod", "poss", "npadvmod"}
                    and child.i in index.actor
                ),
                None,
            )
            owners = [c for c in head.children if c.dep_ == "poss" and c.i in index.referring]
            if mention is None and owners:
                # "its troops", "their fighters", "its jets": the body the pronoun
                # stands for; "his men": the body the person's description names ("X,
                # who commands Y")
                found.extend(bodies_of(index.referring[owners[0].i], head, index))
                continue
            if mention is not None and mention.label in STATE_LABELS and depth == 0 and grouped:
                # "Syrian fighters of the Hamza Division", "Russian contractors of the
                # Wagner Group": the body named after them is the more specific
                bodies = [a for p in owner_phrases(head) for a in actors_at(p, index, 1)]
                if bodies:
                    found.extend(bodies)
                    continue
        if mention is not None and head.i in index.bare and depth == 0:
            # "fighters from the Hamza Division": the body named after bare fighters
            bodies = [a for p in owner_phrases(head) for a in actors_at(p, index, 1)]
            if any(b.label not in STATE_LABELS for b in bodies):
                found.extend(bodies)
                continue
        if mention is not None:
            found += [mention, *_listed_modifiers(head, index)]
        elif depth == 0 and head.lemma_.lower() in GROUP_HEADS:
            for pobj in owner_phrases(head):
                found.extend(actors_at(pobj, index, depth + 1))
    return unique_mentions(found)


def owner_phrases(head: Token) -> list[Token]:
    """The phrases that say whose men a noun names: "fighters of X", "fighters from X",
    "fighters belonging to X" (the participle says no more than "of" does)."""
    found = list(prep_objects(head, {"of", "from"}))
    for participle in children_with(head, {"acl"}):
        if participle.lemma_.lower() == "belong":
            found += prep_objects(participle, {"to"})
    return found


def _listed_modifiers(head: Token, index: MentionIndex) -> list[ActorMention]:
    """Sides listed before one noun: "Armenian and Azerbaijani forces" names two."""
    return [
        index.actor[c.i]
        for child in head.lefts
        if child.dep_ in {"amod", "compound", "nmod"} and child.conjuncts
        for c in [child, *child.conjuncts]
        if c.i in index.actor and index.actor[c.i] is not index.actor.get(head.i)
    ]


def _listed_appositions(token: Token, index: MentionIndex) -> list[Token]:
    """A list the parser read as an apposition: in "The UK, the wider coalition and the
    Government of Iraq" the second name hangs on the first as an apposition and the
    third on it as a conjunct. An apposition with conjuncts of its own is such a list;
    so is a name apposed before a conjunct of the first ("the Houthis, X and the Y
    Brigade", the parser hanging X and Y both on the first). A lone apposition is
    another name or a title, and is left alone."""
    later = [c.i for c in token.children if c.dep_ == "conj"]
    return [
        item
        for child in token.children
        if child.dep_ == "appos"
        and child.i in index.actor
        and (child.conjuncts or any(i > child.i for i in later))
        for item in conjuncts(child)
    ]


def unique_mentions(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """Each mention once; words that stand for several actors ("all three", "their")
    are one mention per actor."""
    seen: dict[tuple[int, int, str], ActorMention] = {}
    for mention in mentions:
        seen.setdefault((mention.span.start, mention.span.end, mention.name), mention)
    return list(seen.values())


def prep_objects(token: Token, preps: Iterable[str]) -> Iterator[Token]:
    wanted = set(preps)
    for child in token.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.lower_ in wanted:
            yield from (grand for grand in child.children if grand.dep_ == "pobj")


def phrase_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """``prep_objects``, and the object of such a preposition standing right after the
    phrase ``token`` heads wherever the parser hung it: in "after the fall of Mosul
    to ISIL" it hangs "to ISIL" on the clause, but the words say the fall was to ISIL."""
    found = list(prep_objects(token, preps))
    after = token.right_edge.i + 1
    if not found and after < len(token.doc):
        prep = token.doc[after]
        if prep.dep_ == "prep" and prep.lower_ in set(preps):
            found = [c for c in prep.children if c.dep_ == "pobj"]
    return found


def children_with(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [child for child in token.children if child.dep_ in wanted]


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: in "the Sultan Murad Division, which is
    funded by Ankara" the one funded is the division; any other token is itself."""
    clause = token.head
    if token.tag_ in {"WDT", "WP"} and clause.dep_ == "relcl":
        return clause.head
    return token


def patients_of(verb: Token) -> list[Token]:
    """The thing acted upon: direct object, or passive subject (that of the first of
    coordinated passives: "they were recruited by X and flown to Y")."""
    found = children_with(verb, OBJECT_DEPS) or children_with(verb, {"nsubjpass"})
    if not found and shared_passive(verb):
        found = children_with(verb.head, {"nsubjpass"})
    return found


def shared_passive(verb: Token) -> bool:
    """A participle coordinated with a passive verb, with no subject or object of its
    own: "flown" in "the men were recruited by X and flown to Y" is passive too, with
    the first verb's subject and by-phrase."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.pos_ in {"VERB", "AUX"}
        and bool(children_with(head, {"nsubjpass", "auxpass"}))
        and not children_with(verb, {"nsubj", "nsubjpass", "dobj"})
    )


def counted_heads(tokens: list[Token]) -> list[Token]:
    """A number heading a phrase stands for what its "of" phrase names: "hundreds of
    Syrian fighters were paid", "dozens of militants". Any other token is itself."""
    out = []
    for token in tokens:
        counted = token.like_num or token.pos_ == "NUM" or token.lemma_.lower() in COUNT_NOUNS
        named = list(prep_objects(token, {"of"})) if counted else []
        out.extend(named or [token])
    return out


def one_actor(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions of one actor for certain: one knowledge-base entry, or the same name."""
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return True
    return a.name.strip().lower() == b.name.strip().lower()


def same_mention(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions name the same actor: the same span, ``one_actor``, or one
    name inside the other."""
    same_span = (a.span.start, a.span.end) == (b.span.start, b.span.end)
    names = a.name.lower(), b.name.lower()
    # "Tobias Ellwood" ... "Ellwood": a surname repeats the same person.
    return same_span or one_actor(a, b) or names[0] in names[1] or names[1] in names[0]


def joined_participle(verb: Token) -> bool:
    """A participle coordinated with one that describes a noun: "paid" in "a
    militia trained and paid by Iran"."""
    head = verb.head
    return verb.dep_ == "conj" and head.tag_ == "VBN" and head.dep_ == "acl"


def described(noun: Token, index: MentionIndex) -> list[ActorMention]:
    """The actors a participle describes through its noun, or through the name that
    noun stands in apposition to: in "Hamas and Islamic Jihad, both funded by Iran"
    and "the RSF, a paramilitary group armed by Khartoum" the ones funded or armed
    are the names."""
    found = actors_at(noun, index)
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    if noun.dep_ == "appos" and (indefinite or not found):
        # "the Fatemiyoun, an Afghan militia trained by Iran": the name, not its
        # description, is the actor a monitor follows
        found = actors_at(noun.head, index) or found
    if noun.dep_ == "appos" and not found:
        # "hundreds of fighters from the X Brigade, a faction backed by Y": the parser
        # may hang the apposition on the phrase's head; it describes the name just
        # before its comma
        before = noun.left_edge.i - 2
        comma = noun.doc[before + 1] if before >= 0 else None
        if comma is not None and comma.text == "," and before in index.actor:
            found = [index.actor[before]]
    return found
