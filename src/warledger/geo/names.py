"""Name normalisation shared by the index builder and the lookups.

A gazetteer key must be the same whether it came from GeoNames ("Şuşa"), a
news wire ("Shusha") or an Arabic transliteration with or without its article
("al-Raqqah", "Ar Raqqah", "Raqqah"). Folding accents, apostrophes and hyphens
here, once, keeps the index and the text on the same footing.
"""

from __future__ import annotations

import re
import unicodedata

# Transliterated Arabic articles (assimilated forms included); indexed with and without.
ARABIC_ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ar", "as", "ad", "an", "ash", "az", "at", "adh", "ath", "ul"}
)
_APOSTROPHES = re.compile(r"['’‘ʼʻ`´]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise(name: str) -> str:
    """Lower-case ASCII key: accents folded, apostrophes dropped, punctuation to spaces.

    >>> normalise("Stepʻanakert")
    'stepanakert'
    >>> normalise("al-Hasakah")
    'al hasakah'
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _APOSTROPHES.sub("", folded.lower())
    folded = folded.replace("ı", "i").replace("ə", "e").replace("ß", "ss")
    return _NON_WORD.sub(" ", folded).strip()


def variants(key: str) -> tuple[str, ...]:
    """The key plus its forms without a leading article ("the", "al", "ash"...).

    Used on both sides, so "Raqqa", "al-Raqqa" and "ar Raqqa" meet at "raqqa".
    """
    out = [key]
    head, _, rest = key.partition(" ")
    if rest and (head in ARABIC_ARTICLES or head == "the"):
        out.append(rest)
    return tuple(out)


ABBREVIATIONS: dict[str, str] = {"st": "saint", "ste": "sainte", "ft": "fort"}
"""Abbreviated words of town names and their full forms, both ways: GeoNames spells
"Saint Paul" (Minnesota) and "St. Paul" (Alberta); a dateline writes either."""
_EXPANSIONS = {**ABBREVIATIONS, **{full: short for short, full in ABBREVIATIONS.items()}}


def spelling_forms(key: str) -> tuple[str, ...]:
    """The key plus its form with each abbreviated word spelled out or abbreviated
    ("st paul" -> "saint paul", "fort worth" -> "ft worth"), for lookups."""
    words = key.split()
    other = [_EXPANSIONS.get(word, word) for word in words]
    return (key,) if other == words else (key, " ".join(other))


def is_latin_key(key: str) -> bool:
    """True when the key is usable for English text (non-Latin names fold to nothing)."""
    return len(key) >= 2 and any(ch.isalpha() for ch in key)
