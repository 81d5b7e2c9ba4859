"""Generic statements: a clause that tells what usually happens, not one event.

"Militias usually loot villages", "the enemy destroys everything", "armed groups
kill civilians when they lose ground", "truces tend to collapse" mention acts but
report none, so no claim may assert them (``event_stance`` makes them
hypothetical). English marks them by the simple present with a habitual adverb, a
universal argument, a present "when" clause or a verb of tendency; the cue words
are general English (``kb/data/en/event_modality.yaml``), not tuned on any record.
"""

from __future__ import annotations

from spacy.tokens import Token

from warledger.kb.lexicon import load_lexicon, word_set

_WORDS = load_lexicon("event_modality")
HABITUAL_ADVERBS = word_set(_WORDS["stance_habitual_adverbs"])
UNIVERSAL_PRONOUNS = word_set(_WORDS["stance_universal_pronouns"])
GENERIC_MARKS = word_set(_WORDS["stance_generic_marks"])
GENERIC_VERBS = word_set(_WORDS["stance_generic_verbs"])
_PRESENT_BE = frozenset({"is", "are", "am"})  # "are attacked": the passive's present
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def generic_statement(verb: Token) -> bool:
    """A clause in the simple present that tells what happens rather than one event:
    with a habitual adverb ("the militia often loots"), a universal argument
    ("destroys everything", "anyone who resists") or a present "when" clause
    ("armed groups kill civilians when they lose ground"), or a verb of tendency
    ("truces tend to collapse": its subject and its complement are kinds). A bare
    present with none
    of these stays an event, and so does a headline (no full stop), which English
    writes in the present: "Gunmen kill five when bus stops at checkpoint"."""
    shared = _shared_adverbs(verb)
    tensed = verb.head if shared else verb  # "often rob and beat": "beat" is "rob"'s tense
    if not _simple_present(tensed) or not _full_sentence(verb):
        return False
    if verb.lemma_.lower() in GENERIC_VERBS:
        return True
    for child in (*verb.children, *shared):
        if child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS:
            return True
        if child.dep_ == "dobj" and child.lower_ in UNIVERSAL_PRONOUNS:
            return True
        if (
            child.dep_ == "advcl"
            and child.tag_ not in ("VBD", "VBN")
            and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in GENERIC_MARKS for m in child.children
            )
        ):
            return True
    return False


def _shared_adverbs(verb: Token) -> list[Token]:
    """The adverbs before the first of two verbs that share one subject ("smugglers
    often rob and beat migrants": "often" is "beat"'s too)."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    return [
        c
        for c in verb.head.children
        if c.dep_ == "advmod" and c.i < verb.head.i and c.lower_ in HABITUAL_ADVERBS
    ]


def _full_sentence(token: Token) -> bool:
    """The sentence ends with a full stop or an exclamation mark, as a headline does not."""
    last = [t for t in token.sent if not t.is_space]
    return bool(last) and last[-1].text in (".", "!")


def _simple_present(verb: Token) -> bool:
    """ "Kills", "kill", "does not kill", "are attacked": a present verb, active or
    passive, with no other auxiliary (a base form with a subject and no auxiliary is a
    present the tagger missed)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    if verb.tag_ == "VBN":
        return bool(auxiliaries) and auxiliaries <= _PRESENT_BE
    if verb.tag_ != "VB":
        return False
    if auxiliaries:
        return auxiliaries <= {"do", "does"}
    return any(c.dep_ in _SUBJECTS for c in verb.children)
