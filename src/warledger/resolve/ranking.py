"""Which incidents matter most: severity first, within the event types asked for.

A list of "top" incidents is read as "the worst", so it orders by the best
killed figure, then by how many independent sources report the incident, then
by its number of claims. By default only violent types are listed: a meeting or
an accusation with many reports is not a top incident of an armed conflict, nor
is a road accident or a flood whose toll is coded as an assault's
(``NON_ATTACK_MODES``); asking for types by name lists those too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from warledger.errors import InputError
from warledger.model import NON_ATTACK_MODES, Incident, PloverType

VIOLENT_TYPES: frozenset[str] = frozenset({PloverType.ASSAULT.value, PloverType.COERCE.value})
"""PLOVER's types of physical violence: attacks and fighting, and coercion (abductions,
arrests, destruction of property)."""


def event_types(names: Sequence[str] | None) -> frozenset[str]:
    """The types ``--type`` names (upper-cased), or ``VIOLENT_TYPES`` when none;
    an unknown name is an ``InputError`` naming the known ones."""
    if not names:
        return VIOLENT_TYPES
    known = {t.value for t in PloverType}
    chosen = {n.strip().upper() for n in names}
    unknown = sorted(chosen - known)
    if unknown:
        raise InputError(
            "--type",
            f"unknown event type {', '.join(unknown)}",
            f"choose from {', '.join(sorted(known))}",
        )
    return frozenset(chosen)


def severity_key(incident: Incident) -> tuple[int, int, int, str]:
    """Sort key, most severe first: best killed, independent sources, claims, id."""
    killed = incident.killed.best if incident.killed.best is not None else -1
    return (-killed, -incident.n_sources, -incident.n_claims, incident.id)


def rank(
    incidents: Iterable[Incident], types: frozenset[str], *, non_attacks: bool = False
) -> list[Incident]:
    """The incidents of one of ``types``, most severe first; an accident's or a natural
    hazard's (``NON_ATTACK_MODES``) only with ``non_attacks``."""
    return sorted(
        (
            i
            for i in incidents
            if i.type.value in types and (non_attacks or i.mode not in NON_ATTACK_MODES)
        ),
        key=severity_key,
    )
