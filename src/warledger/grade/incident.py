"""One incident's graded record from its member claims: type, mode, place, dates, counts,
grade and casualty ranges.

``grade_incident`` is where the parts of ``grade`` meet: ``rules`` give the grade
and its reasons, ``casualties`` the tolls, and this module picks the incident's
type, mode, place and dates from what its claims say.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from warledger.grade.casualties import Casualties, casualties
from warledger.grade.evidence import Evidence
from warledger.grade.rules import grade
from warledger.model import Event, GeoPrecision, Incident, Place, PloverType

MAX_WINDOW_DAYS = 31
"""A stated date window wider than a month (a year, "since 2011") says nothing about which
incident a claim is about: it neither dates an incident nor groups claims (resolve)."""
PINNED_DAYS = 3
"""A stated window this narrow pins the days of an incident; a wider one only bounds them."""
_NAME_WORD = re.compile(r"\w+", re.UNICODE)


def written_name(text: str) -> str:
    """A place name as a report wrote it, in lower-case words ("SPRINGFIELD" and
    "Springfield" are one written name)."""
    return " ".join(_NAME_WORD.findall(text.lower()))


def _own_readings(evidence: Evidence) -> dict[str, Place]:
    """Each written name's place as the incident's reports wrote it out
    (``PlaceMention.qualified``: a dateline's "PERTH, Scotland", "Paris, Texas"), the
    surest reading when they wrote out several."""
    best: dict[str, tuple[float, Place]] = {}
    for item in evidence.claims:
        event = item.claim.proposition
        if not isinstance(event, Event) or event.place is None:
            continue
        mention = event.place
        if mention.place is None or not mention.qualified:
            continue
        name = written_name(mention.span.text)
        if name and mention.score > best.get(name, (-1.0, mention.place))[0]:
            best[name] = (mention.score, mention.place)
    return {name: place for name, (_, place) in best.items()}


def _place(evidence: Evidence) -> Place | None:
    """The incident's place: among the located places its claims name, the one the
    most claims support, a claim supporting its own place and every place inside
    it ("Ohio" supports Columbus, Ohio); ties go to the finer place, then to the
    one named most, then to the one resolved with the most confidence (a dateline's
    "WASHINGTON, Pa." over a later report's bare "Washington"). A name the
    gazetteer does not know (a street, a park) locates nothing and is chosen only
    when no claim names a located place: local reports place a shooting on "the
    900 block of Mount Vernon Avenue" in a dateline's town, and the town is what
    can be mapped. A bare name a follow-up report wrote ("a vigil in London") takes
    the reading the incident's reports that chose among its namesakes gave it
    (``_own_readings``: "LONDON, Ont."), not the gazetteer's guess by size."""
    counts: Counter[str] = Counter()
    places: dict[str, Place] = {}
    confidence: dict[str, float] = {}
    readings = _own_readings(evidence)
    for item in evidence.claims:
        event = item.claim.proposition
        if isinstance(event, Event) and event.place is not None:
            place = event.place.place or Place(name=event.place.span.text)
            if not event.place.qualified:
                place = readings.get(written_name(event.place.span.text), place)
            key = str(place.geonames_id or place.name.lower())
            counts[key] += 1
            places.setdefault(key, place)
            confidence[key] = max(confidence.get(key, 0.0), event.place.score)
    if not counts:
        return None
    located = [k for k, p in places.items() if p.latitude is not None and p.longitude is not None]
    if not located:
        top = max(counts.values())
        return places[min(k for k, n in counts.items() if n == top)]
    support = {
        k: sum(counts[o] for o in located if o == k or _contains(places[o], places[k]))
        for k in located
    }
    return places[
        min(
            located,
            key=lambda k: (-support[k], int(places[k].precision), -counts[k], -confidence[k], k),
        )
    ]


def _contains(coarse: Place, fine: Place) -> bool:
    """Whether ``coarse`` is a wider area holding ``fine``: a country holds what lies in
    it, a first-level region what lies in it (by the gazetteer's country and region)."""
    if int(coarse.precision) <= int(fine.precision) or not coarse.country:
        return False
    if coarse.country != fine.country:
        return False
    return coarse.precision == GeoPrecision.COUNTRY or (
        coarse.admin1 is not None and coarse.admin1 == fine.admin1
    )


def _dates(evidence: Evidence) -> tuple[date | None, date | None]:
    """Event dates stated within a month's window ("since 2011" dates a background,
    not the incident), the days stated (windows of up to ``PINNED_DAYS``) when there
    are any: "earlier this month" in a report of Tuesday's attack bounds the attack,
    it does not make it a month long. Else the earliest publication date."""
    windows = []
    for item in evidence.claims:
        event = item.claim.proposition
        if isinstance(event, Event) and event.date is not None and event.date.start:
            end = event.date.end or event.date.start
            if 0 <= (end - event.date.start).days <= MAX_WINDOW_DAYS:
                windows.append((event.date.start, end))
    pinned = [(lo, hi) for lo, hi in windows if (hi - lo).days <= PINNED_DAYS]
    starts = [lo for lo, _ in pinned or windows]
    ends = [hi for _, hi in pinned or windows]
    if not starts:
        published = [
            i.document.published_at.date()
            for i in evidence.claims
            if i.document and i.document.published_at
        ]
        return (min(published), min(published)) if published else (None, None)
    return min(starts), max(ends)


def grade_incident(incident_id: str, evidence: Evidence) -> tuple[Incident, Casualties]:
    """The graded incident for ``evidence`` (member claims in stable order)."""
    events = [i.claim.proposition for i in evidence.claims]
    types = Counter(e.type for e in events if isinstance(e, Event))
    top_type = min(types, key=lambda t: (-types[t], t.value)) if types else PloverType.ASSAULT
    # The mode is the top type's: a release told beside an attack is no mode of it.
    modes = Counter(
        e.mode for e in events if isinstance(e, Event) and e.mode and e.type == top_type
    )
    top_mode = min(modes, key=lambda m: (-modes[m], m)) if modes else None
    name, reasons = grade(evidence)
    toll = casualties(evidence)
    start, end = _dates(evidence)
    incident = Incident(
        id=incident_id,
        claim_ids=[i.claim.id for i in evidence.claims],
        type=top_type,
        mode=top_mode,
        place=_place(evidence),
        date_start=start,
        date_end=end,
        killed=toll.killed,
        injured=toll.injured,
        n_claims=len(evidence.claims),
        n_sources=len(evidence.sources),
        sides=evidence.sides,
        grade=name,
        reasons=reasons,
    )
    return incident, toll
