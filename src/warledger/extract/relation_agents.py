"""Who does what a verb tells: the agent positions of the relation patterns.

Split from ``relation_args`` (which reads what actors a noun phrase names)
because finding a verb's doer is a question of clauses, not of phrases: a
passive's "by" phrase, the subject of the verb an infinitive complements, the
accused of an accusation, the speaker of "said it had sent", the noun a
participle follows, the one helped "in" an undertaking, or the rejecter of a
rejected claim. Each rule is one construction news uses to leave the doer out of
the subject slot.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract.attribution_lexicon import VERB_STANCE
from warledger.extract.relation_args import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    actors_at,
    children_with,
    counted_heads,
    prep_objects,
    shared_passive,
)
from warledger.extract.relation_denials import rejection_of
from warledger.extract.relation_lexicon import (
    ACCUSE_VERBS,
    EFFORT_NOUNS,
    FIGHTER_NOUNS,
    HELPING_WORDS,
)
from warledger.extract.relation_mentions import MentionIndex
from warledger.model import ActorMention


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
    # "Hundreds of fighters of X are fighting...": the number stands for what it counts
    subjects = [a for tok in counted_heads(subject_tokens) for a in actors_at(tok, index)]
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
