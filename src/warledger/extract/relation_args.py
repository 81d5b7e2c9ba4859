"""Arguments of the relation patterns: which actor mentions stand at a trigger's
subject and object positions.

Split from ``relations`` so that the patterns there read as patterns. What
mention stands at a token is ``relation_mentions``' decision; here a noun phrase
names an actor through its head, a modifier ("Syrian government forces") or an
"of" phrase ("fighters of the Hamza Division"), and a verb's agents and patients
are read off the parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from warledger.extract.attribution_lexicon import VERB_STANCE
from warledger.extract.relation_denials import rejection_of
from warledger.extract.relation_lexicon import (
    ACCUSE_VERBS,
    EFFORT_NOUNS,
    FIGHTER_NOUNS,
    GROUP_HEADS,
    HELPING_WORDS,
)
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
            if mention is None and grouped and owners:
                # "its troops", "their fighters": the body the pronoun stands for; "his
                # men": the body the person's description names ("X, who commands Y")
                found.extend(bodies_of(index.referring[owners[0].i], head, index))
                continue
            if mention is not None and mention.label in STATE_LABELS and depth == 0 and grouped:
                # "Syrian fighters of the Hamza Division", "Russian contractors of the
                # Wagner Group": the body named after them is the more specific
                bodies = [
                    a for p in prep_objects(head, {"of", "from"}) for a in actors_at(p, index, 1)
                ]
                if bodies:
                    found.extend(bodies)
                    continue
        if mention is not None and head.i in index.bare and depth == 0:
            # "fighters from the Hamza Division": the body named after bare fighters
            bodies = [a for p in prep_objects(head, {"of", "from"}) for a in actors_at(p, index, 1)]
            if any(b.label not in STATE_LABELS for b in bodies):
                found.extend(bodies)
                continue
        if mention is not None:
            found += [mention, *_listed_modifiers(head, index)]
        elif depth == 0 and head.lemma_.lower() in GROUP_HEADS:
            for pobj in prep_objects(head, {"of", "from"}):
                found.extend(actors_at(pobj, index, depth + 1))
    return unique_mentions(found)


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
    third on it as a conjunct. An apposition with conjuncts of its own is such a list
    (a lone apposition is another name or a title, and is left alone)."""
    return [
        item
        for child in token.children
        if child.dep_ == "appos" and child.conjuncts and child.i in index.actor
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


def agents_of(verb: Token, index: MentionIndex) -> list[ActorMention]:
    """Agent of a verb: its subject, the "by" phrase of a passive, the
    subject of the verb it complements ("Russia denied sending..."), the
    accused of an accusation ("X accused Y of sending...", "Y was accused of
    sending..."), the speaker for a pronoun in what is said ("X said it sent..."),
    the noun a present participle follows ("fighters serving with
    X"), or, for a pronoun
    inside a rejection, the rejecter ("Ankara rejected claims that it sent...")."""
    if children_with(verb, {"nsubjpass", "auxpass"}) or shared_passive(verb):
        # "has been trained and equipped by Turkey": coordinated participles share
        # the agent the parser hangs on the last
        passives = [verb, *(c for c in verb.conjuncts if c.tag_ == "VBN")]
        return [
            a for p in passives for tok in prep_objects(p, {"by"}) for a in actors_at(tok, index)
        ]
    subject_tokens = children_with(verb, SUBJECT_DEPS)
    subjects = [a for tok in subject_tokens for a in actors_at(tok, index)]
    if subjects:
        return subjects
    if any(tok.pos_ == "PRON" for tok in subject_tokens):
        rejection = rejection_of(verb)
        if rejection is not None and rejection.denier is not None:
            return actors_at(rejection.denier, index)
        itself = any(t.lower_ in {"it", "they"} for t in subject_tokens)
        if itself and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in VERB_STANCE:
            # "the ministry said it had not sent fighters": a body speaks of itself
            # (a person's "it" or "we" is some other body, or no one named)
            speakers = [
                a for t in children_with(verb.head, SUBJECT_DEPS) for a in actors_at(t, index)
            ]
            return [a for a in speakers if a.label != "PERSON"]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        accusing = verb.head.head
        if accusing.lemma_.lower() in ACCUSE_VERBS:
            # "X accused Y of sending...", "Y was accused of sending..."
            accused = children_with(accusing, OBJECT_DEPS) or children_with(accusing, {"nsubjpass"})
            return [a for tok in accused for a in actors_at(tok, index)]
    if not subject_tokens and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # a present participle after a noun says what the noun's referent does:
        # "mercenaries fighting alongside X", "the forces attacking Y"
        return actors_at(verb.head, index)
    if not subject_tokens and (verb.dep_ == "xcomp" or _fighters_sent_to(verb)):
        # Object control: "the coalition is assisting the Iraqi government to destroy
        # ISIL" - the one helped, asked or enabled is who does the act; so are the
        # fighters recruited or brought "to fight for Y" (the parser may read the
        # infinitive as a clause of purpose)
        controllers = [
            a
            for t in counted_heads(children_with(verb.head, OBJECT_DEPS))
            for a in actors_at(t, index)
        ]
        if controllers:
            return controllers
    passive_subjects = children_with(verb.head, {"nsubjpass"})
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not subject_tokens and verb.dep_ in {"xcomp", "advcl"} and infinitive and passive_subjects:
        # "fighters were paid to fight for Y", "they were sent by X to fight Y": the
        # ones paid or sent do the fighting, not whoever paid or sent them (none
        # named: "hundreds were paid by X to fight Y" makes X no fighter)
        return [a for t in counted_heads(passive_subjects) for a in actors_at(t, index)]
    if not subject_tokens and verb.dep_ == "conj" and passive_subjects:
        # "the militia is backed by Iran and takes orders from Y": the second verb's
        # subject is the first one's passive subject, not its agent
        return [a for t in passive_subjects for a in actors_at(t, index)]
    if not subject_tokens and verb.dep_ in {"xcomp", "advcl", "conj"} and verb.head.i != verb.i:
        return agents_of(verb.head, index)
    if not subject_tokens and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "X and Y are committed to defeating Z", "X succeeded in expelling Z"
        governing = verb.head.head
        if governing.dep_ == "acomp":
            governing = governing.head
        if governing.pos_ in {"VERB", "AUX"}:
            # "X is committed to defeating Y": a passive with no "by" is a state of X
            return agents_of(governing, index) or [
                a for t in children_with(governing, {"nsubjpass"}) for a in actors_at(t, index)
            ]
    # the parser reads "the operation to destroy Y" as an infinitive relative at times
    infinitive = verb.dep_ == "acl" or (verb.dep_ == "relcl" and not subject_tokens)
    if infinitive and verb.head.lemma_.lower() in EFFORT_NOUNS:
        return _effort_owners(verb.head, index)
    if verb.dep_ == "relcl" and all(t.tag_ in {"WDT", "WP"} for t in subject_tokens):
        # "the SDF, which includes ...", "Syrians who fought to free Dabiq"; in
        # "Baghdad, where the leaders discussed...", the leaders act, not Baghdad
        return actors_at(_one_of(verb.head), index)
    return []


def _fighters_sent_to(verb: Token) -> bool:
    """An infinitive of purpose on a verb whose object is fighters: "recruited Syrian
    fighters to fight for Y", "brought in PKK militants to fight Y"."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "advcl" or not infinitive:
        return False
    objects = counted_heads(children_with(verb.head, OBJECT_DEPS))
    return any(t.lemma_.lower() in FIGHTER_NOUNS for t in objects)


def _one_of(noun: Token) -> Token:
    """The subject of "X is one of the factions that sent fighters": the clause
    tells what X did, as one of them; and of an inverted list, "Among the factions
    that sent men were X, Y and Z" (X and its conjuncts). Any other noun is itself."""
    among = noun.head
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be":
        return next(iter(children_with(among.head, {"nsubj", "attr"})), noun)
    of = noun.head
    one = of.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or one.lower_ != "one" or one.dep_ != "attr":
        return noun
    return next(iter(children_with(one.head, {"nsubj"})), noun)


def _effort_owners(effort: Token, index: MentionIndex) -> list[ActorMention]:
    """Who undertakes an effort: "the Coalition's efforts to defeat ISIL"; "X is
    leading efforts to defeat Y"; "Operation Z, the operation to destroy Y" (the
    name the apposition describes); "support for X in its campaign to defeat Y"."""
    owners = children_with(effort, {"poss", "compound"})
    found = [a for t in owners for a in actors_at(t, index)] or helped_in(effort, index)
    if not found and effort.dep_ == "appos":
        found = actors_at(effort.head, index)
    if not found and effort.head.pos_ in {"VERB", "AUX"} and effort.dep_ != "nsubj":
        found = agents_of(effort.head, index)
    return found


def helped_in(undertaking: Token, index: MentionIndex) -> list[ActorMention]:
    """Who carries out an undertaking named in the "in" phrase of a word of support:
    in "X's support for Y in the fight against Z" and "X assisted Y in its campaign to
    defeat Z" the one supported, Y, is the one fighting (the supporter is an ally,
    which the coalition patterns record)."""
    if undertaking.dep_ != "pobj" or undertaking.head.lower_ != "in":
        return []
    helping = undertaking.head.head
    if helping.pos_ in {"VERB", "AUX"} and helping.lemma_.lower() not in HELPING_WORDS:
        # "reiterates its support for Y in the fight against Z": the phrase hangs on
        # the verb whose object is the support
        helping = next(
            (t for t in children_with(helping, OBJECT_DEPS) if t.lemma_.lower() in HELPING_WORDS),
            helping,
        )
    if helping.lemma_.lower() not in HELPING_WORDS:
        return []
    if helping.pos_ in {"VERB", "AUX"}:
        helped = children_with(helping, OBJECT_DEPS)
    else:
        helped = list(prep_objects(helping, {"of", "for", "to"}))
    return [a for t in helped for a in actors_at(t, index)]


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
