"""The warledger vocabulary as typed, serialisable models.

Everything the pipeline produces and the store keeps is one of these. They are
pydantic models so that ``extract`` can print them as JSON and the store can
keep them as JSON payloads without a second hand-written schema. Field names
follow DESIGN.md; where a field mirrors an ACLED/UCDP convention the docstring
says which.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from warledger.vocabulary import (
    SPEECH_TYPES as SPEECH_TYPES,
)

# The vocabularies are re-exported: callers take models and their kinds from one place.
from warledger.vocabulary import (
    ActorKind as ActorKind,
)
from warledger.vocabulary import (
    DatePrecision as DatePrecision,
)
from warledger.vocabulary import (
    GeoPrecision as GeoPrecision,
)
from warledger.vocabulary import (
    Grade as Grade,
)
from warledger.vocabulary import (
    OutletKind as OutletKind,
)
from warledger.vocabulary import (
    PloverType as PloverType,
)
from warledger.vocabulary import (
    RelationPredicate as RelationPredicate,
)
from warledger.vocabulary import (
    ReviewAction as ReviewAction,
)
from warledger.vocabulary import (
    Side as Side,
)
from warledger.vocabulary import (
    Stance as Stance,
)


class _Model(BaseModel):
    """Common settings: reject unknown fields so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


# ----------------------------------------------------------------- sources


class Outlet(_Model):
    """Who published a document; ``owner_group`` collapses syndication."""

    id: str
    name: str
    kind: OutletKind = OutletKind.UNKNOWN
    country: str | None = None
    side: Side = Side.UNKNOWN
    owner_group: str | None = None


class Document(_Model):
    """One input. ``id`` is the sha256 of the raw bytes as received."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    retrieved_at: datetime | None = None
    language: str | None = None
    source_name: str | None = Field(None, description="file path or URL it was read from")
    external_id: str | None = Field(None, description="the input's own id, e.g. a jsonl 'id'")
    syndication_group: str | None = Field(
        None, description="id of the first document of its near-duplicate group"
    )


def content_hash(raw: bytes) -> str:
    """The content address used for documents and blobs."""
    return hashlib.sha256(raw).hexdigest()


class Span(_Model):
    """Characters ``[start, end)`` of a document's clean text."""

    start: int
    end: int
    text: str
    document_id: str | None = None


# ------------------------------------------------------------- entities


class Actor(_Model):
    """A canonical actor from the knowledge base or discovered in text."""

    id: str
    name: str
    kind: ActorKind = ActorKind.OTHER
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    side: dict[str, Side] = Field(default_factory=dict, description="conflict id -> side")
    external_ids: dict[str, str] = Field(default_factory=dict)
    discovered: bool = False


DISCOVERED_PREFIX = "new:"
"""Ids extraction gives to actors not in the knowledge base ("new:" + a slug of the name)."""


class ActorMention(_Model):
    """An actor as it appears in text, linked (or not) to a canonical actor."""

    span: Span
    actor_id: str | None = None
    name: str
    kind: ActorKind = ActorKind.OTHER
    country: str | None = None
    label: str = Field("ORG", description="coarse type: PERSON, ORG, NORP, GPE, WEAPON...")
    source: str = Field("kb", description="kb, ner or rule: which evidence found it")


class Instrument(_Model):
    """A weapon or military platform named in text ("artillery", "Su-25")."""

    span: Span
    label: Literal["WEAPON", "MILITARY_PLATFORM"] = "WEAPON"
    name: str


class Place(_Model):
    """A gazetteer entry; ``precision`` is ACLED's geo_precision."""

    geonames_id: int | None = None
    name: str
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    precision: GeoPrecision = GeoPrecision.EXACT


class PlaceMention(_Model):
    span: Span
    place: Place | None = None
    score: float = 0.0
    qualified: bool = False
    """The report wrote which place the name is: a state or country beside it ("PARIS,
    Texas —", "Springfield, Mo."), not left to the gazetteer's choice among namesakes."""


class DateMention(_Model):
    """A date expression; ``start``/``end`` are None when it could not be resolved."""

    span: Span
    start: date | None = None
    end: date | None = None
    precision: DatePrecision = DatePrecision.UNKNOWN


class CasualtyFigure(_Model):
    """A toll as worded: "more than a dozen" -> low 13, high None."""

    span: Span
    kind: Literal["killed", "injured", "missing", "displaced", "captured"] = "killed"
    group: Literal["civilians", "combatants", "unknown"] = "unknown"
    low: int
    high: int | None = None


