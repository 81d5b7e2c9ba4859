"""The context of an event trigger: its modality and its date.

Modality follows PLOVER's coding rules: a refused cooperative act is a REJECT,
a demanded act a REQUEST, a promised hostile act a THREATEN, and so is any
promise made on a condition ("will withdraw unless ..."); "did not attack"
and "nobody fired" are negated. The date is the sentence's date mention that
says when the act happened, not one that bounds how long something lasts.
Split from ``events`` so the component there reads as trigger -> event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.date_forms import EDGE_WORDS, ELAPSED
from warledger.extract.event_stance import CONDITIONAL_MARKS, is_counterfactual
from warledger.kb.lexicon import load_lexicon, word_set
from warledger.model import NON_ATTACK_MODES, DateMention, PloverType

_MODALITY = load_lexicon("event_modality")

NEGATORS = word_set(_MODALITY["negators"])
FUTURE_AUX = word_set(_MODALITY["future_aux"])
DEMAND_AUX = word_set(_MODALITY["demand_aux"])
THREAT_VERBS = word_set(_MODALITY["threat_verbs"])
NEGATIVE_SUBJECTS = word_set(_MODALITY["negative_subjects"])
del _MODALITY  # only the immutable names above outlive the import
# PLOVER codes a promised cooperative act as AGREE, a promised hostile act as
# THREATEN, and a refused cooperative act as REJECT; the act is kept as mode.
COOPERATIVE = frozenset(
    {
        PloverType.AGREE,
        PloverType.CONSULT,
        PloverType.SUPPORT,
        PloverType.CONCEDE,
        PloverType.COOPERATE,
        PloverType.AID,
        PloverType.RETREAT,
    }
)
HOSTILE = frozenset(
    {PloverType.ASSAULT, PloverType.COERCE, PloverType.SANCTION, PloverType.MOBILIZE}
)


def is_intended(root: Token) -> bool:
    """ "will release", "would withdraw", "offered to negotiate", "prepared to lift";
    not "would have withdrawn", which tells what did not happen."""
    if is_counterfactual(root):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in root.children):
        return True
    head = root.head
    return root.dep_ in ("xcomp", "acomp") and head.lemma_ in lex.INTENT_VERBS


def recode_modality(
    root: Token, plover: PloverType, mode: str | None
) -> tuple[PloverType, str | None, bool]:
    """(type, mode, negated) after PLOVER's rules for refusals, demands ("X must
    withdraw" is a REQUEST) and intentions. An event noun takes the modality of
    the verb it is the object of ("will extend the curfew")."""
    negated = is_negated(root)
    if mode in NON_ATTACK_MODES:
        return plover, mode, negated  # no one threatens or demands a flood or a crash
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" else root
    act = mode or plover.value.lower()
    if plover in COOPERATIVE and negated and not _condition(verb):
        # "If the blockade is not lifted": a condition refuses nothing.
        return PloverType.REJECT, act, False
    if any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX and _demands(c) for c in verb.children):
        return PloverType.REQUEST, act, negated
    if any(v.dep_ == "xcomp" and v.head.lemma_ in THREAT_VERBS for v in (root, verb)):
        return PloverType.THREATEN, act, False
    intended = is_intended(root) or is_intended(verb)
    if intended and not negated and _unless(verb):
        # "Will withdraw its force unless the rebels agree": a promise on a
        # condition the other side must meet is a threat.
        return PloverType.THREATEN, act, False
    if plover in COOPERATIVE - {PloverType.AGREE} and intended:
        return PloverType.AGREE, act, negated
    if plover in HOSTILE and intended and not negated:
        return PloverType.THREATEN, act, False
    return plover, mode, negated


def _demands(aux: Token) -> bool:
    """Whether "must"/"should" makes a demand: not when it stands before its verb's
    subject, which English does to open a condition ("Should the army send troops,
    the rebels will resist") or to ask ("Should the army withdraw?"); neither
    demands the act."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in aux.head.children)


def _condition(verb: Token) -> bool:
    """The verb heads an "if"/"unless" clause."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def _unless(verb: Token) -> bool:
    """The verb has an "unless" clause."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )


def is_negated(root: Token) -> bool:
    """ "did not attack", "no shelling", "never shelled", "did not launch an attack",
    "no unit opened fire", "nobody fired"."""
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in NEGATORS for c in root.children):
        return True
    if _subject_negated(root):
        return True
    head = root.head
    if root.dep_ == "dobj" and _subject_negated(head):
        return True
    if root.dep_ in ("dobj", "pobj") and head.lemma_ in lex.LIGHT_VERBS:
        return any(c.dep_ == "neg" for c in head.children)
    return False


