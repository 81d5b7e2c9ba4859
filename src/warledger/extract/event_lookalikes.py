"""Trigger words that name no event where they stand.

The trigger lexicon matches words, and English lends many of its event words to
other uses. Each test here is a general construction of English, read off the parse,
in which the word tells no act that happened, so the events component drops it:

* "called" that names or labels ("the so-called brigade", "a militia called the
  Lions", "called the strike a war crime") or that takes an event noun ("will call
  a strike"): no phone call;
* "struck" or "hit" whose subject is a calamity of the economy or of fortune
  ("when the financial crisis struck"): no attack;
* "take ... for granted": nothing granted;
* a detention noun after "in" ("died in custody", "remains in detention"): a
  state, not an arrest ("taken into custody" is one);
* "met with" in the passive ("would be met with a harsh response"): a reaction,
  not a meeting;
* an event noun counted by a head of quantity ("the number of attacks has
  doubled"): events of a kind, not one event;
* "insisted" or "asked" over a clause of what happened ("insisted that the troops
  had left"): saying or asking, not a demand;
* "exploded" whose subject is a quantity ("prices have exploded"): growth, no blast;
* "support" named by a noun before it ("on life support", "income support"): a
  thing, not backing given by anyone ("air support" is still no SUPPORT act);
* an event noun that only describes a subject that is no event ("the new tax is an
  attack on the middle class"): a judgement of that thing, not an act.
* a warning of what may happen ("warned that an offensive could cause a
  disaster"): a prediction, not a threat (PLOVER's THREATEN is a threat of the
  warner's own coercion; "warned that any attack would be met with force" stays).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from warledger.extract import event_lexicon as lex

_POSSIBILITY_MODALS = frozenset({"could", "may", "might", "can"})
_NAMING_DEPS = frozenset({"oprd", "attr"})
_NOT_NAMES = frozenset({"CARDINAL", "DATE", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "TIME"})


def names_no_event(span: Span, trigger_heads: frozenset[int]) -> bool:
    """Whether the trigger ``span`` stands in one of the constructions above
    (``trigger_heads``: the head tokens of all the sentence's trigger candidates)."""
    root = span.root
    lemma = root.lemma_.lower()
    return (
        (lemma == "call" and (_names(span) or _calls_an_event(span, trigger_heads)))
        or (lemma in ("strike", "hit") and _abstract_subject(root))
        or (lemma == "grant" and _for_granted(root))
        or (lemma in lex.DETENTION_STATES and _state_after_in(root))
        or (lemma == "meet" and _met_with(root))
        or _counted(root)
        or (lemma in ("warn", "warning") and _warns_of_possibility(root))
        or (lemma in ("insist", "ask") and _reports_past_clause(root))
        or (lemma == "explode" and _quantity_subject(root))
        or (lemma == "support" and _support_thing(root))
        or _describes_a_thing(root, trigger_heads)
    )


def _names(span: Span) -> bool:
    """ "So-called", "a militia called X", "called the strike a war crime"."""
    root = span.root
    before = span.start - 1
    if before >= 0 and span.doc[before].text == "-":
        before -= 1
    if before >= 0 and span.doc[before].lower_ == "so" and root.lower_ == "called":
        return True
    return any(c.dep_ in _NAMING_DEPS and _a_name(c) for c in root.children)


def _a_name(word: Token) -> bool:
    """A noun that can be a name or a label: not a number or a time the parser took
    for one ("called 911", "was called about 3pm")."""
    return (
        word.pos_ in ("NOUN", "PROPN")
        and not word.like_num
        and word.ent_type_ not in _NOT_NAMES
        and not any(c.dep_ == "nummod" for c in word.children)  # "about 3pm"
    )


def _calls_an_event(span: Span, trigger_heads: frozenset[int]) -> bool:
    """ "Will call a nationwide strike", "called an emergency meeting": "call" lends
    its verb to the event noun it takes ("call off", "call for" are triggers of their
    own and stay)."""
    return len(span) == 1 and any(
        c.dep_ == "dobj" and c.i in trigger_heads for c in span.root.children
    )


def _abstract_subject(root: Token) -> bool:
    return root.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.ABSTRACT_STRIKERS
        for c in root.children
    )


def _for_granted(root: Token) -> bool:
    previous = root.nbor(-1) if root.i > 0 else None
    return previous is not None and previous.lower_ == "for"


def _state_after_in(root: Token) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ == "in"


def _met_with(root: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in root.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in root.children
    )


def _counted(root: Token) -> bool:
    head = root.head
    return (
        root.dep_ == "pobj"
        and root.tag_ == "NNS"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in lex.AGGREGATE_HEADS
    )


def _warns_of_possibility(root: Token) -> bool:
    """A warning whose clause says only what could happen."""
    clauses = [c for c in root.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        any(a.dep_ == "aux" and a.lower_ in _POSSIBILITY_MODALS for a in clause.children)
        for clause in clauses
    )


def _reports_past_clause(root: Token) -> bool:
    """ "Insisted that the troops had left", "asked whether the convoy was hit", "the
    army never attacked, the spokesman insisted": a clause of what happened makes the
    verb one of saying or asking, not a demand ("insisted that the rebels withdraw")."""
    return any(
        clause.dep_ == "ccomp"
        and (
            clause.tag_ == "VBD"
            or any(
                a.dep_ in ("aux", "auxpass")
                and a.lower_ in ("had", "has", "have", "did", "was", "were")
                for a in clause.children
            )
        )
        for clause in root.children
    )


def _quantity_subject(root: Token) -> bool:
    return root.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.GROWING_QUANTITIES for c in root.children
    )


def _support_thing(root: Token) -> bool:
    return root.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in root.children
    )


def _describes_a_thing(root: Token, trigger_heads: frozenset[int]) -> bool:
    """An event noun after a copula ("is an attack on ...") whose subject is a common
    or proper noun that tells no event itself: not a trigger, nor a word for an
    occurrence or an undertaking ("the operation was an offensive" names one)."""
    if root.dep_ != "attr" or root.head.lemma_ != "be":
        return False
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ in ("NOUN", "PROPN")
        and s.i not in trigger_heads
        and s.lemma_.lower() not in lex.OCCURRENCE_NOUNS
        for s in subjects
    )
