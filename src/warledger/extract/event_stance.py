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
* an event an auxiliary puts ahead ("will attack") is ``future``;
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

from warledger.model import Stance

ASSERT_MIN = 1.8
DENY_MAX = -0.5
CONDITIONAL_MARKS = frozenset({"if", "unless"})
INVERTED_CONDITIONALS = frozenset({"should", "had", "were"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# "must"/"should" make a demand (PLOVER REQUEST), not a possibility.
MODAL_AUX = frozenset({"may", "might", "could", "would", "can", "ca"})
HABITUAL_ADVERBS = frozenset(
    {"usually", "often", "always", "typically", "generally", "routinely", "frequently", "rarely"}
)
UNCOMMITTED_GOVERNORS = frozenset(
    {
        "fear",
        "feared",
        "worry",
        "afraid",
        "risk",
        "danger",
        "threat",
        "possible",
        "possibility",
        "possibly",
        "likely",
        "unlikely",
        "probable",
        "potential",
        "plan",
        "intend",
        "want",
        "hope",
        "expect",
        "seek",
        "aim",
        "prepare",
        "consider",
        "speculate",
        "rumour",
        "rumor",
        "allege",
        "suspect",
        "predict",
        "prevent",
        "avoid",
    }
)
NO_EVIDENCE_DETERMINERS = frozenset({"no", "little"})
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
    for a trigger that is no predicate (a casualty toll standing for its event).
    ``modal_type``: the event's type already says its modality (a threat, a demand,
    a promise: "will attack" is an asserted THREATEN), so only a condition, a
    question or a negation changes the stance.
    """
    scores = root.doc._.factuality
    score = scores.get(root.i) if scores else None
    if score is None:
        return Stance.DENIED if negated else Stance.ASSERTED
    if not scored:
        score = ASSERT_MIN
    if is_conditional(root):
        return Stance.HYPOTHETICAL
    if is_questioned(root):
        return Stance.QUESTION
    if negated or (score <= DENY_MAX and not modal_type):
        return Stance.DENIED
    if modal_type:
        return Stance.ASSERTED
    if is_future(root):
        return Stance.FUTURE
    if score >= ASSERT_MIN and not is_uncommitted(root):
        return Stance.ASSERTED
    return Stance.HYPOTHETICAL


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
    first = head.left_edge
    return (
        head.dep_ == "advcl"
        and first.lower_ in INVERTED_CONDITIONALS
        and first.head.i == head.i
        and first.dep_ in ("aux", "auxpass")
    )


def is_uncommitted(root: Token) -> bool:
    """A word of fear, possibility or intention that takes the event as its
    complement ("feared a strike", "feared that the army would strike"; not the
    subject: "the attack was intended to frighten") or is said of it ("an attack
    remains possible"), a negated piece of evidence
    over a clause that holds the event ("no indication that ... the fighting"; not
    "no connection with the shelling"), or, in the event's own clause, a modal
    auxiliary or a habitual adverb that makes the sentence generic."""
    own_clause = True
    via_clause = False
    below = root
    for depth, head in enumerate(_clause_heads(root)):
        complement = depth and below.dep_ not in _SUBJECTS
        if depth and not complement:
            own_clause = False  # "the attack could be investigated": the modal is not the attack's
        if complement and head.lemma_.lower() in UNCOMMITTED_GOVERNORS:
            return True
        if (
            via_clause
            and head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in NO_EVIDENCE_DETERMINERS for c in head.children)
        ):
            return True
        for child in head.children:
            if child.dep_ in ("acomp", "attr", "oprd") and (
                child.lemma_.lower() in UNCOMMITTED_GOVERNORS
            ):
                return True
            if own_clause and (
                (child.dep_ == "aux" and child.lower_ in MODAL_AUX)
                or (child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS)
            ):
                return True
        if head.dep_ in _CLAUSE_LINKS:
            own_clause = False
            via_clause = True
        below = head
    return False


def is_questioned(root: Token) -> bool:
    """The event's sentence is a question (it ends in a question mark)."""
    sent = root.sent
    tail = [t for t in sent[-3:] if not t.is_space]
    return any(t.text == "?" for t in tail)


def is_future(root: Token) -> bool:
    """A future auxiliary on the trigger or on the verb it is the object of ("will
    strike", "will launch an attack", "is going to attack"); not on the verb it is
    the subject of ("martial law will stay in force" is in force now)."""
    heads = _clause_heads(root)[:2]
    if root.dep_ in _SUBJECTS:
        heads = heads[:1]
    for head in heads:
        for child in head.children:
            if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                return True
        if head.lower_ == "going" and any(c.dep_ == "xcomp" for c in head.children):
            return True
    return False
