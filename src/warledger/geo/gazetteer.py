"""Look names up in the gazetteer and pick one place per mention using the document.

A name like "Alexandria" or "Georgia" has many candidates. ``resolve`` scores
each against what the rest of the document says, in this order of strength:

1. an explicit qualifier right after the name ("Paris, Texas", "Gori, Georgia");
2. what kind of entry it is (a country name almost always means the country);
3. countries and US states the document mentions, or implies via demonyms
   ("Azerbaijani forces" puts Azerbaijan in context), a town's state qualifier
   or a county only one state has;
4. agreement with the other places of the document (after a first pass): a
   town near them, a country or state that contains them;
5. population, as the prior when nothing else speaks.

Places of an analyst's own file (``--places``, see ``user_places.py``) are
rows of the same index and are scored the same way.

Fuzzy matching (rapidfuzz) is a fallback for names of eight or more letters
with no exact key, at a high cutoff, so "Stepanakertt" still lands but short
names never drift to a neighbour spelling.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from warledger.geo.distance import haversine_many
from warledger.geo.index import PRECISION_CODES, GazetteerIndex, load_index
from warledger.geo.names import normalise, spelling_forms, variants
from warledger.geo.state_context import State, implied_states, is_stray, state_without_town
from warledger.geo.told_places import as_told, dateline_city, told_states
from warledger.geo.user_index import with_user_places
from warledger.geo.user_places import read_user_places
from warledger.model import GeoPrecision, Place

FUZZY_MIN_LENGTH = 8
# Name lookups are memoised per Gazetteer (news repeats its place names, and the
# fuzzy fallback is costly); the memo is emptied when it reaches this size.
LOOKUP_MEMO_SIZE = 100_000
FUZZY_CUTOFF = 90.0
# A row found only under the other spelling of "St."/"Saint", "Ft."/"Fort" is
# weaker evidence than its written name, stronger than an alternate name:
# "St. Paul" is Minnesota's capital before Alberta's town of that exact spelling,
# "St. Louis" stays Missouri's city rather than Senegal's "Saint-Louis".
RESPELLED_PENALTY = 0.8
ALTERNATE_PENALTY = 1.5
NEAR_KM = 400.0
# Weights of the population prior (score = log10(pop) / POP_DIVISOR) and of a
# country named in the document: a mention of the country outweighs a ~1000x
# population gap, which suits local news ("Alexandria" in a Louisiana paper)
# but can pull a world city to a namesake town of a country mentioned in passing.
POP_DIVISOR = 2.0
COUNTRY_BOOST = 1.5
# Priors for areas over towns of the same name ("Georgia", "Louisiana, Missouri").
COUNTRY_PRIOR = 3.0
REGION_PRIOR = 2.0
# Prior of a place from the analyst's own file (about a 100x population gap): the
# file says which places matter for these texts, so a mention of the file's country
# or of another of its places tips a homonym of another kind (the state Victoria)
# to the user's place; a lone mention of a well-known area still goes to the area.
USER_PRIOR = 1.0
# Feature codes of local places: towns, counties, and the points of a user file
# (checkpoints, bridges). They are "near" other places; areas "contain" them.
LOCAL_CODES = ("PPL", "ADM2", "SPOT")


@dataclass(frozen=True)
class Candidate:
    row: int
    alternate: bool
    fuzzy: bool = False
    respelled: bool = False
    """Found only under the other spelling of an abbreviation ("St." for "Saint")."""


@dataclass(frozen=True)
class Resolution:
    """The chosen place for one mention and a confidence in [0, 1]."""

    place: Place | None
    score: float
    row: int | None = None
    withheld: bool = False
    """The name is a place's, but its only readings are namesakes elsewhere (``_stray``):
    a name to keep, with no location."""


class Gazetteer:
    """The loaded index plus lookups; build one per process and reuse it."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index
        self._memo: dict[tuple[str, bool], tuple[Candidate, ...]] = {}
        self._fuzzy_keys: dict[str, list[str]] = {}
        for key in index.keys:
            if len(key) >= FUZZY_MIN_LENGTH:
                self._fuzzy_keys.setdefault(key[0], []).append(key)

    @classmethod
    def load(cls, directory: Path | None = None, places_file: Path | None = None) -> Gazetteer:
        """Load (building on first use) the cached index, plus the places of
        ``places_file`` when one is given (read each time, never cached)."""
        index = load_index(directory)
        if places_file is not None:
            index = with_user_places(index, read_user_places(places_file))
        return cls(index)

    # ------------------------------------------------------------ lookups

    def candidates(self, name: str, fuzzy: bool = True) -> list[Candidate]:
        """Rows whose name or alternate name matches; fuzzy only if nothing exact."""
        key = (name, fuzzy)
        if key not in self._memo:
            if len(self._memo) >= LOOKUP_MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = tuple(self._lookup(name, fuzzy))
        return list(self._memo[key])

    def _lookup(self, name: str, fuzzy: bool) -> list[Candidate]:
        found: dict[int, Candidate] = {}
        written, *respellings = spelling_forms(normalise(name))
        for form, respelled in [(written, False)] + [(r, True) for r in respellings]:
            for key in variants(form):
                for packed in self.index.keys.get(key, ()):
                    row, alt = divmod(packed, 2)
                    if respelled and int(self.index.precision[row]) >= GeoPrecision.REGION:
                        continue  # towns are spelled both ways; areas keep their own name
                    new = Candidate(row, bool(alt), respelled=respelled and not alt)
                    if row not in found or _penalty(new) < _penalty(found[row]):
                        found[row] = new
        if name.isupper() and len(name.replace(".", "")) <= 4:
            # An acronym ("UN", "VT") names an area or nothing: never a village "Un".
            found = {
                row: c
                for row, c in found.items()
                if int(self.index.precision[row]) >= GeoPrecision.REGION
            }
        if found or not fuzzy:
            return list(found.values())
        key = normalise(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        pool = self._fuzzy_keys.get(key[0], [])
        match = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if match is None:
            return []
        return [
            Candidate(packed // 2, bool(packed % 2), fuzzy=True)
            for packed in self.index.keys[match[0]]
        ]

    def _own_rows(self, name: str) -> list[int]:
        """Rows of places that have ``name`` as their own name (not an alternate)."""
        return [c.row for c in self.candidates(name, fuzzy=False) if not c.alternate]

    def is_user_row(self, row: int) -> bool:
        """The row comes from the analyst's places file, not from GeoNames."""
        first = self.index.first_user_row
        return first is not None and row >= first

    def is_known(self, name: str) -> bool:
        """An exact (non-fuzzy) match exists."""
        return bool(self.candidates(name, fuzzy=False))

    def country_of_demonym(self, word: str) -> str | None:
        """ISO code for "Azerbaijani", "Syrians"...; None when not a demonym."""
        key = normalise(word)
        return self.index.demonyms.get(key) or self.index.demonyms.get(key.removesuffix("s"))

    def country_place(self, iso: str) -> Place | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        rows = np.flatnonzero(
            (self.index.country == iso) & (self.index.precision == GeoPrecision.COUNTRY)
        )
        return self.place(int(rows[0])) if len(rows) else None

    def place(self, row: int) -> Place:
        ix = self.index
        country = str(ix.country[row]) or None
        admin1 = str(ix.admin1[row]) or None
        if admin1 and country:
            admin1 = ix.admin1_names.get(f"{country}.{admin1}", admin1)
        gid = int(ix.geonames_id[row])
        return Place(
            geonames_id=gid or None,
            name=ix.names[row],
            latitude=round(float(ix.latitude[row]), 5),
            longitude=round(float(ix.longitude[row]), 5),
            country=country,
            admin1=admin1,
            feature_class=str(ix.feature_class[row]),
            precision=PRECISION_CODES[int(ix.precision[row])],
        )

    # ----------------------------------------------------- disambiguation

    def resolve(
        self,
        names: Sequence[str],
        qualifiers: Sequence[str | None] | None = None,
        context_countries: Sequence[str] = (),
        datelined: Sequence[bool] = (),
    ) -> list[Resolution]:
        """One resolution per name, using the other names as context.

        ``qualifiers`` holds, per name, the words after "Name, " when they
        look like a state or country; ``context_countries`` are ISO codes the
        caller found in the text (demonyms, actor countries); ``datelined`` marks a
        bare place dateline ("MEMPHIS —"; ``told_places``)."""
        quals = list(qualifiers) if qualifiers is not None else [None] * len(names)
        mentions = list(zip(names, quals, strict=True))
        # Repeats of a name with the same qualifier resolve alike: score each pair once.
        keys = list(dict.fromkeys(mentions))
        cands = {key: self.candidates(key[0]) for key in keys}
        countries, states = set(context_countries), set()
        for options in cands.values():
            for c in options:
                prec = int(self.index.precision[c.row])
                if not c.alternate and prec == GeoPrecision.COUNTRY:
                    countries.add(str(self.index.country[c.row]))
                elif not c.alternate and self.index.feature_code[c.row] == "ADM1":
                    states.add((str(self.index.country[c.row]), str(self.index.admin1[c.row])))
        qual_rows = {key: self._qualifier_rows(key[1]) for key in keys}
        declared = implied_states(
            self.index,
            [[(c.row, c.alternate) for c in options] for options in cands.values()],
            qual_rows.values(),
        )
        found = [dateline_city(self.index, self._own_rows(k[0]), declared) if d else None
                 for k, d in zip(mentions, datelined, strict=False)]  # fmt: skip
        cities = {key: row for key, row in zip(mentions, found, strict=False) if row is not None}
        declared |= told_states(self.index, list(cities.values()))
        states |= declared
        first_picks: dict[tuple[str, str | None], Candidate] = {}
        for key in keys:
            first = self._score(cands[key], countries, states, qual_rows[key], None)
            if len(first):
                first_picks[key] = cands[key][int(np.argmax(first))]
            if key in cities:
                first_picks[key] = Candidate(cities[key], False)
        exact_keys = [
            key
            for key in mentions
            if key in first_picks
            and int(self.index.precision[first_picks[key].row]) == GeoPrecision.EXACT
        ]
        # A namesake's first reading is no anchor for the others ("Church Hill" read as
        # the town in Tennessee would pull "Richmond" to Kentucky).
        # Only a document that declares its state can judge its first readings so; a
        # majority of first readings may itself be the namesakes ("Palmyra").
        everyone = [first_picks[key].row for key in exact_keys]
        anchors = {
            key: pick.row
            for key, pick in first_picks.items()
            if qual_rows[key]
            or not declared
            or not self._stray(pick, _without(everyone, pick.row), countries, declared)
        }
        exact = [anchors[key] for key in exact_keys if key in anchors]
        chosen: dict[tuple[str, str | None], tuple[int, float] | None] = {}
        withheld: set[tuple[str, str | None]] = set()
        for key in keys:
            opts = cands[key]
            if not opts:
                chosen[key] = None
                continue
            # Every other mention's anchor: the same multiset as skipping this mention.
            others = list(exact)
            if key in anchors and anchors[key] in others:
                others.remove(anchors[key])
            scores = self._score(opts, countries, states, qual_rows[key], others)
            best = opts[int(np.argmax(scores))]
            chosen[key] = (best.row, _confidence(scores))
            if not qual_rows[key] and self._stray(best, others, countries, declared):
                chosen[key] = None
                withheld.add(key)
            outside = state_without_town(self.index, [c.row for c in opts], qual_rows[key])
            if outside is not None:
                chosen[key] = (outside, 1.0)
            if key in cities:
                chosen[key] = (cities[key], 1.0)
                withheld.discard(key)
        as_told(keys, chosen, withheld, set(cities))
        results = []
        for key in mentions:
            pick = chosen[key]
            if pick is None:
                results.append(Resolution(None, 0.0, withheld=key in withheld))
            else:
                results.append(Resolution(self.place(pick[0]), pick[1], pick[0]))
        return results

    def _stray(
        self, pick: Candidate, others: list[int], countries: set[str], declared: set[State]
    ) -> bool:
        """``is_stray`` for a candidate: a namesake far from the one US state of the report."""
        loose = pick.alternate or pick.fuzzy
        return is_stray(self.index, pick.row, loose, others, countries, declared)

    def _qualifier_rows(self, qualifier: str | None) -> list[int]:
        if not qualifier:
            return []
        return [
            c.row
            for c in self.candidates(qualifier, fuzzy=False)
            if int(self.index.precision[c.row]) >= GeoPrecision.REGION
        ]

    def _score(
        self,
        options: list[Candidate],
        countries: set[str],
        states: set[tuple[str, str]],
        qualifier_rows: list[int],
        others: list[int] | None,
    ) -> np.ndarray:
        ix = self.index
        rows = np.asarray([c.row for c in options], dtype=np.int64)
        if not len(rows):
            return np.zeros(0)
        score = np.log10(ix.population[rows] + 10.0) / POP_DIVISOR
        prec = ix.precision[rows]
        score += np.where(prec == GeoPrecision.COUNTRY, COUNTRY_PRIOR, 0.0)
        score += np.where(prec == GeoPrecision.REGION, REGION_PRIOR, 0.0)
        score -= np.asarray([_penalty(c) for c in options])
        if ix.first_user_row is not None:
            score += np.where(rows >= ix.first_user_row, USER_PRIOR, 0.0)
        cc = ix.country[rows]
        # Context boosts what lies inside a named country or state, not the area itself:
        # otherwise "Washington" would vote for the state it names.
        in_country = np.asarray([str(c) in countries for c in cc])
        in_state = np.asarray(
            [(str(c), str(a)) in states for c, a in zip(cc, ix.admin1[rows], strict=True)]
        )
        score += COUNTRY_BOOST * (in_country & (prec != GeoPrecision.COUNTRY))
        score += 1.5 * (in_state & np.isin(ix.feature_code[rows], LOCAL_CODES))
        for q in qualifier_rows:
            same_country = cc == ix.country[q]
            if int(ix.precision[q]) == GeoPrecision.REGION and str(ix.admin1[q]):
                # (a province whose row lacks its code still names its country)
                same_country &= ix.admin1[rows] == ix.admin1[q]
            score += np.where(same_country & (rows != q), 6.0, 0.0)
        if others:
            score += self._neighbourhood(rows, others)
        return score

    def _neighbourhood(self, rows: np.ndarray, others: list[int]) -> np.ndarray:
        """Agreement with the other places: towns near them, areas that contain them.

        One row per other place, one column per candidate; the per-place votes
        are 0 or 1, so summing the rows counts them exactly.
        """
        ix = self.index
        fcode = ix.feature_code[rows]
        other = np.asarray(others, dtype=np.int64)
        dist = haversine_many(ix.latitude[other][:, None], ix.longitude[other][:, None],
                              ix.latitude[rows], ix.longitude[rows])  # fmt: skip
        near = ((dist < NEAR_KM) & np.isin(fcode, LOCAL_CODES)).sum(axis=0)
        same_country = ix.country[rows] == ix.country[other][:, None]
        same_state = same_country & (ix.admin1[rows] == ix.admin1[other][:, None])
        contains = (same_country & (fcode == "PCLI")).sum(axis=0)
        # A county has no outline here (it sits at its state's mean position): one of
        # the state of a town named beside it is the likeliest to hold that town.
        contains += (same_state & np.isin(fcode, ("ADM1", "ADM2"))).sum(axis=0)
        return (2.0 * near + 4.0 * contains) / len(others)


def _without(rows: list[int], row: int) -> list[int]:
    """``rows`` less one occurrence of ``row``."""
    out = list(rows)
    if row in out:
        out.remove(row)
    return out


def _penalty(candidate: Candidate) -> float:
    """What a candidate loses for how its name matched: an alternate name, the other
    spelling of an abbreviation, a fuzzy match."""
    if candidate.alternate:
        penalty = ALTERNATE_PENALTY
    else:
        penalty = RESPELLED_PENALTY if candidate.respelled else 0.0
    return penalty + (1.0 if candidate.fuzzy else 0.0)


def _confidence(scores: np.ndarray) -> float:
    """Softmax weight of the best candidate: 1.0 when unambiguous."""
    if len(scores) == 1:
        return 1.0
    top = np.sort(scores)[::-1]
    return round(1.0 / (1.0 + math.exp(-(top[0] - top[1]) * 2.0)), 4)
