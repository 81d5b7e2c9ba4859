"""Which town a report means, as it tells it once: its dateline, a qualified name.

The town a report's place dateline names when no state or country follows it
(``dateline_city``). Wire and local news style (AP's dateline list) lets only big, well-known cities
stand alone in a dateline: "BOSTON —", "MEMPHIS —", "BATON ROUGE —"; a smaller
town takes its state ("CHURCH HILL, Tenn. —"). So a bare dateline town is the
most populous namesake when that one is a big city, whatever smaller namesake
the rest of the report seems to favour (a visitor "from New York" does not move
Boston to the village of Boston, New York). When no namesake is that big, the
dateline is a local paper's own town, and the document's context decides.

A bare dateline's big city also sets the report in its state (``told_states``).

A name the report qualifies once ("HAMILTON, Ont.", "Paris, Texas"), or datelines
alone as a big city, keeps that reading when it comes back bare ("Hamilton
police", "in Hamilton's east end": ``as_told``).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from warledger.geo.index import GazetteerIndex
from warledger.geo.names import normalise
from warledger.model import GeoPrecision

DATELINE_CITY = 100_000
"""People a namesake needs to be the city a bare dateline names."""


def dateline_city(
    index: GazetteerIndex, rows: Sequence[int], declared: Set[tuple[str, str]] = frozenset()
) -> int | None:
    """The row of the most populous town among ``rows`` (the rows of the name itself,
    not of an alternate name) when it has ``DATELINE_CITY`` people, else None; None
    too when the report declares states (``declared``: a qualifier, a county only one
    state has) and the city is in none of them ("SPRINGFIELD —" over a Sangamon
    County court is the Illinois city, not the bigger one in Missouri)."""
    towns = [row for row in rows if int(index.precision[row]) == GeoPrecision.EXACT]
    if not towns:
        return None
    biggest = max(towns, key=lambda row: (int(index.population[row]), -row))
    if declared and (str(index.country[biggest]), str(index.admin1[biggest])) not in declared:
        return None
    return biggest if int(index.population[biggest]) >= DATELINE_CITY else None


def told_states(index: GazetteerIndex, cities: Sequence[int]) -> set[tuple[str, str]]:
    """The states or provinces (country, admin1) the report is set in by its bare
    datelines' big cities (rows in ``cities``). A big city named in the body sets
    nothing: it may be a birthplace ("born in Tulsa") beside the event's own town."""
    return {(str(index.country[r]), str(index.admin1[r])) for r in cities}


Key = tuple[str, str | None]
"""A mention as the gazetteer resolves it: its name and its qualifier."""


def as_told(
    keys: list[Key],
    chosen: dict[Key, tuple[int, float] | None],
    withheld: set[Key],
    told_alone: set[Key],
) -> None:
    """Give each bare name (no qualifier, not in ``told_alone``: the bare dateline
    cities) the reading ``chosen`` holds for the same name qualified or datelined
    alone, when that reading is one ("Kansas City, Kan." and "Kansas City, Mo."
    leave a bare "Kansas City" to the scores). Updates ``chosen`` and ``withheld``."""
    told: dict[str, set[tuple[int, float]]] = {}
    for key in keys:
        pick = chosen[key]
        if pick is not None and (key[1] or key in told_alone):
            told.setdefault(normalise(key[0]), set()).add(pick)
    for key in keys:
        readings = told.get(normalise(key[0]), set())
        if not key[1] and key not in told_alone and len({r[0] for r in readings}) == 1:
            chosen[key] = next(iter(readings))
            withheld.discard(key)
