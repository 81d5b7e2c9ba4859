"""What the one US state a local report is set in says about its bare place names.

Local news names its town once with the state ("RICHMOND, Va.") and then speaks of
neighbourhoods and streets the gazetteer lacks ("Church Hill", "Whitehaven"). Read
without that context, such names land on namesakes elsewhere: a village in England,
a small town three states away. These checks let ``Gazetteer.resolve`` find the
state a report declares, withhold a namesake reading, and honour a "Town, State"
qualifier whose town the gazetteer does not know.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from warledger.geo.distance import haversine_many
from warledger.geo.index import GazetteerIndex
from warledger.model import GeoPrecision

# A town abroad or out of state smaller than this is taken for a namesake of a local
# place the gazetteer lacks, in a report set in one US state (``is_stray``).
STRAY_POPULATION = 100_000
# How far from the document's other places a small out-of-state town may lie and
# still be taken for the town itself rather than a local namesake (``is_out_of_state``).
LOCAL_KM = 150.0
US = "US"

State = tuple[str, str]
"""(ISO country code, admin1 code) of a state or province."""


def implied_states(
    ix: GazetteerIndex,
    options_by_mention: Iterable[Sequence[tuple[int, bool]]],
    qualifier_rows: Iterable[Sequence[int]],
) -> set[State]:
    """States the document names without writing them as a place of their own: a
    town's qualifier ("RICHMOND, Va." puts the report in Virginia) and a county only
    one state has ("Sangamon County" is in Illinois). ``options_by_mention`` holds,
    per mention, its candidates as (row, matched only by an alternate name)."""
    found = {
        (str(ix.country[q]), str(ix.admin1[q]))
        for rows in qualifier_rows
        for q in rows
        if ix.feature_code[q] == "ADM1"
    }
    for options in options_by_mention:
        homes = {
            (str(ix.country[row]), str(ix.admin1[row]))
            for row, alternate in options
            if ix.feature_code[row] == "ADM2" and not alternate
        }
        if len(homes) == 1 and len(options) == 1:
            found |= homes
    return found


def is_stray(
    ix: GazetteerIndex,
    row: int,
    loosely_matched: bool,
    others: list[int],
    countries: set[str],
    declared: set[State],
) -> bool:
    """Whether the chosen town ``row`` is a namesake far away in a report set in one
    state or province (``declared``: a town's qualifier, "MEMPHIS, Tenn.", a county
    only that state has, or a bare dateline's big city, "TORONTO —"): a town abroad
    in a country the report never names, small or matched only loosely (an alternate
    or fuzzy name); or a small US town ``is_out_of_state``. A namesake village in
    England or an alternate name of Vienna is no answer for a Memphis or a Toronto
    neighbourhood; none is better. Reports that declare no state (wires, foreign
    news) are left to the scores, as are places of the analyst's own file."""
    if len(declared) != 1:
        return False
    home = next(iter(declared))[0]
    first_user_row = ix.first_user_row
    if not others or (first_user_row is not None and row >= first_user_row):
        return False
    if int(ix.precision[row]) != GeoPrecision.EXACT:
        return False
    small = int(ix.population[row]) < STRAY_POPULATION
    country = str(ix.country[row])
    if country != home and country not in countries:
        return loosely_matched or small
    return small and is_out_of_state(ix, row, others, declared)


def is_out_of_state(ix: GazetteerIndex, row: int, others: list[int], states: set[State]) -> bool:
    """A small town in another state than the one the document is set in, far from
    every other place it names: news style qualifies an out-of-state town
    ("Pikeville, Tenn."), so an unqualified one is a local name the gazetteer lacks
    ("Church Hill" in a Richmond, Va. report is a neighbourhood, not the town in
    Pennsylvania)."""
    if (str(ix.country[row]), str(ix.admin1[row])) in states or str(ix.country[row]) != US:
        return False
    other = np.asarray(others, dtype=np.int64)
    dist = haversine_many(ix.latitude[row], ix.longitude[row],
                          ix.latitude[other], ix.longitude[other])  # fmt: skip
    return bool((dist > LOCAL_KM).all())


def state_without_town(
    ix: GazetteerIndex, rows: list[int], qualifier_rows: list[int]
) -> int | None:
    """The state a "Name, State" qualifier names when none of the name's candidate
    ``rows`` lies in it ("Frogtown, Minnesota" where the gazetteer knows no Frogtown
    there): the place is somewhere in that state, not in a namesake elsewhere. Only a
    US state counts, the American "City, State" convention: a country after a comma
    may be the next clause's subject ("struck Gaza, Israel's army said") and a
    province the next item of a list ("Beijing, Shanghai, Tianjin")."""
    states = [
        q for q in qualifier_rows if ix.feature_code[q] == "ADM1" and str(ix.country[q]) == US
    ]
    if not states or not rows:
        return None
    if any(int(ix.precision[r]) >= GeoPrecision.REGION for r in rows):
        return None  # the name is itself an area: "Wisconsin, Michigan" is a list
    homes = {(str(ix.country[q]), str(ix.admin1[q])) for q in states}
    if any((str(ix.country[r]), str(ix.admin1[r])) in homes for r in rows):
        return None
    return states[0]