class Attribution(_Model):
    """Reported speech: who (``source``) said (``cue``) what (``content``).

    ``source`` is the claimant's words as they stand (a pronoun, a title);
    ``claimant`` is the actor it was linked to, when one was found.
    """

    source: Span | None = None
    claimant: ActorMention | None = None
    cue: Span | None = None
    content: Span
    stance: Stance = Stance.ASSERTED


# ---------------------------------------------------------- propositions


ACCIDENT_MODE = "accident"
"""The mode of an ASSAULT that is only a toll an accident explains ("two died when
a tanker overturned"): kept for its figure, never an attack."""
NATURAL_HAZARD_MODE = "natural_hazard"
"""As ``ACCIDENT_MODE``, for a toll a natural hazard explains ("the flood killed
nine"): humanitarian monitors count these deaths apart from both."""
NON_ATTACK_MODES = frozenset({ACCIDENT_MODE, NATURAL_HAZARD_MODE})
"""Modes of a toll that no act of violence explains."""


class Event(_Model):
    kind: Literal["event"] = "event"
    type: PloverType
    mode: str | None = None
    trigger: Span
    initiators: list[ActorMention] = Field(default_factory=list)
    targets: list[ActorMention] = Field(default_factory=list)
    place: PlaceMention | None = None
    date: DateMention | None = None
    instrument: Span | None = None
    casualties: list[CasualtyFigure] = Field(default_factory=list)
    negated: bool = False
    evidence: list[Span] = Field(
        default_factory=list,
        description="the other trigger words that tell this same act (a bombing, then its "
        "gunfire), merged into this event's claim",
    )


class Relation(_Model):
    kind: Literal["relation"] = "relation"
    predicate: RelationPredicate
    subject: ActorMention
    object: ActorMention | None = None
    object_place: PlaceMention | None = None
    trigger: Span
    valid_from: date | None = None
    valid_to: date | None = None
    dated_by: DateMention | None = Field(
        None,
        description="the words that date the relation, kept like an event's date even when "
        "they cannot be resolved to days (no publication date to count from); "
        "valid_from and valid_to are its days when they can",
    )


Proposition = Event | Relation


class Claim(_Model):
    """Who said what, with the exact words. The outlet is the claimant when
    the text speaks in its own voice (``claimant`` is then None and
    ``claimant_is_outlet`` True)."""

    id: str
    document_id: str
    claimant: ActorMention | None = None
    claimant_is_outlet: bool = False
    cue: Span | None = None
    content: Span
    said_at: date | None = None
    stance: Stance = Stance.ASSERTED
    proposition: Event | Relation | None = Field(None, discriminator="kind")
    cites: list[str] = Field(
        default_factory=list,
        description="ids of the claims that tell the same act from the same words: "
        "a fighter transfer's MOBILIZE claim and its deploys_fighters_to claims",
    )
    producer: dict[str, str] = Field(
        default_factory=dict, description="component name -> version, plus kb version"
    )

    @staticmethod
    def make_id(document_id: str, content: Span, proposition_key: str) -> str:
        """Deterministic id so re-extraction of the same text never duplicates."""
        key = f"{document_id}:{content.start}:{content.end}:{proposition_key}"
        return hashlib.sha256(key.encode()).hexdigest()[:24]

    def claimant_label(self, outlet: str | None, otherwise: str = "unattributed") -> str:
        """Who made the claim, for a person: the claimant's name, the outlet in its own
        voice (``outlet``, the publishing outlet's name), or ``otherwise``."""
        if self.claimant is not None:
            return self.claimant.name
        if self.claimant_is_outlet:
            return f"{outlet or 'the outlet'} (own voice)"
        return otherwise


# ----------------------------------------------------------- resolution


class CasualtyRange(_Model):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Incident(_Model):
    id: str
    claim_ids: list[str]
    type: PloverType
    mode: str | None = None
    place: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    killed: CasualtyRange = Field(default_factory=CasualtyRange)
    injured: CasualtyRange = Field(default_factory=CasualtyRange)
    n_claims: int = 0
    n_sources: int = 0
    sides: list[Side] = Field(default_factory=list)
    grade: Grade = Grade.SINGLE_SOURCE
    reasons: list[str] = Field(default_factory=list)


class Review(_Model):
    target_kind: Literal["claim", "incident", "actor_merge"]
    target_id: str
    action: ReviewAction
    analyst: str
    note: str = ""
    correction: dict[str, object] = Field(default_factory=dict)


class LedgerEntry(_Model):
    """One append-only write. ``hash`` = sha256(prev_hash + canonical body)."""

    seq: int
    kind: str
    subject_id: str
    digest: str
    prev_hash: str
    hash: str
    recorded_at: datetime
    details: dict[str, object] = Field(default_factory=dict)
