"""Which reference event types are compatible with which PLOVER event types.

ACLED codes an event type and a sub-event type; UCDP GED codes only lethal organised
violence, as a type of violence (1 state-based, 2 non-state, 3 one-sided). The map
below says, for each ACLED sub-event type (and for each UCDP type), which PLOVER types
an incident may have to be the same event. It is deliberately permissive where coders
differ: a "Looting/property destruction" may be reported as an assault, an "Abduction"
as coercion or an assault.

============================================  =====================================
ACLED sub-event type (event type)             PLOVER types
============================================  =====================================
Armed clash (Battles)                          ASSAULT
Government regains territory (Battles)         ASSAULT, RETREAT
Non-state actor overtakes territory (Battles)  ASSAULT, RETREAT
Air/drone strike, Shelling/artillery/missile   ASSAULT
attack, Remote explosive/landmine/IED,
Suicide bomb, Grenade, Chemical weapon
(Explosions/Remote violence)
Attack, Sexual violence (Violence against      ASSAULT
civilians)
Abduction/forced disappearance                 ASSAULT, COERCE
Peaceful protest, Protest with intervention    PROTEST
Excessive force against protesters             PROTEST, ASSAULT, COERCE
Violent demonstration, Mob violence (Riots)    PROTEST, ASSAULT
Agreement (Strategic developments)             AGREE
Arrests                                        COERCE
Change to group/activity                       MOBILIZE
Disrupted weapons use                          ASSAULT, COERCE
Headquarters or base established              MOBILIZE
Looting/property destruction                   ASSAULT, COERCE
Non-violent transfer of territory             RETREAT, CONCEDE, MOBILIZE
Other (Strategic developments)                 any
UCDP type of violence 1, 2, 3                  ASSAULT
============================================  =====================================

An unknown sub-event type falls back to its event type's row (Battles, Explosions/Remote
violence, Violence against civilians: ASSAULT; Protests, Riots: PROTEST).
"""

from __future__ import annotations

from warledger.model import SPEECH_TYPES, PloverType

A = PloverType.ASSAULT
ACLED_SUB_EVENTS: dict[str, frozenset[PloverType]] = {
    "armed clash": frozenset({A}),
    "government regains territory": frozenset({A, PloverType.RETREAT}),
    "non-state actor overtakes territory": frozenset({A, PloverType.RETREAT}),
    "air/drone strike": frozenset({A}),
    "shelling/artillery/missile attack": frozenset({A}),
    "remote explosive/landmine/ied": frozenset({A}),
    "suicide bomb": frozenset({A}),
    "grenade": frozenset({A}),
    "chemical weapon": frozenset({A}),
    "attack": frozenset({A}),
    "sexual violence": frozenset({A}),
    "abduction/forced disappearance": frozenset({A, PloverType.COERCE}),
    "peaceful protest": frozenset({PloverType.PROTEST}),
    "protest with intervention": frozenset({PloverType.PROTEST}),
    "excessive force against protesters": frozenset({PloverType.PROTEST, A, PloverType.COERCE}),
    "violent demonstration": frozenset({PloverType.PROTEST, A}),
    "mob violence": frozenset({PloverType.PROTEST, A}),
    "agreement": frozenset({PloverType.AGREE}),
    "arrests": frozenset({PloverType.COERCE}),
    "change to group/activity": frozenset({PloverType.MOBILIZE}),
    "disrupted weapons use": frozenset({A, PloverType.COERCE}),
    "headquarters or base established": frozenset({PloverType.MOBILIZE}),
    "looting/property destruction": frozenset({A, PloverType.COERCE}),
    "non-violent transfer of territory": frozenset(
        {PloverType.RETREAT, PloverType.CONCEDE, PloverType.MOBILIZE}
    ),
    "other": frozenset(PloverType),
}
ACLED_EVENT_TYPES: dict[str, frozenset[PloverType]] = {
    "battles": frozenset({A}),
    "explosions/remote violence": frozenset({A}),
    "violence against civilians": frozenset({A}),
    "protests": frozenset({PloverType.PROTEST}),
    "riots": frozenset({PloverType.PROTEST, A}),
    "strategic developments": frozenset(PloverType),
}
UCDP_VIOLENCE_NAMES = {"1": "state-based", "2": "non-state", "3": "one-sided"}


