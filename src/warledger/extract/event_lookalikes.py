"""Trigger words that name no event where they stand.

The trigger lexicon matches words, and English lends many of its event words to
other uses. Each test here is a general construction of English, read off the parse,
in which the word tells no act that happened, so the events component drops it:

* "called" that names or labels ("the so-called brigade", "a militia called the
  Lions", "called the strike a war crime") or that takes an event noun ("will call
  a strike"): no phone call;
* "struck" or "hit" whose subject is a calamity of the economy or of fortune
  ("when the financial crisis struck"): no attack;
* "hit", "struck" or "targeted" with a measure that is no force ("hit six generals
  with sanctions", "were targeted with new tariffs"), or "targeting" done by a
  measure, a law or an effort ("tariffs targeting steel"; ``event_measures``): the
  measure, not an attack;
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
  warner's own coercion; "warned that any attack would be met with force" stays);
* "went off" whose subject is no explosive device ("the alarm went off");
* "fired" whose object is a person ("fired its chief executive"): a dismissal;
* "stormed" with neither an object nor a way in ("stormed back in the second half",
  "stormed out of the meeting"): no assault;
* "asked whether ..." or "asked who ...": a question, not a request;
* "accused" that only describes a noun ("three leaders accused of attacks"): who
  they are, not an accusation made here;
* an event inside a work of fiction or play ("in the video game, players storm a
  fortress", "the film retells the bombing"), or in a sentence about a sport
  being played with no armed actor, weapon or toll in it ("the striker fired a
  shot into the top corner");
* "escaped" in a sentence that names no custody ("families escaped the fighting",
  "escaped injury"): a flight or a narrow miss, not a prisoner's escape;
* a capitalised event word that begins a place's name ("East Grant Road"), or
  that stands in the title of a work ("told NBC's Meet the Press");
* "battle" or "fight" for a survival or a rescue ("his battle to stay alive",
  "crews fought to extinguish the blaze"): an effort, no fighting;
* "appointed", "nominated" or "sworn in" before the noun it describes ("the newly
  appointed minister refused"): who the person is, not an appointment told here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from warledger.extract import event_lexicon as lex
from warledger.extract.event_measures import (
    abstract_subject,
    aimed_by_a_measure,
    struck_with_a_measure,
)
from warledger.extract.event_objects import is_person, subject_lemmas

_POSSIBILITY_MODALS = frozenset({"could", "may", "might", "can"})
_NAMING_DEPS = frozenset({"oprd", "attr"})
# Prepositions that aim or place gunfire ("fired at", "fired from the ridge").
_AIMED_PREPS = frozenset({"at", "from", "into", "on", "toward", "towards"})
_NOT_NAMES = frozenset({"CARDINAL", "DATE", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "TIME"})
# Verbs of taking up a post, which news also uses as titles ("the newly appointed envoy").
_TITLE_PARTICIPLES = frozenset({"appoint", "nominate", "swear", "elect", "designate"})
# What one battles or fights to do when the battle is an effort, not combat.
_EFFORT_VERBS = frozenset(
    {"breathe", "cope", "extinguish", "live", "recover", "remain", "rescue", "stay", "survive"}
)
_RECENTLY = frozenset({"newly", "recently", "freshly", "just"})
# Words of custody: an escape in a sentence naming one is a prisoner's.
_CUSTODY = frozenset(
    {"prison", "jail", "inmate", "prisoner", "convict", "custody", "penitentiary", "lockup"}
)


def names_no_event(span: Span, trigger_heads: frozenset[int]) -> bool:
    """Whether the trigger ``span`` stands in one of the constructions above
    (``trigger_heads``: the head tokens of all the sentence's trigger candidates)."""
    root = span.root
    lemma = root.lemma_.lower()
    return (
        (lemma == "call" and (_names(span) or _calls_an_event(span, trigger_heads)))
        or (lemma in ("strike", "hit") and abstract_subject(root))
        or (lemma in ("strike", "hit", "target") and struck_with_a_measure(root))
        or (lemma == "target" and aimed_by_a_measure(root))
        or (lemma == "grant" and _for_granted(root))
        or (lemma in lex.DETENTION_STATES and _state_after_in(root))
        or (lemma == "meet" and _met_with(root))
        or _counted(root)
        or (lemma in ("warn", "warning") and _warns_of_possibility(root))
        or (lemma in ("insist", "ask") and _reports_past_clause(root))
        or (lemma == "explode" and _quantity_subject(root))
        or (lemma == "support" and _support_thing(root))
        or _describes_a_thing(root, trigger_heads)
        or (lemma == "go" and span[-1].lower_ == "off" and not _device_goes_off(root))
        or (lemma == "fire" and _dismissal(root))
        or (lemma == "storm" and _storms_nowhere(root))
        or (lemma == "ask" and _asks_a_question(root))
        or (lemma == "accuse" and _describes_the_accused(root))
        or _in_fiction(root)
        or (lemma in lex.GAME_METAPHORS and _sport_played(span))
        or (lemma == "escape" and not any(t.lemma_.lower() in _CUSTODY for t in root.sent))
        or (lemma in _TITLE_PARTICIPLES and _describes_the_holder(root))
        or _in_place_name(span)
        or _in_a_title(span)
        or (lemma in ("battle", "fight") and _an_effort(root))
    )


def _an_effort(root: Token) -> bool:
    """ "A battle to stay alive", "fought to extinguish the fire": the infinitive after
    the word is surviving or rescuing, so the battle is an effort (the parser may hang
    the infinitive right after the noun elsewhere)."""
    doc = root.doc
    if (
        root.i + 2 < len(doc)
        and doc[root.i + 1].lower_ == "to"
        and doc[root.i + 2].lemma_.lower() in _EFFORT_VERBS
    ):
        return True
    return any(
        c.dep_ in ("acl", "xcomp", "advcl", "relcl")
        and c.lemma_.lower() in _EFFORT_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in root.children
    )


def _in_place_name(span: Span) -> bool:
    """A capitalised trigger inside a sentence right before a capitalised word that
    ends a place's name ("near East Grant Road", "at Freedom Square"): a word of the
    name, no act."""
    doc = span.doc
    if span.end >= len(doc) or span.start == span.sent.start:
        return False
    after = doc[span.end]
    return (
        all(t.is_title for t in span)
        and after.is_title
        and after.lower_.rstrip(".") in lex.NAME_GENERICS
    )


def _in_a_title(span: Span) -> bool:
    """A capitalised trigger inside the title of a work ("told NBC's Meet the Press",
    "the book Final Exit"; the English model's WORK_OF_ART): a word of the title."""
    return all(t.is_title and t.ent_type_ == "WORK_OF_ART" for t in span)


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


def _dismissal(root: Token) -> bool:
    """ "Fired its chief executive", "the coach was fired": a person is fired from a
    job; a weapon, a shot or a round is fired at someone."""
    if root.pos_ != "VERB":
        return False
    fired = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(
        c.lemma_.lower() in lex.SEIZED_WEAPONS | lex.PROJECTILES
        or (c.dep_ == "prep" and c.lower_ in _AIMED_PREPS)
        for c in (*fired, *root.children)
    ):
        return False  # "the shells were fired from BLF positions" (a misparsed name)
    return any(is_person(c) or c.lemma_.lower() in lex.EMPLOYMENT_NOUNS for c in fired)


def _storms_nowhere(root: Token) -> bool:
    return root.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in lex.ENTRY_PREPS)
        for c in root.children
    )


