"""When two actor names can denote the same group, and when they cannot.

Names of armed groups are a core name plus a group word, in English or
transliterated Arabic ("al-Nusra Front" = "Jabhat al-Nusra", "Liwa al-Quds" =
"al-Quds Brigade"), sometimes a number ("1st Brigade"). So a name is compared as
a ``NameKey``: the normalised text, the core tokens (articles and group words
removed, ordinals written as digits), the set of group words mapped to one
English word, and the numbers. Core tokens are also folded over the vowel and
consonant choices of Arabic transliteration (y/i, e/i, o/u, q/k, a final h, doubled
letters) when a name is transliterated from Arabic, because "Jaysh al-Sahel" and
"Jaish al-Sahil" are one name spelled twice while "Rose" and "Rosie" are two.
Two names agree when their normalised text is equal, or their group words agree
and their cores are equal (folded, if either name is transliterated from Arabic),
or their spellings are very close (rapidfuzz; names of two words or more, since
single words are close by chance: "Chester" / "Hester").
Numbers must always agree: "1st Brigade" and "2nd Brigade" are two units.
Kind and country must be compatible too: a person never merges with a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from warledger.kb import FUZZY_CUTOFF, MIN_FUZZY_LENGTH, normalize_alias
from warledger.model import ActorKind

ARTICLES = frozenset({"al", "el", "the", "of"})
TRANSLITERATED_GROUP_WORDS = frozenset(
    {"jabhat", "jabha", "liwa", "kataib", "kata'ib", "katibat", "katiba", "jaysh", "jaish"}
    | {"harakat", "haraka", "firqat", "firqa", "firkat", "faylaq", "quwat", "hizb"}
)
_SUN_ARTICLE = re.compile(r"\b(?:a[dnrstz]|ash)-(?=\w)", re.IGNORECASE)
GROUP_WORDS = {
    "front": "front",
    "jabhat": "front",
    "jabha": "front",
    "brigade": "brigade",
    "liwa": "brigade",
    "brigades": "brigades",
    "kataib": "brigades",
    "kata'ib": "brigades",
    "battalion": "battalion",
    "katibat": "battalion",
    "katiba": "battalion",
    "army": "army",
    "jaysh": "army",
    "jaish": "army",
    "movement": "movement",
    "harakat": "movement",
    "haraka": "movement",
    "division": "division",
    "firqat": "division",
    "firqa": "division",
    "firkat": "division",
    "corps": "corps",
    "faylaq": "corps",
    "group": "group",
    "forces": "forces",
    "quwat": "forces",
    "units": "units",
    "regiment": "regiment",
    "militia": "militia",
    "legion": "legion",
    "party": "party",
    "hizb": "party",
}
ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
}
_TRANSLITERATION = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("dh", "d"), ("kh", "k"), ("q", "k"))
_VOWEL_FOLD = str.maketrans({"y": "i", "e": "i", "o": "u"})
_NUMBER = re.compile(r"^(\d+)(?:st|nd|rd|th)?$")
_ORG_KINDS = frozenset(
    {
        ActorKind.ARMED_GROUP,
        ActorKind.PROXY,
        ActorKind.OTHER,
        ActorKind.POLITICAL_ORG,
        ActorKind.STATE_FORCE,
    }
)
GROUP_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY})


@dataclass(frozen=True)
class NameKey:
    """A name taken apart for comparison (see the module docstring)."""

    norm: str
    core: tuple[str, ...]
    types: frozenset[str]
    numbers: frozenset[str]
    folded: tuple[str, ...]
    arabic: bool
    """Transliterated from Arabic: it has the article al-/el- or an Arabic group word."""

    @property
    def distinctive(self) -> bool:
        """Whether the core alone can identify a group: a word of 3+ letters, not just a number."""
        return any(len(token) >= 3 and not token.startswith("#") for token in self.core)


def name_key(name: str) -> NameKey:
    """Take ``name`` apart; the Arabic article before sun letters ("ash-Sham", "as-Saiqa")
    is read as al- only when hyphenated, since "Ash" or "As" alone may be a name or a word."""
    norm = normalize_alias(_SUN_ARTICLE.sub("al-", name))
    core: list[str] = []
    types: set[str] = set()
    numbers: set[str] = set()
    for token in norm.split():
        number = _NUMBER.match(token)
        if number or token in ORDINALS:
            digits = number.group(1) if number else ORDINALS[token]
            numbers.add(digits)
            core.append(f"#{digits}")
        elif token in GROUP_WORDS:
            types.add(GROUP_WORDS[token])
        elif token not in ARTICLES:
            core.append(token)
    tokens = set(norm.split())
    arabic = bool(tokens & {"al", "el"} or tokens & TRANSLITERATED_GROUP_WORDS)
    folded = tuple(fold_transliteration(token) for token in core)
    return NameKey(norm, tuple(core), frozenset(types), frozenset(numbers), folded, arabic)


def fold_transliteration(token: str) -> str:
    """One spelling for the transliteration variants of an Arabic word ("sahel"/"sahil",
    "izzah"/"izza", "qods"/"quds")."""
    for variant, plain in _TRANSLITERATION:
        token = token.replace(variant, plain)
    token = token.translate(_VOWEL_FOLD)
    if len(token) > 3 and token.endswith("h") and token[-2] in "aiu":
        token = token[:-1]
    return re.sub(r"(.)\1+", r"\1", token)


def same_name_reason(a: NameKey, b: NameKey) -> str | None:
    """Why two names are spellings of one name, or None. A bare core ("Nusra") against a
    typed one ("Nusra Front") is *not* decided here: that depends on what other names
    share the core (see ``resolve.actors``)."""
    if a.numbers != b.numbers:
        return None
    if a.norm == b.norm:
        return "same name after normalisation"
    if not a.core or a.types != b.types:
        return None
    if a.core == b.core:
        return "same name apart from articles and the language of the group word"
    if (a.arabic or b.arabic) and a.folded == b.folded:
        return "same name in another transliteration from Arabic"
    if (
        min(len(a.norm), len(b.norm)) >= MIN_FUZZY_LENGTH
        and min(len(a.norm.split()), len(b.norm.split())) >= 2
        and fuzz.ratio(a.norm, b.norm) >= FUZZY_CUTOFF
    ):
        return f"spellings {fuzz.ratio(a.norm, b.norm):.0f}% alike"
    return None


def kinds_compatible(a: ActorKind, b: ActorKind) -> bool:
    """A person only matches a person, a state a state; organisations match when one is of
    unknown kind or both are armed groups (an armed group is often also a proxy)."""
    if a == b:
        return True
    if a in _ORG_KINDS and b in _ORG_KINDS:
        return ActorKind.OTHER in (a, b) or {a, b} <= GROUP_KINDS
    return False


def countries_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b
