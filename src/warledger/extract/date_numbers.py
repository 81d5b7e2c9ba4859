"""Numbers that look like dates but are not: phone numbers, street addresses, clock
times, a person's age, a numbered street.

The NER tags a bare four-digit number as a DATE often enough that a crisis
line's "(8255)", "2400 Jefferson Avenue" or "at 0600 GMT" became event years.
Local news sets a person's age off by commas ("Dale Mullins, 52, was found")
and names corners by numbered streets ("18th and Vine"); the NER tags those
numbers DATE too, and a claim then took "52" as its date instead of the "June 9"
beside it. These patterns find the spans of such numbers in the document text;
a date candidate overlapping one is dropped. A bare year must also be a plausible one.
"""

from __future__ import annotations

import re

# Digit groups joined by hyphens, dots or spaces, optionally with a lettered
# vanity part and a parenthesised repeat: "1-800-273-TALK (8255)", "555-0142",
# "+44 20 7946 0018", "(212) 555-0199". ISO dates are excluded below.
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{1,4}(?:[.-]\d{2,4}|\s\d{3,4}){1,4}"
    r"(?:[.-][A-Z]{3,7})?(?:\s?\(\d{3,5}\))?"
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PLAIN_RANGE = re.compile(r"^\d{4}\s?[-–]\s?\d{2,4}$")
# A house number before a street name: "2400 Jefferson Avenue", "the 1100 block of Main St".
_ADDRESS = re.compile(
    r"\b\d{1,5}(?:\s+block\s+of)?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|"
    r"Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace|Circle|Square|Route)\b\.?"
)
# Military and wire clock times: "0600 GMT", "at 2130 hours", "1400 local time",
# "(1852 HKT)": a four-digit time followed by a time zone's abbreviation.
_CLOCK = re.compile(
    r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:(?i:GMT|UTC|Zulu|hours|hrs|h|local\s+time)|"
    r"(?:[ECMPA][SD]T|BST|IST|HKT|CES?T|EES?T|MSK|JST|AES?T|AEDT|SAST|WAT|EAT|PKT|ICT|WIB))\b"
)
# An age in apposition: ", 52," or ", 52." or ", 52 and" right after a word.
_AGE = re.compile(r"(?<=[A-Za-z)], )\d{1,3}(?=\s*(?:,|\.(?!\d)|;|\)|\s+and\b|\s+of\b))")
# A numbered street: "18th Street", "East 18th St.", "18th and Vine", "at 12th and Main".
_NUMBERED_STREET = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:and\s+[A-Z]|(?:Street|St|Avenue|Ave|Terrace|Place|Road)\b)"
)
EARLIEST_YEAR, LATEST_YEAR = 1000, 2100


def not_year_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of phone numbers, house numbers and clock times in ``text``."""
    spans = []
    for match in _PHONE.finditer(text):
        found = match.group()
        digits = sum(c.isdigit() for c in found)
        phone_like = digits >= 7 or ("(" in found and ")" in found)
        if phone_like and not _ISO_DATE.match(found) and not _PLAIN_RANGE.match(found):
            spans.append(match.span())
    for pattern in (_ADDRESS, _CLOCK, _AGE, _NUMBERED_STREET):
        spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def plausible_year(value: int) -> bool:
    """A year a news report may be about (not "8255" read off a phone line)."""
    return EARLIEST_YEAR <= value <= LATEST_YEAR
