"""An act told in a clause that modifies a noun is dated by its own words, not by the
main clause's date (a funeral's, a hearing's, a naming's): follow-up reports were
giving the earlier act the later day, and the incident split."""

from __future__ import annotations

from datetime import date

from warledger.extract.pipeline import extract_text
from warledger.model import Event

MONDAY = date(2024, 3, 4)


def _dates(text: str) -> dict[str, date | None]:
    """Trigger word -> the act's date, for the event claims of ``text``."""
    found = {}
    for claim in extract_text(text, published=MONDAY):
        event = claim.proposition
        if isinstance(event, Event):
            found[event.trigger.text] = event.date.start if event.date else None
    return found


def test_the_main_clauses_day_is_not_the_acts_of_a_noun_it_modifies() -> None:
    dates = _dates(
        "Relatives gathered on Sunday for the burial of the three farmers killed "
        "near the river crossing."
    )
    assert dates.get("killed") is None


def test_an_act_in_a_relative_clause_keeps_its_own_day() -> None:
    dates = _dates("Police on Monday named the man who shot two guards at the fair on Saturday.")
    assert dates.get("shot") == date(2024, 3, 2)


def test_an_act_in_the_main_clause_still_takes_the_nearest_day() -> None:
    dates = _dates(
        "Gunmen attacked a police post near the market on Saturday, killing two officers."
    )
    assert date(2024, 3, 2) in dates.values()
