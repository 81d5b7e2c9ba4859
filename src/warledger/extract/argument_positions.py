"""Where an event's arguments stand in the dependency parse: the subject and object of a
verb trigger (swapped for the passive, "by" agents included), the possessor, "by" and
"on/against/of" phrases of an event noun, the subject a verb shares with another.

These functions answer with the parse's tokens only; ``event_args.ArgumentFinder`` turns
the tokens into actor mentions. Split from ``event_args`` so that the positions can be
read apart from the naming.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract import event_lexicon as lex

VERB_POS = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "csubj"})
TARGET_PREPS = frozenset({"on", "against", "upon"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Pronouns that stand for the speaker of the clause they are reported in: "the front
# said it (they, we) had attacked the post", "said its fighters carried out the raid".
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})
# Verbs of damage done to a thing, not themselves the name of an attack.
_DAMAGE_VERBS = frozenset({"damage", "wreck", "gut", "shatter"})
# Verbs that report what their subject says of itself (with ``lex.REPORTING_VERBS``).
_OWN_WORD_VERBS = frozenset({"announce", "state", "claim", "admit", "acknowledge", "declare"})


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens, their conjuncts ("X and Y") and appositions ("the rector, Z"), and
    theirs in turn: a list of named people hangs its names on one another ("the mayor
    Tomas Verhal and his deputy, Anton Kessler": the deputy is a conjunct of the
    mayor's name, Kessler an apposition of the deputy)."""
    out: list[Token] = []
    todo = list(tokens)
    while todo:
        token = todo.pop(0)
        if token in out:
            continue
        out.append(token)
        appositions = [c for c in token.children if c.dep_ == "appos"]
        todo += [t for t in (*token.conjuncts, *appositions) if t not in out]
    return out


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def verb_arguments(root: Token) -> tuple[list[Token], list[Token]]:
    init: list[Token] = []
    targ: list[Token] = []
    for child in root.children:
        if child.dep_ in SUBJECTS:
            init.append(child)
        elif child.dep_ in ("nsubjpass", "dobj"):
            targ.append(child)
        elif child.dep_ == "agent":
            init.extend(pobjs(child))
        elif child.dep_ == "prep" and (
            child.lower_ in TARGET_PREPS
            or (child.lower_ == "at" and root.lemma_.lower() in lex.AIMING_VERBS)
        ):
            # "on Sunday" is when, not whom: it must not stand for a target
            targ.extend(p for p in pobjs(child) if p.ent_type_ not in ("DATE", "TIME"))
    targ += [t for t in _set_on_fire(root) + damaged(root) if t not in targ]
    if not init:
        init = _inherited_subject(root)
    if not targ:
        targ = _shared_object(root)
    if not targ and root.lemma_.lower() in lex.UNACCUSATIVE_VERBS:
        init, targ = [], [c for c in root.children if c.dep_ in SUBJECTS]
    if root.lemma_.lower() in lex.BLAST_VERBS or _goes_off(root):
        targ += [t for t in blast_sites(root) if t not in targ]
    if _goes_off(root):
        # "a charge went off": the subject is the device, neither doer nor target
        init = [t for t in init if t.head.i != root.i or t.dep_ not in SUBJECTS]
    relative_patient = root.dep_ == "relcl" and any(
        c.lower_ in RELATIVE and c.dep_ == "nsubjpass" for c in root.children
    )
    # "a bus attacked by rebels", "the assassinated candidate", "the kidnapped
    # businessman X": the noun a past participle qualifies underwent the act (before
    # the noun, only a participle of harm: "armed men" or "an armed rebellion" suffered
    # nothing)
    harm = root.lemma_.lower() in lex.HARM_LEMMAS
    qualifies = root.tag_ == "VBN" and (root.dep_ == "acl" or (root.dep_ == "amod" and harm))
    if not targ and (relative_patient or qualifies):
        targ = [root.head]
    return init, targ