def plover_types(
    dataset: str, event_type: str, sub_event_type: str | None
) -> frozenset[PloverType]:
    """The PLOVER types an incident may have to match this reference event."""
    if dataset == "ucdp-ged":
        return frozenset({A})
    sub = (sub_event_type or "").strip().lower()
    if sub in ACLED_SUB_EVENTS:
        return ACLED_SUB_EVENTS[sub]
    return ACLED_EVENT_TYPES.get(event_type.strip().lower(), frozenset())


def type_label(dataset: str, event_type: str, sub_event_type: str | None) -> str:
    """How the dataset names the event's type, for pages and tables."""
    if dataset == "ucdp-ged":
        return f"UCDP {UCDP_VIOLENCE_NAMES.get(event_type, event_type)} violence"
    return f"{event_type}: {sub_event_type}" if sub_event_type else event_type


SUB_EVENT_MODES: dict[str, frozenset[str]] = {
    "armed clash": frozenset({"clash", "firearms"}),
    "government regains territory": frozenset({"clash", "seize", "capture_territory"}),
    "non-state actor overtakes territory": frozenset({"clash", "seize", "capture_territory"}),
    "air/drone strike": frozenset({"aerial"}),
    "shelling/artillery/missile attack": frozenset({"shelling"}),
    "remote explosive/landmine/ied": frozenset({"ied", "explosion"}),
    "suicide bomb": frozenset({"suicide_bombing", "explosion"}),
    "grenade": frozenset({"grenade", "explosion"}),
    "chemical weapon": frozenset({"chemical"}),
    "sexual violence": frozenset({"sexual_violence"}),
    "abduction/forced disappearance": frozenset({"abduction", "detain"}),
    "peaceful protest": frozenset({"demonstration", "hunger_strike", "general_strike"}),
    "protest with intervention": frozenset({"demonstration", "disperse", "crowd_control"}),
    "excessive force against protesters": frozenset({"crowd_control", "disperse"}),
    "violent demonstration": frozenset({"riot"}),
    "mob violence": frozenset({"riot"}),
    "arrests": frozenset({"arrest", "detain"}),
    "change to group/activity": frozenset({"troops", "fighters_transfer", "weapons"}),
    "headquarters or base established": frozenset({"base"}),
    "disrupted weapons use": frozenset({"disrupt_weapons", "disarm"}),
    "looting/property destruction": frozenset({"destroy", "seize"}),
}
"""The warledger event modes (``kb/data/en/events.yaml``) each ACLED sub-event type names.
Not a gate: linking prefers, among compatible incidents, one whose mode agrees."""


CODED_ELSEWHERE = frozenset({PloverType.ASSAULT, PloverType.PROTEST, PloverType.AGREE})
"""Our types ACLED gives a specific code of their own (political violence and demonstrations
their own event types, an agreement the "Agreement" sub-event type)."""
RESIDUAL_SUB_EVENTS = frozenset({"other"})


def residual_misfit(
    dataset: str, sub_event_type: str | None, plover: PloverType, mode: str | None
) -> bool:
    """Whether an event coded with a residual code ("Strategic developments: Other") is
    unlikely to be this incident: a coder uses "Other" only when no specific code fits, and
    this incident's type has a specific code of its own, or its mode names a specific
    sub-event type, or it is a statement rather than an event. Not a gate (the map is
    permissive); linking prefers another incident."""
    if dataset != "acled" or (sub_event_type or "").strip().lower() not in RESIDUAL_SUB_EVENTS:
        return False
    if plover in CODED_ELSEWHERE or plover in SPEECH_TYPES:
        return True
    return any(mode in modes for modes in SUB_EVENT_MODES.values())


def mode_agrees(dataset: str, sub_event_type: str | None, mode: str | None) -> bool | None:
    """Whether an incident's mode agrees with the reference sub-event; None if either side
    does not say (UCDP has no mode; many incidents and sub-event types have none)."""
    if dataset != "acled" or not mode:
        return None
    modes = SUB_EVENT_MODES.get((sub_event_type or "").strip().lower())
    return None if modes is None else mode in modes


def names_modes(dataset: str, sub_event_type: str | None) -> bool:
    """Whether the sub-event type names modes, so an incident's mode can agree with it."""
    return dataset == "acled" and (sub_event_type or "").strip().lower() in SUB_EVENT_MODES
