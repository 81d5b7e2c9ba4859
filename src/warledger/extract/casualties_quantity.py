"""How many, as worded: "more than a dozen" -> (13, None), "two" -> (2, 2).

Casualty reports are rarely exact and the wording carries the uncertainty, so a
figure keeps a low and an optional high bound instead of one number. The rules
follow DESIGN.md: a lower bound for "more than N" (N + 1) and "at least N" (N),
an open range for vague plurals ("dozens" -> 24.., two dozen being the least
that "dozens" can mean), both bounds for "N to M" and for plain numbers.
Numbers in words go through text2num.
"""

from __future__ import annotations

import re

from text_to_num import text2num

# Vague plurals: the least the word can mean, and no upper bound.
VAGUE: tuple[tuple[str, int], ...] = (
    ("hundreds of thousands", 200_000),
    ("tens of thousands", 20_000),
    ("millions", 2_000_000),
    ("thousands", 2_000),
    ("hundreds", 200),
    ("dozens", 24),
    ("scores", 40),
    ("several", 3),
    ("a few", 2),
    ("a number", 2),
    ("a handful", 2),
)
SINGLE_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "a single": 1,
    "single": 1,
    "a dozen": 12,
    "dozen": 12,
    "a couple": 2,
    "a couple of": 2,
    "both": 2,
    "a hundred": 100,
    "a thousand": 1000,
    "no": 0,
    "none": 0,
    "no one": 0,
    "nobody": 0,
    "zero": 0,
}
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

ABOVE = re.compile(r"^(?:more than|over|above|upwards of|in excess of)\s+")
AT_LEAST = re.compile(r"^(?:at least|no fewer than|no less than|a minimum of|not less than)\s+")
AT_MOST = re.compile(r"^(?:up to|as many as|at most|no more than|a maximum of)\s+")
BELOW = re.compile(r"^(?:less than|fewer than|under|below)\s+")
APPROXIMATE = re.compile(
    r"^(?:about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|"
    r"close to|just over|just under|the)\s+"
)
RANGE = re.compile(r"^(?:between\s+)?(.+?)\s*(?:-|–|to|and|or)\s*(.+)$")
DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million))?$")


def exact_number(text: str) -> int | None:
    """An exact count in digits or words, or None ("dozens" is not exact)."""
    text = text.strip().lower()
    if text in SINGLE_WORDS:
        return SINGLE_WORDS[text]
    if match := DIGITS.match(text):
        digits = match.group(1).replace(",", "")
        scale = MULTIPLIERS.get(match.group(2) or "", 1)
        return int(digits) * scale if "." not in digits else int(float(digits) * scale)
    words = text.replace("-", " ")
    if words.startswith("a "):
        words = "one " + words[2:]
    try:
        return int(text2num(words, "en"))
    except ValueError:
        return None


def quantity(text: str) -> tuple[int, int | None] | None:
    """(low, high) for a number phrase; high None means open-ended. None if no number."""
    text = " ".join(text.lower().replace("—", " ").split())
    if match := ABOVE.match(text):
        rest = quantity(text[match.end() :])
        if rest is None:
            return None
        low, high = rest
        return (low + 1, None) if high == low else (low, None)
    if match := AT_LEAST.match(text):
        rest = quantity(text[match.end() :])
        return (rest[0], None) if rest else None
    if match := AT_MOST.match(text):
        rest = quantity(text[match.end() :])
        return (min(1, rest[0]), rest[0]) if rest else None
    if match := BELOW.match(text):
        rest = quantity(text[match.end() :])
        return (min(1, rest[0] - 1), rest[0] - 1) if rest and rest[0] > 0 else None
    if match := APPROXIMATE.match(text):
        return quantity(text[match.end() :])
    for words, least in VAGUE:
        if text == words or text == f"{words} of":
            return least, None
    value = exact_number(text)
    if value is not None:
        return value, value
    if match := RANGE.match(text):
        low, high = exact_number(match.group(1)), exact_number(match.group(2))
        if low is not None and high is not None and low <= high:
            return low, high
    return None
