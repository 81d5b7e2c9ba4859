"""A report's background ("in 2022, attacks killed 400 people") is no part of the
incident the report is about: a claim dated by a period wider than an incident that
ended before the report's own days is kept in the ledger but clustered nowhere."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from warledger.extract.pipeline import Extractor, TextInput
from warledger.model import Document, Event, content_hash
from warledger.resolve.incidents import cluster

TEXT = (
    "Separatist gunmen attacked a passenger train near Ostrava Junction on Tuesday, "
    "killing 21 passengers, officials said.\n\n"
    "The gunmen blew up the tracks and opened fire on the carriages, the railway "
    "police said.\n\n"
    "The front has carried out a string of attacks in recent years. In 2022, "
    "separatist attacks killed nearly 400 people across the province, according to "
    "a report by a research group."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_a_past_years_toll_stays_out_of_the_reports_incident(extractor: Extractor) -> None:
    published = date(2025, 3, 12)
    document = Document(
        id=content_hash(TEXT.encode()), text=TEXT, published_at=datetime(2025, 3, 12)
    )
    claims = extractor.extract(TextInput(TEXT, document.id, published))
    background = [
        c
        for c in claims
        if isinstance(c.proposition, Event)
        and c.proposition.date is not None
        and c.proposition.date.start == date(2022, 1, 1)
    ]
    assert background, "the sentence dated 2022 gives an event claim"
    incidents = cluster(claims, {document.id: document})
    clustered = {claim_id for members in incidents.values() for claim_id in members}
    assert clustered, "the attack itself is an incident"
    assert not clustered & {c.id for c in background}
