"""warledger_actors on short texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.actor_shapes import join_name_particles
from warledger.extract.pipeline import build_pipeline
from warledger.model import ActorKind, ActorMention


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(components=["warledger_actors"])


def mentions(doc: Doc) -> dict[str, ActorMention]:
    return {m.span.text: m for m in doc._.actors}


def test_aliases_link_to_one_actor_and_related_groups_stay_apart(nlp: Language) -> None:
    doc = nlp("Fighters loyal to the Nusra Front clashed with Hayat Tahrir al-Sham near Idlib.")
    found = mentions(doc)
    assert found["Nusra Front"].actor_id == "group:nusra"
    assert found["Hayat Tahrir al-Sham"].actor_id == "group:hts"
    assert found["Nusra Front"].source == "kb"
    assert found["Nusra Front"].label == "ORG"


def test_spans_point_into_the_text(nlp: Language) -> None:
    text = "Yesterday Daesh claimed the bombing."
    doc = nlp(text)
    (daesh,) = [m for m in doc._.actors if m.actor_id == "group:isis"]
    assert text[daesh.span.start : daesh.span.end] == "Daesh"


def test_capital_used_as_government_but_not_as_place(nlp: Language) -> None:
    doc = nlp("Baku rejected the accusation. Later, shells fell on a market in Baku.")
    baku = [m for m in doc._.actors if m.name == "Baku"]
    assert len(baku) == 1
    assert baku[0].actor_id == "state:AZE"
    assert baku[0].span.start == 0
    assert baku[0].kind == ActorKind.STATE


def test_seat_of_government_is_always_an_actor(nlp: Language) -> None:
    doc = nlp("A statement from the Kremlin was read on television.")
    (kremlin,) = [m for m in doc._.actors if m.actor_id == "state:RUS"]
    assert kremlin.span.text == "the Kremlin"


def test_generic_noun_takes_identity_from_its_modifier(nlp: Language) -> None:
    doc = nlp("Turkish troops and Houthi fighters were seen; gunmen also fired on the convoy.")
    found = mentions(doc)
    assert found["Turkish troops"].actor_id == "force:TUR-army"
    assert found["Houthi fighters"].actor_id == "group:houthis"
    assert found["gunmen"].actor_id is None
    assert found["gunmen"].kind == ActorKind.ARMED_GROUP


@pytest.mark.parametrize(
    ("text", "name", "actor_id", "country"),
    [
        # a body the knowledge base knows by its function, qualified by its own nation
        ("The British Ministry of Defence said it struck a depot.", "Ministry of Defence",
         "force:GBR-army", "GBR"),
        # qualified by another nation: that nation's ministry, named in full
        ("The French Ministry of Defence said it struck a depot.",
         "The French Ministry of Defence", "state:FRA", "FRA"),
        # by a nation the knowledge base does not know: no country rather than a wrong one
        ("The Vestrian Ministry of Defence said it struck a depot.",
         "The Vestrian Ministry of Defence", None, None),
    ],
)  # fmt: skip
def test_a_function_named_body_belongs_to_the_nation_that_qualifies_it(
    nlp: Language, text: str, name: str, actor_id: str | None, country: str | None
) -> None:
    ministry = mentions(nlp(text))[name]
    assert (ministry.actor_id, ministry.country) == (actor_id, country)


def test_a_common_noun_inside_a_known_name_is_that_names(nlp: Language) -> None:
    found = mentions(nlp("Officials said the Syrian Democratic Forces took the dam."))
    assert found["Syrian Democratic Forces"].actor_id == "group:sdf"
    fighters = mentions(nlp("Syrian Democratic Forces fighters took the dam."))
    assert fighters["Syrian Democratic Forces fighters"].actor_id == "group:sdf"
    assert mentions(nlp("Syrian forces took the dam."))["Syrian forces"].actor_id == (
        "force:SYR-army"
    )


def test_government_of_country(nlp: Language) -> None:
    doc = nlp("The government of Peru declared a state of emergency.")
    (gov,) = [m for m in doc._.actors if m.actor_id == "state:PER"]
    assert gov.span.text == "The government of Peru"


def test_unknown_groups_by_shape_are_discovered(nlp: Language) -> None:
    doc = nlp(
        "Residents said the Black Mountain Brigade took the village, helped by Liwa al-Tawhidiyya."
    )
    found = mentions(doc)
    assert found["Black Mountain Brigade"].actor_id == "new:black-mountain-brigade"
    assert found["Black Mountain Brigade"].source == "rule"
    assert found["Liwa al-Tawhidiyya"].actor_id.startswith("new:")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vantoria armed the Kata'ib al-Nahr militia last year.", "Kata'ib al-Nahr militia"),
        ("The Jaysh Ahl al-Wadi Brigade denied the report.", "Jaysh Ahl al-Wadi Brigade"),
        ("Fighters of Liwa Dhu'l-Sayf al-Qadim crossed the river.", "Liwa Dhu'l-Sayf al-Qadim"),
        ("Asa'ib Ahl al-Jabal fighters took the bridge.", "Asa'ib Ahl al-Jabal"),
    ],
)
def test_arabic_style_names_stay_whole(nlp: Language, text: str, name: str) -> None:
    """Words joined by "al-" or an inner apostrophe are one group's name, not two actors
    cut where the small model's name ends ("Kata'ib", "Nahr militia")."""
    found = mentions(nlp(text))
    assert found[name].kind == ActorKind.ARMED_GROUP
    assert not any(other != name and other in name for other in found)


