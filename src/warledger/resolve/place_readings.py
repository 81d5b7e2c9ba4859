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

The new reading is never sure (``place_sure`` False): evidence for the incident of that
place, never against an incident of the other namesake (``incident_features.namesakes``).
"""

from __future__ import annotations

from dataclasses import replace

from warledger.resolve.incident_features import ClaimItem


def read_as_chosen(items: list[ClaimItem]) -> list[ClaimItem]:
    """``items`` with each bare located name read as the one place the run's reports
    that wrote that name out give it, when they give one (see the module doc)."""
    chosen: dict[str, set[str]] = {}
    reading: dict[str, ClaimItem] = {}
    for item in items:
        if item.place_qualified and item.place_name and item.place_key:
            chosen.setdefault(item.place_name, set()).add(item.place_key)
            reading.setdefault(item.place_key, item)
    out = []
    for item in items:
        keys = chosen.get(item.place_name or "", set())
        if item.place_qualified or item.latitude is None or len(keys) != 1:
            out.append(item)
            continue
        (key,) = keys
        if key == item.place_key:
            out.append(item)
            continue
        sure = reading[key]
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
