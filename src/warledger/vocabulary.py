"""The controlled vocabularies of warledger: the closed sets of values a field may take.

Kinds of outlet and actor, precisions of places and dates, stances, PLOVER event
types, relation predicates, sides, grades and review actions. They are string (or
integer) enumerations so that JSON, SQL and the web UI carry the plain value, and
``warledger.model`` re-exports them beside the models that use them.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class OutletKind(StrEnum):
    WIRE = "wire"
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    STATE_MEDIA = "state_media"
    GOVERNMENT = "government"
    ARMED_GROUP = "armed_group"
    NGO = "ngo"
    BLOG = "blog"
    UNKNOWN = "unknown"


class ActorKind(StrEnum):
    STATE = "state"
    STATE_FORCE = "state_force"
    ARMED_GROUP = "armed_group"
    PROXY = "proxy"
    POLITICAL_ORG = "political_org"
    INTERNATIONAL_ORG = "international_org"
    PERSON = "person"
    MEDIA = "media"
    CIVILIANS = "civilians"
    OTHER = "other"


class GeoPrecision(IntEnum):
    """ACLED's geo_precision: 1 exact town, 2 district/region, 3 country or wider."""

    EXACT = 1
    REGION = 2
    COUNTRY = 3


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    UNKNOWN = "unknown"


class Stance(StrEnum):
    """How the claimant holds the proposition."""

    ASSERTED = "asserted"
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    QUESTION = "question"


class PloverType(StrEnum):
    """PLOVER's event types, and ``OCCURRENCE``: warledger's own generic type for a
    newsworthy happening that no PLOVER type codes (an appointment, a product's
    unveiling, a prison escape). Reports of such a happening still need an event
    to be grouped by, as reports of an attack do, without it being read as an act
    of conflict."""

    ASSAULT = "ASSAULT"
    COERCE = "COERCE"
    MOBILIZE = "MOBILIZE"
    THREATEN = "THREATEN"
    ACCUSE = "ACCUSE"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    AID = "AID"
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    REQUEST = "REQUEST"
    REJECT = "REJECT"
    RETREAT = "RETREAT"
    OCCURRENCE = "OCCURRENCE"


SPEECH_TYPES: frozenset[PloverType] = frozenset(
    {
        PloverType.THREATEN,
        PloverType.ACCUSE,
        PloverType.CONSULT,
        PloverType.SUPPORT,
        PloverType.REQUEST,
        PloverType.REJECT,
    }
)
"""PLOVER's verbal types: what they code is said (a threat, an accusation, talks,
backing, a demand, a rebuff), not done."""


class RelationPredicate(StrEnum):
    """What a relation says of its subject actor. ``commands`` is being in charge of
    the object: of a body or unit ("X, commander of Y"), and of ground or arms (a
    side holding a town, an armed group's tanks), whose object is then a place or an
    instrument mention (``extract/relation_control.py``)."""

    SPONSORS = "sponsors"
    COMMANDS = "commands"
    MEMBER_OF = "member_of"
    DEPLOYS_FIGHTERS_TO = "deploys_fighters_to"
    ALLIED_WITH = "allied_with"
    FIGHTING_AGAINST = "fighting_against"


class Side(StrEnum):
    """Which side of a conflict a source or claimant belongs to."""

    PARTY_A = "party_a"
    PARTY_B = "party_b"
    THIRD_PARTY = "third_party"
    UNKNOWN = "unknown"


class Grade(StrEnum):
    CORROBORATED = "corroborated"
    REPORTED = "reported"
    SINGLE_SOURCE = "single_source"
    PARTY_ONLY = "party_only"
    CONTESTED = "contested"
    DENIED = "denied"


class ReviewAction(StrEnum):
    ACCEPT = "accept"
    CORRECT = "correct"
    REJECT = "reject"
