"""Reporting cues for ``warledger_attribution``: which words introduce reported speech.

Kept apart from the component so the word lists can be read (and argued about)
without the parse-walking code (the words themselves are in
``kb/data/en/attribution.yaml``). Each verb lemma maps to the stance a claim has
when nothing else in the sentence says otherwise: "denied" makes the content a
denial, "threatened" a future act, "asked" a question. The lists were written
from general knowledge of English news prose (wire-style reporting verbs,
verbs of perception and finding used for polls and reports), not from any
gold set. Verbs of private belief ("think", "know", "hope", "feel") are left out:
they mostly voice opinion in conversation ("I think", "you know"), not claims.
"""

from __future__ import annotations

from types import MappingProxyType

from warledger.kb.lexicon import load_lexicon, word_set, word_tuple
from warledger.model import Stance

_DATA = load_lexicon("attribution")


def _stances(section: dict[str, str]) -> MappingProxyType[str, Stance]:
    """Word -> stance, in file order (a later stance wins for a word listed twice)."""
    return MappingProxyType(
        {word: Stance(stance) for stance, words in section.items() for word in word_tuple(words)}
    )


VERB_STANCE: MappingProxyType[str, Stance] = _stances(_DATA["verb_stance"])
"""Reporting verb lemma -> the stance of its content by default."""

OBJECT_CONTENT_VERBS: frozenset[str] = word_set(_DATA["object_content_verbs"])
"""Verbs whose direct object is itself the thing said ("denied the report").

For the others ("told reporters") the object is the hearer, not the content.
"""

PARTICLE_CUES: frozenset[tuple[str, str]] = frozenset(
    (verb, particle)
    for verb, _, particle in (pair.partition("_") for pair in word_tuple(_DATA["particle_cues"]))
)
"""Verb + particle/preposition pairs where the second word belongs to the cue."""

HEARER_VERBS: frozenset[str] = word_set(_DATA["hearer_verbs"])
"""Verbs whose direct object is the hearer when a clause follows ("told the crowd that")."""

NON_SPEECH_OBJECTS: frozenset[str] = word_set(_DATA["non_speech_objects"])
TIME_OF_DAY_NOUNS: frozenset[str] = word_set(_DATA["time_of_day_nouns"])
"""Direct objects that make a reporting verb no cue ("the blast claimed eleven lives")."""

NEEDS_PARTICLE: frozenset[str] = word_set(_DATA["needs_particle"])
COMMENT_VERBS: frozenset[str] = word_set(_DATA["comment_verbs"])
WITHHOLDING_VERBS: frozenset[str] = word_set(_DATA["withholding_verbs"])
WITHHOLDING_ADJECTIVES: frozenset[str] = word_set(_DATA["withholding_adjectives"])
"""Lemmas that only report speech with a particle or a clause ("call for", "point out")."""

MODAL_STANCE: MappingProxyType[str, Stance] = _stances(_DATA["modal_stance"])
"""A modal on the content's main verb overrides an asserting cue's stance."""

NOUN_STANCE: MappingProxyType[str, Stance] = _stances(_DATA["noun_stance"])
"""Nouns that report speech when a clause follows ("Russia's claim that ...")."""

EDITORIAL_LABELS: frozenset[str] = frozenset(_DATA["editorial_labels"])
"""Labels an editor puts before a colon: they introduce text but nobody says it."""

del _DATA  # only the immutable names above outlive the import
