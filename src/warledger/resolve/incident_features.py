"""What incident clustering compares: each event claim reduced to a few features.

A claim rarely states everything. Its date falls back to its document's
publication (an undated report is about the last few days); its words are those
of the content span (the sentence that carries the event). A claim's place is
only its own: borrowing the document's place was tried and joined claims to the
wrong incident whenever a report also mentions a second place. Syndicated copies share a
``source_key``, so they count as one source downstream.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from warledger.grade.casualties import cumulative
from warledger.grade.incident import (
    MAX_WINDOW_DAYS,
    PINNED_DAYS,
    written_name,
)
from warledger.model import (
    Claim,
    DatePrecision,
    Document,
    Event,
    GeoPrecision,
    Place,
    Stance,
)
from warledger.resolve.day_parts import day_part
from warledger.resolve.incident_text import tokens_of
from warledger.resolve.weekdays import unresolved_weekday

# An undated report is taken to describe something from this many days before
# its publication up to the day itself.
UNDATED_LOOKBACK_DAYS = 3
# A stated date range wider than this ("in the past ten days") bounds the event but
# does not pin it: it gates like a window but does not anchor an incident's dates.
ANCHOR_MAX_DAYS = PINNED_DAYS
POTENTIAL = frozenset({Stance.HYPOTHETICAL, Stance.FUTURE, Stance.QUESTION})


@dataclass(frozen=True)
class ClaimItem:
    """One event claim as clustering sees it. ``potential`` claims (threats,
    hypotheticals, questions) are only clustered with each other: something that
    may happen is not the same record as something reported to have happened."""

    claim_id: str
    document_id: str
    source_key: str
    sort_key: tuple[str, str, str, int, str]
    span: tuple[int, int]
    type: str
    potential: bool
    mode: str | None
    stance: Stance
    date_lo: date | None
    date_hi: date | None
    dated: bool
    place_key: str | None
    latitude: float | None
    longitude: float | None
    precision: GeoPrecision | None
    country: str | None
    admin1: str | None
    actors: frozenset[str]
    killed: tuple[int, ...]
    injured: tuple[int, ...]
    tokens: frozenset[str]
    context: tuple[tuple[str, int], ...] = ()
    """Content words of the report (its title and lead) with their counts: what the
    whole report is about, shared by all its claims."""
    vector: tuple[tuple[str, float], ...] = ()
    """TF-IDF of ``tokens`` and ``context`` over the run's reports, unit length
    (``weigh``); empty until weighed, when every token counts the same."""
    report: tuple[tuple[str, float], ...] = ()
    """TF-IDF of the report's ``context`` alone, unit length (``weigh``): what two
    reports share, whichever of their claims is compared."""
    population: int = 0
    """The population of the claim's town when it is a metropolis (``metro_population``)."""
    place_name: str | None = None
    """The place's name as the report wrote it (``PlaceFeature.name``)."""
    place_sure: bool = False
    """The gazetteer's reading of the name is sure (``PlaceFeature.sure``)."""
    place_qualified: bool = False
    """The report wrote which place the name is (``PlaceMention.qualified``)."""
    weekday: int | None = None
    """The weekday an unresolved date names (``weekdays.unresolved_weekday``)."""
    day_part: int | None = None
    """The part of its stated day the date names (``day_parts.day_part``)."""


@dataclass(frozen=True)
class PlaceFeature:
    """Where a claim or an incident member says the event was, with the hierarchy
    (country, first-level region) that decides whether two places can be one."""

    key: str | None
    latitude: float | None = None
    longitude: float | None = None
    precision: GeoPrecision | None = None
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    """The town's population when it is a metropolis (``metro_population``), else 0."""
    name: str | None = None
    """The place's name as the report wrote it (its words and numbers): two reports
    that write one name the gazetteer reads as two places (``places_compatible``)."""
    sure: bool = False
    """The report itself chose among the name's namesakes (``SURE_PLACE_SCORE``): a
    qualifier ("ROCHESTER, Minn."), its state or county named elsewhere in it."""


