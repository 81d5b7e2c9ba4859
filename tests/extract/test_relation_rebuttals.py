"""A rejection told in the sentence after the claim it rejects ("Ankara has denied
it.", "X called the accusation baseless propaganda."): the relation of the sentence
before is also claimed as denied, by the rejecter. A description inside that
sentence ("a Turkish-backed faction") is not what is rejected, and a rejection that
is itself negated rejects nothing. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from proxy_news_scoring import found_relations

from warledger.extract.pipeline import Extractor, TextInput


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    from warledger.engines.local import worker_extractor

    return worker_extractor(None)


def described(extractor: Extractor, text: str) -> set[str]:
    claims = extractor.extract(TextInput(text, "t", date(2020, 10, 15)))
    return {found.describe() for found in found_relations(claims)}


def test_denying_it_in_the_next_sentence(extractor: Extractor) -> None:
    found = described(
        extractor,
        "The Armenian foreign ministry said Turkey had sent Syrian fighters to Azerbaijan."
        " Ankara has consistently denied it.",
    )
    assert "deploys_fighters_to(Turkey -> Azerbaijan) by Ankara denied" in found


def test_calling_the_accusation_propaganda(extractor: Extractor) -> None:
    found = described(
        extractor,
        "Officials in Yerevan said the Qaran Division had sent fighters to Azerbaijan. The"
        ' group\'s commander, Omar Haddad, called the accusation "baseless propaganda".',
    )
    assert "deploys_fighters_to(Qaran Division -> Azerbaijan) by Omar Haddad denied" in found


def test_a_description_is_not_what_the_next_sentence_denies(extractor: Extractor) -> None:
    found = described(
        extractor,
        "The Qaran Division, a Turkish-backed faction, has sent fighters to Azerbaijan,"
        " a monitor said. The group's commander, Omar Haddad, has denied the reports.",
    )
    assert "deploys_fighters_to(Qaran Division -> Azerbaijan) by Omar Haddad denied" in found
    assert not any(f.startswith("sponsors") and f.endswith("denied") for f in found)


def test_a_negated_rejection_rejects_nothing(extractor: Extractor) -> None:
    found = described(
        extractor,
        "The Armenian foreign ministry said Turkey had sent Syrian fighters to Azerbaijan."
        " Ankara did not deny it.",
    )
    assert not any(f.endswith("denied") for f in found)


def test_an_unnamed_official_who_rejects_is_the_claimant(extractor: Extractor) -> None:
    found = described(
        extractor,
        "A Turkish official rejected the allegation that Ankara was paying Syrian fighters.",
    )
    assert "sponsors(Ankara -> Syrian fighters) by A Turkish official denied" in found
