"""Accidents against attacks: a toll a crash or a flood explains is another event.

A report of a shelling may also tell of a road accident the same evening in the
same town, and a report of a crash may mention the fighting nearby; both are
violent-sounding, dated and placed alike, and one incident would take the
accident's dead for the attack's. An ASSAULT claim's mode tells which it is
(``means_told``): an accident or a natural hazard (``NON_ATTACK_MODES``), an
attack by a specific means, or nothing either way. Clustering keeps the two apart
(``accident_against_attack``); the gates that use it are in ``incident_score``
(claims) and ``report_links`` (incidents).
"""

from __future__ import annotations

from warledger.model import NON_ATTACK_MODES

# What an assault's mode tells (``means_told``), and how many reports must tell an
# incident as an attack before a claim or an incident telling an accident is kept
# out of it (``accident_against_attack``).
ACCIDENT, ATTACK = "accident", "attack"
ATTACK_ESTABLISHED_BY = 2
# Modes that name an effect or a motive rather than a means: an explosion may be a
# drone's, a shell's, a mine's or a gas cylinder's, a robbery done with a gun, a knife
# or fists, so neither matches nor contradicts another mode, nor tells an attack
# from an accident.
GENERIC_MODES = frozenset({"explosion", "robbery"})


def means_told(mode: str | None, kind: str) -> str | None:
    """What an act's mode says it was: ``ACCIDENT`` (a toll a crash or a natural hazard
    explains, ``NON_ATTACK_MODES``), ``ATTACK`` (an assault by a specific means: a
    shelling, gunfire, an airstrike), or None (no mode, a generic effect such as an
    explosion, or another type's mode such as an arrest)."""
    if kind != "ASSAULT" or mode is None or mode in GENERIC_MODES:
        return None
    return ACCIDENT if mode in NON_ATTACK_MODES else ATTACK


def accident_against_attack(mine: tuple[str | None, int], theirs: tuple[str | None, int]) -> bool:
    """Whether one side is told as an accident and the other as an attack
    (``IncidentProfile.told_as``: the kind and how many reports tell it), the attack
    by ``ATTACK_ESTABLISHED_BY`` reports or more. A tanker that overturns on the
    evening of a shelling, in the town and told in the same report, is another event:
    an accident is never the attack. The two readings are not equally sure: an
    accident is read from words that say so ("overturned", "crash", "accident"), an
    attack's means often from a word nearby (a car "gunned" away, a rescue
    "helicopter"), so one report's attack reading does not keep an accident out."""
    if {mine[0], theirs[0]} != {ACCIDENT, ATTACK}:
        return False
    attacks = mine[1] if mine[0] == ATTACK else theirs[1]
    return attacks >= ATTACK_ESTABLISHED_BY