def _asks_a_question(root: Token) -> bool:
    """ "Asked whether the army would withdraw", "asked who had fired": a clause that
    is a question makes the asking a question, not a request."""
    for clause in root.children:
        if clause.dep_ != "ccomp":
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return True
        if clause.left_edge.tag_ in ("WDT", "WP", "WRB") and clause.left_edge.i > root.i:
            return True
    return False


def _describes_the_accused(root: Token) -> bool:
    """A past participle after a noun with no one who accuses ("militia leaders accused
    of attacks on shipping")."""
    return (
        root.dep_ == "acl"
        and root.tag_ == "VBN"
        and not any(c.dep_ == "agent" for c in root.children)
    )


def _describes_the_holder(root: Token) -> bool:
    """A past participle before the noun it modifies ("the recently nominated judge"), or
    after "newly"/"recently" with no auxiliary ("Newly appointed Prime Minister X has
    refused", which the parser may read as a headline's verb): the appointment is the
    holder's title; the sentence reports something else. "She was recently appointed"
    keeps its auxiliary and stays an appointment."""
    if root.tag_ != "VBN":
        return False
    if root.dep_ == "amod" and root.head.i > root.i:
        return True
    before = root.doc[root.i - 1].lower_ if root.i > 0 else ""
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in root.children)
    return before in _RECENTLY and not auxiliary


def _in_fiction(root: Token) -> bool:
    """The trigger's clause is set in a work ("in the video game, ..."), or the trigger
    is what a work depicts ("the film retells the bombing")."""
    for head in (root, *root.ancestors):
        for child in head.children:
            if (
                child.dep_ == "prep"
                and child.lower_ == "in"
                and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in lex.FICTION_NOUNS
                    for o in child.children
                )
            ):
                return True
        if head.lemma_.lower() in lex.DEPICTING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lex.FICTION_NOUNS for c in head.children
        ):
            return True
    return False


def _sport_played(span: Span) -> bool:
    """A sentence with a word of a sport being played and no armed actor, weapon or
    toll: its violent words (``GAME_METAPHORS``) are the game's."""
    sent = span.sent
    lemmas = {t.lemma_.lower() for t in sent}
    common = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN" and not t.ent_type_}
    if not common & lex.SPORTS_WORDS:  # "the Arab League" is no sport
        return False
    if lemmas & (lex.ARMED_NOUNS | lex.WEAPON_NOUNS | lex.FIGHTER_NOUNS):
        return False
    return not any(
        sent.start_char <= figure.span.start < sent.end_char
        for figure in span.doc._.casualties or []
    )


def _device_goes_off(root: Token) -> bool:
    """ "A bomb went off", "21 bombs had gone off"; not "the alarm went off"."""
    return bool(lex.EXPLOSIVE_DEVICES.intersection(subject_lemmas(root)))
