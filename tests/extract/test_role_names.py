"""How filled roles are named (``role_names``). Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline
from warledger.extract.role_names import (
    fullest_name,
    is_weapon,
    person_names,
    title_only,
    whole_name,
    without_count,
    without_place,
)
from warledger.model import Instrument, Span


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=[])


def test_a_surname_takes_the_full_name_given_elsewhere() -> None:
    names = ["Marta Ilsen Varga", "Varga's", "the mayor"]
    assert fullest_name("Varga", names) == "Marta Ilsen Varga"
    assert fullest_name("Ilsen Varga", names) == "Marta Ilsen Varga"


def test_titles_before_the_full_name_are_not_part_of_it() -> None:
    assert fullest_name("Varga", ["Deputy Mayor Marta Varga"]) == "Marta Varga"
    assert fullest_name("varga", ["colombians marta ilsen varga"]) == "marta ilsen varga"
    assert fullest_name("varga", ["liberal senator marta varga"]) == "marta varga"


def test_a_name_found_nowhere_longer_stays() -> None:
    assert fullest_name("Teodor Brann", ["Brann", "Teodora Brannova"]) == "Teodor Brann"
    too_long = "the Varga family farm near the old river mill"
    assert fullest_name("Varga", [too_long]) == "Varga"


def test_a_title_alone_names_no_one() -> None:
    assert title_only("the president")
    assert title_only("The Attorney General")
    assert not title_only("President Marta Varga")
    assert not title_only("Marta Varga")


def test_a_target_thing_is_named_without_its_count(nlp: Language) -> None:
    doc = nlp("Rebels burned several public buses and approximately 50 houses near Osk.")
    buses = doc[2:5]
    assert buses.text == "several public buses"
    assert without_count(buses).text == "public buses"
    houses = doc[6:9]
    assert houses.text == "approximately 50 houses"
    assert without_count(houses).text == "houses"
    assert without_count(doc[9:11]).text == "near Osk"


def test_a_count_alone_is_kept_whole(nlp: Language) -> None:
    doc = nlp("They attacked the two.")
    assert without_count(doc[2:4]).text == "the two"


def test_people_named_in_the_document(nlp: Language) -> None:
    doc = nlp("Gunmen killed Marta Varga in Osk on Monday.")
    assert "Varga" in fullest_name("Varga", person_names(doc, [doc[2:4]]))
    assert fullest_name("Varga", person_names(doc, [doc[2:4]])) == "Marta Varga"


def test_a_weapon_span_covers_a_weapon(nlp: Language) -> None:
    doc = nlp("The attackers fired rifles for two hours at the Vell depot.")
    assert is_weapon(doc[3:4], [])
    assert not is_weapon(doc[5:7], [])
    depot = doc[9:11]
    found = Instrument(
        span=Span(start=depot.start_char, end=depot.end_char, text=depot.text), name=depot.text
    )
    assert is_weapon(depot, [found])


def test_a_target_thing_is_named_without_where_it_stands(nlp: Language) -> None:
    doc = nlp("Saboteurs blew up the offices of the court in Lima and a mill near the river.")
    offices = doc[4:10]
    assert offices.text == "offices of the court in Lima"
    assert without_place(offices).text == "offices of the court"
    mill = doc[12:16]
    assert mill.text == "mill near the river"
    assert without_place(mill).text == "mill near the river"  # no place is named


# Words an English lexicon knows, as the lemmatizer's index gives them (a few, for the tests).
KNOWN = frozenset({"senator", "former", "colleague", "judge", "mayor", "night", "shoot", "kill"})


def test_a_lower_case_name_is_widened_over_the_unknown_words_beside_it(nlp: Language) -> None:
    doc = nlp("armed men killed the former senator gualterio munesca ybarrondo on sunday night.")
    surname = doc[8:9]
    assert surname.text == "ybarrondo"
    assert whole_name(surname, KNOWN).text == "gualterio munesca ybarrondo"
    doc = nlp("they mourned their colleague marisol vendrano achuri. judge vendrano was shot.")
    assert whole_name(doc[5:7], KNOWN).text == "marisol vendrano achuri"
    assert whole_name(doc[9:10], KNOWN).text == "vendrano"  # the sentence's words only


def test_known_words_stop_words_and_words_of_another_case_widen_no_name(
    nlp: Language,
) -> None:
    doc = nlp("gunmen shot the mayor olvera in the night")
    assert whole_name(doc[4:5], KNOWN).text == "olvera"
    doc = nlp("Gunmen shot Olvera Tamsin Brask yesterday in Osk.")
    assert whole_name(doc[2:3], KNOWN).text == "Olvera Tamsin Brask"
    doc = nlp("Gunmen shot Olvera tamsin in Osk.")
    assert whole_name(doc[2:3], KNOWN).text == "Olvera"
    assert whole_name(doc[2:3], frozenset()).text == "Olvera"  # no lexicon, no widening


def test_the_names_a_document_gives_include_the_widened_ones(nlp: Language) -> None:
    doc = nlp("armed men killed the former senator gualterio munesca ybarrondo on sunday night.")
    names = person_names(doc, [doc[8:9]], KNOWN)
    assert fullest_name("ybarrondo", names) == "gualterio munesca ybarrondo"
