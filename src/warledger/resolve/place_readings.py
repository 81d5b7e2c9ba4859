"""A bare town name in a follow-up report, read as the run's reports that wrote it out read it.

Local news places an event once with care, in the first report's dateline ("PORTLAND,
Maine —"), and then by the bare name in every follow-up weeks later ("pleaded not
guilty Wednesday in Portland"). The gazetteer reads such a bare name by size, and the
bigger namesake elsewhere (Portland, Oregon) wins: the follow-up then names another
place than its incident's, and its claims have no place in common with it. Where the
run's reports wrote which of a name's namesakes they mean (``ClaimItem.place_qualified``:
"PORTLAND, Maine", "Springfield, Mo."), and all that did wrote the same one, a claim
that wrote the bare name is read as that place. A bare name the gazetteer read
"surely" by size (Paris, France over Paris, Texas) is no choice its report made. A name
the run's reports wrote out as two places (a Portland, Maine and a Portland, Oregon
both datelined) stays as the gazetteer read it.

A reading is local in time: a follow-up is read by the reports written out near its
own dates (within ``READING_REACH``, the weeks or months a hearing, an indictment or a
plea takes), never by a report of another event a year away: in an archive of years,
some report writes out every namesake ("Springfield, Mo." in March, "Springfield,
Ill." in October), and a run-wide choice would move a bare "Springfield" of one of
them to the other. A claim with no dates at all is read by the run's reports only
when all that wrote the name out wrote the same place.

The new reading is never sure (``place_sure`` False): evidence for the incident of that
place, never against an incident of the other namesake (``incident_features.namesakes``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from warledger.resolve.incident_features import ClaimItem

# How far apart in time a bare name and a report that wrote it out may be for the one
# to be read by the other: follow-ups (a hearing, an indictment, a plea) come weeks or
# a few months after the event.
READING_REACH = timedelta(days=120)


def read_as_chosen(items: list[ClaimItem]) -> list[ClaimItem]:
    """``items`` with each bare located name read as the one place the run's reports
    that wrote that name out near its dates give it, when they give one (see the
    module doc)."""
    written: dict[str, list[ClaimItem]] = {}
    for item in items:
        if item.place_qualified and item.place_name and item.place_key:
            written.setdefault(item.place_name, []).append(item)
    out = []
    for item in items:
        near = [w for w in written.get(item.place_name or "", ()) if _near_in_time(item, w)]
        keys = {w.place_key for w in near}
        if item.place_qualified or item.latitude is None or len(keys) != 1:
            out.append(item)
            continue
        sure = near[0]
        if sure.place_key == item.place_key:
            out.append(item)
            continue
        out.append(
            replace(
                item,
                place_key=sure.place_key,
                latitude=sure.latitude,
                longitude=sure.longitude,
                precision=sure.precision,
                country=sure.country,
                admin1=sure.admin1,
                population=sure.population,
                place_sure=False,
            )
        )
    return out


def _near_in_time(item: ClaimItem, written: ClaimItem) -> bool:
    """Whether a claim that wrote the name out is near enough the bare claim's dates
    to read it by (``READING_REACH`` either way); a claim with no dates is near
    every other."""
    lo, hi, written_lo, written_hi = item.date_lo, item.date_hi, written.date_lo, written.date_hi
    if lo is None or hi is None or written_lo is None or written_hi is None:
        return True
    return written_lo <= hi + READING_REACH and lo <= written_hi + READING_REACH
