"""A follow-up's date of the arrest, the charge or the vigil is not the date of the
shooting it recalls. Invented local-news sentences, run through the whole pipeline."""

from __future__ import annotations

from datetime import date

from warledger.engines.local import worker_extractor
from warledger.extract.pipeline import TextInput
from warledger.model import Event, PloverType

PUBLISHED = date(2025, 5, 23)  # a Friday


def _assault_days(text: str) -> list[date | None]:
    claims = worker_extractor(None).extract(TextInput(text, "t", PUBLISHED))
    return [
        c.proposition.date.start if c.proposition.date else None
        for c in claims
        if isinstance(c.proposition, Event) and c.proposition.type == PloverType.ASSAULT
    ]


def test_the_day_of_a_charge_does_not_date_the_shooting() -> None:
    days = _assault_days("A 20-year-old man was charged Thursday in the shooting of a teenager.")
    assert days and date(2025, 5, 22) not in days


def test_the_day_of_an_identification_does_not_date_the_killing_told_inside() -> None:
    days = _assault_days(
        "Police on Thursday identified the man killed in a drive-by shooting on Main Street."
    )
    assert days and date(2025, 5, 22) not in days


def test_a_date_of_the_recalled_shooting_itself_still_dates_it() -> None:
    days = _assault_days("A man was charged Thursday in the May 20 shooting at a gas station.")
    assert date(2025, 5, 20) in days


def test_coordinated_acts_share_their_date() -> None:
    days = _assault_days("Gunmen opened fire on a checkpoint on Tuesday and killed two guards.")
    assert days and all(d == date(2025, 5, 20) for d in days)
