"""warledger_places on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.pipeline import build_pipeline
from warledger.extract.place_shapes import COMPASS_WORD
from warledger.geo.distance import haversine_km
from warledger.geo.event_place import pick_event_place
from warledger.model import GeoPrecision, PlaceMention


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_places"])


def _places(nlp: Language, text: str) -> dict[str, PlaceMention]:
    doc = nlp(text)
    return {m.span.text: m for m in doc._.places}


def test_karabakh_towns_resolve_to_azerbaijan(nlp: Language) -> None:
    text = (
        "Armenian officials said Stepanakert and Shusha came under heavy shelling on Sunday, "
        "while Azerbaijan denied targeting civilians."
    )
    found = _places(nlp, text)
    for name, lat, lon in (("Stepanakert", 39.82, 46.75), ("Shusha", 39.76, 46.75)):
        mention = found[name]
        assert mention.place is not None and mention.place.country == "AZ"
        assert haversine_km(mention.place.latitude, mention.place.longitude, lat, lon) < 15
        assert text[mention.span.start : mention.span.end] == name
    assert found["Azerbaijan"].place.precision == GeoPrecision.COUNTRY


def test_gyumri_found_even_if_ner_calls_it_something_else(nlp: Language) -> None:
    found = _places(nlp, "Russian troops are stationed at a base in Gyumri, near the border.")
    assert found["Gyumri"].place is not None and found["Gyumri"].place.country == "AM"


def test_paris_texas_against_paris_france(nlp: Language) -> None:
    texas = _places(nlp, "The storm damaged dozens of homes in Paris, Texas, on Friday.")
    assert texas["Paris"].place.admin1 == "Texas"
    france = _places(nlp, "The summit opened in Paris, where French ministers met their guests.")
    assert france["Paris"].place.country == "FR"


def test_common_words_are_not_places_without_place_context(nlp: Language) -> None:
    found = _places(nlp, "Reading the report in May, the minister said mobile units were ready.")
    assert not {"Reading", "May"} & set(found)
    found = _places(nlp, "Floods hit homes in Mobile, Alabama, last week.")
    assert found["Mobile"].place.admin1 == "Alabama"
    # "of" is too loose to make an everyday word a place; "in" is not
    found = _places(nlp, "The pastor said the killings were no part of God’s plan.")
    assert "God" not in found
    found = _places(nlp, "Gunmen opened fire on a cafe in Nice on Friday.")
    assert found["Nice"].place.country == "FR"


def test_an_unknown_name_where_a_persons_stands_is_no_place(nlp: Language) -> None:
    # The small model tags the name GPE; no gazetteer knows it, and it names a relative.
    found = _places(nlp, '"Stay inside," she told her granddaughter, Tavia, over the phone.')
    assert "Tavia" not in found


def test_demonyms_are_context_by_default_and_places_on_request(nlp: Language) -> None:
    text = "Syrian fighters were seen near Aleppo."
    found = _places(nlp, text)
    assert "Syrian" not in found and found["Aleppo"].place.country == "SY"
    component = nlp.get_pipe("warledger_places")
    component.include_demonyms = True
    try:
        found = _places(nlp, text)
    finally:
        component.include_demonyms = False
    assert found["Syrian"].place.country == "SY"
    assert found["Syrian"].score < found["Aleppo"].score


def test_government_metonym_is_still_a_place(nlp: Language) -> None:
    found = _places(nlp, "Baku said the ceasefire had been broken overnight.")
    assert found["Baku"].place is not None and found["Baku"].place.country == "AZ"


def test_event_place_prefers_locative_attachment(nlp: Language) -> None:
    text = "Officials in Kyiv said that shelling killed four civilians in Kharkiv on Monday."
    doc = nlp(text)
    start = text.index("killed")
    pick = pick_event_place(doc, start, start + len("killed"), doc._.places)
    assert pick is not None and pick.span.text == "Kharkiv"


def test_event_place_follows_the_city_of_phrase(nlp: Language) -> None:
    text = "A car bomb exploded in the northern Syrian city of Manbij, killing two people."
    doc = nlp(text)
    start = text.index("exploded")
    pick = pick_event_place(doc, start, start + len("exploded"), doc._.places)
    assert pick is not None and pick.span.text == "Manbij"


def test_empty_and_placeless_text(nlp: Language) -> None:
    assert nlp("")._.places == []
    assert nlp("the talks went on for hours and nothing was agreed")._.places == []


def test_acronyms_only_name_areas(nlp: Language) -> None:
    found = _places(nlp, "The UN envoy flew from the US to Brazil.")
    assert "UN" not in found  # the village of Un (India) is not what "UN" means
    assert found["US"].place.country == "US"
    assert found["Brazil"].place.country == "BR"


def test_all_capitals_dateline(nlp: Language) -> None:
    found = _places(nlp, "TORRINGTON — The town council met on Tuesday to discuss the budget.")
    assert found["TORRINGTON"].place is not None
    assert found["TORRINGTON"].place.country in {"US", "GB"}


def test_place_opening_an_organisation_name(nlp: Language) -> None:
    found = _places(nlp, "The Texas Department of Transportation closed the road.")
    assert found["Texas"].place.precision == GeoPrecision.REGION
    found = _places(nlp, "The Kanawha County Sheriff's Office said the road was closed.")
    assert found["Kanawha County"].place.admin1 == "West Virginia"


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("A clerk was shot outside a store in Edmonton, KY, on Tuesday night.", "Edmonton",
         "Kentucky"),
        ("Police in Paris, Tenn., said two men were arrested after the robbery.", "Paris",
         "Tennessee"),
    ],
)  # fmt: skip
def test_us_town_with_state_abbreviation_resolves_within_that_state(
    nlp: Language, text: str, town: str, state: str
) -> None:
    found = _places(nlp, text)
    place = found[town].place
    assert place is not None and (place.country, place.admin1) == ("US", state)
    # The abbreviation qualifies the town; it is no place mention of its own.
    assert not any(name in found for name in ("KY", "Tenn"))


def test_credits_and_bylines_are_not_places(nlp: Language) -> None:
    text = (
        "By Henry Lake\n"
        "Shelling hit the port of Odesa overnight, officials said.\n"
        "Photo: Metro Video\n"
        "A burnt-out car in Odesa (Credit: Jakarta Images) after the strike."
    )
    found = _places(nlp, text)
    assert "Odesa" in found
    assert not {"Henry", "Lake", "Metro", "Jakarta"} & set(found)


def test_by_in_running_text_starts_no_byline(nlp: Language) -> None:
    found = _places(nlp, "Shelling was reported by residents of Kramatorsk and Sloviansk.")
    assert {"Kramatorsk", "Sloviansk"} <= set(found)


def test_a_surname_of_a_named_person_is_not_a_place(nlp: Language) -> None:
    text = (
        "Paul Riva, the firm's manager, was wounded. The gunman then fired at Riva, "
        "who was taken to a hospital in Sterling Heights."
    )
    found = _places(nlp, text)
    assert "Riva" not in found
    assert found["Sterling Heights"].place is not None


def test_a_word_the_report_writes_in_lower_case_is_no_place_in_its_headline(
    nlp: Language,
) -> None:
    text = "Cyclist Killed In Hit-And-Run\nA cyclist was hit by a van in Leeds and the driver fled."
    found = _places(nlp, text)
    assert "Hit" not in found
    assert found["Leeds"].place is not None and found["Leeds"].place.country == "GB"


def test_a_street_is_not_the_town_it_is_named_after(nlp: Language) -> None:
    found = _places(nlp, "Police closed Bristol Road after the shooting in Birmingham.")
    assert "Bristol" not in found
    assert found["Birmingham"].place is not None and found["Birmingham"].place.country == "GB"


def test_a_direction_word_names_part_of_an_area_or_a_city_not_of_a_village(
    nlp: Language,
) -> None:
    found = _places(nlp, "Storms battered North Texas and shells hit West Beirut on Monday.")
    assert found["Texas"].place is not None and found["Texas"].place.admin1 == "Texas"
    assert found["Beirut"].place is not None and found["Beirut"].place.country == "LB"
    sea = _places(nlp, "Nine sailors died when their trawler sank in the North Atlantic.")
    assert not any(
        m.place is not None and m.place.precision == GeoPrecision.EXACT for m in sea.values()
    )


@pytest.mark.parametrize(
    ("word", "compass"),
    [
        ("North", True),
        ("southeastern", True),
        ("West", True),
        ("northwest", True),
        ("Northampton", False),
        ("Westminster", False),
        ("Eastbourne", False),
    ],
)
def test_a_direction_word_is_the_whole_word(word: str, compass: bool) -> None:
    assert (COMPASS_WORD.fullmatch(word) is not None) is compass


def test_names_in_a_persons_or_firms_place_are_not_towns(nlp: Language) -> None:
    # A country in context is no evidence for a name that speaks, is a person's
    # apposition, or opens a firm's name: surnames and given names are town names too.
    found = _places(nlp, "Smith told reporters in Ohio that the gunman had fled.")
    assert "Smith" not in found and "Ohio" in found
    found = _places(nlp, "In Ohio, the victim's granddaughter, Tavia, said she heard shots.")
    assert "Tavia" not in found
    found = _places(nlp, "Analysts at Gordon Advisors in Texas expect more layoffs.")
    assert "Gordon" not in found and "Texas" in found


def test_a_persons_surname_is_no_town_when_the_full_name_was_tagged_an_org(
    nlp: Language,
) -> None:
    # The small model may tag a full name as an organisation; its last word alone is
    # then the person again, and a name with an age after it is a person's.
    text = (
        "The gunman shot Paul Riva in Detroit. He then fired at Riva again. "
        "Riva, 47, was taken to hospital."
    )
    found = {m.span.start for m in _places_list(nlp, text) if m.span.text == "Riva"}
    assert not found


def _places_list(nlp: Language, text: str) -> list[PlaceMention]:
    return list(nlp(text)._.places)


def test_streets_and_quarters_are_names_never_towns_elsewhere(nlp: Language) -> None:
    """ "Park Avenue" is a street (a town of that name lies in Australia) and "the
    Church Hill neighborhood" a quarter of the town the report is about: both kept as
    names, neither located; "a Baghdad neighborhood" still names the city."""
    found = _places(
        nlp,
        "RICHMOND, Va. — A man was shot on Park Avenue in the Church Hill neighborhood "
        "on Saturday, police said.",
    )
    assert found["Park Avenue"].place is None
    assert found["Church Hill"].place is None
    assert found["RICHMOND"].place is not None and found["RICHMOND"].place.admin1 == "Virginia"
    city = _places(nlp, "A car bomb exploded in a Baghdad neighborhood on Monday.")["Baghdad"]
    assert city.place is not None and city.place.country == "IQ"
