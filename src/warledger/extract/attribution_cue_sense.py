"""Whether a reporting word reports speech where it stands: its sense in context.

Why apart from the component: the words of saying are also words of other acts
("fighters attacked a checkpoint", "a blast claimed eleven lives", "residents
called the police"), and the tests read these decisions one by one. Each check
looks at the word's own arguments in the parse: a particle ("call for"), a name
given ("called the strike a war crime"), an object that changes the sense
("claimed lives"), or the act the tagger's cue is the trigger of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from warledger.extract.attribution_criticism import criticises
from warledger.extract.attribution_lexicon import (
    NON_SPEECH_OBJECTS,
    NOUN_STANCE,
    PARTICLE_CUES,
    VERB_STANCE,
)
from warledger.extract.attribution_quotes import OPENING
from warledger.extract.attribution_tagger import TaggedSpan
from warledger.extract.event_lexicon import ACT_TRIGGER_PHRASES, ACT_TRIGGER_WORDS

NAMED_DEPS = frozenset({"dobj", "dative"})  # "calling them a provocation": "them" is dative


def particle(verb: Token) -> Token | None:
    """The second word of a two-word cue ("called for", "pointed out").

    In "called for the council to resign" the parser reads "for" as the mark of
    the clause "the council to resign" (the for-to infinitive), not as the verb's
    preposition: right after the verb it is still the cue's second word.
    """
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in {"prt", "prep"} and (lemma, child.lower_) in PARTICLE_CUES:
            return child
    if verb.i + 1 < len(verb.doc):
        mark = verb.doc[verb.i + 1]
        if (
            mark.dep_ == "mark"
            and mark.head.head == verb
            and mark.head.i > mark.i
            and (lemma, mark.lower_) in PARTICLE_CUES
        ):
            return mark
    return None


def naming(verb: Token) -> set[int]:
    """ "called the attack a war crime": the object and what it was called (the
    parser reads a pronoun object as a dative: "calling them a provocation")."""
    objects = [c for c in verb.children if c.dep_ in NAMED_DEPS]
    names = [c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.i > verb.i]
    if not objects and len(names) > 1:  # "called Oz a quack": the parser names both
        objects, names = names[:1], names[1:]
    if not objects or not names:
        return set()
    return set(range(objects[0].left_edge.i, names[-1].right_edge.i + 1))


def may_report(doc: Doc, cue: TaggedSpan) -> bool:
    """Whether a cue the tagger found can introduce speech: a word the lexicon knows
    as a reporting word, or one that is not the trigger of an act. The tagger
    generalises past the lexicon ("gave figures of"), but "fighters attacked a
    checkpoint" reports an act, not what somebody said. Triggers of PLOVER's verbal
    types stay cues: "the senator endorsed the plan" or "opposed the deal" states a
    stance (the claim of the act is then the speaker's own, as for "denied"). An act
    verb that states a charge ("blasted the mayor for not paying") criticises
    (``attribution_criticism``)."""
    root = doc[cue.start : cue.end].root
    if root.lower_ == "according":  # "according to": no act of according
        return True
    if speaks_of_no_one(root):
        return False
    lemma = root.lemma_.lower()
    if lemma in VERB_STANCE or lemma in NOUN_STANCE:
        return True
    if lemma not in ACT_TRIGGER_WORDS and not _act_phrase(doc, cue):
        return True
    return criticises(root)


def _act_phrase(doc: Doc, cue: TaggedSpan) -> bool:
    """The cue holds a material act's trigger phrase ("opened fire on": "open fire")."""
    lemmas = [t.lemma_.lower() for t in doc[cue.start : cue.end]]
    return any(
        tuple(lemmas[i : i + len(phrase)]) == phrase
        for phrase in ACT_TRIGGER_PHRASES
        for i in range(len(lemmas) - len(phrase) + 1)
    )


def speaks_of_no_one(verb: Token) -> bool:
    """Whether a reporting verb's arguments give it another sense: a blast that
    "claimed eleven lives" killed; it said nothing (``NON_SPEECH_OBJECTS``). "Call"
    reports only as "call for" / "call on" or as naming something something ("called
    the strike a war crime"); "a militia called the Red Hand", "residents called the
    police" or "he called the minister" say nothing themselves."""
    if verb.lemma_.lower() == "call" and particle(verb) is None:
        deps = [child.dep_ for child in verb.children]
        named = bool(NAMED_DEPS & set(deps)) and bool({"oprd", "xcomp"} & set(deps))
        if not named and deps.count("oprd") < 2 and not _quoted_name(verb):
            return True  # (the parser may take both the object and the name for names)
    return any(
        child.dep_ == "dobj" and child.lemma_.lower() in NON_SPEECH_OBJECTS
        for child in verb.children
    )


def _quoted_name(verb: Token) -> bool:
    """Whether "call" gives somebody a name in quotation marks ('called her "third-rate"',
    'calls the plan "a gift to the banks"'): a mark that opens right after a noun, a
    pronoun or an adjective (the parser tags some nouns so) just past the verb. The
    parser often reads the quoted name as the object itself and the one named as its
    possessor, so the object-and-name check misses it; in "a group called the
    “Friends of the River”" the mark follows "the" and nobody is named."""
    doc = verb.doc
    for i in range(verb.i + 2, min(verb.i + 7, len(doc))):
        if doc[i].text in OPENING and doc[i - 1].pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}:
            return True
        if doc[i].is_punct and doc[i].text not in OPENING | {"-", "’", "'"}:
            return False
    return False