def _date_interval(event: Event, published: date | None) -> tuple[date | None, date | None, bool]:
    mention = event.date
    if mention is not None and mention.start is not None:
        end = mention.end or mention.start
        span = (end - mention.start).days
        if (
            mention.precision in (DatePrecision.DAY, DatePrecision.RANGE, DatePrecision.MONTH)
            and 0 <= span <= MAX_WINDOW_DAYS
        ):
            return mention.start, end, span <= ANCHOR_MAX_DAYS
    if published is None:
        return None, None, False
    return published - timedelta(days=UNDATED_LOOKBACK_DAYS), published, False


def _background(event: Event, published: date | None) -> bool:
    """A period wider than an incident that ended before the report's own days ("in
    2024, attacks killed 400 people" in a 2025 report): background, no incident."""
    mention = event.date
    if mention is None or mention.start is None or published is None:
        return False
    end = mention.end or mention.start
    return (end - mention.start).days > MAX_WINDOW_DAYS and end < published - timedelta(
        days=UNDATED_LOOKBACK_DAYS
    )


SURE_PLACE_SCORE = 0.75
"""A place mention scored this high was read so by the report's own words (a state
qualifier or context outweighing a tenfold population gap), not by size alone."""


def _place(event: Event) -> PlaceFeature:
    mention = event.place
    if mention is None:
        return PlaceFeature(None)
    place = mention.place
    if place is not None and place.latitude is not None and place.longitude is not None:
        return PlaceFeature(
            _located_key(place),
            place.latitude,
            place.longitude,
            place.precision,
            place.country,
            place.admin1,
            metro_population(place.geonames_id),
            written_name(mention.span.text) or None,
            mention.score >= SURE_PLACE_SCORE,
        )
    name = " ".join(tokens_of(place.name if place else mention.span.text)) or None
    return PlaceFeature(f"nm:{name}" if name else None)


def _located_key(place: Place) -> str:
    """A located place's identity: its GeoNames id, or for an entry of the analyst's
    gazetteer or the curated regions (no GeoNames id) its name within its country
    and region. Taking such a place for a bare name dropped its coordinates, so
    incidents of an invented or curated map could never be told apart or joined by
    place."""
    if place.geonames_id is not None:
        return f"gn:{place.geonames_id}"
    name = " ".join(sorted(tokens_of(place.name))) or place.name.lower()
    return f"pl:{place.country or ''}:{place.admin1 or ''}:{name}"


def _figures(event: Event, kind: str, running_total: bool) -> tuple[int, ...]:
    """The claim's tolls of ``kind``; none when they are a running total over a period
    (``grade.casualties.cumulative``): "496 had been killed by the end of 1972" says
    nothing for or against one attack's toll."""
    if running_total:
        return ()
    return tuple(sorted(f.low for f in event.casualties if f.kind == kind))


def _actor_keys(event: Event) -> frozenset[str]:
    keys = set()
    for mention in (*event.initiators, *event.targets):
        if mention.actor_id:
            keys.add(mention.actor_id)
        elif mention.label in ("ORG", "NORP", "GPE", "PERSON") and mention.name[:1].isupper():
            keys.add(" ".join(sorted(tokens_of(mention.name))))
    return frozenset(k for k in keys if k)


def claim_item(
    claim: Claim, document: Document | None, context: tuple[tuple[str, int], ...] = ()
) -> ClaimItem | None:
    """The features of an event claim, or None for statements, relations and
    background (``_background``); ``context`` is its report's ``report_words``."""
    event = claim.proposition
    if not isinstance(event, Event):
        return None
    published = document.published_at.date() if document and document.published_at else None
    if _background(event, published):
        return None
    lo, hi, dated = _date_interval(event, published)
    place = _place(event)
    stance = Stance.DENIED if event.negated else claim.stance
    text = claim.content.text + " " + (event.place.span.text if event.place else "")
    source = (document.syndication_group if document else None) or claim.document_id
    anchor = lo if dated else hi
    total = cumulative(claim, event)
    sort_date = anchor.isoformat() if anchor else "9999-12-31"
    return ClaimItem(
        claim_id=claim.id,
        document_id=claim.document_id,
        source_key=source,
        sort_key=(sort_date, event.type.value, claim.document_id, claim.content.start, claim.id),
        span=(claim.content.start, claim.content.end),
        type=event.type.value,
        potential=stance in POTENTIAL,
        mode=event.mode,
        stance=stance,
        date_lo=lo,
        date_hi=hi,
        dated=dated,
        place_key=place.key,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=place.precision,
        country=place.country,
        admin1=place.admin1,
        population=place.population,
        place_name=place.name,
        place_sure=place.sure,
        place_qualified=place.latitude is not None
        and event.place is not None
        and event.place.qualified,
        actors=_actor_keys(event),
        killed=_figures(event, "killed", total),
        injured=_figures(event, "injured", total),
        tokens=tokens_of(text),
        context=context,
        weekday=unresolved_weekday(event) if lo is None else None,
        day_part=day_part(event) if dated and lo == hi else None,
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), scalar and dependency-free for the hot loop."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