def _subject_negated(verb: Token) -> bool:
    """The act is denied through its subject: "no unit", "no one", "nobody", "none of them"."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
            return True
    return False


def nearest_date(dates: Sequence[DateMention], root: Token) -> DateMention | None:
    """The date of ``root``'s sentence nearest to it that a casualty toll can have.

    A toll counts deaths and injuries that have happened, so a date after the
    publication day is not theirs: in "the names of the eleven dead would be
    published on Monday", Monday is when the names come out.
    """
    sent = root.sent
    published = root.doc._.published
    if isinstance(published, datetime):
        published = published.date()
    same = [
        d
        for d in dates
        if sent.start_char <= d.span.start < sent.end_char
        and not (published is not None and d.start is not None and d.start > published)
    ]
    return min(same, key=lambda d: abs(d.span.start - root.idx)) if same else None


@dataclass(frozen=True)
class PlacedDate:
    """A date mention with what ``event_date`` asks of it, looked up once per document
    (a document's every event asks about the same dates)."""

    mention: DateMention
    words: Span
    sentence: int
    """The first token of the sentence holding the date's words."""
    bounding: bool
    """Governed by a preposition that bounds a duration ("in force until mid-August")."""


def placed_dates(doc: Doc) -> list[PlacedDate]:
    """The document's dates, with their words, sentence and governing preposition."""
    placed = []
    for mention in doc._.dates or []:
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is not None:
            bounding = words.root.head.lower_ in lex.END_BOUND_PREPS
            placed.append(PlacedDate(mention, words, words.sent.start, bounding))
    return placed


def event_date(root: Token, dates: Sequence[PlacedDate]) -> DateMention | None:
    """The date of the trigger's sentence that says when the act happened.

    ``dates`` are the document's (``placed_dates``). Left out: a date that bounds
    how long something lasts ("in force until mid-August") and a date inside an
    earlier coordinated predicate of another tense ("crossed between 6 and 8 June
    and are being transferred to the front": the dates are the crossing's, the
    transfer is going on now). Of the rest, the nearest wins; but a date of the
    trigger's own noun phrase ("the January shooting") wins over all (``_in_own_phrase``).
    """
    verb = root if root.pos_ in ("VERB", "AUX") else _governing_verb(root)
    sentence = root.sent.start
    candidates = [
        date
        for date in dates
        if date.sentence == sentence
        and not date.bounding
        and not (verb is not None and _earlier_conjunct(date.words, verb))
        and not _outer_act(date.words, root)
        and not _counted_from_another(date.words, root)
    ]
    if root.pos_ == "VERB" and _modifies_noun(root):
        # A verb in a clause that modifies a noun ("the two men killed outside the
        # club", "the man who shot three people") is dated by its own words only: the
        # sentence's other date is the main clause's ("mourners gathered on Tuesday
        # for the funeral of the men killed ...", "police on Monday named the man who
        # shot ...": the funeral, the naming), not the earlier act's.
        candidates = [d for d in candidates if _governing_verb(d.words.root) == root]
    own = [
        d
        for d in dates
        if d.sentence == sentence and not d.bounding and _in_own_phrase(d.words, root)
    ]
    chosen = min(
        own or candidates, key=lambda d: abs(d.mention.span.start - root.idx), default=None
    )
    return chosen.mention if chosen is not None else None


def _counted_from_another(words: Span, root: Token) -> bool:
    """Whether the date is a time elapsed that dates another act than the trigger's:
    "the strike came five days after shelling killed eight" dates the shelling (the
    words after "after", ``date_forms.ELAPSED``), not the strike it is counted to."""
    doc = root.doc
    if words.end >= len(doc) or doc[words.end].lower_ not in ("after", "since"):
        return False
    if ELAPSED.match(EDGE_WORDS.sub("", words.text.strip())) is None:
        return False
    after = doc[words.end]
    clause = after.head if after.dep_ == "mark" else after  # "after a clerk was shot"
    return root not in clause.subtree


def _in_own_phrase(words: Span, root: Token) -> bool:
    """Whether the date is a word of the trigger's own noun phrase ("the January
    shooting death", "last month's shooting", "the Feb. 21 attack"): it dates that
    act, whatever date the clause around it has ("a judge on Wednesday ordered him
    to stand trial in the January shooting death": Wednesday is the hearing's)."""
    between = root.doc[words.end : root.i]
    if (
        words.end <= root.i
        and len(between) <= 2
        and all(t.tag_ in ("POS", "JJ") or t.lower_ in ("'s", "’s") for t in between)
    ):
        return True  # right before the trigger, whatever the parse made of it
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    heads = {root.i}
    if root.dep_ == "compound":
        heads.add(root.head.i)  # "shooting" of "the shooting death"
    return (
        words.root.i not in heads
        and any(t.i in heads for t in words.root.ancestors)
        and all(t.pos_ not in ("VERB", "AUX", "ADP") for t in _path_up(words.root, heads))
    )


def _path_up(token: Token, heads: set[int]) -> list[Token]:
    """The tokens from ``token`` (excluded) up to the first of ``heads`` (excluded)."""
    path = []
    for ancestor in token.ancestors:
        if ancestor.i in heads:
            break
        path.append(ancestor)
    return path


def _modifies_noun(verb: Token) -> bool:
    """Whether ``verb`` heads, or is inside, a clause that modifies a noun (a relative
    or participial clause), below the sentence's main clause."""
    return any(token.dep_ in ("acl", "relcl") for token in (verb, *verb.ancestors))


def _outer_act(words: Span, root: Token) -> bool:
    """Whether the date hangs on another act the trigger is only told inside: a verb
    above the trigger across a clause ("police on Tuesday identified the man killed in
    a shooting"; not a verb of saying) or a step of the case against its doer on the
    way ("was charged Thursday in the shooting death": ``lex.PROCEDURE_VERBS``).
    Follow-up reports date the arrest, the hearing, the vigil so; the act they recall
    keeps its own date or none."""
    if any(t.i == root.i for t in words.root.ancestors):
        return False  # the date is in the trigger's own phrase ("the attack on Tuesday")
    # Only a date hung on the verb itself ("charged Thursday", "said on Friday"): one
    # inside a noun phrase there ("in the Aug. 23 shooting") is that noun's.
    holder = words.root.head
    if holder.pos_ == "ADP":
        holder = holder.head
    if holder.pos_ not in ("VERB", "AUX") or holder.i == root.i:
        return False
    token, crossed, procedure = root, False, False
    while token.i != holder.i:
        if token.head.i == token.i:
            return False  # the date's verb is not above the trigger
        crossed = crossed or token.dep_ in _CLAUSE_LINKS
        token = token.head
        procedure = procedure or token.lemma_.lower() in lex.PROCEDURE_VERBS
    # A saying's day stays its content's ("on May 3, the ministry said that..."), unless
    # what was said is a step of the case ("was charged..., prosecutors said Friday").
    return procedure or (crossed and holder.lemma_.lower() not in lex.REPORTING_VERBS)


def _earlier_conjunct(words: Span, verb: Token) -> bool:
    """Whether ``words`` sit between the verb ``verb`` is coordinated with and
    ``verb`` itself, and the two verbs differ in tense: they then date that first
    predicate only ("shot down a drone on Thursday and destroyed a tank" shares
    its date; "crossed on 6 June and are being moved" does not)."""
    first = verb.head
    if verb.dep_ != "conj" or not (first.i < words.start and words.end <= verb.i):
        return False
    tenses = (_tense(first), _tense(verb))
    return None not in tenses and tenses[0] != tenses[1]


def _tense(verb: Token) -> str | None:
    """ "past" or "present" from the verb's finite form or its auxiliaries."""
    for token in (*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb):
        if token.tag_ == "VBD":
            return "past"
        if token.tag_ in ("VBP", "VBZ") or token.lower_ in FUTURE_AUX:
            return "present"
    return None


_CLAUSE_LINKS = frozenset({"ccomp", "acl", "relcl", "advcl", "pcomp", "csubj"})
"""Links into a clause of its own: a date above one is that outer clause's."""


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse (None at the root)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None
