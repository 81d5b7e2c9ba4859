"""Cue words of event factuality, by class: what a word in an event's scope says about it.

Why classes and not only words: the factuality model already embeds the lemma
of each word that governs an event, but a cue seen a few times in training
("scrapped", "thwarted") gets a poor embedding of its own. The class
(``negative``, ``intended``, ``possible``, ``reporting``, ``factive``) is shared
by all its members, so the model reads a rare cue like the common ones of its
class. The lists are data (``kb/data/en/factuality_cues.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from warledger.kb.lexicon import load_lexicon, word_set

CUE_CLASSES: tuple[str, ...] = ("negative", "intended", "possible", "reporting", "factive")


@lru_cache(maxsize=1)
def cue_lexicon() -> Mapping[str, str]:
    """Lemma (phrasal verbs as ``call_off``) -> its cue class; read once, immutable.

    A word listed in two classes is a data error: its class would depend on
    the order of the lists.
    """
    data = load_lexicon("factuality_cues")
    classes: dict[str, str] = {}
    for name in CUE_CLASSES:
        for word in word_set(data[name]):
            if word in classes:
                raise ValueError(f"factuality cue {word!r} is in both {classes[word]} and {name}")
            classes[word] = name
    return MappingProxyType(classes)


def cue_class(lemma: str, particle: str = "") -> str:
    """The cue class of a word ("" for none).

    ``particle`` is the verb's particle ("call off"); a hyphenated participle is
    read by its last part ("now-cancelled" as "cancelled"), other hyphenated words
    are not ("non-stop" is no "stop").
    """
    lexicon = cue_lexicon()
    if particle and f"{lemma}_{particle}" in lexicon:
        return lexicon[f"{lemma}_{particle}"]
    if lemma in lexicon:
        return lexicon[lemma]
    if "-" in lemma and lemma.endswith("ed"):
        return lexicon.get(lemma.rsplit("-", 1)[1], "")
    return ""
