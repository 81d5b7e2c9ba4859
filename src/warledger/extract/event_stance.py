"""The stance a text takes towards an event it mentions, from the trained factuality score.

A trigger word is not an assertion that the event happened: "residents feared
a new strike", "a possible attack", "if the missiles are used, the war will
widen", "did the army shell the town?". ``warledger_factuality`` scores each
predicate in [-3, 3]; this module turns the score of an event's trigger, with
the syntactic cues that English marks modality with, into a ``Stance``:

* a conditional (the event sits in an "if"/"unless" clause, or is the
  consequence of one) is ``hypothetical`` whatever the score;
* an event asked about in a question is a ``question``;
* a negated event ("did not attack", "no shelling") or one scored as not having
  happened is ``denied``;
* a counterfactual ("would have attacked") is ``hypothetical``;
* an event an auxiliary puts ahead ("will attack") or that a verb schedules
  ("talks are expected to resume") is ``future``;
* an event under a word of fear, possibility or intention ("feared a strike",
  "an attack remains possible", "no evidence that ... the strike"), a modal
  ("might order an assault") or a habitual adverb (a generic statement:
  "militias usually loot villages") is ``hypothetical``; so is any event the
  trained score does not commit to (opinion, other uncommitted contexts);
* only a committed event is ``asserted``.

The score alone misses the first cues: the newswire corpora it learns from rate
many nouns under "fear" or "possible" as having happened. The cue words are
general English modality, not tuned on any record.

The thresholds were chosen on the dev splits of the factuality data
(``training/factuality/scripts/thresholds.py``, best macro F1 of asserted /
uncommitted / denied on UW and MEANTIME dev, gold >= 1.5 asserted, <= -1.5 denied).
Without a score (the factuality pipe left out) negation alone decides, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.extract.event_generic import HABITUAL_ADVERBS, generic_statement
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import Stance

ASSERT_MIN = 1.8
DENY_MAX = -0.5

_WORDS = load_lexicon("event_modality")
CONDITIONAL_MARKS = word_set(_WORDS["stance_conditional_marks"])
INVERTED_CONDITIONALS = word_set(_WORDS["stance_inverted_conditionals"])
CONDITIONAL_NOUNS = word_set(_WORDS["stance_conditional_nouns"])
QUESTION_MARKS = word_set(_WORDS["stance_question_marks"])
FUTURE_AUX = word_set(_WORDS["stance_future_aux"])
CIRCUMSTANCE_MARKS = word_set(_WORDS["stance_circumstance_marks"])
# Prepositions that place a speech act after or during an event ("told VOA after the attack").
_TIME_PREPS = frozenset({"after", "since", "following", "during"})
MODAL_AUX = word_set(_WORDS["stance_modal_aux"])
INTENTION_GOVERNORS = word_set(_WORDS["stance_intention_governors"])
DIRECTIVE_GOVERNORS = word_set(_WORDS["stance_directive_governors"])
HALTING_VERBS = word_set(_WORDS["stance_halting_verbs"])
UNCOMMITTED_GOVERNORS = word_set(_WORDS["stance_uncommitted_governors"]) | INTENTION_GOVERNORS
PROSPECTIVE_MODIFIERS = word_set(_WORDS["stance_prospective_modifiers"])
WARNING_VERBS = word_set(_WORDS["stance_warning_verbs"])
WARNING_PREPS = word_set(_WORDS["stance_warning_preps"])
NO_EVIDENCE_DETERMINERS = word_set(_WORDS["stance_no_evidence_determiners"])
SCHEDULING_GOVERNORS = word_set(_WORDS["stance_scheduling_governors"])
COUNTERFACTUAL_AUX = word_set(_WORDS["stance_counterfactual_aux"])
del _WORDS  # only the immutable names above outlive the import
_CLAUSE_CLIMB = 4
# Climbing from an event to the words that govern it stops at a clause that only
# sets the scene ("while the shelling went on, Russia could not interfere").
_SCENE_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "appos"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Dependencies that link one clause to another: a modal or habitual adverb beyond
# them belongs to another clause.
_CLAUSE_LINKS = frozenset({"ccomp", "conj", "csubj", "advcl", "relcl", "parataxis", "acl"})


def event_stance(
    root: Token, negated: bool, scored: bool = True, modal_type: bool = False
) -> Stance:
    """The text's own stance towards the event whose trigger's head is ``root``.

    ``scored=False`` leaves the trained score out and lets only the cues decide:
    for a trigger that is no predicate (a casualty toll standing for its event);
    such a toll that only describes another noun's people is asserted
    (``presupposed_toll``).
    ``modal_type``: the event's type already says its modality (a threat, a demand,
    a promise: "will attack" is an asserted THREATEN), so only a condition, a
    question or a negation changes the stance.
    """
    scores = root.doc._.factuality
    score = scores.get(root.i) if scores else None
    if score is None:
        return Stance.DENIED if negated else Stance.ASSERTED
    if not scored:
        if presupposed_toll(root):
            return Stance.DENIED if negated else Stance.ASSERTED
        score = ASSERT_MIN
    if is_conditional(root):
        return Stance.HYPOTHETICAL
    if is_questioned(root):
        return Stance.QUESTION
    if is_counterfactual(root):
        return Stance.HYPOTHETICAL
    if negated or (score <= DENY_MAX and not modal_type):
        return Stance.DENIED
    if modal_type:
        # "It is likely that Moscow will insist on talks": the type holds the
        # "will" (and a "plans to"), not the "likely" above it.
        held_open = is_uncommitted(root, modal_type=True) or is_requested(root)
        return Stance.HYPOTHETICAL if held_open else Stance.ASSERTED
    if is_future(root):
        return Stance.FUTURE
    if score >= ASSERT_MIN and not is_uncommitted(root) and not is_requested(root):
        return Stance.ASSERTED
    return Stance.HYPOTHETICAL


def is_requested(root: Token) -> bool:
    """An act someone asks, urges or orders to be done (``DIRECTIVE_GOVERNORS``): the
    verb of the clause they ask for ("demanded that the militia withdraw"), its
    object or what it is joined to ("urged Velmora to accept a truce or face new
    sanctions", "asked them to agree to a truce"), or what they call for ("called for
    a ceasefire"). Not the act a halting verb takes ("urged them to halt the
    shelling": the shelling is under way)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "for":
        return _directive(head.head) or head.head.lemma_.lower() == "call"
    clause = root
    if root.dep_ == "pobj" and head.dep_ == "prep":  # "to agree to a truce"
        head = head.head
    if root.dep_ in ("dobj", "pobj"):
        if head.lemma_.lower() in HALTING_VERBS:
            return False
        clause = head
    if clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ in ("xcomp", "ccomp") and _directive(clause.head)


def _directive(verb: Token) -> bool:
    """A verb of asking, urging or ordering, or "call" with "on" ("called on them")."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
    return lemma in DIRECTIVE_GOVERNORS


def presupposed_toll(root: Token) -> bool:
    """Whether a toll standing for its event (``root`` heads the figure's words) only
    describes another noun's people ("the names of the eleven dead", "the victims'
    families"): the deaths are taken as known, and the modality of the clause
    ("would be published", "may attend") is the other noun's, not theirs."""
    if root.dep_ == "poss":
        return root.head.pos_ in ("NOUN", "PROPN")
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.dep_ == "prep"
        and head.head.pos_ in ("NOUN", "PROPN")
    )


def told_circumstance(root: Token, cue: Token) -> bool:
    """Whether the event headed by ``root`` sits in a past adverbial clause of the
    reporting verb ``cue`` or of its infinitive ("the governor vowed an inquiry
    after seven villagers were murdered", "threatened to retaliate because rebels
    had shelled the town"): the
    circumstance of the speech act, which the text tells as fact, not the content
    of the vow or warning; so does an event noun in a phrase of time on that verb
    ("told reporters soon after the attack", "vowed revenge following the bombing")."""
    if _in_time_phrase_of(root, cue):
        return True
    for token in _clause_heads(root):
        head = token.head
        of_cue = head.i == cue.i or (head.dep_ == "xcomp" and head.head.i == cue.i)
        if token.dep_ == "advcl" and of_cue:
            return _is_circumstance(token)
    return False


def _in_time_phrase_of(root: Token, cue: Token) -> bool:
    """An event noun as the object of a preposition of time ("after", "since",
    "following", "during") on the verb ``cue``, on an adverb of it ("soon after"), or
    on its infinitive."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _TIME_PREPS:
        return False
    anchor = prep.head
    if anchor.dep_ in ("advmod", "npadvmod") and anchor.i != cue.i:
        anchor = anchor.head
    return anchor.i == cue.i or (anchor.dep_ == "xcomp" and anchor.head.i == cue.i)


def beside_circumstance(cue: Token, trigger: Token) -> bool:
    """Whether the reporting word ``cue`` stands in a past adverbial clause that does
    not hold ``trigger`` ("the rebels threatened to shell the city after the army
    had refused their demands"): the refusal is a circumstance of the threat; it
    denies nothing of the clause it is attached to."""
    for token in _clause_heads(cue):
        if token.dep_ == "advcl" and _is_circumstance(token):
            return not token.left_edge.i <= trigger.i <= token.right_edge.i
    return False


def _is_circumstance(clause: Token) -> bool:
    marks = [c for c in clause.children if c.dep_ == "mark"]
    past = clause.tag_ in ("VBD", "VBN")
    return past and any(m.lower_ in CIRCUMSTANCE_MARKS for m in marks)


def _clause_heads(root: Token) -> list[Token]:
    """``root`` and the words above it, nearest first, up to the head of its sentence
    or of the scene-setting clause it sits in."""
    heads = [root]
    current = root
    for _ in range(_CLAUSE_CLIMB):
        if current.head.i == current.i or current.dep_ in _SCENE_CLAUSES:
            break
        current = current.head
        heads.append(current)
    return heads


def is_conditional(root: Token) -> bool:
    """In an "if"/"unless" clause or an inverted one ("should the talks fail", "had
    they known"), or in the main clause such a clause conditions."""
    for head in _clause_heads(root):
        if _conditional_clause(head):
            return True
        if any(c.dep_ == "advcl" and _conditional_clause(c) for c in head.children):
            return True
    return False


def _conditional_clause(head: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in head.children):
        return True
    if any(_conditional_phrase(c) for c in head.children):
        return True
    first = head.left_edge
    return (
        head.dep_ == "advcl"
        and first.lower_ in INVERTED_CONDITIONALS
        and first.head.i == head.i
        and first.dep_ in ("aux", "auxpass")
    )


def _conditional_phrase(prep: Token) -> bool:
    """ "In case of an attack", "in the event of an invasion": a preposition whose
    noun is a word of eventuality followed by "of"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            n.dep_ == "pobj"
            and n.lemma_.lower() in CONDITIONAL_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)
            for n in prep.children
        )
    )


def is_uncommitted(root: Token, modal_type: bool = False) -> bool:
    """A word of fear, possibility or intention that takes the event as its
    complement ("feared a strike", "feared that the army would strike"; not the
    subject: "the attack was intended to frighten") or is said of it ("an attack
    remains possible"), a negated piece of evidence
    over a clause that holds the event ("no indication that ... the fighting"; not
    "no connection with the shelling"), or, in the event's own clause, a modal
    auxiliary or a habitual adverb that makes the sentence generic. So is an
    event a modifier puts ahead ("a possible attack", "a looming assault"), one
    warned of ("warned of an offensive"), and one in a generic present
    (``event_generic``) or in a clause that sets the scene of one ("militias usually
    loot villages after they capture them"). ``modal_type``: the event's type
    already says its modality (a threat's "would", a promise's "plans to"), so
    its own modal auxiliary and words of intention are left out."""
    governors = UNCOMMITTED_GOVERNORS - INTENTION_GOVERNORS if modal_type else UNCOMMITTED_GOVERNORS
    own_clause = True
    via_clause = False
    below = root
    heads = _clause_heads(root)
    if any(c.dep_ == "amod" and c.lemma_.lower() in PROSPECTIVE_MODIFIERS for c in root.children):
        return True
    for depth, head in enumerate(heads):
        complement = depth and below.dep_ not in _SUBJECTS
        if depth and not complement:
            own_clause = False  # "the attack could be investigated": the modal is not the attack's
        if complement and head.lemma_.lower() in governors:
            return True
        if (
            complement
            and below.dep_ == "prep"
            and below.lower_ in WARNING_PREPS
            and head.lemma_.lower() in WARNING_VERBS
        ):
            return True
        if not via_clause and generic_statement(head):
            return True
        if (
            via_clause
            and head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in NO_EVIDENCE_DETERMINERS for c in head.children)
        ):
            return True
        for child in head.children:
            if child.dep_ in ("acomp", "attr", "oprd") and (child.lemma_.lower() in governors):
                return True
            if own_clause and (
                (not modal_type and child.dep_ == "aux" and child.lower_ in MODAL_AUX)
                or (child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS)
            ):
                return True
        if head.dep_ in _CLAUSE_LINKS:
            own_clause = False
            via_clause = True
        below = head
    scene = heads[-1]
    return scene.dep_ in ("advcl", "relcl") and (
        generic_statement(scene.head)
        or any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in scene.head.children)
    )


def is_questioned(root: Token) -> bool:
    """The event's sentence is a question (it ends in a question mark, or opens
    with an inverted auxiliary: "was the bridge destroyed by the rebels", "why did
    the militia burn the village"), or the event sits in an embedded one ("it is
    unclear whether the army shelled the town")."""
    sent = root.sent
    tail = [t for t in sent[-3:] if not t.is_space]
    if any(t.text == "?" for t in tail) or _inverted(sent.root):
        return True
    return any(
        c.dep_ == "mark" and c.lower_ in QUESTION_MARKS
        for head in _clause_heads(root)
        if head.dep_ != "ROOT"  # a main clause is no embedded question (a misparse)
        for c in head.children
    )


def _inverted(main: Token) -> bool:
    """The main clause opens with its auxiliary, the subject after it, as a direct
    question does (after a question word, if any). An inverted conditional ("had
    they known, ...") is a subordinate clause, so its auxiliary is not the main one's."""
    words = [t for t in main.sent if not (t.is_punct or t.is_space)]
    if words and words[0].tag_ in ("WDT", "WP", "WRB"):
        words = words[1:]
    if not words:
        return False
    first = words[0]
    if first.pos_ != "AUX" or not (first.i == main.i or first.head.i == main.i):
        return False
    return any(c.dep_ in _SUBJECTS and c.i > first.i for c in main.children)


def is_counterfactual(root: Token) -> bool:
    """ "Would have attacked", "could have been killed": a modal with "have" on the
    trigger or on the verb it is the object of tells what did not (or may not)
    happen."""
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") else root
    for head in {root, verb}:
        auxiliaries = {c.lower_ for c in head.children if c.dep_ == "aux"}
        if "have" in auxiliaries and auxiliaries & COUNTERFACTUAL_AUX:
            return True
    return False


def is_future(root: Token) -> bool:
    """A future auxiliary on the trigger or on the verb it is the object of ("will
    strike", "will launch an attack", "is going to attack"); not on the verb it is
    the subject of ("martial law will stay in force" is in force now), unless that
    verb schedules it ("talks are expected to resume", "the offensive is set to
    begin")."""
    heads = _clause_heads(root)[:2]
    if root.dep_ in _SUBJECTS:
        head = root.head
        if head.lemma_.lower() in SCHEDULING_GOVERNORS and any(
            c.dep_ == "xcomp" for c in head.children
        ):
            return True
        heads = heads[:1]
    for head in heads:
        for child in head.children:
            if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                return True
        if head.lower_ == "going" and any(c.dep_ == "xcomp" for c in head.children):
            return True
    return False
