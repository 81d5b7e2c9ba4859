"""Report linking: reports about one event put their main incidents together.

Claim by claim, two reports of one event are often kept apart: each codes the
act in its own words and types, names its own background places, and an undated
report gives no day to meet on. What they do share is their particulars (the
names, places and details of their title and lead), and a report is mostly about
one event, its *main incident*: the incident holding most of its reported
(not potential) claims, ties going to the one told first in the report.

After claims are clustered and incidents merged, pairs of main incidents are
weighed by a learned scorer (``link_scorer``: how alike the reports' TF-IDF
leads, ``ClaimItem.report``, and claims are, whether types, places, dates,
actors and tolls agree) and merged when it finds them likely one event, or
when their reports' leads are alike on average (``alike_leads``; more alike when
the incidents are of different main types):
the scorer, fitted on few positive pairs, wants agreeing dates or places that
undated or unplaced reports of one event lack.
Background events a report recalls (a former coach's earlier firing, last year's
attack) are not its main incident, so they neither link reports nor are linked.
A report that only tells what is expected (a preview, a threat) has its potential
incident as its main one, and it may link to the event other reports tell as done:
claim by claim, potential and reported acts are never clustered together.

Some things rule a link out whatever the scorer says (``linkable``): an accident
against an attack, stated dates that do
not overlap, and a merged incident that would no longer be one event's (``compatible``): every town
either incident anchors (its main place, and any place more than one of its
claims names) must be compatible in the hierarchy with every town the other
anchors, and stated dates put together must stay within the expected duration
of the incidents' main types. Without that, links chain: two alike reports of
towns 10 km apart link, then the pair links a third town 10 km further on, and
so on. A region or country that does not hold the other's place is no gate:
news of an event is often placed where it was felt
or reported from (an earthquake abroad, a country's reaction), and a coarse
place is often a misreading.

An incident with no stated date or no located place (``vague``) says too little
to tell two events of a kind apart, so it is never a bridge: it links only when
its best partner is unambiguous, no other partner about as likely
(``LINK_AMBIGUITY``) being an incident told apart from the best one.

Linking goes in rounds: in each, the pairs that qualify are taken from the most
likely down, each incident at most once; main incidents are then found again.
Everything is taken sorted, so the result depends only on the incidents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from warledger.model import GeoPrecision
from warledger.resolve.accidents import accident_against_attack
from warledger.resolve.incident_dates import DATE_TOLERANCE, DURATION_DAYS, MAX_INCIDENT_DAYS
from warledger.resolve.incident_features import PlaceFeature, places_compatible
from warledger.resolve.incident_profile import IncidentProfile
from warledger.resolve.incident_score import distinct
from warledger.resolve.link_scorer import LinkModel, default_model, link_features

# Main incidents whose reports' leads are less alike than this are not scored: reports
# of one event share its names and places far above it.
LEAD_FLOOR = 0.05
# Main incidents of one main type whose reports' leads are this alike on average are
# linked whatever the scorer says (``alike_leads``; the gates still apply). On ECB+,
# reports of one event average about 0.25, reports of two events of one kind about
# 0.10, and clustering reports by their leads alone (average linkage) holds from 0.1
# to 0.15 on both the train and the dev topics.
LINK_LEAD = 0.1
# Main incidents of different main types whose reports' leads are this alike are
# linked too: reports of one event code its act differently (a hire told as an
# agreement in one, a consultation in the next; an arrest report and the shooting's
# first story), and leads this alike are well above the 0.10 to 0.11 that reports
# of two events of one kind average. Chosen on the ECB+ train topics (0.15, 0.2,
# 0.25, 0.3 measured; 0.15 best), the dev topics only measured.
LINK_LEAD_OTHER_TYPE = 0.15
# A vague incident's partners this close to its best one in link probability are
# taken as equally likely: if one of them is told apart from the best, neither is chosen.
LINK_AMBIGUITY = 0.1

Vector = dict[str, float]


def main_reports(incidents: Mapping[str, IncidentProfile]) -> dict[str, set[str]]:
    """Incident id -> the reports (document ids) it is the main incident of: the one
    holding most of the report's reported claims, or for a report that only tells
    what is expected or threatened (a preview: "the firm is expected to unveil its
    phone on Tuesday"), most of its potential ones."""
    counts: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    previews: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for inc_id, profile in incidents.items():
        for member in profile.members:
            table = previews if member.potential else counts
            n, first = table[member.document_id].get(inc_id, (0, member.span[0]))
            table[member.document_id][inc_id] = (n + 1, min(first, member.span[0]))
    for document_id, found in previews.items():
        counts.setdefault(document_id, found)
    mains: dict[str, set[str]] = defaultdict(set)
    for document_id, found in counts.items():
        inc_id = min(found, key=lambda i: (-found[i][0], found[i][1], i))
        mains[inc_id].add(document_id)
    return dict(mains)


def report_sum(profile: IncidentProfile, documents: set[str]) -> Vector:
    """The sum of the lead vectors of ``documents`` (reports of ``profile``)."""
    total: Vector = {}
    seen: set[str] = set()
    for member in profile.members:
        if member.document_id in documents and member.document_id not in seen:
            seen.add(member.document_id)
            for word, weight in member.report:
                total[word] = total.get(word, 0.0) + weight
    return total


def towns_apart(a: IncidentProfile, b: IncidentProfile) -> bool:
    """Whether a town one incident anchors (``IncidentProfile.anchored_places``) and
    one the other anchors cannot be one. Only towns: a region or a country may be
    where the event was felt or reported from (an earthquake in one country is news
    in the next) or a coarse reading of its place."""
    mine = [p for p in a.anchored_places() if _town(p)]
    theirs = [p for p in b.anchored_places() if _town(p)]
    return any(places_compatible(m, t) is False for m in mine for t in theirs)


def _town(place: PlaceFeature) -> bool:
    return (place.precision or GeoPrecision.EXACT) == GeoPrecision.EXACT


def compatible(a: IncidentProfile, b: IncidentProfile) -> bool:
    """Whether two incidents put together would still be one event's: no two anchored
    towns that cannot be one (``towns_apart``), and stated dates within the
    expected duration of their main types (``DURATION_DAYS``, with a day's tolerance)."""
    if towns_apart(a, b):
        return False
    if a.has_dated and b.has_dated:
        lows = [d for d in (a.date_lo, b.date_lo) if d is not None]
        highs = [d for d in (a.date_hi, b.date_hi) if d is not None]
        if len(lows) == 2 and len(highs) == 2:
            kinds = {t for t in (a.main_type(), b.main_type()) if t is not None}
            limit = min((DURATION_DAYS.get(t, MAX_INCIDENT_DAYS) for t in kinds), default=0)
            if (max(highs) - min(lows)).days > limit + DATE_TOLERANCE.days:
                return False
    return True


def vague(profile: IncidentProfile) -> bool:
    """An incident with no stated date or no located place: it fits every event of its
    kind then, or there, so it must never join two of them together."""
    return not profile.has_dated or profile.main_place() is None


def linkable(a: IncidentProfile, b: IncidentProfile) -> bool:
    """Whether two main incidents may be one at all (the gates of the module docstring).
    A potential main incident is a preview's (``main_reports``): the act it expects
    may be what another report tells as done, so a potential and a reported incident
    may link when their main types agree (a threat to use force is not the shelling
    that followed it, nor the incursions it answers)."""
    return (
        (a.potential == b.potential or a.main_type() == b.main_type())
        and not accident_against_attack(a.told_as(), b.told_as())
        and not distinct(a, b, places=False)
        and compatible(a, b)
    )


def unambiguous(
    found: list[tuple[float, str, str]], incidents: Mapping[str, IncidentProfile]
) -> list[tuple[float, str, str]]:
    """The qualifying pairs without those of a vague incident whose best partner is
    ambiguous: another partner within ``LINK_AMBIGUITY`` of it is told apart from
    it (``distinct``, or not ``compatible``)."""
    partners: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for alike, a, b in found:
        partners[a].append((alike, b))
        partners[b].append((alike, a))
    ambiguous = set()
    for inc_id in sorted(partners):
        if not vague(incidents[inc_id]):
            continue
        ranked = sorted(partners[inc_id], key=lambda p: (-p[0], p[1]))
        top_alike, top = ranked[0]
        best = incidents[top]
        for alike, other in ranked[1:]:
            if alike < top_alike - LINK_AMBIGUITY:
                break
            if distinct(best, incidents[other]) or not compatible(best, incidents[other]):
                ambiguous.add(inc_id)
                break
    return [f for f in found if f[1] not in ambiguous and f[2] not in ambiguous]


def candidate_pairs(
    incidents: Mapping[str, IncidentProfile],
    candidates: Callable[[IncidentProfile], set[str]],
    apart: Callable[[str, str], bool],
    floor: float = LEAD_FLOOR,
) -> list[tuple[str, str, float]]:
    """Pairs of main incidents that may be linked, with how alike their reports' leads
    are (at least ``floor``): ``candidates`` blocks (incidents that may share
    dates; a preview's reach later than its own, so a pair is taken when either
    finds the other), ``apart`` says when analysts' decisions keep two incidents apart."""
    mains = main_reports(incidents)
    sums = {i: report_sum(incidents[i], docs) for i, docs in mains.items()}
    pairs: set[tuple[str, str]] = set()
    for inc_id in sorted(mains):
        for other in candidates(incidents[inc_id]) & mains.keys():
            pairs.add((min(inc_id, other), max(inc_id, other)))
    found: list[tuple[str, str, float]] = []
    for a, b in sorted(pairs):
        if a == b or apart(a, b):
            continue
        small, big = sorted((sums[a], sums[b]), key=len)
        dot = sum(weight * big.get(word, 0.0) for word, weight in small.items())
        alike = dot / (len(mains[a]) * len(mains[b]))
        if alike >= floor and linkable(incidents[a], incidents[b]):
            found.append((a, b, alike))
    return found


def alike_leads(a: IncidentProfile, b: IncidentProfile, lead: float) -> bool:
    """Whether two main incidents' reports are alike enough to be one event's whatever
    the scorer says: reports of one event share its names, places and details in
    their leads, while the scorer, trained on few positive pairs, asks for agreeing
    dates or places that undated or unplaced reports lack. Incidents of one main type
    need ``LINK_LEAD``; of different main types, ``LINK_LEAD_OTHER_TYPE``: a landmine
    and a drone shot down the same day near one village share the village's name but
    little else, while a follow-up report coded as another act (the arrest, the
    hearing) shares the event's particulars too."""
    main = a.main_type()
    if main is not None and main == b.main_type():
        return lead >= LINK_LEAD
    return lead >= LINK_LEAD_OTHER_TYPE


def scorer_may_link(a: IncidentProfile, b: IncidentProfile, lead: float) -> bool:
    """Whether the scorer's word may link two main incidents: not when either is vague
    (``vague``) or their main places cannot be one (``main_places_apart``), and their
    reports' leads are less alike than ``LINK_LEAD``. The scorer weighs agreeing
    places, types and dates; with no stated date or no located place on one side, the
    agreement left (one mountain, one kind of accident) holds for every event of that
    kind there, however far apart in time, and with places apart, the agreement left
    (one kind of attack, the same days) holds for every such attack those days
    anywhere: only the particulars of the leads (names, details) tell whether the
    reports are of one."""
    said_little = vague(a) or vague(b) or main_places_apart(a, b)
    return not said_little or lead >= LINK_LEAD


def main_places_apart(a: IncidentProfile, b: IncidentProfile) -> bool:
    """Whether the two incidents' main places cannot be one event's (a region of one
    country and another country, two towns far apart). Not a gate: an event is often
    placed where it was felt or reported from; but the scorer, which weighs agreeing
    places, has then only the type and the days left to go on."""
    mine, theirs = a.main_place(), b.main_place()
    return mine is not None and theirs is not None and places_compatible(mine, theirs) is False


def link_round(
    incidents: Mapping[str, IncidentProfile],
    candidates: Callable[[IncidentProfile], set[str]],
    apart: Callable[[str, str], bool],
    model: LinkModel | None = None,
) -> list[tuple[str, str]]:
    """One round's pairs of incident ids to merge: those the scorer (``model``, the
    packaged one by default) finds likely enough one event (when it may:
    ``scorer_may_link``) or whose reports are alike enough (``alike_leads``), most
    likely first, each incident at most once (``candidate_pairs`` for the arguments)."""
    model = model or default_model()
    found: list[tuple[float, str, str]] = []
    for a, b, lead in candidate_pairs(incidents, candidates, apart):
        chance = model.probability(link_features(incidents[a], incidents[b], lead))
        scored = chance >= model.threshold and scorer_may_link(incidents[a], incidents[b], lead)
        if scored or alike_leads(incidents[a], incidents[b], lead):
            found.append((chance, a, b))
    pairs: list[tuple[str, str]] = []
    used: set[str] = set()
    for _, a, b in sorted(unambiguous(found, incidents), key=lambda f: (-f[0], f[1], f[2])):
        if a not in used and b not in used:
            used.update((a, b))
            pairs.append((a, b))
    return pairs