def test_militants_of_unknown_group(nlp: Language) -> None:
    doc = nlp("Officials said militants of Harat Saqr were moved to the border.")
    found = mentions(doc)
    assert found["Harat Saqr"].actor_id == "new:harat-saqr"
    assert found["Harat Saqr"].kind == ActorKind.ARMED_GROUP


def test_title_gives_person_a_country(nlp: Language) -> None:
    doc = nlp("The Iraqi Defence Minister Karim Dalwani said the attack was repelled.")
    (person,) = [m for m in doc._.actors if m.label == "PERSON"]
    assert "Karim Dalwani" in person.span.text
    assert person.name == "Karim Dalwani"
    assert person.country == "IRQ"


def test_close_spelling_links_by_fuzzy_match(nlp: Language) -> None:
    component = nlp.get_pipe("warledger_actors")
    actor = component.linker.link("Hayat Tahrir al-Shaam")
    assert actor is not None and actor.id == "group:hts"
    assert component.linker.link("Hayat Tahrir Company Ltd") is None


def test_weapons_and_platforms(nlp: Language) -> None:
    doc = nlp("The unit fired mortars and an AK-47, while two Su-25 jets and a drone flew over.")
    found = {(i.name, i.label) for i in doc._.instruments}
    assert ("mortars", "WEAPON") in found
    assert ("AK-47", "WEAPON") in found
    assert ("Su-25 jets", "MILITARY_PLATFORM") in found
    assert ("drone", "MILITARY_PLATFORM") in found


def test_acronyms_are_case_sensitive(nlp: Language) -> None:
    doc = nlp("The sam who ran the shop is a friend of ours.")
    assert doc._.instruments == []
    assert all(m.name.lower() != "is" for m in doc._.actors)


def test_lowercased_wire_text(nlp: Language) -> None:
    doc = nlp("fmln urban commandos attacked a police station in san salvador with rifles.")
    found = {m.actor_id for m in doc._.actors}
    assert "group:fmln" in found
    assert [i.name for i in doc._.instruments] == ["rifles"]


def test_town_misread_as_person_is_retagged(nlp: Language) -> None:
    doc = nlp("The capital, Stepanakert, came under fire; troops are based in Gyumri.")
    names = {m.name for m in doc._.actors}
    assert "Stepanakert" not in names
    assert "Gyumri" not in names
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Stepanakert") in (None, "GPE")
    assert labels.get("Gyumri") in (None, "GPE")
    taken = nlp("The brigade seized Kherson from the militia in May.")
    assert "Kherson" not in {m.name for m in taken._.actors}


def test_kb_group_read_as_place_is_retagged_org(nlp: Language) -> None:
    doc = nlp("Fighters from Sultan Murad and the Hamza Division crossed into Azerbaijan.")
    found = mentions(doc)
    assert found["Sultan Murad"].actor_id == "group:sultan_murad"
    assert {e.text: e.label_ for e in doc.ents}["Sultan Murad"] == "ORG"


def test_empty_text(nlp: Language) -> None:
    doc = nlp("")
    assert doc._.actors == []
    assert doc._.instruments == []


def test_a_name_cut_at_its_particles_is_mended(nlp: Language) -> None:
    words = ["The", "envoy", "Greta", "von", "der", "Hallen", "arrived", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O", "O"],
    )
    join_name_particles(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Greta von der Hallen", "PERSON")]
    whole = Doc(
        nlp.vocab,
        words=["Mohammed", "bin", "Salman", "spoke"],
        ents=["B-PERSON", "I-PERSON", "I-PERSON", "O"],
    )
    join_name_particles(whole)
    assert [e.text for e in whole.ents] == ["Mohammed bin Salman"]


def test_a_military_coalition_is_forces_not_a_state(nlp: Language) -> None:
    """ "the coalition" is the forces of several states: a nationality before it gives
    its country, never makes it that state ("the Saudi coalition" is not Saudi Arabia)."""
    found = mentions(nlp("The Saudi coalition said the coalition had intercepted a drone."))
    saudi = found["The Saudi coalition"]
    assert saudi.kind == ActorKind.STATE_FORCE and saudi.actor_id != "state:SAU"
    assert found["the coalition"].kind == ActorKind.STATE_FORCE
