"""Relations told through an attack, a craft, a support given, or a site.

Every sentence is invented for these tests; the trigger patterns run alone
(``relation_model`` off), so each assertion is about a pattern.
"""

from __future__ import annotations

import pytest
from relation_patterns import patterns_pipeline, triples
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return patterns_pipeline()


def test_an_attack_as_subject_names_its_side(nlp: Language) -> None:
    found = triples(nlp, "An Azerbaijani drone strike hit two Armenian tanks near Fuzuli.")
    assert ("Azerbaijani", "fighting_against", "Armenian") in found


def test_a_series_of_strikes_names_its_side(nlp: Language) -> None:
    found = triples(nlp, "A series of Russian airstrikes destroyed Hezbollah positions.")
    assert ("Russian", "fighting_against", "Hezbollah") in found


def test_craft_stand_for_their_side(nlp: Language) -> None:
    found = triples(nlp, "Israeli warplanes struck Iranian positions near Damascus.")
    assert ("Israeli", "fighting_against", "Iranian") in found


def test_hitting_with_sanctions_is_no_attack(nlp: Language) -> None:
    found = triples(nlp, "The Trump administration hit 13 Venezuelans with sanctions.")
    assert not any(t[1] == "fighting_against" for t in found)
    found = triples(nlp, "Azerbaijan struck Armenian positions near Fuzuli.")
    assert ("Azerbaijan", "fighting_against", "Armenian") in found


def test_civilians_killed_are_no_side(nlp: Language) -> None:
    found = triples(nlp, "French warplanes targeted the village, killing 120 civilians.")
    assert not any(t[1] == "fighting_against" and "civilians" in str(t[2]) for t in found)


def test_a_town_hit_is_no_side_and_weather_is_no_attack(nlp: Language) -> None:
    assert not any(
        t[1] == "fighting_against" for t in triples(nlp, "Armenian missiles hit Ganja on Sunday.")
    )
    assert not any(
        t[1] == "fighting_against"
        for t in triples(nlp, "The storm destroyed several Azerbaijani army vehicles.")
    )


def test_support_of_a_named_backer_is_alliance(nlp: Language) -> None:
    found = triples(
        nlp, "With the support of Turkey, Azerbaijan launched a major offensive against Armenia."
    )
    assert ("Turkey", "allied_with", "Azerbaijan") in found
    assert ("Azerbaijan", "fighting_against", "Armenia") in found
    # the backer is not made a party to the offensive
    assert ("Turkey", "fighting_against", "Armenia") not in found


def test_aided_by_support_from_an_apposed_ally(nlp: Language) -> None:
    found = triples(
        nlp,
        "The Syrian National Army captured the village, aided by strong support "
        "from its ally Turkey.",
    )
    assert ("Turkey", "allied_with", "Syrian National Army") in found


def test_aid_hung_on_a_noun_goes_to_the_doer_before_it(nlp: Language) -> None:
    found = triples(
        nlp,
        "Officials welcomed the news that the Syrian National Army took the village of "
        "Hadrut, aided by support from its ally Turkey and the Hamza Division.",
    )
    assert ("Turkey", "allied_with", "Syrian National Army") in found
    assert ("Hamza Division", "allied_with", "Syrian National Army") in found
    assert not any(t[0] == "Officials" or t[2] == "Officials" for t in found)


def test_in_support_of_names_the_craft_side(nlp: Language) -> None:
    found = triples(
        nlp,
        "In support of the Kurdish militia, Coalition aircraft conducted a strike on the village.",
    )
    assert ("Coalition aircraft", "allied_with", "the Kurdish militia") in found


def test_use_of_arms_against_a_side(nlp: Language) -> None:
    found = triples(
        nlp,
        "Hamza was involved in the use of drones, rockets and cluster munitions "
        "against the Kurdish militia.",
    )
    assert ("Hamza", "fighting_against", "the Kurdish militia") in found
    found = triples(
        nlp, "Azerbaijan's use of cluster munitions against Armenian forces was condemned."
    )
    assert ("Azerbaijan", "fighting_against", "Armenian forces") in found


def test_a_site_named_like_a_body_holds_nothing(nlp: Language) -> None:
    found = triples(nlp, "ISIL seized the tanks from Tiyas Military Airfield near Palmyra.")
    assert ("ISIL", "commands", "the tanks") in found or ("ISIL", "commands", "tanks") in found
    assert not any(t[0] == "Tiyas Military Airfield" for t in found)


def test_clashes_between_two_sides(nlp: Language) -> None:
    found = triples(
        nlp, "Heavy clashes between Azerbaijani forces and Armenian troops continued overnight."
    )
    assert ("Azerbaijani forces", "fighting_against", "Armenian troops") in found
    found = triples(nlp, "Fighting broke out between the Syrian army and Kurdish militias.")
    assert ("Syrian army", "fighting_against", "Kurdish militias") in found


def test_talks_or_an_exchange_between_two_sides_is_no_fight(nlp: Language) -> None:
    for text in (
        "Talks between Armenia and Azerbaijan resumed in Moscow.",
        "An exchange of prisoners between Armenia and Azerbaijan took place on Monday.",
        "A trade war between the United States and China hurt exporters.",
        "The clash between Nikol Pashinyan and Ilham Aliyev at the summit drew attention.",
    ):
        assert not any(t[1] == "fighting_against" for t in triples(nlp, text))


def test_sides_listed_in_the_subject_of_a_clash_fight_each_other(nlp: Language) -> None:
    found = triples(nlp, "Azerbaijani forces and Armenian troops clashed near Fuzuli.")
    assert ("Azerbaijani forces", "fighting_against", "Armenian troops") in found
    found = triples(nlp, "Armenian and Azerbaijani forces clashed near Fuzuli.")
    assert ("Azerbaijani forces", "fighting_against", "Armenian") in found


def test_sides_listed_before_one_noun_are_each_a_side(nlp: Language) -> None:
    found = triples(nlp, "Turkish and Azerbaijani troops clashed with Armenian forces.")
    assert ("Turkish", "fighting_against", "Armenian forces") in found
    assert ("Azerbaijani troops", "fighting_against", "Armenian forces") in found