RADIUS_KM = {GeoPrecision.EXACT: 15.0, GeoPrecision.REGION: 75.0, GeoPrecision.COUNTRY: 400.0}
"""How far apart two places of a precision may be and still be one incident's place."""
METRO_POPULATION = 500_000
METRO_RADIUS_KM = 40.0
"""A city this large names its metropolitan area too: news places an event in a
suburb "in" or "near" it ("a shooting in suburban Detroit" is one in Troy, 30 km
from the centre), so a town this close to it may be the same place."""


@cache
def _metropolises() -> dict[int, int]:
    """GeoNames id -> population of the gazetteer's towns of ``METRO_POPULATION`` or more."""
    from warledger.geo.index import load_index

    index = load_index()
    return {
        int(gid): int(pop)
        for gid, pop, level in zip(
            index.geonames_id, index.population, index.precision, strict=True
        )
        if pop >= METRO_POPULATION and int(level) == GeoPrecision.EXACT
    }


def metro_population(geonames_id: int | None) -> int:
    """The population of a metropolis (``METRO_POPULATION`` or more), else 0."""
    return 0 if geonames_id is None else _metropolises().get(geonames_id, 0)


def town_radius(a: PlaceFeature, b: PlaceFeature) -> float:
    """How far apart two towns may be and still be one place: ``METRO_RADIUS_KM`` when
    one is a metropolis, else ``RADIUS_KM`` of a town."""
    if max(a.population, b.population) >= METRO_POPULATION:
        return METRO_RADIUS_KM
    return RADIUS_KM[GeoPrecision.EXACT]


def place_of(item: ClaimItem) -> PlaceFeature:
    """The item's place as one value (what an incident profile keeps per place)."""
    return PlaceFeature(
        item.place_key,
        item.latitude,
        item.longitude,
        item.precision,
        item.country,
        item.admin1,
        item.population,
        item.place_name,
        item.place_sure,
    )


def namesakes(a: PlaceFeature, b: PlaceFeature) -> bool:
    """Two readings of one written name that the gazetteer guessed apart: the same
    name, and not both ``sure``."""
    return a.name is not None and a.name == b.name and not (a.sure and b.sure)


def places_compatible(a: PlaceFeature, b: PlaceFeature) -> bool | None:
    """Whether two located places can be one event's place: the same place, two
    towns within ``RADIUS_KM`` of each other, or a coarser place that contains the
    finer one (same country; same first-level region unless the coarser is a
    country). None when either is only a name, which says too little to decide, and
    when both reports wrote the same name that the gazetteer read as two places
    (Palmer, Alaska and Palmer, Massachusetts): the name is the reports' evidence,
    the choice between namesakes only the geocoder's guess from context, unless both
    reports made the choice themselves (``namesakes``: "ROCHESTER, Minn." and
    "ROCHESTER, N.Y." are two towns). Two towns each report placed for sure in
    different states are two places however near (twin cities across a state line)."""
    if a.key == b.key:
        return True
    if namesakes(a, b):
        return None
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    fine, coarse = sorted((a, b), key=lambda p: p.precision or GeoPrecision.EXACT)
    fine_level = fine.precision or GeoPrecision.EXACT
    coarse_level = coarse.precision or GeoPrecision.EXACT
    if fine_level == coarse_level == GeoPrecision.EXACT:
        if a.sure and b.sure and a.country == b.country and a.admin1 != b.admin1:
            return False  # "KANSAS CITY, Kan." and "KANSAS CITY, Mo.": a state line apart
        return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= town_radius(a, b)
    if fine.country and coarse.country:
        if fine.country != coarse.country:
            return False
        if coarse_level == GeoPrecision.COUNTRY:
            return True
        if fine.admin1 and coarse.admin1:
            return fine.admin1 == coarse.admin1
    distance = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
    return distance <= RADIUS_KM[coarse_level]