def _set_on_fire(root: Token) -> list[Token]:
    """What was set on fire: "set fire to three buses and a lorry" names it after "to",
    not as the verb's object (the object is the fire)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in root.children):
        return []
    return [p for c in root.children if c.dep_ == "prep" and c.lower_ == "to" for p in pobjs(c)]


def damaged(root: Token) -> list[Token]:
    """What the attack damaged, told by a verb of damage that follows it in the same
    clause: "fired rockets at the airport, damaging two cargo planes and the control
    tower", "shelled the town and wrecked the bridge". A damage word alone names no
    attack ("the storm damaged homes"); beside one, its object is what the attack hit."""
    return [
        o
        for c in root.children
        if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in _DAMAGE_VERBS
        for o in c.children
        if o.dep_ == "dobj"
    ]


def blast_sites(root: Token) -> list[Token]:
    """What a blast hit, named by where it went off: "exploded at a bank, a supermarket
    and a radio station", "went off in front of the embassy", "under his car". A time
    ("at dawn", "at 10 pm") is when, not where."""
    sites = []
    for prep in root.children:
        if prep.dep_ != "prep":
            continue
        words = prep.lower_
        objects = pobjs(prep)
        if words == "in" and objects and objects[0].lower_ == "front":
            objects = [p for c in objects[0].children if c.lower_ == "of" for p in pobjs(c)]
            words = "in front of"
        if words in lex.BLAST_SITE_PREPS or words == "in front of":
            sites += [p for p in objects if p.ent_type_ not in ("DATE", "TIME")]
    return sites


def _goes_off(root: Token) -> bool:
    """ "went off", "had gone off": an explosion verb whose subject is what exploded."""
    return root.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in root.children
    )


def _shared_object(root: Token) -> list[Token]:
    """The object conjoined verbs share: "killed and wounded scores"."""
    partners = [c for c in root.children if c.dep_ == "conj" and c.pos_ in VERB_POS]
    if root.dep_ == "conj" and root.head.pos_ in VERB_POS:
        partners.append(root.head)
    for partner in partners:
        objects = [c for c in partner.children if c.dep_ == "dobj"]
        if objects:
            return objects
    return []


def _inherited_subject(root: Token) -> list[Token]:
    """The subject a verb shares: "X attacked and killed", "X, killing", "X who attacked"."""
    if root.dep_ == "relcl" and any(
        c.lower_ in RELATIVE and c.dep_ in SUBJECTS for c in root.children
    ):
        return [root.head]
    own_subject = any(c.dep_ in ("nsubjpass", "expl") for c in root.children)
    if root.dep_ == "advcl" and own_subject:
        # "vowed an inquiry after seven villagers were murdered": a clause with a
        # subject of its own does not share the main clause's
        return []
    if root.dep_ in ("conj", "advcl", "xcomp") and root.head.pos_ in VERB_POS:
        head = root.head
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        agents = [p for c in head.children if c.dep_ == "agent" for p in pobjs(c)]
        return subjects or agents
    return []


def noun_arguments(root: Token) -> tuple[list[Token], list[Token]]:
    """Arguments of an event noun; a conjunct ("martial law and mobilization")
    takes its role in the clause from the first conjunct."""
    while root.dep_ == "conj" and root.head.pos_ not in VERB_POS and root.head.i != root.i:
        root = root.head
    init: list[Token] = []
    targ: list[Token] = []
    for child in root.children:
        if child.dep_ == "poss" and root.lemma_.lower() in lex.VICTIM_NOUNS:
            targ.append(child)
        elif child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod")
            and (child.ent_type_ in ("NORP", "ORG", "GPE") or child.pos_ == "PROPN")
        ):
            init.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            init.extend(pobjs(child))
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS | {"of"}:
            targ.extend(pobjs(child))
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ in lex.LIGHT_VERBS:
        init = init or [c for c in head.children if c.dep_ in SUBJECTS]
        targ = targ or [
            p
            for c in head.children
            if c.dep_ == "prep"
            for p in pobjs(c)
            if c.lower_ in TARGET_PREPS
        ]
    elif root.dep_ == "nsubjpass" and head.lemma_ in lex.LIGHT_VERBS:
        init = init or [p for c in head.children if c.dep_ == "agent" for p in pobjs(c)]
    elif root.dep_ == "nsubj" and head.pos_ in VERB_POS:
        targ = targ or [c for c in head.children if c.dep_ == "dobj"]
    elif root.dep_ == "oprd" and head.pos_ in VERB_POS:
        # "were taken hostage by rebels", "held the mayor hostage": the noun says what
        # the verb made of its object or passive subject, who underwent the act
        init = init or [c for c in head.children if c.dep_ in SUBJECTS]
        init = init or [p for c in head.children if c.dep_ == "agent" for p in pobjs(c)]
        targ = targ or [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]
    elif root.dep_ == "pobj" and head.head.pos_ in VERB_POS:
        undergoers = ("nsubjpass", "nsubj") if head.lower_ == "under" else ("nsubjpass",)
        targ = targ or [c for c in head.head.children if c.dep_ in undergoers]
    return init, targ


def reported_speaker(pronoun: Token) -> list[Token]:
    """The subject of the verb of saying that reports the pronoun's clause, the one the
    pronoun stands for: "the Iron Circle said it (they, we) planted the bomb", "the front
    said its fighters carried out the raid" -> "the Iron Circle", "the front". Only the
    clause a verb of saying governs directly (its ``ccomp``) counts, and only a speaker
    named by a noun (not itself a pronoun); otherwise nothing."""
    if pronoun.lower_ not in SPEAKER_PRONOUNS:
        return []
    clause = pronoun.head
    if pronoun.dep_ == "poss":
        clause = clause.head  # "its fighters" -> the verb "its fighters" is subject of
    while clause.dep_ in ("conj", "aux", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    saying = verb.lemma_.lower() in lex.REPORTING_VERBS | _OWN_WORD_VERBS
    if clause.dep_ != "ccomp" or verb.pos_ not in VERB_POS or not saying:
        return []
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return speakers[:1]
